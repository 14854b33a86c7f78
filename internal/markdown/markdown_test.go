package markdown

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/rogpeppe/go-internal/txtar"
)

var update = flag.Bool("update", false, "rewrite the want files of testdata/*.txtar")

// TestGolden converts testdata/NAME.txtar's in.md and compares with want.html
// (the body), want-toc.html, want-summary.html and want-words.
func TestGolden(t *testing.T) {
	files, _ := filepath.Glob("testdata/*.txtar")
	if len(files) == 0 {
		t.Fatal("no golden files")
	}
	c := New(false)
	for _, file := range files {
		t.Run(filepath.Base(file), func(t *testing.T) {
			a, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			var in []byte
			for _, f := range a.Files {
				if f.Name == "in.md" {
					in = f.Data
				}
			}
			resolve := func(dest string, _ int) (string, error) {
				if strings.Contains(dest, "missing") {
					return "", fmt.Errorf("no such page")
				}
				return "/lv/" + strings.TrimSuffix(filepath.Base(dest), ".md") + "/", nil
			}
			res, err := c.Convert(in, resolve, nil)
			if err != nil {
				t.Fatal(err)
			}
			got := map[string]string{
				"want.html":         string(res.HTML),
				"want-toc.html":     string(res.TableOfContents) + "\n",
				"want-summary.html": string(res.Summary) + "\n",
				"want-words":        fmt.Sprintf("%d\n", res.WordCount),
			}
			if *update {
				a.Files = []txtar.File{{Name: "in.md", Data: in}}
				for _, name := range []string{"want.html", "want-toc.html", "want-summary.html", "want-words"} {
					a.Files = append(a.Files, txtar.File{Name: name, Data: []byte(got[name])})
				}
				if err := os.WriteFile(file, txtar.Format(a), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			for _, f := range a.Files {
				if f.Name == "in.md" {
					continue
				}
				if diff := cmp.Diff(string(f.Data), got[f.Name]); diff != "" {
					t.Errorf("%s (-want +got):\n%s", f.Name, diff)
				}
			}
		})
	}
}

func TestHeadingIDs(t *testing.T) {
	c := New(false)
	res, err := c.Convert([]byte("## Ārvalstu sadarbība\n\n## Hợp tác quốc tế\n\n## Ārvalstu sadarbība\n\n## ???\n"), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, id := range []string{`id="arvalstu-sadarbiba"`, `id="hop-tac-quoc-te"`, `id="arvalstu-sadarbiba-1"`, `id="section"`} {
		if !strings.Contains(string(res.HTML), id) {
			t.Errorf("no %s in\n%s", id, res.HTML)
		}
	}
}

// TestHugoHeadingIDs: with Hugo's heading ID types, IDs are the ones a Hugo
// site's links to #anchors name: every space a hyphen, punctuation left out,
// letters kept (github) or their accents taken off (github-ascii).
func TestHugoHeadingIDs(t *testing.T) {
	src := []byte("## Tips & Tricks\n\n## Ārvalstu sadarbība\n\n## Hợp tác quốc tế\n\n## snake_case -- ok?\n\n## Tips & Tricks\n\n## ???\n\n## Đà Nẵng\n")
	for _, tc := range []struct {
		style string
		want  []string
	}{
		{IDsGitHub, []string{"tips--tricks", "ārvalstu-sadarbība", "hợp-tác-quốc-tế", "snake_case----ok", "tips--tricks-1", "heading", "đà-nẵng"}},
		{IDsGitHubASCII, []string{"tips--tricks", "arvalstu-sadarbiba", "hop-tac-quoc-te", "snake_case----ok", "tips--tricks-1", "heading", "a-nang"}},
	} {
		res, err := NewWithIDs(false, tc.style).Convert(src, nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, m := range regexp.MustCompile(`<h2 id="([^"]*)"`).FindAllStringSubmatch(string(res.HTML), -1) {
			got = append(got, m[1])
		}
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("%s: IDs (-want +got):\n%s", tc.style, diff)
		}
	}
}

// TestHeadingAttributes: a heading's {#id} (and {.class}) is read as Hugo
// reads it, not shown; an ID it takes is not given to another heading.
func TestHeadingAttributes(t *testing.T) {
	res, err := New(false).Convert([]byte("## Uzbūve {#basic-configuration}\n\n## Basic configuration\n\n## Zīmes {.note}\n"), nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{`<h2 id="basic-configuration">Uzbūve</h2>`, `<h2 id="basic-configuration-1">Basic configuration</h2>`, `<h2 class="note" id="zimes">Zīmes</h2>`} {
		if !strings.Contains(string(res.HTML), want) {
			t.Errorf("no %s in\n%s", want, res.HTML)
		}
	}
}

func TestLinkErrors(t *testing.T) {
	c := New(false)
	res, err := c.Convert([]byte("[a](missing.md) [b](ok.lv.md) [c](https://x.org/a.md)"), func(dest string, _ int) (string, error) {
		if dest == "missing.md" {
			return "", fmt.Errorf("no such page")
		}
		return "/lv/ok/", nil
	}, nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(res.LinkErrors) != 1 {
		t.Errorf("link errors = %v, want one", res.LinkErrors)
	}
	if !strings.Contains(string(res.HTML), `<a href="/lv/ok/">b</a>`) || !strings.Contains(string(res.HTML), `href="https://x.org/a.md"`) {
		t.Errorf("links not rewritten as expected:\n%s", res.HTML)
	}
}

// TestRefLines: the resolvers get the line of each link and image from the
// parser, also where the same address is written twice, appears first in
// code, follows a line break or has no text.
func TestRefLines(t *testing.T) {
	src := "Ievads ar `a.md` kodā.\n\n" + // 1
		"Saite uz [a](a.md) un\n" + // 3
		"vēlreiz [a](a.md).\n\n" + // 4
		"```\n![](p.jpg)\n```\n\n" + // 6-8
		"Teksts\n![](p.jpg)\n\n" + // 10, 11
		"[](b.md)\n\n" + // 13
		"> citāts ar [saiti\nuz b](b.md)\n\n" + // 15
		"- punkts\n- ![Foto](q.jpg)\n" // 18, 19
	var got []Ref
	res, err := New(false).Convert([]byte(src), func(dest string, line int) (string, error) {
		got = append(got, Ref{dest, line})
		return "/x/", nil
	}, func(dest string, line int) (Image, bool, error) {
		got = append(got, Ref{dest, line})
		return Image{}, false, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []Ref{{"a.md", 3}, {"a.md", 4}, {"p.jpg", 11}, {"b.md", 13}, {"b.md", 15}, {"q.jpg", 19}}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("lines the resolvers got (-want +got):\n%s", diff)
	}
	if diff := cmp.Diff([]Ref{{"p.jpg", 11}}, res.ImagesWithoutAlt); diff != "" {
		t.Errorf("ImagesWithoutAlt (-want +got):\n%s", diff)
	}
}

func FuzzConvert(f *testing.F) {
	for _, s := range []string{"# Sveiki\n\ntext <!--more--> more", "| a | b |\n|---|---|\n| 1 | 2 |", "[x](y.md#z)", "## ā\n### ē\n#### ī\n## ū", "\x00", "[^1]\n\n[^1]: note"} {
		f.Add(s)
	}
	c := New(false)
	f.Fuzz(func(t *testing.T, s string) {
		if _, err := c.Convert([]byte(s), func(string, int) (string, error) { return "/x/", nil }, nil); err != nil {
			t.Fatal(err)
		}
	})
}

// TestFindings checks what a conversion reports for vestis check: raw HTML
// left out, images without alt text and level-one headings.
func TestFindings(t *testing.T) {
	src := "Teksts.\n\n<iframe src=\"https://video.example/1\"></iframe>\n\n" +
		"<!-- piezīme redaktoram -->\n\nRinda ar <b>treknu</b> vārdu un <!-- komentāru -->.\n\n" +
		"![](foto.jpg) un ![Apraksts](cits.jpg) un ![ ](tukss.jpg)\n\n# Otrs virsraksts\n\n## Labi\n\nTrešais\n===\n"
	for _, unsafe := range []bool{false, true} {
		res, err := New(unsafe).Convert([]byte(src), func(string, int) (string, error) { return "", nil }, nil)
		if err != nil {
			t.Fatal(err)
		}
		var want []int
		if !unsafe {
			want = []int{3, 7}
		}
		if diff := cmp.Diff(want, res.DroppedHTML); diff != "" {
			t.Errorf("unsafe=%v: DroppedHTML (-want +got):\n%s", unsafe, diff)
		}
		if diff := cmp.Diff([]int{11, 15}, res.TopHeadings); diff != "" {
			t.Errorf("TopHeadings (-want +got):\n%s", diff)
		}
		if diff := cmp.Diff([]Ref{{"foto.jpg", 9}, {"tukss.jpg", 9}}, res.ImagesWithoutAlt); diff != "" {
			t.Errorf("ImagesWithoutAlt (-want +got):\n%s", diff)
		}
	}
}

// TestUnwrapped: a text of one paragraph loses its <p>, as Hugo's
// RenderString gives it; other texts keep their blocks.
func TestUnwrapped(t *testing.T) {
	t.Parallel()
	c := New(false)
	for _, tc := range []struct{ in, want string }{
		{"**vārds** un *cits*", "<strong>vārds</strong> un <em>cits</em>"},
		{"Viens.\n\nDivi.", "<p>Viens.</p>\n<p>Divi.</p>\n"},
		{"# Virsraksts", `<h1 id="virsraksts">Virsraksts</h1>` + "\n"},
		{"", ""},
	} {
		res, err := c.Convert([]byte(tc.in), nil, nil, Unwrapped())
		if err != nil {
			t.Fatal(err)
		}
		if string(res.HTML) != tc.want {
			t.Errorf("Convert(%q, Unwrapped) = %q, want %q", tc.in, res.HTML, tc.want)
		}
	}
}

// TestRemovedLinks: the links and images whose address the page leaves out
// (one that runs a program, javascript: or data:) are reported with their
// lines, in whatever form goldmark reads them; safe ones are not, nor any
// with unsafe set, which publishes them.
func TestRemovedLinks(t *testing.T) {
	tests := []struct {
		name, src string
		want      []RemovedLink
	}{
		{"inline link", "Sveiki.\n\nSkaties [šeit](javascript:alert(1)).\n",
			[]RemovedLink{{Dest: "javascript:alert(1)", Scheme: "javascript", Line: 3}}},
		{"upper case", "[x](VBScript:msgbox)\n", []RemovedLink{{Dest: "VBScript:msgbox", Scheme: "vbscript", Line: 1}}},
		{"reference link, at its use", "Lasīt [tālāk][r].\n\n[r]: javascript:void(0)\n",
			[]RemovedLink{{Dest: "javascript:void(0)", Scheme: "javascript", Line: 1}}},
		{"character reference", "[x](&#106;avascript:alert(1))\n",
			[]RemovedLink{{Dest: "&#106;avascript:alert(1)", Scheme: "javascript", Line: 1}}},
		{"autolink", "Ievads\nun <javascript:alert(1)>\n", []RemovedLink{{Dest: "javascript:alert(1)", Scheme: "javascript", Line: 2}}},
		{"image of a page", "![Attēls](data:text/html;base64,PGI+)\n",
			[]RemovedLink{{Dest: "data:text/html;base64,PGI+", Scheme: "data", Line: 1}}},
		{"image of an image is kept", "![Attēls](data:image/png;base64,iVBORw0K)\n", nil},
		{"web and mail addresses are kept", "[a](https://example.org/) [b](mailto:a@example.org) [c](/lv/) <https://example.org>\n", nil},
		{"a tab is no javascript:", "[x](java&#x09;script:alert(1))\n", nil},
		{"in code it is text", "`[x](javascript:alert(1))`\n\n    [y](javascript:alert(2))\n", nil},
	}
	for _, tt := range tests {
		for _, unsafe := range []bool{false, true} {
			res, err := New(unsafe).Convert([]byte(tt.src), func(dest string, _ int) (string, error) { return dest, nil }, nil)
			if err != nil {
				t.Fatal(err)
			}
			want := tt.want
			if unsafe {
				want = nil
			}
			if diff := cmp.Diff(want, res.RemovedLinks); diff != "" {
				t.Errorf("%s, unsafe=%v: RemovedLinks (-want +got):\n%s", tt.name, unsafe, diff)
			}
		}
	}
}

// TestDangerousAddress: a value a layout may put in a link is such an address
// as browsers read it (spaces and control characters before it, tabs and
// line ends inside it, any letter case), and not when it is words.
func TestDangerousAddress(t *testing.T) {
	tests := []struct {
		addr, scheme string
		bad          bool
	}{
		{"javascript:alert(1)", "javascript", true},
		{"  JavaScript:alert(1)", "javascript", true},
		{"\x01java\tscri\npt:alert(1)", "javascript", true},
		{"vbscript:msgbox", "vbscript", true},
		{"data:text/html;base64,PGI+", "data", true},
		{"file:///etc/passwd", "file", true},
		{"data:image/png;base64,iVBORw0K", "", false},
		{"https://example.org/", "", false},
		{"/lv/jaunumi/", "", false},
		{"javascript: the good parts", "", false},
		{"Data: 5 files", "", false},
		{"", "", false},
	}
	for _, tt := range tests {
		scheme, bad := DangerousAddress(tt.addr)
		if scheme != tt.scheme || bad != tt.bad {
			t.Errorf("DangerousAddress(%q) = %q, %v, want %q, %v", tt.addr, scheme, bad, tt.scheme, tt.bad)
		}
	}
}
