package vestis_test

import (
	"strings"
	"testing"

	"github.com/chromedp/cdproto/emulation"
	"github.com/chromedp/chromedp"
)

// printed is what a printed press release shows, read in a real browser
// with print media emulated.
type printed struct {
	Hidden     map[string]bool // selector -> not shown
	URL        string          // the text of the print-only address line
	LinkAfter  string          // the ::after content of a link to another page of the site
	LinkHref   string          // and that link's href
	Date       bool            // the date is shown
	Contact    string          // the text of the contact box
	Background []string        // elements that keep a background colour
}

// TestBrowserPrint prints a press release (print media in chromium): the
// menus, language switcher, breadcrumbs and footer links are gone, the page's
// full address, its date and its contact are there, a link in the text is
// followed by its full address, and nothing has a background colour.
func TestBrowserPrint(t *testing.T) {
	chromium(t) // before the build: skip at once without it
	res := buildExample(t)
	base := serveResult(t, res)
	ctx := browser(t, 1280, 900)
	const page = "/lv/jaunumi/2023-05-19-education-innovation-programmes-open/"
	if err := chromedp.Do(ctx, chromedp.Navigate(base+page)); err != nil {
		t.Fatal(err)
	}
	if _, err := chromedp.Call(ctx, emulation.SetEmulatedMedia, emulation.SetEmulatedMediaParams{Media: "print"}); err != nil {
		t.Fatal(err)
	}
	got, err := chromedp.Run(ctx, chromedp.Evaluate[printed](`(() => {
		const shown = e => e && getComputedStyle(e).display !== 'none' && e.getClientRects().length > 0;
		const hidden = {};
		for (const s of ['.main-nav', '.lang-switch', '.breadcrumbs', '.footer-links', '.skip-link', '.translations', '.toc']) {
			hidden[s] = [...document.querySelectorAll(s)].every(e => !shown(e));
		}
		const url = document.querySelector('.print-url');
		const link = document.querySelector('.prose a[href^="/"]');
		const contact = document.querySelector('.press-facts');
		const background = [...document.querySelectorAll('body, body *')].filter(e => {
			const c = getComputedStyle(e).backgroundColor;
			return c !== 'rgba(0, 0, 0, 0)' && c !== 'transparent';
		}).map(e => e.tagName.toLowerCase() + (e.className ? '.' + e.className : ''));
		return {
			Hidden: hidden,
			URL: shown(url) ? url.textContent.trim() : '',
			LinkAfter: link ? getComputedStyle(link, '::after').content : '',
			LinkHref: link ? link.getAttribute('href') : '',
			Date: shown(document.querySelector('.byline time')),
			Contact: shown(contact) ? contact.textContent : '',
			Background: background,
		};
	})()`))
	if err != nil {
		t.Fatal(err)
	}
	for sel, h := range got.Hidden {
		if !h {
			t.Errorf("%s is printed", sel)
		}
	}
	if want := "https://example.org" + page; got.URL != want {
		t.Errorf("printed address %q, want %q", got.URL, want)
	}
	if want := `" (https://example.org` + got.LinkHref + `)"`; got.LinkHref == "" || got.LinkAfter != want {
		t.Errorf("a link to %q is followed by %s, want %s", got.LinkHref, got.LinkAfter, want)
	}
	if !got.Date {
		t.Error("the date is not printed")
	}
	if !strings.Contains(got.Contact, "innovationeducation@rbs.lv") {
		t.Errorf("the contact is not printed: %q", got.Contact)
	}
	if len(got.Background) > 0 {
		t.Errorf("printed with a background colour: %q", got.Background)
	}
}
