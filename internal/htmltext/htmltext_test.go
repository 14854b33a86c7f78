package htmltext

import (
	"slices"
	"testing"
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
