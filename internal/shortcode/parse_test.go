package shortcode

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/rogpeppe/go-internal/txtar"
)

// TestParse parses each NAME.md of testdata/parse.txtar and compares the
// items, or the error, with NAME.want.
func TestParse(t *testing.T) {
	a, err := txtar.ParseFile("testdata/parse.txtar")
	if err != nil {
		t.Fatal(err)
	}
	want := map[string]string{}
	for _, f := range a.Files {
		if name, ok := strings.CutSuffix(f.Name, ".want"); ok {
			want[name] = string(f.Data)
		}
	}
	for _, f := range a.Files {
		name, ok := strings.CutSuffix(f.Name, ".md")
		if !ok {
			continue
		}
		t.Run(name, func(t *testing.T) {
			items, err := Parse(f.Data)
			var got string
			if err != nil {
				got = "error " + err.Error() + "\n"
			} else {
				got = dump(items, "")
			}
			if diff := cmp.Diff(want[name], got); diff != "" {
				t.Errorf("Parse (-want +got):\n%s", diff)
			}
		})
	}
}

func dump(items []Item, indent string) string {
	var b strings.Builder
	for _, it := range items {
		if it.Shortcode == nil {
			fmt.Fprintf(&b, "%s%d text %q\n", indent, it.Line, it.Text)
			continue
		}
		sc := it.Shortcode
		markup := "<"
		if sc.Markdown {
			markup = "%"
		}
		var args []string
		for _, a := range sc.Args {
			v := fmt.Sprintf("%#v", a.Value)
			if a.Name != "" {
				v = a.Name + "=" + v
			}
			args = append(args, v)
		}
		list := "[" + strings.Join(args, " ") + "]"
		if sc.Named {
			list = "{" + strings.Join(args, " ") + "}"
		}
		closed := ""
		if sc.Closed {
			closed = " closed"
		}
		fmt.Fprintf(&b, "%s%d %s %s %s%s\n", indent, sc.Line, markup, sc.Name, list, closed)
		b.WriteString(dump(sc.Inner, indent+"  "))
	}
	return b.String()
}

// TestParseHostile: input made to hurt gives an error or items, never a
// panic or a hang, and errors name a line.
func TestParseHostile(t *testing.T) {
	deep := strings.Repeat("{{< a >}}", 10000) + strings.Repeat("{{< /a >}}", 10000)
	cases := map[string]struct {
		src  string
		want string // a substring of the error, "" for none
	}{
		"nested 10,000 deep":      {deep, "line 1: shortcodes nest more than 100 deep"},
		"10,000 unclosed opens":   {strings.Repeat("{{< a >}}\n", 10000), ""},
		"10,000 delimiters alone": {strings.Repeat("{{<", 10000), `line 1: "{{<{{<{{<{{<{{<{{<{{<{{<{{<{{<{{<{{<{{<{"… is not a shortcode name`},
		"many arguments":          {"{{< a " + strings.Repeat("x ", MaxArgs+1) + ">}}", "a has more than 1000 arguments"},
		"quote on line 3":         {"a\n\n{{< a \"b >}}", `line 3: a " quote is never closed`},
		"raw quote":               {"{{< a `b >}}", "a ` quote is never closed"},
		"closes in reverse":       {strings.Repeat("{{< /a >}}", 10000), "line 1: {{< /a >}} closes no"},
		"escape without end":      {strings.Repeat("{{</* a */", 1000), "never closed"},
		// A tag left open reads the next paragraph as its arguments: what
		// is wrong is the missing >}}, not those arguments.
		"open before a paragraph": {"{{< figure src=\"a.jpg\"\n\nThe next paragraph.\n", `line 1: {{< figure is not closed with >}} before the blank line below it; end the tag with >}}`},
		"open before spaces":      {"x\n{{% notice info\n  \t\n\nText = here %}}", `line 2: {{% notice is not closed with %}} before the blank line below it; end the tag with %}}`},
		"open before odd text":    {"{{< a b=\"c\"\n\n= d >}}", `line 1: {{< a is not closed with >}} before the blank line below it`},
		"arguments over lines":    {"{{< a b=\"c\"\n d e >}}", `line 1: a mixes named (key=value) and positional arguments`},
	}
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			_, err := Parse([]byte(c.src))
			switch {
			case c.want == "" && err != nil:
				t.Errorf("Parse: %v", err)
			case c.want != "" && (err == nil || !strings.Contains(err.Error(), c.want)):
				t.Errorf("Parse error = %v, want %q", err, c.want)
			}
		})
	}
}

// FuzzParse: Parse never panics, reports errors at a line of the input, and
// gives back every byte of text it does not read as a shortcode.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"", "text", "{{< a >}}", "{{% a b=\"c\" %}}x{{% /a %}}", "{{</* a */>}}", "{{< a `b` 1 2.5 true />}}",
		"{{< a >}}{{< b >}}{{< /a >}}", "{{<", "{{< a \"", "{{< ../x >}}", "{{< a\n  b=c\n>}}",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, src string) {
		items, err := Parse([]byte(src))
		if err != nil {
			perr, ok := err.(*Error)
			if !ok {
				t.Fatalf("error %T %v, want *Error", err, err)
			}
			if lines := strings.Count(src, "\n") + 1; perr.Line < 1 || perr.Line > lines {
				t.Fatalf("error at line %d of %d: %v", perr.Line, lines, err)
			}
			return
		}
		if !strings.Contains(src, "{{") && (len(items) > 1 || len(items) == 1 && string(items[0].Text) != src) {
			t.Fatalf("text without shortcodes came back as %v", items)
		}
		var check func([]Item, int)
		check = func(items []Item, depth int) {
			if depth > MaxDepth {
				t.Fatalf("items nest %d deep", depth)
			}
			for _, it := range items {
				if it.Shortcode != nil {
					if err := checkName(it.Shortcode.Name); err != nil {
						t.Fatalf("name %q passed: %v", it.Shortcode.Name, err)
					}
					check(it.Shortcode.Inner, depth+1)
				}
			}
		}
		check(items, 0)
	})
}

// TestParseMismatched: every shortcode closed twice, closed with another name or closed in the wrong order is an
// error at the closing tag's line and column, columns counted in characters
// (the Latvian and Vietnamese letters before a tag are one column each), and
// the other tags it names are given at their lines moved as the caller's are.
func TestParseMismatched(t *testing.T) {
	tests := []struct {
		name, src string
		line, col int
		msg       string // with the lines named moved by 10
	}{
		{"closed twice", "ā {{< b >}}x{{< /b >}} ē {{< /b >}}", 1, 26,
			"{{< /b >}} closes no {{< b >}} above it"},
		{"closed with another name", "ū {{< b >}}x{{< /i >}}", 1, 13,
			"{{< /i >}} closes no {{< i >}} above it"},
		{"closed in the wrong order", "ļ {{< b >}}{{< i >}}x{{< /b >}}\nđ {{< /i >}}", 2, 3,
			"{{< /i >}} closes {{< i >}} of line 11, column 12, but {{< /b >}} of line 11, column 22, already closed the shortcode around it; close them in the reverse order of opening: {{< /i >}} first"},
		{"self-closed, then closed", "{{< b />}} {{< /b >}}", 1, 12,
			"{{< /b >}} closes no {{< b >}} above it"},
	}
	for _, tt := range tests {
		_, err := Parse([]byte(tt.src))
		perr, ok := err.(*Error)
		if !ok {
			t.Errorf("%s: Parse error = %v, want *Error", tt.name, err)
			continue
		}
		if perr.Line != tt.line || perr.Col != tt.col || perr.Message(10) != tt.msg {
			t.Errorf("%s: Parse error at %d:%d %q,\nwant %d:%d %q", tt.name, perr.Line, perr.Col, perr.Message(10), tt.line, tt.col, tt.msg)
		}
	}
	for _, ok := range []string{"{{% b %}}x{{% /b %}}", "Ēka {{% b %}}vārds{{< /b >}}", "{{< b >}}\nchữ\n{{% /b %}}", "{{< b >}}{{< i >}}x{{< /i >}}{{< /b >}}", "{{< b >}}{{< hr >}}x{{< /b >}}", "{{< b >}}x{{< /b >}}{{< b >}}y{{< /b >}}"} {
		if _, err := Parse([]byte(ok)); err != nil {
			t.Errorf("Parse(%q): %v", ok, err)
		}
	}
}
