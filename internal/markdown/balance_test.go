package markdown

import "testing"

func TestBalanced(t *testing.T) {
	tests := []struct{ in, want string }{
		{"<p>Teksts.</p>", "<p>Teksts.</p>"},
		{"plain text, a < b", "plain text, a < b"},
		{`<div class="x"><table><tr><td>Sākums`, `<div class="x"><table><tr><td>Sākums</td></tr></table></div>`},
		{`<p>a <img src="x.png" alt=""> <br> b`, `<p>a <img src="x.png" alt=""> <br> b</p>`},
		{`<p>a <b>b</p>`, `<p>a <b>b</p>`}, // </p> closes the b with it, as in a browser
		{`<p>a</p></div></li>`, `<p>a</p>`},
		{`<p>a</p><!-- a note`, `<p>a</p><!-- a note-->`},
		{`<script>if (a < b) { x("<div>") }</script><ul><li>x`, `<script>if (a < b) { x("<div>") }</script><ul><li>x</li></ul>`},
		{`<span title="a > b">x`, `<span title="a > b">x</span>`},
		{`<svg><path d="M0 0"/></svg><p>x`, `<svg><path d="M0 0"/></svg><p>x</p>`},
	}
	for _, tt := range tests {
		if got := Balanced(tt.in); got != tt.want {
			t.Errorf("Balanced(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
