// Package card draws the Open Graph image of a page that has no photo: a
// 1200x630 PNG with the page's title, its section and the site's name, so a
// link shared on a social network shows what it leads to. Social networks do
// not show SVG, and most pages of a programme's site have no photo.
package card

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/binary"
	"encoding/hex"
	"fmt"
	"image"
	"image/color"
	"image/draw"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"unicode"
	"unicode/utf8"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/font/sfnt"
	"golang.org/x/image/math/fixed"
	"golang.org/x/text/unicode/norm"

	"github.com/vestis-ssg/vestis/internal/photo"
)

// Width and Height are a card's size in pixels: the 1.91:1 image Facebook,
// LinkedIn and X show largest.
const (
	Width  = 1200
	Height = 630
)

// Version changes whenever the drawing would give other pixels (layout,
// colours, font, encoder settings), so cached cards are drawn again.
const Version = "card-v1"

// DejaVu Sans, subset to Latin, Latin Extended-A/B, Latin Extended
// Additional (Vietnamese), combining marks and punctuation; LICENSE beside it.
//
//go:embed font/DejaVuSans.ttf font/DejaVuSans-Bold.ttf
var fonts embed.FS

// Card is what a card shows. Two cards with the same fields are the same
// image.
type Card struct {
	Title   string // the page's title, wrapped over up to four lines
	Site    string // the site's name in the page's language, at the bottom
	Section string // the section's name in the page's language, above the title; may be empty
	Lang    string // the page's language
}

// Key names the card by everything its pixels depend on, the drawing's
// Version included: the cache file's name and the way one build shares a card.
func (c Card) Key() string {
	h := sha256.New()
	for _, s := range []string{Version, c.Title, c.Site, c.Section, c.Lang} {
		h.Write([]byte(s))
		h.Write([]byte{0})
	}
	return hex.EncodeToString(h.Sum(nil))
}

// Colours of the default theme (static/css/style.css): --blue, white,
// --gold (the section's name and the rules), --pale.
var (
	background = color.RGBA{0x17, 0x36, 0x5d, 0xff}
	titleInk   = color.RGBA{0xff, 0xff, 0xff, 0xff}
	sectionInk = color.RGBA{0xf3, 0xc2, 0x7f, 0xff}
	siteInk    = color.RGBA{0xd6, 0xe2, 0xf2, 0xff}
)

// Layout, in pixels.
const (
	margin       = 80
	textWidth    = Width - 2*margin
	sectionSize  = 34
	siteSize     = 32
	maxTitleSize = 76
	minTitleSize = 44
	maxLines     = 4
	titleTop     = 190 // the first baseline's top: below the section's name
	titleBottom  = 480 // above the rule and the site's name
)

// Drawer draws cards. Its fonts are parsed once; it may be used by many
// goroutines at once.
type Drawer struct {
	regular, bold *sfnt.Font
	// canvases keeps cards' images and masks, and encoders the PNG
	// encoder's compressor, between drawings: a fresh 1200x630 image, its
	// mask and a zlib writer were 2.9 MB a card, and zeroing that new memory
	// a sixth of a card's time.
	canvases sync.Pool // *canvas
	encoders encoderPool
	// Count, when set, counts the cards drawn, for tests that prove a card is
	// drawn once however many builds and pages ask for it.
	Count *atomic.Int64
}

// NewDrawer parses the embedded fonts.
func NewDrawer() (*Drawer, error) {
	d := &Drawer{}
	for name, dst := range map[string]**sfnt.Font{"font/DejaVuSans.ttf": &d.regular, "font/DejaVuSans-Bold.ttf": &d.bold} {
		b, err := fonts.ReadFile(name)
		if err != nil {
			return nil, fmt.Errorf("card: %w", err)
		}
		if *dst, err = opentype.Parse(b); err != nil {
			return nil, fmt.Errorf("card: %s: %w", name, err)
		}
	}
	return d, nil
}

// Missing returns the runes of s, after NFC normalization as Draw does, that
// the card's fonts have no glyph for (they would be drawn as boxes); spaces
// and other invisible runes are not asked for.
func (d *Drawer) Missing(s string) []rune {
	var buf sfnt.Buffer
	var missing []rune
	seen := map[rune]bool{}
	for _, r := range norm.NFC.String(s) {
		if unicode.IsSpace(r) || !unicode.IsGraphic(r) || seen[r] {
			continue
		}
		seen[r] = true
		for _, f := range []*sfnt.Font{d.regular, d.bold} {
			if i, err := f.GlyphIndex(&buf, r); err != nil || i == 0 {
				missing = append(missing, r)
				break
			}
		}
	}
	return missing
}

// Draw draws the card as a PNG. The same card gives the same bytes.
//
// The card is paletted: the background, and 64 shades from it to each of
// the three inks for anti-aliased edges. Its PNG is a third of an RGB one's
// size and encodes five times as fast (no filters), which matters in a live
// rebuild after a title is edited.
func (d *Drawer) Draw(c Card) ([]byte, error) {
	if d.Count != nil {
		d.Count.Add(1)
	}
	cv, _ := d.canvases.Get().(*canvas)
	if cv == nil {
		cv = &canvas{image.NewPaletted(image.Rect(0, 0, Width, Height), palette), image.NewAlpha(image.Rect(0, 0, Width, Height))}
	}
	img, mask := cv.img, cv.mask
	clear(img.Pix) // the background; text leaves the mask cleared
	// A gold rule at the left edge and one above the site's name.
	fill(img, image.Rect(0, 0, 16, Height), inkGold)
	fill(img, image.Rect(margin, titleBottom+22, margin+96, titleBottom+28), inkGold)

	if c.Section != "" {
		face, err := d.face(d.regular, sectionSize)
		if err != nil {
			return nil, err
		}
		text(img, mask, face, inkGold, margin, margin+sectionSize, fit(face, norm.NFC.String(c.Section), textWidth))
		face.Close()
	}

	lines, size, err := d.layoutTitle(norm.NFC.String(c.Title))
	if err != nil {
		return nil, err
	}
	face, err := d.face(d.bold, size)
	if err != nil {
		return nil, err
	}
	lead := leading(size)
	// Centre the block between the section's name and the rule.
	top := titleTop + (titleBottom-titleTop-lead*len(lines))/2
	for i, l := range lines {
		text(img, mask, face, inkWhite, margin, top+lead*i+size, l)
	}
	face.Close()

	face, err = d.face(d.regular, siteSize)
	if err != nil {
		return nil, err
	}
	text(img, mask, face, inkPale, margin, Height-margin+8, fit(face, norm.NFC.String(c.Site), textWidth))
	face.Close()

	var buf bytes.Buffer
	enc := png.Encoder{CompressionLevel: png.BestSpeed, BufferPool: &d.encoders}
	if err := enc.Encode(&buf, img); err != nil {
		return nil, fmt.Errorf("card: %w", err)
	}
	d.canvases.Put(cv) // not on a way out before: its mask may not be cleared
	return buf.Bytes(), nil
}

// canvas is what a card is drawn on: the image, and the mask its texts'
// coverage is drawn into, cleared again after each text.
type canvas struct {
	img  *image.Paletted
	mask *image.Alpha
}

// encoderPool keeps png's encoder buffers for png.Encoder.BufferPool.
type encoderPool struct{ pool sync.Pool }

func (p *encoderPool) Get() *png.EncoderBuffer {
	b, _ := p.pool.Get().(*png.EncoderBuffer)
	return b
}

func (p *encoderPool) Put(b *png.EncoderBuffer) { p.pool.Put(b) }

// The inks, by their first index in palette.
const (
	inkWhite = 1 + iota*shades
	inkGold
	inkPale
)

// shades is the number of shades of an ink.
const shades = 64

// palette is the background, then shades of each ink from almost the
// background to the ink itself.
var palette = func() color.Palette {
	p := color.Palette{background}
	for _, ink := range []color.RGBA{titleInk, sectionInk, siteInk} {
		for i := 1; i <= shades; i++ {
			mix := func(a, b uint8) uint8 { return uint8((int(a)*(shades-i) + int(b)*i + shades/2) / shades) }
			p = append(p, color.RGBA{mix(background.R, ink.R), mix(background.G, ink.G), mix(background.B, ink.B), 0xff})
		}
	}
	return p
}()

// fill paints r in the ink's full colour.
func fill(img *image.Paletted, r image.Rectangle, ink int) {
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			img.SetColorIndex(x, y, uint8(ink+shades-1))
		}
	}
}

// leading is the distance between the baselines of a title's lines.
func leading(size int) int { return size * 5 / 4 }

// face is a face of f at size pixels (72 dpi: points are pixels). A face is
// not safe for concurrent use, so each drawing makes its own.
func (d *Drawer) face(f *sfnt.Font, size int) (font.Face, error) {
	face, err := opentype.NewFace(f, &opentype.FaceOptions{Size: float64(size), DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		return nil, fmt.Errorf("card: %w", err)
	}
	return face, nil
}

// layoutTitle wraps the title at the largest size from maxTitleSize down to
// minTitleSize at which it fits in textWidth and the height between the
// section's name and the rule, in at most maxLines lines; a title too
// long even at minTitleSize is cut after a whole word of its last line, with
// an ellipsis.
func (d *Drawer) layoutTitle(title string) ([]string, int, error) {
	words := strings.Fields(title)
	for size := maxTitleSize; ; size -= 4 {
		face, err := d.face(d.bold, size)
		if err != nil {
			return nil, 0, err
		}
		lines, ok := wrap(face, words, textWidth, min(maxLines, (titleBottom-titleTop)/leading(size)))
		face.Close()
		if ok || size-4 < minTitleSize {
			return lines, size, nil
		}
	}
}

// wrap breaks words into lines no wider than width, at most max of them. ok
// is false when the words do not fit: then the lines are cut, their last one
// ending in an ellipsis, and a word wider than a line is cut inside, with an
// ellipsis too.
func wrap(face font.Face, words []string, width, max int) (lines []string, ok bool) {
	ok = true
	limit := fixed.I(width)
	var cur string
	for _, w := range words {
		next := w
		if cur != "" {
			next = cur + " " + w
		}
		if fits(face, next, limit) {
			cur = next
			continue
		}
		if cur != "" {
			lines = append(lines, cur)
		}
		cur = w
		if !fits(face, w, limit) { // one word wider than a line
			ok = false
			cur = fit(face, w, width)
		}
		if len(lines) == max {
			lines[max-1] = ellipsize(face, lines[max-1], width)
			return lines, false
		}
	}
	if cur != "" {
		lines = append(lines, cur)
	}
	if len(lines) > max {
		lines = lines[:max]
		lines[max-1] = ellipsize(face, lines[max-1], width)
		return lines, false
	}
	return lines, ok
}

// ellipsize ends a line that text was cut after with an ellipsis, dropping
// its last words until the ellipsis fits.
func ellipsize(face font.Face, line string, width int) string {
	limit := fixed.I(width)
	for {
		if s := line + "…"; fits(face, s, limit) {
			return s
		}
		i := strings.LastIndexByte(line, ' ')
		if i < 0 {
			return fit(face, line+"…", width) // one word: cut inside it
		}
		line = line[:i]
	}
}

// fit returns s when it is no wider than width, else as much of it as fits
// followed by an ellipsis.
func fit(face font.Face, s string, width int) string {
	limit := fixed.I(width)
	if fits(face, s, limit) {
		return s
	}
	// The widths of s's beginnings, summed one letter at a time as
	// MeasureString sums them: measuring each beginning anew took time in
	// the square of s's length (a 20,000-letter title, 5 minutes).
	ellipsis := font.MeasureString(face, "…")
	var adv fixed.Int26_6
	prev, end := rune(-1), 0
	for i, r := range s {
		if prev >= 0 {
			adv += face.Kern(prev, r)
		}
		a, _ := face.GlyphAdvance(r)
		if adv+a+face.Kern(r, '…')+ellipsis > limit {
			break
		}
		adv += a
		prev, end = r, i+utf8.RuneLen(r)
	}
	// A check, on one line's text: a space trimmed, or the ellipsis's
	// kerning, may change the sum a little.
	body := strings.TrimRight(s[:end], " ")
	for body != "" && !fits(face, body+"…", limit) {
		_, size := utf8.DecodeLastRuneInString(body)
		body = strings.TrimRight(body[:len(body)-size], " ")
	}
	return body + "…"
}

// fits reports whether s is at most limit wide, summing its letters as
// font.MeasureString does but only until they pass limit: a title's one
// long word (a pasted text without spaces, a megabyte) is not measured to
// its end at every size layoutTitle tries.
func fits(face font.Face, s string, limit fixed.Int26_6) bool {
	var adv fixed.Int26_6
	prev := rune(-1)
	for _, r := range s {
		if prev >= 0 {
			adv += face.Kern(prev, r)
		}
		a, _ := face.GlyphAdvance(r)
		if adv += a; adv > limit {
			return false
		}
		prev = r
	}
	return true
}

// text draws s with its baseline at y, starting at x, in the ink: the
// glyphs are drawn as coverage into mask, which is then turned into the
// ink's shades (texts never overlap) and cleared.
func text(img *image.Paletted, mask *image.Alpha, face font.Face, ink, x, y int, s string) {
	dot := fixed.P(x, y)
	b, _ := font.BoundString(face, s)
	b = b.Add(dot)
	drawString(mask, face, dot, s)
	r := image.Rect(b.Min.X.Floor(), b.Min.Y.Floor(), b.Max.X.Ceil(), b.Max.Y.Ceil()).Intersect(mask.Rect)
	for py := r.Min.Y; py < r.Max.Y; py++ {
		for px := r.Min.X; px < r.Max.X; px++ {
			i := mask.PixOffset(px, py)
			if a := mask.Pix[i]; a != 0 {
				img.SetColorIndex(px, py, uint8(ink+(int(a)*shades-1)/256))
				mask.Pix[i] = 0
			}
		}
	}
}

// drawString draws s into dst with its dot at dot, as font.Drawer.DrawString
// does with an opaque source: each glyph's coverage over what dst has. The
// pixels are image/draw's, but with a table, not draw.DrawMask's generic path
// for an *image.Alpha destination, which was a third of drawing a card.
func drawString(dst *image.Alpha, face font.Face, dot fixed.Point26_6, s string) {
	prev := rune(-1)
	for _, c := range s {
		if prev >= 0 {
			dot.X += face.Kern(prev, c)
		}
		dr, mask, mp, advance, _ := face.Glyph(dot, c)
		if !dr.Empty() {
			if m, ok := mask.(*image.Alpha); ok {
				over(dst, dr, m, mp)
			} else {
				draw.DrawMask(dst, dr, image.Opaque, image.Point{}, mask, mp, draw.Over)
			}
		}
		dot.X += advance
		prev = c
	}
}

// over puts the coverage mask, at mp, over dst in r, as draw.DrawMask with an
// opaque source and draw.Over does, clipped as it clips.
func over(dst *image.Alpha, r image.Rectangle, mask *image.Alpha, mp image.Point) {
	orig := r.Min
	r = r.Intersect(dst.Rect).Intersect(mask.Rect.Add(orig.Sub(mp)))
	mp = mp.Add(r.Min.Sub(orig))
	for y := 0; y < r.Dy(); y++ {
		d := dst.Pix[dst.PixOffset(r.Min.X, r.Min.Y+y):][:r.Dx()]
		m := mask.Pix[mask.PixOffset(mp.X, mp.Y+y):][:r.Dx()]
		for i, a := range m {
			if a != 0 {
				d[i] = overAlpha[d[i]][a]
			}
		}
	}
}

// overAlpha[d][a] is the coverage a drawn over the coverage d, in
// image/draw's 16-bit arithmetic (draw.Over of an opaque source through a
// mask of alpha a), so that the cards keep their pixels.
var overAlpha = func() (t [256][256]uint8) {
	const m = 0xffff
	for d := range 256 {
		for a := range 256 {
			ma, da := uint32(a)*0x101, uint32(d)*0x101
			t[d][a] = uint8(uint16((da*(m-ma)+m*ma)/m) >> 8)
		}
	}
	return t
}()

// Cache keeps drawn cards in a folder between builds, sealed as resized
// photos are (photo.WriteCache): a card is drawn again only when its Key
// changes (title, site name, section, language or Version).
type Cache struct {
	Dir string
	// ReadOnly uses the cards in Dir but adds none (vestis check).
	ReadOnly bool
}

// Make returns the card's PNG, from the cache when it holds it.
func (d *Drawer) Make(c Card, cache Cache) ([]byte, error) {
	var file string
	if cache.Dir != "" {
		file = filepath.Join(cache.Dir, c.Key()+".png")
		if b, err := os.ReadFile(file); err == nil {
			if body, ok := photo.Unseal(filepath.Base(file), b); ok && isCard(body) {
				return body, nil
			}
		}
	}
	body, err := d.Draw(c)
	if err != nil {
		return nil, err
	}
	if file != "" && !cache.ReadOnly {
		photo.WriteCache(file, body) // a cache that cannot be written is only slower
	}
	return body, nil
}

// isCard reports whether b is a PNG of a card's size: it starts with PNG's
// signature and an IHDR chunk of that width and height. The seal vouches
// for the rest; image.DecodeConfig read the palette too, which was a third
// of taking a card from the cache (0.11 s of CPU of 0.3 s at 10,000 pages).
func isCard(b []byte) bool {
	const signature = "\x89PNG\r\n\x1a\n"
	return len(b) >= 24 && string(b[:8]) == signature && string(b[12:16]) == "IHDR" &&
		binary.BigEndian.Uint32(b[16:20]) == Width && binary.BigEndian.Uint32(b[20:24]) == Height
}
