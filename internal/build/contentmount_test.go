package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// contentMountSite keeps the current version of its English guide in
// content/en/docs/latest/ and publishes it at /docs/, as Hinode's
// documentation does with a Hugo module mount: its pages, sections, loose
// files and links are at the mounted path, and the folder is not read a
// second time at its own place.
const contentMountSite = `-- site.yaml --
baseURL: https://example.org/
defaultLanguage: en
defaultLanguageInSubdir: false
languages:
  en:
    name: English
    weight: 1
    contentDir: content/en
    contentMounts:
      content/en/docs/latest: docs
  lv:
    name: Latviešu
    weight: 2
    contentDir: content/lv
` + plainLayouts + `-- content/en/_index.md --
---
title: Guide
---
Read [the setup]({{< relref "/docs/setup" >}}) and [the old setup]({{< relref "docs/setup" >}}).
-- content/en/docs/latest/_index.md --
---
title: Docs
---
-- content/en/docs/latest/setup.md --
---
title: Setup
---
See [the options](options/index.md) and ![a diagram](/docs/flow.svg).
-- content/en/docs/latest/options/index.md --
---
title: Options
---
-- content/en/docs/latest/flow.svg --
<svg xmlns="http://www.w3.org/2000/svg"></svg>
-- content/lv/_index.md --
---
title: Ceļvedis
---
-- content/lv/docs/setup.md --
---
title: Uzstādīšana
---
`

// TestContentMounts: a folder mounted below a language's content
// (contentMounts) is read as that language's pages at the mounted path.
func TestContentMounts(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, contentMountSite)
	b.AssertFile("index.html", `href="/docs/setup/"`)
	b.AssertFile("docs/index.html", "<title>Docs</title>")
	b.AssertFile("docs/setup/index.html", "<title>Setup</title>", `href="/docs/options/"`, `hreflang="lv" href="https://example.org/lv/docs/setup/"`)
	b.AssertFile("docs/options/index.html", "<title>Options</title>")
	b.AssertFile("docs/flow.svg", "<svg")
	b.AssertFile("lv/docs/setup/index.html", `hreflang="en" href="https://example.org/docs/setup/"`)
	b.AssertNoFile("docs/latest/setup/index.html")
	b.AssertNoFile("docs/latest/index.html")
}

// TestContentMountErrors: an error in a mounted folder names the file where
// it is; a mount site.yaml cannot read is named at its line.
func TestContentMountErrors(t *testing.T) {
	t.Parallel()
	msg := bt.Fail(t, contentMountSite+`-- content/en/docs/latest/bad.md --
---
title: Bad
date: 19.05.2023
---
`)
	if want := `content/en/docs/latest/bad.md:3: front matter: date: cannot read "19.05.2023"`; !strings.Contains(msg, want) {
		t.Errorf("error %q, want %q", msg, want)
	}
	for _, tc := range []struct{ mount, want string }{
		{"      docs/latest: docs", `site.yaml:10: languages: en: contentMounts: "docs/latest" is not a folder of the site whose name begins with content`},
		{"      content/en/docs/latest: \"\"", `site.yaml:10: languages: en: contentMounts: content/en/docs/latest: want the path below the language's content`},
		{"      content/lv: docs", `site.yaml:9: languages: en: contentMounts: content/lv is the content folder of lv`},
	} {
		site := strings.Replace(contentMountSite, "      content/en/docs/latest: docs", tc.mount, 1)
		if msg := bt.Fail(t, site); !strings.Contains(msg, tc.want) {
			t.Errorf("%s: error %q, want %q", tc.mount, msg, tc.want)
		}
	}
}

// TestRebuildContentMounts: saves in a mounted folder rebuild as a clean
// build does.
func TestRebuildContentMounts(t *testing.T) {
	r := bt.NewTree(t, contentMountSite, true)
	r.Rebuild("title", r.Edit("content/en/docs/latest/setup.md", "title: Setup", "title: Installing"))
	r.Rebuild("added", r.Write("content/en/docs/latest/faq.md", "---\ntitle: FAQ\n---\nAnswers.\n"))
	r.Rebuild("removed", r.Remove("content/en/docs/latest/flow.svg")...)
}
