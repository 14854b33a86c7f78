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
		{"tool-1.2.3", false, "a version number"},
		{"jquery.1.7.2", false, "a version number after a name"},
		{"libfoo.so.1", false, "a number after a kind of file no site publishes"},
		{"1200", false, "a number that is not Vim's probe"},
		{"4912", false, "one below Vim's probe"},
		{"#", false, "a lone hash"},
		{"tmp", false, "a file named tmp"},
		{"a.tmpl", false, "a template of another tool"},

		{"index.lv.md.2845307511", true, "npm write-file-atomic"},
		{"site.yaml.93", true, "npm write-file-atomic, a short hash"},
		{"main.CSS.4", true, "extension in capitals"},
		{"x.json.123", true, "a data file's temporary copy"},
		{"people.csv.77", true, "a CSV data file's temporary copy"},
		{"list.gotmpl.5", true, "a Hugo template's temporary copy"},
		{"a.html.tmp.4", true, "a layout's numbered temporary file"},
		{"main.scss.8812", true, "an asset's temporary copy"},
		{"photo.jpg.2", true, "an image editor's temporary copy of a photo"},
		{"logo.PNG.31", true, "an image's temporary copy, in capitals"},
		{"font.woff2.9", true, "a font's temporary copy"},
		{"report.pdf.4410", true, "a document's temporary copy"},
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
		{"sedPgIOBF", true, "GNU sed -i's temporary file"},
		{"sed4x9q2a", true, "GNU sed -i's temporary file"},
		{"sedations", false, "a word: sed's random part is letters and digits of both cases"},
		{"sedPgIOBF.md", false, "sed's has no extension"},
	}
	for _, tt := range tests {
		if got := Transient(tt.name); got != tt.want {
			t.Errorf("Transient(%q) = %v, want %v (%s)", tt.name, got, tt.want, tt.why)
		}
	}
}
