package htmltext

import (
	"os"
	"slices"
	"testing"
	"unicode"
	"unicode/utf8"
)

func TestText(t *testing.T) {
	tests := []struct{ in, want string }{
		{`<p>Programmu finansē <a href="/x/">ERAF</a>.</p>`, `Programmu finansē ERAF.`},
		{`<p><em>Svarīgi</em>, <strong>ļoti</strong>!</p>`, `Svarīgi, ļoti!`},
		{`<p><img src="a.jpg" alt="x > y">Teksts.</p>`, `Teksts.`},
		{`<p>A<!-- <b>slēpts</b> > --> B.</p>`, `A B.`},
		{`<p>Viens.</p><p>Divi.</p>`, `Viens. Divi.`},
		{`<ul><li>a</li><li>b</li></ul>`, `a b`},
		{`<p>rinda<br>otra</p>`, `rinda otra`},
		{`<p>&amp; &lt;b&gt; &#x1ec7;</p>`, `& <b> ệ`},
		{`<p>x</p><script>if (a > b) {}</script><style>p>a{}</style><p>y</p>`, `x y`},
		{"<p>  daudz\n\tatstarpju  </p>", `daudz atstarpju`},
		{`Đà Nẵng`, `Đà Nẵng`},
		{"<p>a\u00a0b&nbsp;c\u3000\u0085d\v</p>", `a b c d`},
		{"<p>a\xffb \xc4</p>", "a\ufffdb \ufffd"},
		{``, ``},
	}
	for _, tt := range tests {
		if got := Text(tt.in); got != tt.want {
			t.Errorf("Text(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		in    string
		limit int
		want  string
	}{
		{"īss teksts", 20, "īss teksts"},
		{"viens divi trīs", 12, "viens divi…"},
		{"viens, divi", 8, "viens,…"},
		{"garšvārdsbezatstarpēm", 5, "garšv…"},
	}
	for _, tt := range tests {
		if got := Truncate(tt.in, tt.limit); got != tt.want {
			t.Errorf("Truncate(%q, %d) = %q, want %q", tt.in, tt.limit, got, tt.want)
		}
	}
}

func TestSplit(t *testing.T) {
	tests := []struct {
		in       string
		text     string
		headings []string
	}{
		{`<p>Ievads.</p><h2 id="x">Finansējums <em>ERAF</em></h2><p>Teksts.</p>`, `Ievads. Finansējums ERAF Teksts.`, []string{"Finansējums ERAF"}},
		{`<h1>A</h1><h3>B <a href="#b">#</a></h3>`, `A B #`, []string{"A", "B #"}},
		{`<h2></h2><p>x</p>`, `x`, nil},
		{`<p>bez virsrakstiem</p>`, `bez virsrakstiem`, nil},
	}
	for _, tt := range tests {
		got := Split(tt.in)
		if got.Text != tt.text || !slices.Equal(got.Headings, tt.headings) {
			t.Errorf("Split(%q) = %q %q, want %q %q", tt.in, got.Text, got.Headings, tt.text, tt.headings)
		}
		if got.Text != Text(tt.in) {
			t.Errorf("Split(%q).Text = %q, but Text gives %q", tt.in, got.Text, Text(tt.in))
		}
	}
}

// scanSeeds are HTML that scan reads itself or leaves to the tokenizer:
// what Markdown makes, and the tokenizer's corners.
var scanSeeds = []string{
	`<p>Programmu finansē <a href="/x/">ERAF</a>.</p>`,
	`<p><img src="a.jpg" alt="x > y">Teksts.</p><p a=/>b</p><p a='>'>c</p>`,
	`<p>A<!-- <b>slēpts</b> > --> B.</p><!-- raw HTML omitted -->`,
	`<!----><!--->x<!-- a --!> b --><!-- -- ->c<!--!-->d`,
	`a<!-- x --!> b -->c<!-- -- -> --!-> ---!>d<!--x--!!>-->e<!-- y --->f`,
	`<!DOCTYPE html><!doctype><!x>y<?xml version="1.0"?>z</>w</ x>v`,
	`<h2 id="a">A <em>b</em></h2><h3/>c<h1>d</h2>e<h4>f<h5>g</h5>`,
	`<H2 CLASS=x>Liels</H2 ><P>Burti</P><BR/>x`,
	"<p>&amp; &lt;b&gt; &#x1ec7; &quot;q&quot; &#39;s &nbsp;x&amp &ampx &#0; &notit;</p>",
	`<p>x</p><script>if (a > b) {}</script><style>p>a{}</style><p>y</p>`,
	`<template><p>t</p></template>u<textarea>&lt;</textarea><title>a<b>c</title>`,
	`<noscript><p>n</p></noscript><iframe>i</iframe><xmp>x</xmp>`,
	"<p>a\r\nb\rc\x00d</p>\x00<b\x00>e</b>",
	"<p>a\xffb \xc4</p>",
	"a < b, c <3 d <",
	"x</", "x<", "<p", "<p a", "<p a=", "<p a='", "<!-", "<!--", "<!-- x", "<!x", "<?x", "</x", "</ x",
	`<a / =">" x>t</a>`, `<a =">" x>t</a>`, `<a b=c/>d</a>`, `<div a="1" a="2"/>e`,
	"<ul>\n<li>a</li>\n<li>b</li>\n</ul>\n<pre><code>x  y\n</code></pre>",
	"<p>a\u00a0b&nbsp;c\u3000\u0085d\v\u2028e\u205ff\u1680g</p>",
}

// TestScan: for every seed that scan reads itself, it gives the text and the
// headings' spans that the tokenizer gives.
func TestScan(t *testing.T) {
	page, err := os.ReadFile("testdata/page.html")
	if err != nil {
		t.Fatal(err)
	}
	scanned := 0
	for _, h := range append(scanSeeds, string(page)) {
		if checkScan(t, h) {
			scanned++
		}
	}
	if !checkScan(t, string(page)) {
		t.Error("scan leaves the page Markdown made to the tokenizer")
	}
	if scanned < len(scanSeeds)/2 {
		t.Errorf("scan reads only %d of %d seeds itself", scanned, len(scanSeeds))
	}
}

func FuzzScan(f *testing.F) {
	for _, h := range scanSeeds {
		f.Add(h)
	}
	f.Fuzz(func(t *testing.T, h string) {
		checkScan(t, h)
		if text, _ := AppendSplit(nil, nil, h); !utf8.Valid(text) {
			t.Errorf("%q: the text %q is not valid UTF-8", h, text)
		}
	})
}

// checkScan compares scan's reading of h with the tokenizer's and reports
// whether scan read h itself.
func checkScan(t *testing.T, h string) bool {
	t.Helper()
	var s, z extractor
	s.begin(h, true)
	if !s.scan(s.html) {
		return false
	}
	z.begin(h, true)
	z.tokenize(z.html)
	if string(s.b) != string(z.b) || !slices.Equal(s.spans, z.spans) {
		t.Errorf("%q: scan gives %q %v, the tokenizer %q %v", h, s.b, s.spans, z.b, z.spans)
	}
	return true
}

// TestSpaceAt: spaceAt finds the spaces unicode.IsSpace finds, from the
// first byte of each code point.
func TestSpaceAt(t *testing.T) {
	for r := range rune(utf8.MaxRune + 1) {
		if !utf8.ValidRune(r) {
			continue
		}
		b := utf8.AppendRune(nil, r)
		want := 0
		if unicode.IsSpace(r) {
			want = len(b)
		}
		if got := spaceAt(b, 0); got != want {
			t.Fatalf("spaceAt(%U) = %d, want %d", r, got, want)
		}
	}
}

// TestAppendSplit: the text is appended after what dst holds, and the
// spans are where the headings are in it.
func TestAppendSplit(t *testing.T) {
	dst := []byte("jau ")
	text, spans := AppendSplit(dst, []Span{{0, 3}}, `<h2>Virsraksts</h2><p>teksts</p>`)
	if string(text) != "jau Virsraksts teksts" {
		t.Errorf("text = %q", text)
	}
	if want := []Span{{0, 3}, {4, 14}}; !slices.Equal(spans, want) {
		t.Errorf("spans = %v, want %v", spans, want)
	}
}

// BenchmarkAppendSplit: the text and headings of a page of three languages
// as Markdown makes it, into reused buffers, as the search index reads
// every page.
func BenchmarkAppendSplit(b *testing.B) {
	page, err := os.ReadFile("testdata/page.html")
	if err != nil {
		b.Fatal(err)
	}
	h := string(page)
	var text []byte
	var spans []Span
	b.SetBytes(int64(len(h)))
	for b.Loop() {
		text, spans = AppendSplit(text[:0], spans[:0], h)
	}
}
