package build_test

import (
	"bytes"
	"sync/atomic"
	"testing"

	"github.com/vestis-ssg/vestis/internal/build"
	bt "github.com/vestis-ssg/vestis/internal/buildtest"
)

// TestLazyCards: with LazyCards (vestis serve) an in-memory build draws no
// card, and Cards.Body makes of what it stores the very PNG a build draws.
func TestLazyCards(t *testing.T) {
	t.Parallel()
	const card = "lv/jaunumi/b/og.png"
	o := bt.Options(bt.Site(rebuildSite))
	drawn, err := build.Build(o)
	if err != nil {
		t.Fatal(err)
	}
	o.LazyCards = true
	o.CardCount = new(atomic.Int64)
	lazy, err := build.Build(o)
	if err != nil {
		t.Fatal(err)
	}
	if n := o.CardCount.Load(); n != 0 {
		t.Errorf("a lazy build drew %d cards", n)
	}
	if bytes.Equal(lazy.Files.Map()[card], drawn.Files.Map()[card]) {
		t.Fatal("a lazy build stores the drawn card")
	}
	cards := build.NewCards(o)
	for range 2 { // drawn once, then kept
		body, err := cards.Body(lazy.Files.Map()[card])
		if err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(body, drawn.Files.Map()[card]) {
			t.Error("the card drawn when served differs from the built one")
		}
	}
	if n := o.CardCount.Load(); n != 1 {
		t.Errorf("served twice, drawn %d times, want once", n)
	}
	// Other bodies are served as they are.
	if body, err := cards.Body(lazy.Files.Map()["lv/jaunumi/b/index.html"]); err != nil || !bytes.Equal(body, lazy.Files.Map()["lv/jaunumi/b/index.html"]) {
		t.Errorf("a page went through the card drawer changed (%v)", err)
	}
}
