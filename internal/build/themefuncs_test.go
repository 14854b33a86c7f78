package build_test

import (
	"regexp"
	"strings"
	"testing"
	"testing/fstest"

	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestThemeFuncs: the functions a Hugo theme's shortcodes call (merge,
// transform.Unmarshal, hugo.*, resources.ExecuteAsTemplate, a photo of
// assets/) run as in Hugo, and a page names its bundle's own-language
// photo by the file's name.
func TestThemeFuncs(t *testing.T) {
	t.Parallel()
	fsys := bt.Site(fixture(t, "theme-funcs"))
	fsys["themes/mytheme/assets/images/hero.png"] = &fstest.MapFile{Data: testPNG(t, 40, 30)}
	fsys["content/posts/first/shot.zh-cn.png"] = &fstest.MapFile{Data: testPNG(t, 20, 10)}
	fsys["content/posts/first/shot.png"] = &fstest.MapFile{Data: testPNG(t, 20, 10)}
	o := bt.Options(fsys)
	o.PhotoCache = t.TempDir()
	res, err := build.Build(o)
	if err != nil {
		t.Fatal(err)
	}
	en, zh := string(res.Files.Map()["posts/first/index.html"]), string(res.Files.Map()["zh-cn/posts/first/index.html"])
	for _, want := range []string{
		`<span class="badge" data-multi="true" data-lang="en" data-deep="131"><svg xmlns="http://www.w3.org/2000/svg"><text fill="#81bd65">changed</text></svg>`,
		`<p class="chart">Visits: 3 5 </p>`,
		`<p class="chart">Yaml: 7 </p>`,
		`<p class="who">Ann|Jan 2, 2006|true|aGk=|example|ok 🐶</p>`,
		`Good 🐶`,
	} {
		if !strings.Contains(en, want) {
			t.Errorf("the English page lacks %s:\n%s", want, en)
		}
	}
	hero := regexp.MustCompile(`<img class="hero" src="/photos/([^"]+)" width="40" height="30">`).FindStringSubmatch(en)
	if hero == nil {
		t.Errorf("the English page shows no resized hero photo:\n%s", en)
	} else if _, ok := res.Files.Map()["photos/"+hero[1]]; !ok {
		t.Errorf("the page shows /photos/%s, which the build did not write", hero[1])
	}
	if !strings.Contains(zh, `<p class="who">安|2006年1月2日|true|`) {
		t.Errorf("the Chinese page's site params are not its language's:\n%s", zh)
	}
	if _, ok := res.Files.Map()["zh-cn/posts/second/index.html"]; !ok {
		t.Errorf("index.zh-CN.md is not the Chinese page")
	}
	if w := res.Warnings.Error(); !strings.Contains(w, `content/posts/second/index.zh-CN.md: the language "zh-cn" is written "zh-CN"`) || !strings.Contains(w, "rename it index.zh-cn.md") {
		t.Errorf("warnings:\n%s\nwant one naming index.zh-CN.md", w)
	}
	if !strings.Contains(zh, `data-lang="zh-cn"`) || !strings.Contains(zh, `<text fill="#00b1ff">new</text>`) {
		t.Errorf("the Chinese page's badge is not its own:\n%s", zh)
	}
	if !regexp.MustCompile(`<img src="/photos/shot[^"]+" alt="屏幕"`).MatchString(zh) {
		t.Errorf("the Chinese page does not show its own photo:\n%s", zh)
	}
}
