package site

import (
	"runtime"
	"strings"
	"testing"
)

func TestClaims(t *testing.T) {
	t.Parallel()
	list2 := Claim{Path: "lv/jaunumi/page/2/index.html", What: "page 2 of the news list (lv)"}
	url := func(p, v string) Claim {
		return Claim{Path: p, Kind: Field, File: "content/news/x.lv.md", Line: 3, Field: "url", Value: v}
	}
	long := strings.Repeat("a", MaxSegment+1)
	tests := []struct {
		name   string
		claims []Claim
		want   string // Err's message; "" for none
	}{
		{"apart", []Claim{list2, {Path: "lv/jaunumi/index.html", What: "the news list (lv)"}}, ""},
		{"the same claim twice", []Claim{list2, list2}, ""},
		{"url over a list page", []Claim{list2, url("lv/jaunumi/page/2/index.html", "/lv/jaunumi/page/2/")},
			`content/news/x.lv.md:3: url "/lv/jaunumi/page/2/" is also the address of page 2 of the news list (lv); choose another url`},
		{"reported to the field whichever claims first", []Claim{url("lv/jaunumi/page/2/index.html", "/lv/jaunumi/page/2/"), list2},
			`content/news/x.lv.md:3: url "/lv/jaunumi/page/2/" is also the address of page 2 of the news list (lv); choose another url`},
		{"url needs a file as a folder", []Claim{{Path: "sitemap.xml", What: "the sitemap index"}, url("sitemap.xml/index.html", "/sitemap.xml/")},
			`content/news/x.lv.md:3: url "/sitemap.xml/" needs /sitemap.xml to be a folder, but that is the address of the sitemap index; choose another url`},
		{"url is a file where a folder is needed", []Claim{list2, url("lv/jaunumi", "/lv/jaunumi")},
			`content/news/x.lv.md:3: url "/lv/jaunumi" is a file where page 2 of the news list (lv) needs a folder; choose another url`},
		{"static file over a list", []Claim{
			{Path: "lv/jaunumi/index.html", What: "the news list (lv)"},
			{Path: "lv/jaunumi/index.html", Kind: Copy, File: "static/lv/jaunumi/index.html"}},
			`static/lv/jaunumi/index.html: this file, copied to /lv/jaunumi/index.html, is also the address of the news list (lv); rename the file`},
		{"bundle file over its page", []Claim{
			{Path: "lv/jaunumi/b/index.html", Kind: PageFile, File: "content/news/b/index.lv.md"},
			{Path: "lv/jaunumi/b/index.html", Kind: Copy, File: "content/news/b/index.html"}},
			`content/news/b/index.html: this file, copied to /lv/jaunumi/b/index.html, is also the address of content/news/b/index.lv.md; rename the file`},
		{"two pages by file name: the later file", []Claim{
			{Path: "lv/jaunumi/b/index.html", Kind: PageFile, File: "content/news/b/index.lv.md"},
			{Path: "lv/jaunumi/b/index.html", Kind: PageFile, File: "content/news/b.lv.md"}},
			`content/news/b/index.lv.md: its address /lv/jaunumi/b/ is also the address of content/news/b.lv.md; rename the file or give the page a slug`},
		{"two fields name each other", []Claim{
			url("lv/x/index.html", "/lv/x/"),
			{Path: "lv/x/index.html", Kind: Field, File: "content/news/y.lv.md", Line: 4, Field: "aliases", Value: "/lv/x/"}},
			`content/news/y.lv.md:4: aliases "/lv/x/" is also the address of content/news/x.lv.md:3 (url "/lv/x/"); change or remove the alias`},
		{"a bundle file named as a resized photo", []Claim{
			{Path: "lv/a/p-960w-1.jpg", Kind: Generated, File: "content/a/p.jpg", What: "a resized copy of"},
			{Path: "lv/a/p-960w-1.jpg", Kind: Copy, File: "content/a/p-960w-1.jpg"}},
			`content/a/p-960w-1.jpg: this file, copied to /lv/a/p-960w-1.jpg, is also the address of a resized copy of content/a/p.jpg; rename the file`},
		{"a resized photo's name too long", []Claim{
			{Path: "lv/a/" + long[:250] + "-480w-1.jpg", Kind: Generated, File: "content/a/" + long[:250] + ".jpg", What: "a resized copy of"}},
			"content/a/" + long[:250] + `.jpg: a resized copy of this file makes the file name "` + long[:40] + `…" of 261 bytes; file systems hold at most 255; rename the file`},
		{"letter case", []Claim{
			{Path: "img/logo.png", Kind: Copy, File: "static/img/logo.png"},
			{Path: "img/Logo.png", Kind: Copy, File: "static/img/Logo.png"}},
			`static/img/logo.png: this file, copied to /img/logo.png, differs only in letter case from /img/Logo.png, the address of static/img/Logo.png; macOS and Windows would keep one of the two; rename the file`},
		{"Unicode normalization", []Claim{
			{Path: "lv/zi\u0146a/index.html", Kind: PageFile, File: "content/zi\u0146a.md"},
			{Path: "lv/zin\u0327a/index.html", Kind: Field, File: "content/x.md", Line: 2, Field: "url", Value: "/lv/zin\u0327a/"}},
			"content/x.md:2: url \"/lv/zin\u0327a/\" looks the same as /lv/zi\u0146a/index.html, the address of content/zi\u0146a.md, " +
				"but its letters are encoded differently (Unicode normalization); macOS would keep one of the two; choose another url"},
		{"letter case of a folder", []Claim{list2, url("LV/jaunumi", "/LV/jaunumi")},
			`content/news/x.lv.md:3: url "/LV/jaunumi" is a file where page 2 of the news list (lv) needs a folder; choose another url`},
		{"name of 255 bytes", []Claim{url("lv/"+long[1:]+"/index.html", "x")}, ""},
		{"slug of 256 bytes", []Claim{{Path: "lv/jaunumi/" + long + "/index.html", Kind: Field, File: "content/news/x.md", Line: 2, Field: "slug", Value: long}},
			`content/news/x.md:2: slug "` + long[:40] + `…" makes a file name of 256 bytes; file systems hold at most 255; choose a shorter slug`},
		{"file name of 256 bytes", []Claim{{Path: "lv/jaunumi/" + long + "/index.html", Kind: PageFile, File: "content/news/" + long[:250] + ".md"}},
			`content/news/` + long[:250] + `.md: its address makes the file name "` + long[:40] + `…" of 256 bytes; file systems hold at most 255; rename the file or give the page a shorter slug`},
		{"static name not UTF-8", []Claim{{Path: "x/caf\xe9.txt", Kind: Copy, File: "static/x/caf\xe9.txt"}},
			`static/x/caf\xe9.txt: the file name is not valid UTF-8 (the bad bytes are shown as \x..); rename the file`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewClaims()
			for _, c := range tt.claims {
				r.Add(c)
			}
			got := ""
			if err := r.Err(); err != nil {
				got = err.Error()
			}
			if got != tt.want {
				t.Errorf("Err() =\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}

// TestClaimsWindowsNames: a name Windows cannot hold is a warning where the
// build runs elsewhere (the site is published as Hugo would publish it) and
// an error on Windows, where writing it fails or writes another name.
func TestClaimsWindowsNames(t *testing.T) {
	t.Parallel()
	url := func(p, v string) Claim {
		return Claim{Path: p, Kind: Field, File: "content/news/x.lv.md", Line: 3, Field: "url", Value: v}
	}
	const elsewhere = ": the site builds here, but not on Windows, and a copy of its output there loses the file; to publish it from Windows too, "
	tests := []struct {
		name  string
		claim Claim
		want  string // the message on Windows; "" for none
		fix   string
	}{
		{"url with a colon", url("a:b/index.html", "/a:b/"),
			`content/news/x.lv.md:3: url "/a:b/" makes the name "a:b", which Windows cannot hold (a name may not hold < > : " | ? * or \)`, "choose another url"},
		{"url of a device name", url("lv/con/index.html", "/lv/con/"),
			`content/news/x.lv.md:3: url "/lv/con/" makes the name "con", which Windows cannot hold (CON, PRN, AUX, NUL, COM1 to COM9 and LPT1 to LPT9 name devices there, with any extension)`, "choose another url"},
		{"static file of a device name", Claim{Path: "docs/nul.txt", Kind: Copy, File: "static/docs/nul.txt"},
			`static/docs/nul.txt: this file, copied to /docs/nul.txt, makes the name "nul.txt", which Windows cannot hold (CON, PRN, AUX, NUL, COM1 to COM9 and LPT1 to LPT9 name devices there, with any extension)`, "rename the file"},
		{"page whose file name ends in a dot", Claim{Path: "pl/wydarzenia/wycieczka-na-p.i.w.o./index.html", Kind: PageFile, File: "content/pl/wydarzenia/Wycieczka na P.I.W.O..md"},
			`content/pl/wydarzenia/Wycieczka na P.I.W.O..md: its address /pl/wydarzenia/wycieczka-na-p.i.w.o./ makes the name "wycieczka-na-p.i.w.o.", which Windows cannot hold (a name may not end in a dot or a space)`, "rename the file or give the page a slug"},
		{"console", url("lv/console/index.html", "/lv/console/"), "", ""},
		{"com10", url("lv/com10/index.html", "/lv/com10/"), "", ""},
		{"a dot inside", url("lv/a.b/index.html", "/lv/a.b/"), "", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := ""
			if d, _ := tt.claim.windowsName(true); d != nil {
				got = d.Error()
			}
			if want := tt.want + cond(tt.want != "", "; "+tt.fix, ""); got != want {
				t.Errorf("on Windows:\n%s\nwant\n%s", got, want)
			}
			r := NewClaims()
			r.Add(tt.claim)
			r.Add(tt.claim) // one output, one warning
			if runtime.GOOS == "windows" {
				return
			}
			if err := r.Err(); err != nil {
				t.Errorf("elsewhere, an error: %v", err)
			}
			want := ""
			if tt.want != "" {
				want = tt.want + elsewhere + tt.fix
			}
			if got := r.Warnings().Error(); got != want {
				t.Errorf("elsewhere:\n%s\nwant\n%s", got, want)
			}
			if _, ok := r.Of(tt.claim.Path); !ok {
				t.Errorf("%s is not claimed", tt.claim.Path)
			}
		})
	}
}

func cond(ok bool, a, b string) string {
	if ok {
		return a
	}
	return b
}

// TestClaimsWindowsNameOnce: the outputs in a folder of such a name (the
// page, its sharing image) give one warning, the page's, which says what to
// change, in whichever order they are claimed.
func TestClaimsWindowsNameOnce(t *testing.T) {
	t.Parallel()
	if runtime.GOOS == "windows" {
		t.Skip("an error on Windows")
	}
	page := Claim{Path: "lv/p.i.w.o./index.html", Kind: PageFile, File: "content/news/P.I.W.O..lv.md"}
	card := Claim{Path: "lv/p.i.w.o./og.png", What: "the sharing image of"}
	for _, order := range [][]Claim{{page, card}, {card, page}} {
		r := NewClaims()
		for _, c := range order {
			r.Add(c)
		}
		w := r.Warnings()
		if len(w) != 1 || w[0].File != page.File || !strings.Contains(w[0].Msg, "rename the file or give the page a slug") {
			t.Errorf("claimed %s first: %v", order[0].Path, w)
		}
	}
}

// TestClaimsRemove: a removed claim frees its path and the folders only it
// needed, and keeps those other outputs are in.
func TestClaimsRemove(t *testing.T) {
	t.Parallel()
	page := func(n string) Claim {
		return Claim{Path: "lv/birkas/x/page/" + n + "/index.html", What: "page " + n + " of the tag x (lv)"}
	}
	url := func(v string) Claim {
		return Claim{Path: strings.TrimPrefix(v, "/"), Kind: Field, File: "content/news/y.lv.md", Line: 2, Field: "url", Value: v}
	}
	tests := []struct {
		name   string
		remove string
		then   Claim
		want   string // Err's message after then; "" for none
	}{
		{"the path is free", "lv/birkas/x/page/3/index.html", url("/lv/birkas/x/page/3/index.html"), ""},
		{"its own folder is free", "lv/birkas/x/page/3/index.html", url("/lv/birkas/x/page/3"), ""},
		{"a folder another output is in stays", "lv/birkas/x/page/3/index.html", url("/lv/birkas/x/page"),
			`content/news/y.lv.md:2: url "/lv/birkas/x/page" is a file where page 2 of the tag x (lv) needs a folder; choose another url`},
		{"a claim kept stays", "lv/birkas/x/page/3/index.html", url("/lv/birkas/x/page/2/index.html"),
			`content/news/y.lv.md:2: url "/lv/birkas/x/page/2/index.html" is also the address of page 2 of the tag x (lv); choose another url`},
		{"a path never claimed", "lv/none.html", url("/lv/birkas/x/page/3"),
			`content/news/y.lv.md:2: url "/lv/birkas/x/page/3" is a file where page 3 of the tag x (lv) needs a folder; choose another url`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := NewClaims()
			r.Add(page("2"))
			r.Add(page("3"))
			r.Remove(tt.remove)
			r.Add(tt.then)
			got := ""
			if err := r.Err(); err != nil {
				got = err.Error()
			}
			if got != tt.want {
				t.Errorf("Err() =\n%s\nwant\n%s", got, tt.want)
			}
		})
	}
}
