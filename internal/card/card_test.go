package card

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"

	"golang.org/x/image/font"
	"golang.org/x/image/math/fixed"
)

func newDrawer(t testing.TB) *Drawer {
	t.Helper()
	d, err := NewDrawer()
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// writeSample keeps a drawn card for people to look at when
// VESTIS_CARD_SAMPLES names a folder.
func writeSample(t *testing.T, name string, b []byte) {
	if dir := os.Getenv("VESTIS_CARD_SAMPLES"); dir != "" {
		if err := os.WriteFile(filepath.Join(dir, name+".png"), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

func TestDraw(t *testing.T) {
	t.Parallel()
	d := newDrawer(t)
	tests := []struct {
		name string
		card Card
	}{
		{"lv", Card{Title: "Rīgas Tehniskās universitātes un MIT J-WEL sadarbības līgums", Site: "Izglītības inovāciju vēstis", Section: "Jaunumi", Lang: "lv"}},
		{"vi-long", Card{Title: "Khởi động dự án STRIVE tại Quảng Ninh: nâng cao năng lực đổi mới giáo dục đại học và chuyển đổi số trong đào tạo giáo viên ở Việt Nam", Site: "Tin tức đổi mới giáo dục", Section: "Tin tức", Lang: "vi"}},
		{"en-short", Card{Title: "Projects", Site: "Education Innovation News", Lang: "en"}},
		{"too-long", Card{Title: strings.Repeat("Starptautiskās sadarbības stiprināšana ", 12), Site: "Izglītības inovāciju vēstis", Section: "Projekti", Lang: "lv"}},
		{"one-long-word", Card{Title: "Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft", Site: "x", Lang: "de"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			b, err := d.Draw(tt.card)
			if err != nil {
				t.Fatal(err)
			}
			img, err := png.Decode(bytes.NewReader(b))
			if err != nil {
				t.Fatal(err)
			}
			if got := img.Bounds(); got != image.Rect(0, 0, Width, Height) {
				t.Errorf("card is %v, want %dx%d", got, Width, Height)
			}
			again, err := d.Draw(tt.card)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(b, again) {
				t.Error("two drawings of one card differ")
			}
			writeSample(t, tt.name, b)
		})
	}
}

// TestLayoutTitle checks what a card says: every word of a title that fits,
// in order, on lines no wider than the text; a title that does not fit cut
// after a whole word and marked with an ellipsis.
func TestLayoutTitle(t *testing.T) {
	t.Parallel()
	d := newDrawer(t)
	tests := []struct {
		title     string
		wantLines int
		wantSize  int
		cut       bool
	}{
		{"Projects", 1, maxTitleSize, false},
		{"Khởi động dự án STRIVE tại Quảng Ninh: nâng cao năng lực đổi mới giáo dục đại học", 3, 64, false},
		{strings.Repeat("Starptautiskās sadarbības stiprināšana ", 12), maxLines, minTitleSize, true},
		{"Donaudampfschifffahrtselektrizitätenhauptbetriebswerkbauunterbeamtengesellschaft", 1, minTitleSize, true},
	}
	for _, tt := range tests {
		lines, size, err := d.layoutTitle(tt.title)
		if err != nil {
			t.Fatal(err)
		}
		face, err := d.face(d.bold, size)
		if err != nil {
			t.Fatal(err)
		}
		for _, l := range lines {
			if w := font.MeasureString(face, l); w > fixed.I(textWidth) {
				t.Errorf("%.20q: line %q is %d px wide, more than %d", tt.title, l, w.Ceil(), textWidth)
			}
		}
		face.Close()
		if h := len(lines) * leading(size); h > titleBottom-titleTop {
			t.Errorf("%.20q: %d lines of %d px are higher than %d", tt.title, len(lines), leading(size), titleBottom-titleTop)
		}
		if len(lines) != tt.wantLines || size != tt.wantSize {
			t.Errorf("%.20q: %d lines at %d px, want %d at %d: %q", tt.title, len(lines), size, tt.wantLines, tt.wantSize, lines)
		}
		joined := strings.Join(lines, " ")
		if tt.cut {
			if !strings.HasSuffix(joined, "…") {
				t.Errorf("%.20q: cut without an ellipsis: %q", tt.title, lines)
			}
			continue
		}
		if want := strings.Join(strings.Fields(tt.title), " "); joined != want {
			t.Errorf("%.20q: lines say %q, want %q", tt.title, joined, want)
		}
	}
	// A cut between words never leaves part of a word.
	lines, _, _ := d.layoutTitle(strings.Repeat("Starptautiskās sadarbības stiprināšana ", 12))
	last := strings.TrimSuffix(lines[len(lines)-1], "…")
	words := strings.Fields(last)
	if w := words[len(words)-1]; w != "Starptautiskās" && w != "sadarbības" && w != "stiprināšana" {
		t.Errorf("last line %q ends inside a word", lines[len(lines)-1])
	}
}

func TestMissing(t *testing.T) {
	t.Parallel()
	d := newDrawer(t)
	if got := d.Missing("Āā Čč Ēē Ģģ Īī Ķķ Ļļ Ņņ Šš Ūū Žž Ơơ Ưư Đđ ẠạẢảẤấẦầẨẩẪẫẬậ ỆệỊịỌọỘộỜờỰựỲỳỴỵỶỷỸỹ – “ ” … €"); len(got) != 0 {
		t.Errorf("Latvian and Vietnamese letters without a glyph: %q", got)
	}
	// Decomposed Vietnamese (e + combining marks) is drawn precomposed.
	if got := d.Missing("Vie\u0323\u0302t"); len(got) != 0 {
		t.Errorf("decomposed letters without a glyph: %q", got)
	}
	if got := d.Missing("Ελληνικά 日本"); len(got) == 0 {
		t.Error("Missing found no rune missing in Greek and Japanese; is it looking?")
	}
}

func TestCache(t *testing.T) {
	t.Parallel()
	d := newDrawer(t)
	var n atomic.Int64
	d.Count = &n
	cache := Cache{Dir: t.TempDir()}
	c := Card{Title: "Jaunumi", Site: "Vēstis", Lang: "lv"}
	first, err := d.Make(c, cache)
	if err != nil {
		t.Fatal(err)
	}
	second, err := d.Make(c, cache)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(first, second) || n.Load() != 1 {
		t.Errorf("drawn %d times, want once; same bytes: %v", n.Load(), bytes.Equal(first, second))
	}
	// A damaged cache file is drawn again.
	file := filepath.Join(cache.Dir, c.Key()+".png")
	if err := os.WriteFile(file, []byte("not a card"), 0o644); err != nil {
		t.Fatal(err)
	}
	third, err := d.Make(c, cache)
	if err != nil || !bytes.Equal(third, first) || n.Load() != 2 {
		t.Errorf("after damage: drawn %d times (want 2), same bytes %v, err %v", n.Load(), bytes.Equal(third, first), err)
	}
	// Another title is another card.
	if c2 := (Card{Title: "Ziņas", Site: "Vēstis", Lang: "lv"}); c2.Key() == c.Key() {
		t.Error("two titles have one key")
	}
}

func BenchmarkDraw(b *testing.B) {
	d := newDrawer(b)
	c := Card{Title: "Khởi động dự án STRIVE tại Quảng Ninh: nâng cao năng lực đổi mới giáo dục", Site: "Tin tức đổi mới giáo dục", Section: "Tin tức", Lang: "vi"}
	for b.Loop() {
		if _, err := d.Draw(c); err != nil {
			b.Fatal(err)
		}
	}
}

// TestIsCard checks what the cache takes as a card: a PNG of a card's size,
// not another image, a cut file or other bytes.
func TestIsCard(t *testing.T) {
	t.Parallel()
	card, err := newDrawer(t).Draw(Card{Title: "Jaunumi", Site: "Vēstis", Lang: "lv"})
	if err != nil {
		t.Fatal(err)
	}
	var small bytes.Buffer
	if err := png.Encode(&small, image.NewGray(image.Rect(0, 0, Width, Height-1))); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		b    []byte
		want bool
	}{
		{"card", card, true},
		{"other size", small.Bytes(), false},
		{"cut", card[:20], false},
		{"not a PNG", []byte(strings.Repeat("not a card ", 4)), false},
		{"empty", nil, false},
	}
	for _, tt := range tests {
		if got := isCard(tt.b); got != tt.want {
			t.Errorf("isCard(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestDrawAfterOthers: a drawer reuses its canvas from card to card; a card
// drawn after others (a long title over a short one, a section over none) is
// the card a new drawer draws.
func TestDrawAfterOthers(t *testing.T) {
	cards := []Card{
		{Title: "Ilgs virsraksts par starptautisko sadarbību izglītības inovācijās un to nozīmi", Site: "Izglītības inovāciju vēstis", Section: "Jaunumi", Lang: "lv"},
		{Title: "Dự án", Site: "Tin tức", Lang: "vi"},
		{Title: "Projects", Site: "Education Innovation News", Section: "Programmes", Lang: "en"},
	}
	shared := newDrawer(t)
	for round := range 2 {
		for _, c := range cards {
			got, err := shared.Draw(c)
			if err != nil {
				t.Fatal(err)
			}
			want, err := newDrawer(t).Draw(c)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got, want) {
				t.Errorf("round %d: %q drawn after other cards differs from a new drawer's", round, c.Title)
			}
		}
	}
}

// countingFace counts the letters measured, to bound the work of laying out
// a title without timing it.
type countingFace struct {
	font.Face
	n int
}

func (f *countingFace) GlyphAdvance(r rune) (fixed.Int26_6, bool) {
	f.n++
	return f.Face.GlyphAdvance(r)
}

func (f *countingFace) Kern(a, b rune) fixed.Int26_6 {
	f.n++
	return f.Face.Kern(a, b)
}

// TestLongWordLinear: a title that is one word far wider than a line (a
// pasted text without spaces) is cut measuring about as many letters as fit
// in a line, not each of its beginnings anew: 20,000 letters took five
// minutes, a megabyte forever. The cut is the longest beginning that fits
// with its ellipsis.
func TestLongWordLinear(t *testing.T) {
	t.Parallel()
	d := newDrawer(t)
	face, err := d.face(d.bold, minTitleSize)
	if err != nil {
		t.Fatal(err)
	}
	defer face.Close()
	word := strings.Repeat("Ā", 3000)
	f := &countingFace{Face: face}
	lines, ok := wrap(f, []string{"Sākums", word, "beigas"}, textWidth, 3)
	if ok || len(lines) != 3 || lines[0] != "Sākums" || lines[2] != "beigas" {
		t.Fatalf("wrap = %q, %v; want Sākums, the word cut, beigas", lines, ok)
	}
	if f.n > 2000 {
		t.Errorf("wrap measured %d letters for a word of %d; want about a line's", f.n, len([]rune(word)))
	}
	cut := lines[1]
	limit := fixed.I(textWidth)
	if !strings.HasSuffix(cut, "…") || font.MeasureString(face, cut) > limit {
		t.Errorf("cut %q is %d px wide, more than %d, or has no ellipsis", cut, font.MeasureString(face, cut).Ceil(), textWidth)
	}
	if longer := strings.TrimSuffix(cut, "…") + "Ā…"; font.MeasureString(face, longer) <= limit {
		t.Errorf("cut %q is not the longest that fits", cut)
	}
}
