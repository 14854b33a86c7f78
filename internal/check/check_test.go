package check

import (
	"net/url"
	"testing"
	"time"
)

func TestResolve(t *testing.T) {
	base, _ := url.Parse("https://example.org/sub/")
	tests := []struct {
		from, ref, file, frag string
		internal              bool
	}{
		{"lv/a/index.html", "/sub/lv/b/", "lv/b/index.html", "", true},
		{"lv/a/index.html", "https://example.org/sub/css/x.css", "css/x.css", "", true},
		{"lv/a/index.html", "foto.svg", "lv/a/foto.svg", "", true},
		{"lv/a/index.html", "../b/#x", "lv/b/index.html", "x", true},
		{"lv/a/index.html", "#top", "lv/a/index.html", "top", true},
		{"fr/index.html", "../", "index.html", "", true},
		{"lv/a/index.html", "https://other.org/", "", "", false},
		{"lv/a/index.html", "mailto:a@b.lv", "", "", false},
		{"lv/a/index.html", "/elsewhere/", "", "", false},
	}
	for _, tt := range tests {
		file, frag, internal := resolve(base, tt.from, tt.ref)
		if file != tt.file || frag != tt.frag || internal != tt.internal {
			t.Errorf("resolve(%q, %q) = %q, %q, %v; want %q, %q, %v", tt.from, tt.ref, file, frag, internal, tt.file, tt.frag, tt.internal)
		}
	}
}

func TestHumanDuration(t *testing.T) {
	for _, tt := range []struct {
		d    time.Duration
		want string
	}{
		{10 * time.Second, "1 minute"},
		{90 * time.Second, "1 minute"},
		{5 * time.Minute, "5 minutes"},
		{61 * time.Minute, "1 hour"},
		{25 * time.Hour, "25 hours"},
		{49 * time.Hour, "2 days"},
	} {
		if got := humanDuration(tt.d); got != tt.want {
			t.Errorf("humanDuration(%v) = %q, want %q", tt.d, got, tt.want)
		}
	}
}
