package content

import (
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestParseFilename(t *testing.T) {
	langs := []string{"lv", "en", "vi"}
	tests := []struct {
		in      string
		want    Name
		wantErr string
	}{
		{in: "2023-mit.lv.md", want: Name{Base: "2023-mit", Lang: "lv"}},
		{in: "2023-mit.vi.md", want: Name{Base: "2023-mit", Lang: "vi"}},
		{in: "2023-mit.md", want: Name{Base: "2023-mit", Lang: "lv"}},
		{in: "_index.en.md", want: Name{Base: "_index", Lang: "en", Index: true}},
		{in: "index.md", want: Name{Base: "index", Lang: "lv", Leaf: true}},
		{in: "v1.2.md", want: Name{Base: "v1.2", Lang: "lv"}},
		{in: "Ārvalstu sadarbība.en.md", want: Name{Base: "Ārvalstu sadarbība", Lang: "en"}},
		{in: "x.de.md", want: Name{Base: "x.de", Lang: "lv", Undeclared: "de"}},
		{in: "index.EN.md", want: Name{Base: "index", Lang: "en", Leaf: true, Recased: "EN"}},
		{in: ".lv.md", wantErr: "file name has no base before the language suffix"},
		{in: "x.txt", wantErr: "not a content file (.md, .markdown or .html)"},
		{in: "2023-mit.en.markdown", want: Name{Base: "2023-mit", Lang: "en"}},
		{in: "index.markdown", want: Name{Base: "index", Lang: "lv", Leaf: true}},
		{in: "about.en.html", want: Name{Base: "about", Lang: "en"}},
		{in: "x.markdown.txt", wantErr: "not a content file (.md, .markdown or .html)"},
	}
	for _, tt := range tests {
		got, err := ParseFilename(tt.in, langs, "lv")
		if tt.wantErr != "" {
			if err == nil || err.Error() != tt.wantErr {
				t.Errorf("ParseFilename(%q) error = %v, want %q", tt.in, err, tt.wantErr)
			}
			continue
		}
		if err != nil {
			t.Errorf("ParseFilename(%q): %v", tt.in, err)
			continue
		}
		if diff := cmp.Diff(tt.want, got); diff != "" {
			t.Errorf("ParseFilename(%q) (-want +got):\n%s", tt.in, diff)
		}
	}
}

func TestResourceName(t *testing.T) {
	langs := []string{"lv", "en", "vi"}
	tests := []struct {
		in, name, lang string
	}{
		{"photo.webp", "photo.webp", ""},
		{"photo.en.webp", "photo.webp", "en"},
		{"images/plan.vi.pdf", "images/plan.pdf", "vi"},
		{"images.en/plan.pdf", "images.en/plan.pdf", ""},
		{"photo.de.webp", "photo.de.webp", ""}, // not a language of the site
		{"report.final.pdf", "report.final.pdf", ""},
		{".en.webp", ".en.webp", ""},
		{"README", "README", ""},
		{"notes.en", "notes.en", ""},
	}
	for _, tt := range tests {
		name, lang := ResourceName(tt.in, langs)
		if name != tt.name || lang != tt.lang {
			t.Errorf("ResourceName(%q) = %q, %q, want %q, %q", tt.in, name, lang, tt.name, tt.lang)
		}
	}
}
