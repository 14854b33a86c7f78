package build_test

import (
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// besideFileSite names images and files from a regular page's own file, not
// from its address, as a documentation theme's render hook (Hextra's) and an
// editor's preview read them: content/en/guide/install.md shows
// images/screen.svg, the file content/en/guide/images/screen.svg, which is
// published at /guide/images/screen.svg, not below the page's address
// /guide/install/. A page with a slug names them the same way, and so does a
// translation in its own folder, whose files are its own.
func besideFileSite(t testing.TB) string {
	return `-- site.yaml --
baseURL: https://example.org/manual/
defaultLanguage: en
defaultLanguageInSubdir: false
languages:
  en: {name: English, title: Manual, weight: 1, contentDir: content/en}
  lv: {name: Latviešu, title: Rokasgrāmata, weight: 2, contentDir: content/lv}
` + plainLayouts + `-- content/en/_index.md --
---
title: Manual
---
-- content/en/guide/_index.md --
---
title: Guide
---
-- content/en/guide/install.md --
---
title: Install
---
The first screen: ![The installer](images/screen.svg)

Its log: [install log](files/install%20log.txt), and a photo:

![The machine](images/machine.png)

![The parts](parts.svg)
-- content/en/guide/upgrade.md --
---
title: Upgrade
slug: moving-up
---
![The installer again](images/screen.svg)

{{< figure src="images/screen.svg" alt="Once more" >}}
-- content/en/guide/images/screen.svg --
<svg xmlns="http://www.w3.org/2000/svg"><title>installer</title></svg>
-- content/en/guide/parts.svg --
<svg xmlns="http://www.w3.org/2000/svg"><title>parts</title></svg>
-- content/en/guide/images/machine.png --
` + string(testPNG(t, 40, 20)) + `
-- content/en/guide/files/install log.txt --
step one
-- content/lv/_index.md --
---
title: Rokasgrāmata
---
-- content/lv/guide/_index.md --
---
title: Ceļvedis
---
-- content/lv/guide/install.md --
---
title: Uzstādīšana
---
Pirmais ekrāns: ![Uzstādītājs](images/screen.svg)
-- content/lv/guide/images/screen.svg --
<svg xmlns="http://www.w3.org/2000/svg"><title>uzstādītājs</title></svg>
`
}

// TestImagesBesideThePageFile: an image or file a regular page names
// relative to its own file is shown from where the build publishes that
// file (it was an error for each image: "is not beside the page", 118 of
// them on a Hextra documentation site), in Markdown and in a shortcode, for
// each language its own file.
func TestImagesBesideThePageFile(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, besideFileSite(t))
	b.AssertFile("guide/images/screen.svg", "installer")
	b.AssertFile("lv/guide/images/screen.svg", "uzstādītājs")
	b.AssertFile("guide/install/index.html",
		`src="/manual/guide/images/screen.svg"`,
		`href="/manual/guide/files/install%20log.txt"`,
		`src="/manual/guide/parts.svg"`)
	b.AssertFile("guide/moving-up/index.html", `src="/manual/guide/images/screen.svg" alt="The installer again"`)
	if got := b.File("guide/moving-up/index.html"); strings.Count(got, `"/manual/guide/images/screen.svg"`) != 2 {
		t.Errorf("guide/moving-up/index.html: want the figure's image at /manual/guide/images/screen.svg too:\n%s", got)
	}
	b.AssertFile("lv/guide/install/index.html", `src="/manual/lv/guide/images/screen.svg"`)
	// The photo is resized as a bundle's photo is.
	page := b.File("guide/install/index.html")
	if !strings.Contains(page, `srcset="/manual/photos/`) || !strings.Contains(page, `alt="The machine"`) {
		t.Errorf("guide/install/index.html: want the photo resized (a srcset of /manual/photos/):\n%s", page)
	}
}

// TestImageBesideThePageFileMissing: an image named from the page's file
// that is not there is still one error at its line, saying where to put it.
func TestImageBesideThePageFileMissing(t *testing.T) {
	t.Parallel()
	site := strings.Replace(besideFileSite(t), "(images/screen.svg)\n\n{{<", "(images/scren.svg)\n\n{{<", 1)
	msg := bt.Fail(t, site)
	if want := `content/en/guide/upgrade.md:5: image "images/scren.svg" is not beside the page`; !strings.Contains(msg, want) {
		t.Errorf("error\n%s\nwant\n%s", msg, want)
	}
	if n := strings.Count(msg, "\n") + 1; n != 1 {
		t.Errorf("want one error, got %d:\n%s", n, msg)
	}
}

// TestRebuildImagesBesideThePageFile: moving the folder of the files (the
// section's slug), removing a file and bringing it back rebuild as a clean
// build: the pages name the files where they are now.
func TestRebuildImagesBesideThePageFile(t *testing.T) {
	r := bt.NewTree(t, besideFileSite(t), true)
	r.Clean()
	r.Rebuild("section url", r.Edit("content/en/guide/_index.md", "title: Guide\n", "title: Guide\nurl: /handbook/\n"))
	if got := string(r.Builder.Last().Files.Map()["guide/install/index.html"]); !strings.Contains(got, `src="/manual/handbook/parts.svg"`) {
		t.Errorf("after the section's url: want the image at /manual/handbook/parts.svg:\n%s", got)
	}
	if err := r.Rebuild("file removed", r.Remove("content/lv/guide/images/screen.svg")...); err == nil {
		t.Fatal("rebuild without the Latvian image: want an error")
	}
	r.Rebuild("file back", r.Write("content/lv/guide/images/screen.svg", `<svg xmlns="http://www.w3.org/2000/svg"/>`))
}
