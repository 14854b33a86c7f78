package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestLinkFromTheSiteFolder: a link to a Markdown file written from the
// site's folder (/content/en/docs/b.md), as the repository's web view
// follows it, leads to the page, in every way a content folder is laid out;
// one to a file that is not there is still an error naming it.
func TestLinkFromTheSiteFolder(t *testing.T) {
	t.Parallel()
	site := `-- site.yaml --
baseURL: https://example.org/
defaultLanguage: en
defaultLanguageInSubdir: false
languages:
  en: {name: English, title: Notes, weight: 1, contentDir: content/en}
  lv: {name: Latviešu, title: Piezīmes, weight: 2, contentDir: content/lv}
` + plainLayouts + `-- content/en/docs/_index.md --
---
title: Docs
---
-- content/en/docs/start.md --
---
title: Start
---
See [the second part](/content/en/docs/part-2/_index.md) and [the glossary](/content/en/docs/glossary.md).
-- content/en/docs/part-2/_index.md --
---
title: Part two
---
-- content/en/docs/glossary.md --
---
title: Glossary
---
-- content/lv/docs/start.md --
---
title: Sākums
---
Skatīt [vārdnīcu](/content/lv/docs/glossary.md).
-- content/lv/docs/glossary.md --
---
title: Vārdnīca
---
`
	b := bt.Run(t, site)
	b.AssertFile("docs/start/index.html", `<a href="/docs/part-2/">the second part</a>`, `<a href="/docs/glossary/">the glossary</a>`)
	b.AssertFile("lv/docs/start/index.html", `<a href="/lv/docs/glossary/">vārdnīcu</a>`)
	msg := bt.Fail(t, strings.Replace(site, "(/content/en/docs/glossary.md)", "(/content/en/docs/glosary.md)", 1))
	if want := `content/en/docs/start.md:4: link to "/content/en/docs/glosary.md": no such page (content/en/docs/glosary.md)`; !strings.Contains(msg, want) {
		t.Errorf("error\n%s\nwant\n%s", msg, want)
	}
}
