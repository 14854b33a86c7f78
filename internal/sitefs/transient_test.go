package sitefs

import "testing"

// TestTransient names the files that editors and saving libraries write
// while saving, and files of a site that look like them but are real.
func TestTransient(t *testing.T) {
	tests := []struct {
		name string
		want bool
		why  string
	}{
		{"index.lv.md", false, "a page"},
		{"style.css", false, "a stylesheet"},
		{"jquery-3.7.1.min.js", false, "numbers inside a name"},
		{"report.2024", false, "a number after a name that is no source file"},
		{"plan.2024.pdf", false, "a year in a name"},
		{"photo.jpg.2", false, "a number after a photo's name: not a file vestis reads as text"},
		{"1200", false, "a number that is not Vim's probe"},
		{"4912", false, "one below Vim's probe"},
		{"#", false, "a lone hash"},
		{"tmp", false, "a file named tmp"},
		{"a.tmpl", false, "a template of another tool"},

		{"index.lv.md.2845307511", true, "npm write-file-atomic"},
		{"site.yaml.93", true, "npm write-file-atomic, a short hash"},
		{"main.CSS.4", true, "extension in capitals"},
		{"index.md~", true, "a backup (Emacs, Vim, gedit, Kate)"},
		{"#index.md#", true, "an Emacs auto-save"},
		{".#index.md", true, "an Emacs lock"},
		{"~$report.docx", true, "a Microsoft Office owner file"},
		{".index.md.swp", true, "a Vim swap file"},
		{"index.md.swx", true, "a Vim swap file, by another name"},
		{"index.md.swpx", true, "a Vim swap probe"},
		{"index.md.tmp", true, "a temporary file"},
		{"INDEX.MD.TMP", true, "a temporary file in capitals"},
		{"index.md.tmp.4021", true, "a numbered temporary file"},
		{"index.md.tmp.a9F", true, "a temporary file with a random tail"},
		{"index.md___jb_tmp___", true, "JetBrains' temporary file"},
		{"index.md___jb_old___", true, "JetBrains' old copy"},
		{"index.md___jb_bak___", true, "JetBrains' backup"},
		{"index.md.crswap", true, "Chromium's file being saved"},
		{"index.md.sb-5f2a11c0-Xy8Q", true, "Byword's temporary file"},
		{".goutputstream-7GKQ1Z", true, "GNOME's (gedit's) temporary file"},
		{"4913", true, "Vim's probe"},
		{"5036", true, "Vim's second probe"},
	}
	for _, tt := range tests {
		if got := Transient(tt.name); got != tt.want {
			t.Errorf("Transient(%q) = %v, want %v (%s)", tt.name, got, tt.want, tt.why)
		}
	}
}
