package htmltext

import "testing"

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
