package markdown

import (
	"net/url"
	"strings"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// linkTransformer rewrites relative links to .md files into page URLs through the
// LinkResolver in the parser context, collecting the links that do not resolve.
type linkTransformer struct{}

func (linkTransformer) Transform(doc *ast.Document, _ text.Reader, pc parser.Context) {
	resolve, ok := pc.Get(resolverKey).(LinkResolver)
	if !ok {
		return
	}
	var errs []error
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		link, ok := n.(*ast.Link)
		if !entering || !ok {
			return ast.WalkContinue, nil
		}
		dest := string(link.Destination)
		target, frag, _ := strings.Cut(dest, "#")
		if !IsPageLink(target) {
			return ast.WalkContinue, nil
		}
		if unescaped, err := url.PathUnescape(target); err == nil {
			target = unescaped
		}
		u, err := resolve(target)
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
}

// IsPageLink reports whether a link destination names a Markdown file of the site.
func IsPageLink(dest string) bool {
	if dest == "" || strings.Contains(dest, "://") || strings.HasPrefix(dest, "//") || strings.HasPrefix(dest, "mailto:") {
		return false
	}
	return strings.HasSuffix(dest, ".md")
}
