package markdown

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Balanced is h, an HTML fragment, with every element it opens closed at
// its end, in order, and every end tag that closes nothing it opened left
// out; a comment it leaves open is closed. A summary is the page's text up
// to <!--more-->, cut from HTML the author balanced across it (raw HTML,
// markdown.unsafe: <div><table><tr><td>text <!--more--> more</td>...):
// shown on a list page as it was cut, its open table took in every card
// after it and the page's footer, and an end tag of its own closed the
// layout's element around it. The browser's parser, not a count of the
// text's "<", decides what is a tag: the x/net/html tokenizer reads it.
func Balanced(h string) string {
	if !strings.Contains(h, "<") {
		return h
	}
	z := html.NewTokenizer(strings.NewReader(h))
	var (
		out   bytes.Buffer
		open  []string // the names of the elements open, outermost first
		last  html.TokenType
		raw   []byte
		fixed bool
	)
	for {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		raw = z.Raw()
		last = tt
		name, _ := z.TagName()
		switch tt {
		case html.StartTagToken:
			if !void(name) {
				open = append(open, string(name))
			}
		case html.EndTagToken:
			i := len(open) - 1
			for i >= 0 && open[i] != string(name) {
				i--
			}
			if i < 0 {
				fixed = true
				continue // it would close the layout's element around the fragment
			}
			open = open[:i] // the elements inside it close with it, as in a browser
		}
		out.Write(raw)
	}
	if last == html.CommentToken && !bytes.HasSuffix(raw, []byte("-->")) {
		out.WriteString("-->")
		fixed = true
	}
	for i := len(open) - 1; i >= 0; i-- {
		out.WriteString("</" + open[i] + ">")
		fixed = true
	}
	if !fixed {
		return h
	}
	return out.String()
}

// void reports whether the element name has no end tag (img, br, ...).
func void(name []byte) bool {
	switch atom.Lookup(name) {
	case atom.Area, atom.Base, atom.Br, atom.Col, atom.Embed, atom.Hr, atom.Img, atom.Input,
		atom.Keygen, atom.Link, atom.Meta, atom.Param, atom.Source, atom.Track, atom.Wbr:
		return true
	}
	return false
}
