package serve

import (
	"strings"

	"github.com/vestis-ssg/vestis/internal/build"
)

// tabText is what the dev server says in browser tabs, in each of the site's
// languages, so that a tab shows it in its page's language (live.js reads
// the page's lang): the error overlay's heading, the close button's label,
// the notes of a save (Result.WhyNotBuiltIn) and of a page whose file is
// gone. The key "" is English, for a page in no language of the site.
type tabText struct {
	Words map[string]map[string]string `json:"words"`
	Notes map[string][]string          `json:"notes"`
	Gone  map[string]string            `json:"gone,omitempty"`
}

// langs are the languages a tab of res's site may be in, English ("") first.
func langs(res *build.Result) []string {
	out := []string{""}
	if res != nil && res.Config != nil {
		out = append(out, res.Config.LanguageCodes()...)
	}
	return out
}

// newTabText says, in each language of res's site, the chrome of a tab and
// why the content files hid are not shown, by command.
func newTabText(res *build.Result, hid []string, command string) *tabText {
	t := &tabText{Words: map[string]map[string]string{}, Notes: map[string][]string{}}
	for _, lang := range langs(res) {
		t.Words[lang] = map[string]string{
			"overlay": res.Note(lang, "vestisOverlayHeading", nil),
			"close":   res.Note(lang, "vestisClose", nil),
		}
		t.Notes[lang] = orEmpty(res.WhyNotBuiltIn(lang, hid, command))
	}
	return t
}

// withGone is t with the note of a tab whose page went with the saved files
// gone, in each language; t itself is shared and unchanged.
func (t *tabText) withGone(res *build.Result, gone []string) *tabText {
	if len(gone) == 0 {
		return t
	}
	c := *t
	c.Gone = map[string]string{}
	id := "vestisGoneOne"
	if len(gone) > 1 {
		id = "vestisGoneMany"
	}
	for _, lang := range langs(res) {
		c.Gone[lang] = res.Note(lang, id, map[string]any{"Files": strings.Join(gone, ", ")})
	}
	return &c
}
