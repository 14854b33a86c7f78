package nobreak

import "testing"

func TestHTML(t *testing.T) {
	tests := []struct{ in, want string }{
		{"RTU signs cooperation agreement with MIT J-WEL", `RTU signs cooperation agreement with MIT <span class="nobr">J-WEL</span>`},
		{"ERDF-2023 and COVID-19.", `<span class="nobr">ERDF-2023</span> and <span class="nobr">COVID-19</span>.`},
		{"(COVID-19)", `(<span class="nobr">COVID-19</span>)`},
		{"“J-WEL”", `“<span class="nobr">J-WEL</span>”`},
		{"kick-off in Bologna", `<span class="nobr">kick-off</span> in Bologna`},
		{"Latvian-Vietnamese cooperation", "Latvian-Vietnamese cooperation"}, // 18 letters: may break
		{"a-b-c-d-e-f-g", "a-b-c-d-e-f-g"},                                   // 13: may break
		{"pre- and post-war", `pre- and <span class="nobr">post-war</span>`},
		{"no hyphen here", "no hyphen here"},
		{"MIT J\u2010WEL", "MIT <span class=\"nobr\">J\u2010WEL</span>"},
		{"- list", "- list"},
		{"a--b", "a--b"},
		{"x-", "x-"},
		{"Đại-học", `<span class="nobr">Đại-học</span>`},
		{"R&D-2 <b>", `R&amp;<span class="nobr">D-2</span> &lt;b&gt;`},
		{"see example.org/a-b or a-b.pdf", "see example.org/a-b or a-b.pdf"},
		{"mail x@a-b.lv", "mail x@a-b.lv"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := string(HTML(tt.in)); got != tt.want {
			t.Errorf("HTML(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
