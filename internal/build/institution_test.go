package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// institutionSite names its organization per language, links an
// accessibility statement from every footer, and acknowledges EU funding on
// its projects and on one marked press release.
const institutionSite = siteYAML + `organization:
  name: {lv: Laboratorija, en: The Lab}
  address: Rīga
  email: lab@example.org
  phone: "+371 60000000"
footer:
  - page: about/accessibility
  - url: https://example.org/privacy/
    title: {lv: Privātums, en: Privacy}
funding:
  marked: true
  emblem: /img/eu.svg
  statement: {lv: Līdzfinansē Eiropas Savienība, en: Co-funded by the European Union}
  alt: {lv: ES karogs, en: EU flag}
sectionFunding:
  projects:
    emblem: /img/eu.svg
    statement: {lv: Erasmus+ projekts, en: An Erasmus+ project}
-- static/img/eu.svg --
<svg xmlns="http://www.w3.org/2000/svg"/>
-- content/about/accessibility.lv.md --
---
title: Piekļūstamība
---
Teksts.
-- content/news/a.lv.md --
---
title: Ziņa
fundingNotice: true
---
Teksts.
-- content/news/a.en.md --
---
title: News
---
Text.
-- content/news/b.lv.md --
---
title: Cita ziņa
---
Teksts.
-- content/projects/p.lv.md --
---
title: Projekts
---
Teksts.
-- content/projects/q.lv.md --
---
title: Cits projekts
fundingNotice: false
---
Teksts.
`

func TestInstitution(t *testing.T) {
	b := bt.Run(t, institutionSite)
	b.AssertFile("lv/jaunumi/b/index.html", `<p class="footer-org">Laboratorija</p>`, `<p class="footer-address">Rīga</p>`,
		`<a href="mailto:lab@example.org">`, `<a href="tel:&#43;37160000000">&#43;371 60000000</a>`,
		`<li><a href="/lv/about/accessibility/">Piekļūstamība</a></li>`, `<li><a href="https://example.org/privacy/">Privātums</a></li>`)
	// English has no statement of its own: the footer links the Latvian one, marked.
	b.AssertFile("en/news/a/index.html", `<p class="footer-org">The Lab</p>`,
		`<a href="/lv/about/accessibility/" hreflang="lv" lang="lv">Piekļūstamība</a>`, `>Privacy</a>`)
	funding := []struct{ path, want string }{
		{"lv/jaunumi/a/index.html", `<img class="funding-emblem" src="/img/eu.svg" alt="ES karogs" height="48">` + "\n" + `<p class="funding-statement">Līdzfinansē Eiropas Savienība</p>`},
		{"lv/jaunumi/b/index.html", ""},                       // not marked
		{"en/news/a/index.html", ""},                          // its translation is not marked
		{"lv/projects/p/index.html", "Erasmus&#43; projekts"}, // its section's
		{"lv/projects/q/index.html", ""},                      // fundingNotice: false
	}
	for _, f := range funding {
		page := b.File(f.path)
		if has := strings.Contains(page, `class="funding"`); has != (f.want != "") || !strings.Contains(page, f.want) {
			t.Errorf("%s: funding notice %v, want %q", f.path, has, f.want)
		}
	}
}

// TestInstitutionErrors: mistakes in the institution's settings are errors
// at their line of site.yaml.
func TestInstitutionErrors(t *testing.T) {
	for _, c := range []struct{ yaml, want string }{
		{"footer:\n  - page: about/missing\n", "site.yaml:12: footer: no page about/missing; write content/about/missing.LANG.md"},
		{"footer:\n  - title: Privātums\n", "site.yaml:12: footer: a link needs a page"},
		{"footer:\n  - url: https://example.org/\n", "site.yaml:12: footer: the link to https://example.org/ needs a title"},
		{"footer:\n  - page: content/about.lv.md\n", "write the content path without content/, language or .md"},
		{"funding:\n  statement: Līdzfinansē ES\n", "site.yaml:11: funding: needs an emblem"},
	} {
		msg := bt.Fail(t, siteYAML+c.yaml+"-- content/news/a.lv.md --\n---\ntitle: A\n---\n")
		if !strings.Contains(msg, c.want) {
			t.Errorf("%q: got %q, want %q", c.yaml, msg, c.want)
		}
	}
}

// TestInstitutionEdits: the footer shows the statement's title on every page;
// a save of the statement shows there as a clean build would.
func TestInstitutionEdits(t *testing.T) {
	r := bt.NewTree(t, institutionSite, false)
	r.Rebuild("the statement's title", r.Edit("content/about/accessibility.lv.md", "title: Piekļūstamība", "title: Piekļūstamības paziņojums"))
	r.Rebuild("a marked page unmarked", r.Edit("content/news/a.lv.md", "fundingNotice: true", "fundingNotice: false"))
}

// TestSectionKeyErrors: a key of site.yaml's menu, home blocks or home
// feeds that names no section (a typo, a section since removed) is an error
// at its line: the menu item, the block or the feed's pages were left out
// without a word. A section of site.yaml's sections with no pages yet, and
// a folder of content/ that site.yaml does not list, are sections.
func TestSectionKeyErrors(t *testing.T) {
	for _, c := range []struct{ yaml, want string }{
		{"menu: [news, nowhere, search]\n", `site.yaml:11: menu: "nowhere" is not a section of the site (events, news); write its pages in content/nowhere/, list it in sections (a section with no pages yet), or remove it from the list`},
		{"menu: [news, tags]\n", `site.yaml:11: menu: "tags" is not a section of the site (events, news); write its pages in content/tags/, list it in sections (a section with no pages yet), or remove it from the list`},
		{"home:\n  - section: news\n  - section: newz\n", `site.yaml:13: home: "newz" is not a section of the site (events, news); write its pages in content/newz/, list it in sections (a section with no pages yet), or remove it from the list`},
		{"feeds: {home: [news, nowhere]}\n", `site.yaml:11: feeds: home: "nowhere" is not a section of the site (events, news); write its pages in content/nowhere/, list it in sections (a section with no pages yet), or remove it from the list`},
		{"menu: [news, events, search]\nhome:\n  - section: events\nfeeds: {home: [events]}\n", ""},
		// A section a type names, with no pages yet: its home block says so.
		{"types:\n  project:\n    sections: [projects]\nhome:\n  - section: projects\n", ""},
	} {
		src := siteYAML + c.yaml + "-- content/news/a.lv.md --\n---\ntitle: A\n---\n-- content/events/_index.lv.md --\n---\ntitle: E\n---\n"
		if c.want == "" {
			bt.Run(t, src)
			continue
		}
		msg := bt.Fail(t, src)
		if !strings.Contains(msg, c.want) {
			t.Errorf("%q: got %q, want %q", c.yaml, msg, c.want)
		}
	}
}
