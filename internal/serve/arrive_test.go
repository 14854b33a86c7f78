package serve_test

import (
	"net/http/httptest"
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestPagesThatArriveTogetherLinkEachOther: new pages that come in one save
// (a git checkout, a folder copied in) and link each other are built with
// their links, where the server showed "no such page" for a link to a page
// of the same save that it had not put in yet.
func TestPagesThatArriveTogetherLinkEachOther(t *testing.T) {
	s, root, log := logged(t)
	bt.WriteFile(t, root, "content/news/c.lv.md", page("Cita", "Teksts."))
	bt.WriteFile(t, root, "content/news/b.lv.md", page("Saites", "[uz citu](c.lv.md)"))
	bt.WriteFile(t, root, "content/news/d.lv.md", page("Vēl", "[atpakaļ](b.lv.md)"))
	if err := s.Rebuild([]string{"content/news/b.lv.md", "content/news/c.lv.md", "content/news/d.lv.md"}); err != nil {
		t.Fatalf("the new pages linking each other failed: %v\nlog:\n%s", err, log)
	}
	for path, want := range map[string]string{"/lv/jaunumi/b/": `<a href="/lv/jaunumi/c/">uz citu</a>`, "/lv/jaunumi/d/": `<a href="/lv/jaunumi/b/">atpakaļ</a>`} {
		rec := httptest.NewRecorder()
		s.ServeHTTP(rec, httptest.NewRequest("GET", "http://127.0.0.1"+path, nil))
		if rec.Code != 200 || !strings.Contains(rec.Body.String(), want) {
			t.Errorf("GET %s: %d, want 200 with %s:\n%s", path, rec.Code, want, rec.Body)
		}
	}
}
