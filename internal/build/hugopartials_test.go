package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestPartialReturn: Hugo's return gives the partial's value to the
// shortcode that called it, and partials know the shortcode's page (its
// language for i18n, the site's address for relURL, assets/ for
// resources.Get), as Hugo Book's shortcodes need.
func TestPartialReturn(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, fixture(t, "partials-return"))
	b.AssertFile("lv/guide/a/index.html",
		`<div class="WARN" id="note-1" data-size="large" data-none="&lt;nil&gt;">Labdien: Uzmanību</div>`,
		`<div class="PLAIN" id="note-2" data-size="small" data-none="&lt;nil&gt;">Labdien: Otrā</div>`,
		`<img src="data:image/svg&#43;xml;base64,`,
		`alt="dot.svg" data-type="image/svg&#43;xml">`,
		`<script type="application/json">{"delimiters":[1,2]}</script>`,
		`<p class="icons">icons/a.svg icons/b.svg </p>`,
		`<p class="link">/docs/guide/</p>`,
		`<p class="addr">example.com|/a/b|x=1|top|true|https://example.org/x/z|/docs/lv/guide/a/</p>`)
	b.AssertFile("en/guide/a/index.html",
		`<div class="INFO" id="note-1" data-size="small" data-none="&lt;nil&gt;">Good day: Careful</div>`)
	page := b.File("lv/guide/a/index.html")
	for _, bad := range []string{"never", "not what the partial gives", "written, but not given"} {
		if strings.Contains(page, bad) {
			t.Errorf("the page shows %q:\n%s", bad, page)
		}
	}
}
