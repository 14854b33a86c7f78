package markdown

import (
	"bytes"
	"slices"
	"strconv"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
	"github.com/yuin/goldmark/util"
)

// linkTransformer rewrites relative links to .md files into page URLs through the
// LinkResolver in the parser context, collecting the links that do not resolve.
type linkTransformer struct{}

func (linkTransformer) Transform(doc *ast.Document, reader text.Reader, pc parser.Context) {
	resolve, _ := pc.Get(resolverKey).(LinkResolver)
	images, _ := pc.Get(imagesKey).(ImageResolver)
	if resolve == nil && images == nil {
		return // a front matter text (Inline), not a page's body
	}
	var errs []error
	var noAlt []Ref
	seenImage := false
	lines := newLineIndex(reader.Source())
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if img, ok := n.(*ast.Image); ok && entering {
			line := lines.of(img)
			if !hasText(img, reader.Source()) {
				noAlt = append(noAlt, Ref{Dest: string(img.Destination), Line: line})
			}
			if images != nil {
				if err := setImage(img, images, line, seenImage); err != nil {
					errs = append(errs, err)
				}
			}
			seenImage = true
			return ast.WalkContinue, nil
		}
		link, ok := n.(*ast.Link)
		if !entering || !ok || resolve == nil {
			return ast.WalkContinue, nil
		}
		dest := decodedDest(link.Destination)
		target, frag, _ := strings.Cut(dest, "#")
		if !IsPageLink(target) {
			if IsAddress(target) {
				// An address of the site (/operator/db): the resolver may
				// point it at the page of the reader's language, and
				// remembers those no page has.
				if u, err := resolve(target, lines.of(link)); err == nil && u != target {
					if frag != "" {
						u += "#" + frag
					}
					link.Destination = []byte(u)
				}
			}
			return ast.WalkContinue, nil
		}
		// As written: the resolver decodes %-escapes, and tries the name as
		// written too (a file really named a%20c.md).
		u, err := resolve(target, lines.of(link))
		if err != nil {
			errs = append(errs, err)
			return ast.WalkContinue, nil
		}
		if frag != "" {
			u += "#" + frag
		}
		link.Destination = []byte(u)
		return ast.WalkContinue, nil
	})
	if len(errs) > 0 {
		pc.Set(linkErrorsKey, errs)
	}
	if len(noAlt) > 0 {
		pc.Set(noAltKey, noAlt)
	}
}

// decodedDest is a link's destination as the reader's browser gets it before
// %-escaping: backslash escapes and character references (&amp; &#x23;)
// resolved, as goldmark's renderer resolves them, so that "&#x09;" is not
// cut at its "#" as if a fragment began there.
func decodedDest(dest []byte) string {
	return string(util.ResolveEntityNames(util.ResolveNumericReferences(util.UnescapePunctuations(dest))))
}

// lineIndex finds the line of a node in the Markdown source from the
// offsets goldmark keeps: inline nodes have none of their own.
type lineIndex struct {
	src    []byte
	starts []int // offset of each line's start
}

func newLineIndex(src []byte) *lineIndex {
	starts := []int{0}
	for i, b := range src {
		if b == '\n' {
			starts = append(starts, i+1)
		}
	}
	return &lineIndex{src: src, starts: starts}
}

// line is the line (from 1) of offset off.
func (x *lineIndex) line(off int) int {
	i, found := slices.BinarySearch(x.starts, off)
	if found {
		return i + 1
	}
	return i
}

// of returns the line where inline node n starts: that of its first text
// (a link's or an image's words), else the end of the text before it in its
// block, else its block's first line.
func (x *lineIndex) of(n ast.Node) int {
	if t := firstText(n); t != nil {
		return x.line(t.Segment.Start)
	}
	for p := n; p != nil && p.Type() == ast.TypeInline; p = p.Parent() {
		for s := p.PreviousSibling(); s != nil; s = s.PreviousSibling() {
			if t := lastText(s); t != nil {
				l := x.line(t.Segment.Stop)
				if t.SoftLineBreak() || t.HardLineBreak() {
					l++
				}
				return l
			}
		}
	}
	for p := n; p != nil; p = p.Parent() {
		if p.Type() == ast.TypeBlock && p.Lines().Len() > 0 {
			return x.line(p.Lines().At(0).Start)
		}
	}
	return 1
}

func firstText(n ast.Node) *ast.Text {
	if t, ok := n.(*ast.Text); ok {
		return t
	}
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		if t := firstText(c); t != nil {
			return t
		}
	}
	return nil
}

func lastText(n ast.Node) *ast.Text {
	if t, ok := n.(*ast.Text); ok {
		return t
	}
	for c := n.LastChild(); c != nil; c = c.PreviousSibling() {
		if t := lastText(c); t != nil {
			return t
		}
	}
	return nil
}

// hasText reports whether n holds any text but spaces: an image's alt text.
func hasText(n ast.Node, src []byte) bool {
	for c := n.FirstChild(); c != nil; c = c.NextSibling() {
		switch c := c.(type) {
		case *ast.Text:
			if len(bytes.TrimSpace(c.Segment.Value(src))) > 0 {
				return true
			}
		case *ast.String:
			if len(bytes.TrimSpace(c.Value)) > 0 {
				return true
			}
		}
		if hasText(c, src) {
			return true
		}
	}
	return false
}

// IsAddress reports whether a link destination (without its fragment) is
// an address of the site: root-relative (/docs/) or relative (../x/,
// plan.pdf), not another site's (//host, https:), a mail address or a
// fragment alone.
func IsAddress(dest string) bool {
	if dest == "" || strings.HasPrefix(dest, "//") || dest[0] == '?' {
		return false
	}
	first := dest
	if i := strings.IndexAny(dest, "/?"); i >= 0 {
		first = dest[:i]
	}
	return !strings.Contains(first, ":")
}

// IsPageLink reports whether a link destination names a Markdown file of the
// site (.md, or .markdown as Hugo reads too).
func IsPageLink(dest string) bool {
	if dest == "" || strings.Contains(dest, "://") || strings.HasPrefix(dest, "//") || strings.HasPrefix(dest, "mailto:") {
		return false
	}
	return strings.HasSuffix(dest, ".md") || strings.HasSuffix(dest, ".markdown") || strings.HasSuffix(dest, ".mdown")
}

// setImage points an image at its resized versions: src, srcset, sizes, width and
// height, and lazy loading for every image but the first.
func setImage(img *ast.Image, images ImageResolver, line int, lazy bool) error {
	dest := decodedDest(img.Destination)
	if dest == "" || strings.Contains(dest, "://") || strings.HasPrefix(dest, "//") || strings.HasPrefix(dest, "data:") {
		return nil
	}
	r, ok, err := images(dest, line) // as written, as links are
	if err != nil || !ok {
		return err
	}
	img.Destination = []byte(r.Src)
	if r.Width == 0 { // a file published as it is, at another address
		return nil
	}
	img.SetAttributeString("srcset", []byte(r.Srcset))
	img.SetAttributeString("sizes", []byte("(max-width: 46rem) 100vw, 46rem"))
	img.SetAttributeString("width", []byte(strconv.Itoa(r.Width)))
	img.SetAttributeString("height", []byte(strconv.Itoa(r.Height)))
	img.SetAttributeString("decoding", []byte("async"))
	if lazy {
		img.SetAttributeString("loading", []byte("lazy"))
	}
	return nil
}
