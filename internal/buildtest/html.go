package buildtest

import (
	"strings"

	"golang.org/x/net/html"
)

// Find returns the elements named tag (any when "") below n whose attributes
// match every key=value pair in attrs, in document order.
func Find(n *html.Node, tag string, attrs ...string) []*html.Node {
	var out []*html.Node
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode && (tag == "" || n.Data == tag) && matches(n, attrs) {
			out = append(out, n)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return out
}

func matches(n *html.Node, attrs []string) bool {
	for _, kv := range attrs {
		k, v, _ := strings.Cut(kv, "=")
		got, ok := AttrOK(n, k)
		if !ok || (strings.Contains(kv, "=") && got != v) {
			return false
		}
	}
	return true
}

// Attr returns the value of attribute key of n, or "".
func Attr(n *html.Node, key string) string {
	v, _ := AttrOK(n, key)
	return v
}

// AttrOK returns the value of attribute key of n and whether n has it.
func AttrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// Text is the text content of n with runs of space collapsed.
func Text(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(n)
	return strings.Join(strings.Fields(b.String()), " ")
}
