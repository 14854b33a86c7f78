package markdown

import (
	"bytes"
	"html/template"
	"regexp"

	"github.com/yuin/goldmark/text"
)

// Extended is the extended Markdown of the LoveIt family of Hugo themes
// (LoveIt, DoIt, FixIt): syntax that their layouts, not Hugo's goldmark,
// turn into HTML, by rewriting the HTML of a page's content, table of
// contents and summary. A site written for one of them has this syntax in
// its text, which vestis would otherwise publish as typed ("[GFM]^(GitHub
// flavored Markdown)", ":(fas fa-tent):"); site.yaml's
// markdown.extendedSyntax names the parts the site's theme turns on.
type Extended struct {
	// Ruby: [漢字]^(かんじ) is the text with its annotation above it,
	// <strong><ruby>漢字<rt>かんじ</rt></ruby></strong>.
	Ruby bool
	// Fraction: [1]/[2] is <sup>1</sup>/<sub>2</sub>.
	Fraction bool
	// Fontawesome: :(fas fa-tent): is the Font Awesome icon <i class="fas
	// fa-tent" aria-hidden="true"></i>, a space beside it a non-breaking one.
	Fontawesome bool
	// Escape: {?X} is X, written so that X starts none of the above (nor an
	// emoji, a shortcode): "[a]{?^}(b)" shows the ruby syntax as written.
	Escape bool
}

// The rewrites, in the order the themes make them, with the themes'
// patterns: the same text gives the same HTML as Hugo with the theme.
var (
	rubyRE       = regexp.MustCompile(`\[(.+?)\]\^\((.+?)\)`)
	fractionRE   = regexp.MustCompile(`\[(.+?)\]/\[(.+?)\]`)
	iconBeforeRE = regexp.MustCompile(` (:\([\w- ]+?\):)`)
	iconAfterRE  = regexp.MustCompile(`(:\([\w- ]+?\):) `)
	iconRE       = regexp.MustCompile(`:\(([\w- ]+?)\):`)
	escapeRE     = regexp.MustCompile(`\{\?(.)\}`)
)

// ExtendedOf is the Extended that turns on the parts named (site.yaml's
// words: escape, fontawesome, fraction, ruby); other words are passed over,
// as config has refused them.
func ExtendedOf(parts []string) Extended {
	var e Extended
	for _, p := range parts {
		switch p {
		case "ruby":
			e.Ruby = true
		case "fraction":
			e.Fraction = true
		case "fontawesome":
			e.Fontawesome = true
		case "escape":
			e.Escape = true
		}
	}
	return e
}

// Any reports whether e turns on any part of the syntax.
func (e Extended) Any() bool { return e != Extended{} }

// Apply rewrites h, a page's converted content (its shortcodes' output in
// place), table of contents or summary, as the theme rewrites it.
func (e Extended) Apply(h template.HTML) template.HTML {
	if !e.Any() || h == "" {
		return h
	}
	s := string(h)
	if e.Ruby {
		s = rubyRE.ReplaceAllString(s, `<strong><ruby>$1<rt>$2</rt></ruby></strong>`)
	}
	if e.Fraction {
		s = fractionRE.ReplaceAllString(s, `<sup>$1</sup>/<sub>$2</sub>`)
	}
	if e.Fontawesome {
		s = iconBeforeRE.ReplaceAllString(s, `&nbsp;$1`)
		s = iconAfterRE.ReplaceAllString(s, `$1&nbsp;`)
		s = iconRE.ReplaceAllString(s, `<i class="$1" aria-hidden="true"></i>`)
	}
	if e.Escape {
		s = escapeRE.ReplaceAllString(s, `$1`)
	}
	return template.HTML(s)
}

// maxIcon is the most bytes an icon's class names (fas fa-tent fa-fw) are
// looked for beside a text.
const maxIcon = 200

// icons returns where in src the Font Awesome icons are that touch seg, a
// text of the Markdown, when e turns any part on (a page may turn the icons
// on in its front matter, fontawesome: true, where the site has them off):
// their words (fa-js) must stay as typed for Apply to find them, not in
// nobr spans. They are looked for in the line of src that seg is in, as an
// icon's colons may be texts of their own (an emoji's start that was none).
func (e Extended) icons(src []byte, seg text.Segment) [][2]int {
	if !e.Any() {
		return nil
	}
	// Within its line, and near it: an icon is a few words long, and a
	// line of a thousand texts is not read a thousand times whole.
	start := max(bytes.LastIndexByte(src[:seg.Start], '\n')+1, seg.Start-maxIcon)
	end := min(len(src), seg.Stop+maxIcon)
	if i := bytes.IndexByte(src[seg.Stop:end], '\n'); i >= 0 {
		end = seg.Stop + i
	}
	var out [][2]int
	for _, m := range iconRE.FindAllIndex(src[start:end], -1) {
		if start+m[0] < seg.Stop && seg.Start < start+m[1] {
			out = append(out, [2]int{start + m[0], start + m[1]})
		}
	}
	return out
}
