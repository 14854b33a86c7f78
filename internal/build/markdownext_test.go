package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// markdownExtSite has pages in .markdown files, as Hugo reads them: a page,
// a bundle with a photo beside its index, and links to both by file name.
const markdownExtSite = siteYAML + `-- content/news/garais.lv.markdown --
---
title: Garais nosaukums
date: 2024-01-02
---
Skat. [saišķi](saisķis/index.lv.markdown) un [īso](iss.lv.md).
-- content/news/saisķis/index.lv.markdown --
---
title: Saišķis
date: 2024-01-01
---
Teksts.
-- content/news/saisķis/index.en.markdown --
---
title: Bundle
date: 2024-01-01
---
Text.
-- content/news/iss.lv.md --
---
title: Īss
date: 2024-01-03
---
Uz [garo](garais.markdown).
`

// TestMarkdownExtension: .markdown files are pages as .md files are,
// translations and bundles included, and links name them.
func TestMarkdownExtension(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, markdownExtSite)
	b.AssertFile("lv/jaunumi/garais/index.html", "<h1>Garais nosaukums</h1>", `href="/lv/jaunumi/saiskis/"`, `href="/lv/jaunumi/iss/"`)
	b.AssertFile("lv/jaunumi/saiskis/index.html", "<h1>Saišķis</h1>", `hreflang="en"`)
	b.AssertFile("en/news/saiskis/index.html", "<h1>Bundle</h1>")
	b.AssertFile("lv/jaunumi/iss/index.html", `href="/lv/jaunumi/garais/"`)
}

// TestRebuildMarkdownExtension: saving, renaming and removing .markdown files
// rebuild as a clean build does.
func TestRebuildMarkdownExtension(t *testing.T) {
	r := bt.NewTree(t, markdownExtSite, true)
	r.Rebuild("body", r.Edit("content/news/garais.lv.markdown", "Skat.", "Skatīt"))
	r.Rebuild("title", r.Edit("content/news/saisķis/index.en.markdown", "title: Bundle", "title: A bundle"))
	r.Rebuild("renamed to .md", r.Rename("content/news/saisķis/index.en.markdown", "content/news/saisķis/index.en.md")...)
}

// TestMdownAndHtm: .mdown and .htm files are pages too, as Hugo's content
// formats name them, and Markdown links name .mdown files.
func TestMdownAndHtm(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+`-- content/news/vecs.lv.mdown --
---
title: Vecs
---
Teksts.
-- content/news/cits.lv.md --
---
title: Cits
---
Uz [veco](vecs.lv.mdown).
-- content/news/tabula.lv.htm --
---
title: Tabula
---
<table><tr><td>šūna</td></tr></table>
`)
	b.AssertFile("lv/jaunumi/vecs/index.html", "<h1>Vecs</h1>")
	b.AssertFile("lv/jaunumi/cits/index.html", `href="/lv/jaunumi/vecs/"`)
	b.AssertFile("lv/jaunumi/tabula/index.html", "<h1>Tabula</h1>", "<td>šūna</td>")
}

// TestHardWraps: with markdown.hardWraps (Hugo's
// markup.goldmark.renderer.hardWraps), text written line by line keeps its
// line breaks; without it the lines make one paragraph, as in Hugo.
func TestHardWraps(t *testing.T) {
	t.Parallel()
	page := `-- content/news/dzeja.lv.md --
---
title: Dzeja
date: 2024-01-02
---
Pirmā rinda
otrā rinda
`
	b := bt.Run(t, strings.Replace(siteYAML, "languages:", "markdown: {hardWraps: true}\nlanguages:", 1)+page)
	b.AssertFile("lv/jaunumi/dzeja/index.html", "<p>Pirmā rinda<br>\notrā rinda</p>")
	b = bt.Run(t, siteYAML+page)
	b.AssertFile("lv/jaunumi/dzeja/index.html", "<p>Pirmā rinda\notrā rinda</p>")
}
