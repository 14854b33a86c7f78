package render

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// jsonFragment is searchFragment as encoding/json would write it: what
// appendJSON must write, byte for byte.
type jsonFragment struct {
	Title   string `json:"t"`
	URL     string `json:"u"`
	Date    string `json:"d,omitempty"`
	ISODate string `json:"i,omitempty"`
	Section string `json:"c,omitempty"`
	Text    string `json:"x"`
	Meta    string `json:"m,omitempty"`
}

var fragmentSeeds = []string{
	"", "Izglītība & zinātne <b>", `"citāts" \ slīpsvītra`, "rinda\nrinda\r\ttab\b\f\x00\x1f\x7f",
	"Đại học — “Trường” … €", "a\u2028b\u2029c", "bad \xff\xc4 utf8 \xe2\x80", "\U0001F600 ok",
}

func TestSearchFragmentJSON(t *testing.T) {
	for _, s := range fragmentSeeds {
		checkFragment(t, s)
	}
}

func FuzzSearchFragmentJSON(f *testing.F) {
	for _, s := range fragmentSeeds {
		f.Add(s)
	}
	f.Fuzz(checkFragment)
}

// checkFragment compares appendJSON with encoding/json for fragments of s;
// the text is valid UTF-8, as htmltext writes it.
func checkFragment(t *testing.T, s string) {
	for _, frag := range []searchFragment{
		{Title: s, URL: "/lv/" + s + "/", Text: []byte(strings.ToValidUTF8(s, "\ufffd"))},
		{Title: "T", URL: "/u/", Date: s, ISODate: "2024-05-19", Section: s, Text: []byte(strings.ToValidUTF8(s+s, "\ufffd")), Meta: s},
	} {
		var want bytes.Buffer
		enc := json.NewEncoder(&want)
		enc.SetEscapeHTML(false)
		j := jsonFragment{frag.Title, frag.URL, frag.Date, frag.ISODate, frag.Section, string(frag.Text), frag.Meta}
		if err := enc.Encode(j); err != nil {
			t.Fatal(err)
		}
		if got := frag.appendJSON(nil); !bytes.Equal(got, want.Bytes()) {
			t.Errorf("%q: appendJSON = %s, encoding/json %s", s, got, want.Bytes())
		}
	}
}
