package site

import (
	"html/template"
	"testing"
)

func TestRebaseURLs(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<p><img src="a.jpg" srcset="a-480w.jpg 480w, a-960w.jpg 960w" alt="x > y"></p>`,
			`<p><img src="/lv/x/a.jpg" srcset="/lv/x/a-480w.jpg 480w, /lv/x/a-960w.jpg 960w" alt="x &gt; y"></p>`},
		{`<p><a href="plan.pdf">plāns</a> <a href="../y/">y</a></p>`, `<p><a href="/lv/x/plan.pdf">plāns</a> <a href="/lv/y/">y</a></p>`},
		// Nothing relative: the summary comes back byte for byte.
		{`<p><a href="#top">a</a> <a href="/lv/">b</a> <a href="https://e.org/a.pdf">c</a> <a href="mailto:a@b.lv">d</a><!-- <a href="x"> --></p>`,
			`<p><a href="#top">a</a> <a href="/lv/">b</a> <a href="https://e.org/a.pdf">c</a> <a href="mailto:a@b.lv">d</a><!-- <a href="x"> --></p>`},
		{``, ``},
	}
	for _, tt := range tests {
		if got := rebaseURLs(template.HTML(tt.in), "/lv/x/"); string(got) != tt.want {
			t.Errorf("rebaseURLs(%q)\n got %q\nwant %q", tt.in, got, tt.want)
		}
	}
}
