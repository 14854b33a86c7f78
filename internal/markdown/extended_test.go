package markdown

import (
	"html/template"
	"strings"
	"testing"
)

// TestExtendedApply: each part of the LoveIt themes' syntax gives the HTML
// the theme gives, only when turned on, in the theme's order (ruby before
// the escape, so that {?^} shows the syntax as written).
func TestExtendedApply(t *testing.T) {
	all := Extended{Ruby: true, Fraction: true, Fontawesome: true, Escape: true}
	for _, c := range []struct {
		name string
		ext  Extended
		in   string
		want string
	}{
		{"off", Extended{}, `<p>[GFM]^(GitHub) [1]/[2] :(fas fa-tent): {?:}</p>`, `<p>[GFM]^(GitHub) [1]/[2] :(fas fa-tent): {?:}</p>`},
		{"ruby", Extended{Ruby: true}, `<p>[GFM]^(GitHub flavored Markdown) and [CJK]^(中日韩)</p>`, `<p><strong><ruby>GFM<rt>GitHub flavored Markdown</rt></ruby></strong> and <strong><ruby>CJK<rt>中日韩</rt></ruby></strong></p>`},
		{"fraction", Extended{Fraction: true}, `<p>[Light]/[Dark]</p>`, `<p><sup>Light</sup>/<sub>Dark</sub></p>`},
		{"icon between words", Extended{Fontawesome: true}, `<p>Gone :(fas fa-tent): camping</p>`, `<p>Gone&nbsp;<i class="fas fa-tent" aria-hidden="true"></i>&nbsp;camping</p>`},
		{"icon alone", Extended{Fontawesome: true}, `<td>:(far fa-square):</td>`, `<td><i class="far fa-square" aria-hidden="true"></i></td>`},
		{"escape", Extended{Escape: true}, `<code>[Hugo]{?^}(a) {?:}joy: {{??}X}</code>`, `<code>[Hugo]^(a) :joy: {?X}</code>`},
		{"escaped syntax stays", all, `<code>[Hugo]{?^}(a) [1]{?/}[2] {?:}(fas fa-x):</code>`, `<code>[Hugo]^(a) [1]/[2] :(fas fa-x):</code>`},
		{"only escape on", Extended{Escape: true}, `<p>[a]^(b) {?:}</p>`, `<p>[a]^(b) :</p>`},
	} {
		t.Run(c.name, func(t *testing.T) {
			if got := string(c.ext.Apply(template.HTML(c.in))); got != c.want {
				t.Errorf("Apply(%s)\n got %s\nwant %s", c.in, got, c.want)
			}
		})
	}
}

// TestExtendedIconsWhole: the words of an icon's class (fa-js) are not put
// in nobr spans, in paragraphs and table cells alike, so that the icon is
// found; with icons off, they are, as any short hyphenated word.
func TestExtendedIconsWhole(t *testing.T) {
	src := "Insert **:(fab fa-js): Javascript** and COVID-19.\n\n| a |\n|---|\n| :(far fa-square): |\n"
	for _, c := range []struct {
		ext       Extended
		icon, not string
	}{
		{Extended{Fontawesome: true}, `<i class="fab fa-js" aria-hidden="true"></i>`, `nobr">fa-`},
		{Extended{}, `:(fab <span class="nobr">fa-js</span>):`, `<i `},
	} {
		conv := NewWith(Options{Extended: c.ext})
		res, err := conv.Convert([]byte(src), nil, nil)
		if err != nil {
			t.Fatal(err)
		}
		got := string(conv.Extended().Apply(res.HTML))
		for _, want := range []string{c.icon, `<span class="nobr">COVID-19</span>`} {
			if !strings.Contains(got, want) {
				t.Errorf("%+v: %s lacks %s", c.ext, got, want)
			}
		}
		if strings.Contains(got, c.not) {
			t.Errorf("%+v: %s has %s", c.ext, got, c.not)
		}
	}
}

// TestExtras: Hugo's extras make ++inserted++, ==marked==, H~2~O and x^2^
// what Hugo makes of them, each only when named; with strikethrough off,
// as a site using subscripts has it, ~~a~~ is no longer struck through
// unless delete is on.
func TestExtras(t *testing.T) {
	src := "++new++ ==key== H~2~O x^2^ ~~old~~\n"
	for _, c := range []struct {
		name string
		opts Options
		want string
	}{
		{"none", Options{}, "<p>++new++ ==key== H<del>2</del>O x^2^ <del>old</del></p>"},
		{"insert and mark", Options{Extras: []string{"insert", "mark"}}, "<p><ins>new</ins> <mark>key</mark> H<del>2</del>O x^2^ <del>old</del></p>"},
		{"subscripts", Options{Extras: []string{"subscript", "superscript", "delete"}, NoStrikethrough: true}, "<p>++new++ ==key== H<sub>2</sub>O x<sup>2</sup> <del>old</del></p>"},
		{"no strikethrough", Options{NoStrikethrough: true}, "<p>++new++ ==key== H~2~O x^2^ ~~old~~</p>"},
	} {
		t.Run(c.name, func(t *testing.T) {
			res, err := NewWith(c.opts).Convert([]byte(src), nil, nil)
			if err != nil {
				t.Fatal(err)
			}
			if got := strings.TrimSpace(string(res.HTML)); got != c.want {
				t.Errorf("got  %s\nwant %s", got, c.want)
			}
		})
	}
}
