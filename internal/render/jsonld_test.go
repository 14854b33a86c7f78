package render

import (
	"encoding/json"
	"html/template"
	"strings"
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"
)

// TestLDMarshalsAsEncodingJSON checks that LD's own encoder writes the bytes
// encoding/json writes for the same map.
func TestLDMarshalsAsEncodingJSON(t *testing.T) {
	tests := []LD{
		{},
		{"@type": "NewsArticle", "headline": "Rīga, Hà Nội un MIT J-WEL", "position": 3, "free": true, "none": nil},
		{"name": `quote " backslash \ tags <b> & amp`, "ctl": "a\tb\nc\x01", "seps": "a\u2028b\u2029c", "bad": "a\xffb"},
		{"@graph": []any{map[string]any{"b": 1, "a": []any{"x", 2.5, nil}}, LD{"z": ""}}, "empty": []any{}, "nilList": []any(nil)},
		{"nilMap": map[string]any(nil), "date": time.Date(2024, 5, 6, 0, 0, 0, 0, time.UTC), "strings": []string{"a", "<b>"}, "n": int64(7)},
	}
	for _, ld := range tests {
		got, err := ld.MarshalJSON()
		if err != nil {
			t.Fatal(err)
		}
		want, err := json.Marshal(map[string]any(ld))
		if err != nil {
			t.Fatal(err)
		}
		if diff := cmp.Diff(string(want), string(got)); diff != "" {
			t.Errorf("LD%v (-encoding/json +LD):\n%s", ld, diff)
		}
	}
}

// TestLDJSONInScript checks that {{ .JSON }} writes in a JSON-LD script what
// html/template writes for the map itself there.
func TestLDJSONInScript(t *testing.T) {
	tpl := template.Must(template.New("").Parse(`<script type="application/ld+json">{{ . }}</script>|<script type="application/ld+json">{{ .JSON }}</script>`))
	for _, ld := range []LD{
		{},
		{"@type": "NewsArticle", "headline": "Rīga, Hà Nội un MIT J-WEL", "position": 3},
		{"name": `</script><!-- " \ & '`, "seps": "a\u2028b\u2029c", "bad": "a\xffb", "list": []any{"x", nil, 2.5}},
	} {
		var b strings.Builder
		if err := tpl.Execute(&b, ld); err != nil {
			t.Fatal(err)
		}
		want, got, _ := strings.Cut(b.String(), "|")
		if got != want {
			t.Errorf("LD%v: {{ .JSON }} wrote\n%s\nwant\n%s", ld, got, want)
		}
	}
}

func FuzzLDString(f *testing.F) {
	for _, s := range []string{"", "Rīga", "<script>", "a\u2028", "\xff", "tab\t", `"q"`} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		got, _ := LD{s: s}.MarshalJSON()
		want, _ := json.Marshal(map[string]any{s: s})
		if string(got) != string(want) {
			t.Errorf("%q: got %s, want %s", s, got, want)
		}
	})
}
