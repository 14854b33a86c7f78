// Package photo resizes the photos of a site to a few widths for srcset, honours
// EXIF orientation, and keeps what it made in a cache folder between builds.
package photo

import (
	"bytes"
	"cmp"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"image"
	"image/color"
	"image/gif"
	"image/jpeg"
	"image/png"
	"os"
	"path"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"

	"golang.org/x/image/draw"
	_ "golang.org/x/image/webp" // WebP photos are read (Readable), as Hugo's themes resize them

	"github.com/vestis-ssg/vestis/internal/diag"
)

// Widths are the widths photos are resized to; a photo is never made wider.
var Widths = []int{480, 960, 1600}

// version changes when the output of a resize would change.
const version = "v2"

const jpegQuality = 82

// Set is a photo and its resized variants.
type Set struct {
	// Width and Height are the photo's size as shown, after EXIF orientation.
	Width, Height int
	Variants      []Variant
	orientation   int
	format        string
	key           string
	base          string // the file's name without its extension
}

// Variant is one resized copy.
type Variant struct {
	Name          string // file name, in the site's photo folder: photo-960w-3f2a9c1b0d.jpg
	Width, Height int
	// Crop: the photo is scaled to cover Width x Height and its middle kept,
	// for a frame of another shape than the photo's (an Open Graph card).
	Crop bool
	// Cut: a part of Width x Height is cut from the photo, not scaled.
	Cut bool
	// Scale: a size asked for by a template (Resize, Fit), named apart
	// from the srcset widths.
	Scale bool
	// Anchor is the side or corner a Crop or Cut keeps (topleft, bottom,
	// ...); "" is the middle.
	Anchor string
	// Quality is the JPEG quality; 0 is vestis's own.
	Quality int
}

// Cropped is the variant of the photo that fills a frame of width x height,
// cut at the sides or top and bottom as its shape needs: the page's image
// on social networks (1200x630).
func (s *Set) Cropped(width, height int) Variant {
	return Variant{Name: fmt.Sprintf("%s-%dx%d-%s%s", s.base, width, height, s.key[:16], s.ext()), Width: width, Height: height, Crop: true}
}

// With is the photo with other variants, for MakeAll to make them together.
func (s *Set) With(variants []Variant) *Set {
	c := *s
	c.Variants = variants
	return &c
}

// Key names the photo's content (and the resize version): two files with
// the same bytes have the same key, so their variants need be made only once.
func (s *Set) Key() string { return s.key }

// Largest is the widest variant.
func (s *Set) Largest() Variant { return s.Variants[len(s.Variants)-1] }

// Default is the variant for browsers that ignore srcset: the middle one.
func (s *Set) Default() Variant { return s.Variants[(len(s.Variants)-1)/2] }

// Srcset is the srcset attribute of the variants, each at dir + its name.
func (s *Set) Srcset(dir string) string {
	parts := make([]string, len(s.Variants))
	for i, v := range s.Variants {
		parts[i] = fmt.Sprintf("%s%s %dw", dir, v.Name, v.Width)
	}
	return strings.Join(parts, ", ")
}

// Supported reports whether vestis resizes files with this name.
func Supported(name string) bool {
	switch strings.ToLower(path.Ext(name)) {
	case ".jpg", ".jpeg", ".png":
		return true
	}
	return false
}

// Readable reports whether vestis reads photos with this name to make
// resized copies: those it Supports, and WebP photos, which Hugo's themes
// keep in assets/ and resize. Go has no WebP encoder: a WebP photo's copies
// are JPEG, or PNG when it may be transparent (a lossless or alpha WebP).
// A WebP photo a page shows from its bundle or static/ is published as it is.
func Readable(name string) bool {
	return Supported(name) || strings.EqualFold(path.Ext(name), ".webp")
}

// MaxPixels is the largest photo vestis resizes, in pixels (100 megapixels, a
// 12000x8000 photo; cameras make 24 to 60). Decoding takes 4 to 6 bytes a
// pixel, so a bigger image, such as a 30000x30000 PNG that is small on disk,
// would fill the memory of the machine that builds the site.
const MaxPixels = 100_000_000

// MaxFileSize is the largest photo file vestis reads, in bytes: a photo of
// MaxPixels is at most a few hundred megabytes even as PNG; a bigger file (a
// video saved as .jpg, say) would only fill memory before it fails to decode.
const MaxFileSize = 512 << 20

// CheckFileSize refuses a photo file of more than MaxFileSize bytes, before it
// is read.
func CheckFileSize(name string, size int64) error {
	if size > MaxFileSize {
		return diag.Wrap(name, 0, ErrTooLarge, fmt.Sprintf("%d MB is more than a photo can need (at most %d MB); is it a photo?", size>>20, MaxFileSize>>20))
	}
	return nil
}

// ErrTooLarge is the cause of the error about a photo over MaxPixels or MaxFileSize.
var ErrTooLarge = errors.New("photo too large")

// Inspect reads a photo's size and orientation and names its variants. It
// decodes only the header, and refuses a photo over MaxPixels. name, which
// errors start with, is the file relative to the site.
func Inspect(name string, data []byte) (*Set, error) {
	cfg, format, err := decodeConfig(name, data)
	if err != nil {
		return nil, err
	}
	s := &Set{Width: cfg.Width, Height: cfg.Height, format: format, orientation: 1}
	if format == "webp" {
		s.format = webpCopies(data)
	}
	if format == "jpeg" {
		s.orientation = orientation(data)
	}
	if s.orientation >= 5 { // rotated a quarter turn
		s.Width, s.Height = s.Height, s.Width
	}
	sum := sha256.Sum256(append([]byte(version), data...))
	s.key = hex.EncodeToString(sum[:])
	base := strings.TrimSuffix(path.Base(name), path.Ext(name))
	s.base = base
	ext := s.ext()
	for _, w := range Widths {
		if w >= s.Width {
			break
		}
		// At least one pixel high: a 5000x1 strip is a photo too.
		s.Variants = append(s.Variants, Variant{Width: w, Height: max(1, (s.Height*w+s.Width/2)/s.Width)})
	}
	if len(s.Variants) < len(Widths) { // narrower than the widest: keep its own width too
		s.Variants = append(s.Variants, Variant{Width: s.Width, Height: s.Height})
	}
	for i := range s.Variants {
		// 16 hex digits of the hash: two photos of one name on a page never meet.
		s.Variants[i].Name = fmt.Sprintf("%s-%dw-%s%s", base, s.Variants[i].Width, s.key[:16], ext)
	}
	return s, nil
}

// decodeConfig reads the size and format of an image and checks them against
// MaxPixels, without decoding it.
func decodeConfig(name string, data []byte) (image.Config, string, error) {
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return cfg, "", diag.Wrap(name, 0, err, fmt.Sprintf("not a JPEG or PNG image that can be read (%v); save it again as JPEG or PNG", err))
	}
	// The format is the file's, whatever its name says: a WebP saved as
	// 2.jpeg (cloudwego's blog: 29 of them) shows in every browser, as
	// Hugo publishes it, and the copies are named by what they are.
	if format != "jpeg" && format != "png" && format != "gif" && format != "webp" {
		return cfg, "", diag.Errorf(name, 0, "a %s image under the name %s; save it again as JPEG or PNG", format, path.Base(name))
	}
	if cfg.Width <= 0 || cfg.Height <= 0 {
		return cfg, "", diag.Errorf(name, 0, "an image of %dx%d pixels; save it again as JPEG or PNG", cfg.Width, cfg.Height)
	}
	if int64(cfg.Width)*int64(cfg.Height) > MaxPixels {
		return cfg, "", diag.Wrap(name, 0, ErrTooLarge, fmt.Sprintf("%dx%d pixels is more than vestis resizes (%d megapixels); make the photo smaller, say 6000 pixels wide, and save it again",
			cfg.Width, cfg.Height, MaxPixels/1_000_000))
	}
	return cfg, format, nil
}

// webpCopies is the format of a WebP photo's resized copies: "png" when
// the photo may be transparent (lossless VP8L, or VP8X with its alpha
// flag), else "jpeg". Its RIFF header says, without decoding.
func webpCopies(data []byte) string {
	if len(data) < 21 {
		return "png"
	}
	switch string(data[12:16]) {
	case "VP8 ":
		return "jpeg"
	case "VP8X":
		if data[20]&0x10 == 0 { // no alpha
			return "jpeg"
		}
	}
	return "png"
}

// Resizer makes variants, keeping them in a cache folder when one is set. It
// may be used by many goroutines at once.
type Resizer struct {
	// CacheDir, when not empty, holds made variants between builds. Several
	// sites and builds may share it.
	CacheDir string
	// ReadOnly uses the variants in CacheDir but adds none, for a command
	// that promises to write nothing (vestis check).
	ReadOnly bool
	// Count, when set, counts the photos decoded and the variants resized.
	Count *Count

	// budget lets only so many pixels be decoded at once, so that parallel
	// workers on large photos do not together fill the memory.
	mu     sync.Mutex
	cond   *sync.Cond
	pixels int64
}

// Count counts the work a Resizer does, for tests and benchmarks that prove a
// photo is decoded and resized once however many pages show it.
type Count struct {
	Decodes, Resizes atomic.Int64
}

// Make returns the bytes of a variant of the photo data, from the cache when it
// was made before. A cached file is used only when it proves to be this very
// variant of this very photo; else it is made again and the cache file replaced.
func (r *Resizer) Make(s *Set, v Variant, data []byte) ([]byte, error) {
	bodies, err := r.MakeAll(s.With([]Variant{v}), data)
	if err != nil {
		return nil, err
	}
	return bodies[0], nil
}

// MakeAll returns the bytes of every variant of the photo data, in the order of
// s.Variants. It decodes the photo at most once, and not at all when the cache
// holds every variant: decoding a camera's photo costs far more than scaling it.
func (r *Resizer) MakeAll(s *Set, data []byte) (out [][]byte, err error) {
	out = make([][]byte, len(s.Variants))
	cached := make([]string, len(s.Variants))
	missing := 0
	for i, v := range s.Variants {
		if r.CacheDir != "" {
			cached[i] = filepath.Join(r.CacheDir, cacheName(s, v))
			if b, err := os.ReadFile(cached[i]); err == nil {
				if body, ok := verify(s, v, cached[i], b); ok {
					out[i] = body
					continue
				}
			}
		}
		missing++
	}
	if missing == 0 {
		return out, nil
	}
	cfg, _, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("not a JPEG or PNG image that can be read: %w", err)
	}
	n := int64(cfg.Width) * int64(cfg.Height)
	if n > MaxPixels || cfg.Width <= 0 || cfg.Height <= 0 {
		return nil, fmt.Errorf("%dx%d pixels: %w", cfg.Width, cfg.Height, ErrTooLarge)
	}
	r.acquire(n)
	defer r.release(n)
	defer func() { // the decoders are not expected to panic; if one does, it is this photo's error
		if p := recover(); p != nil {
			out, err = nil, fmt.Errorf("cannot be read as an image: %v", p)
		}
	}()
	if r.Count != nil {
		r.Count.Decodes.Add(1)
	}
	var img image.Image
	var anim *gif.GIF
	if s.format == "gif" {
		anim, err = gif.DecodeAll(bytes.NewReader(data))
	} else {
		img, _, err = image.Decode(bytes.NewReader(data))
	}
	if err != nil {
		kind := "JPEG or PNG"
		if s.format == "gif" {
			kind = "GIF"
		}
		return nil, fmt.Errorf("not a %s image that can be read (%w); save it again", kind, err)
	}
	for i, v := range s.Variants {
		if out[i] != nil {
			continue
		}
		if anim != nil {
			out[i], err = r.resizeGIF(anim, v)
		} else {
			out[i], err = r.resize(s, v, img)
		}
		if err != nil {
			return nil, err
		}
		if cached[i] != "" && !r.ReadOnly {
			WriteCache(cached[i], out[i]) // a cache that cannot be written is only slower
		}
	}
	return out, nil
}

// resize scales the decoded photo img to the variant v and encodes it.
func (r *Resizer) resize(s *Set, v Variant, img image.Image) ([]byte, error) {
	if r.Count != nil {
		r.Count.Resizes.Add(1)
	}
	// Scale in the stored orientation, then turn the small result; a
	// photo cut at a side is turned first, as the side is the one shown.
	o := s.orientation
	if o > 1 && (v.Anchor != "" || v.Cut) {
		img, o = orient(img, o), 1
	}
	sv := v
	if o >= 5 {
		sv.Width, sv.Height = v.Height, v.Width
	}
	dst := orient(scale(img, sv), o)
	var buf bytes.Buffer
	var err error
	if s.format == "png" {
		err = png.Encode(&buf, dst)
	} else {
		err = jpeg.Encode(&buf, dst, &jpeg.Options{Quality: cmp.Or(v.Quality, jpegQuality)})
	}
	if err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// scale makes the v.Width x v.Height image of img that v asks for: the
// part of img that v keeps (region), scaled.
func scale(img image.Image, v Variant) *image.RGBA {
	dst := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	src := region(img.Bounds(), v)
	if src.Dx() == v.Width && src.Dy() == v.Height {
		draw.Copy(dst, image.Point{}, img, src, draw.Src, nil)
	} else {
		draw.CatmullRom.Scale(dst, dst.Bounds(), img, src, draw.Src, nil)
	}
	return dst
}

// quantize sets each pixel of dst to the nearest colour of its palette
// to src's pixel there; a frame has few colours, each looked up once.
func quantize(dst *image.Paletted, src *image.RGBA) {
	index := map[color.RGBA]uint8{}
	r := dst.Bounds()
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			i := src.PixOffset(x, y)
			c := color.RGBA{src.Pix[i], src.Pix[i+1], src.Pix[i+2], src.Pix[i+3]}
			n, ok := index[c]
			if !ok {
				n = uint8(dst.Palette.Index(c))
				index[c] = n
			}
			dst.Pix[dst.PixOffset(x, y)] = n
		}
	}
}

// changed is the smallest part of b that differs from a (at least one
// pixel), and whether every pixel of b in it is opaque, so that drawing it
// over a gives b.
func changed(a, b *image.RGBA) (image.Rectangle, bool) {
	r := image.Rectangle{}
	w := b.Bounds().Dx()
	for y := range b.Bounds().Dy() {
		for x := range w {
			i := y*b.Stride + x*4
			if a.Pix[i] != b.Pix[i] || a.Pix[i+1] != b.Pix[i+1] || a.Pix[i+2] != b.Pix[i+2] || a.Pix[i+3] != b.Pix[i+3] {
				r = r.Union(image.Rect(x, y, x+1, y+1))
			}
		}
	}
	if r.Empty() {
		r = image.Rect(0, 0, 1, 1)
	}
	for y := r.Min.Y; y < r.Max.Y; y++ {
		for x := r.Min.X; x < r.Max.X; x++ {
			if b.Pix[y*b.Stride+x*4+3] != 0xff {
				return r, false
			}
		}
	}
	return r, true
}

// resizeGIF makes variant v of every frame of an animation: each frame is
// drawn over the ones before it as the GIF says, then scaled and put back
// into the frame's colours, so that the variant plays as the photo does.
func (r *Resizer) resizeGIF(g *gif.GIF, v Variant) ([]byte, error) {
	if r.Count != nil {
		r.Count.Resizes.Add(1)
	}
	canvas := image.NewRGBA(image.Rect(0, 0, g.Config.Width, g.Config.Height))
	out := &gif.GIF{LoopCount: g.LoopCount, Config: image.Config{Width: v.Width, Height: v.Height}}
	var prev *image.RGBA // the frame shown before, scaled
	for i, frame := range g.Image {
		var before *image.RGBA
		disposal := byte(0)
		if i < len(g.Disposal) {
			disposal = g.Disposal[i]
		}
		if disposal == gif.DisposalPrevious {
			before = image.NewRGBA(canvas.Bounds())
			copy(before.Pix, canvas.Pix)
		}
		draw.Draw(canvas, frame.Bounds(), frame, frame.Bounds().Min, draw.Over)
		scaled := scale(canvas, v)
		pal := frame.Palette
		if len(pal) == 0 {
			pal = color.Palette{color.Transparent, color.Black, color.White}
		}
		// Only the part that changed, drawn over the frame before, when
		// that part has no transparent pixel: a screen recording stays
		// small. Otherwise the whole frame, after clearing the one before.
		r := scaled.Bounds()
		if prev != nil {
			if d, ok := changed(prev, scaled); ok {
				r = d
				out.Disposal[i-1] = gif.DisposalNone
			}
		}
		p := image.NewPaletted(r, pal)
		quantize(p, scaled)
		prev = scaled
		out.Image = append(out.Image, p)
		delay := 0
		if i < len(g.Delay) {
			delay = g.Delay[i]
		}
		out.Delay = append(out.Delay, delay)
		out.Disposal = append(out.Disposal, gif.DisposalBackground) // each frame is whole
		switch disposal {
		case gif.DisposalBackground:
			draw.Draw(canvas, frame.Bounds(), image.Transparent, image.Point{}, draw.Src)
		case gif.DisposalPrevious:
			canvas = before
		}
	}
	var buf bytes.Buffer
	if err := gif.EncodeAll(&buf, out); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

func (r *Resizer) acquire(n int64) {
	r.mu.Lock()
	defer r.mu.Unlock()
	if r.cond == nil {
		r.cond = sync.NewCond(&r.mu)
	}
	for r.pixels > 0 && r.pixels+n > MaxPixels {
		r.cond.Wait()
	}
	r.pixels += n
}

func (r *Resizer) release(n int64) {
	r.mu.Lock()
	r.pixels -= n
	r.mu.Unlock()
	r.cond.Broadcast()
}

// cacheName names a variant in the cache by everything its bytes depend on:
// the full SHA-256 of the photo (with version) and the resize parameters.
func cacheName(s *Set, v Variant) string {
	crop := ""
	switch {
	case v.Crop:
		crop = "-crop" + v.Anchor
	case v.Cut:
		crop = "-cut" + v.Anchor
	}
	return fmt.Sprintf("%s-%dx%d%s-o%d-q%d%s", s.key, v.Width, v.Height, crop, s.orientation, cmp.Or(v.Quality, jpegQuality), s.ext())
}

// A cache file is a seal, the SHA-256 of its name and body, then the body: a
// file cut short, changed, or copied from another entry fails the seal.
const sealSize = sha256.Size

func seal(name string, body []byte) []byte {
	h := sha256.New()
	h.Write([]byte(name))
	h.Write([]byte{0})
	h.Write(body)
	return h.Sum(nil)
}

// verify returns the body of a cache file when its seal holds and it is an
// image of the variant's format and size.
func verify(s *Set, v Variant, file string, b []byte) ([]byte, bool) {
	body, ok := Unseal(filepath.Base(file), b)
	if !ok {
		return nil, false
	}
	cfg, format, err := image.DecodeConfig(bytes.NewReader(body))
	if err != nil || format != s.format || cfg.Width != v.Width || cfg.Height != v.Height {
		return nil, false
	}
	return body, true
}

// Unseal returns the body of the cache file b named name when its seal
// holds: it was written whole by WriteCache under this very name.
func Unseal(name string, b []byte) ([]byte, bool) {
	if len(b) < sealSize {
		return nil, false
	}
	body := b[sealSize:]
	if !bytes.Equal(b[:sealSize], seal(name, body)) {
		return nil, false
	}
	return body, true
}

// WriteCache stores body sealed, through a temporary file renamed into place,
// so that another build reading the cache never sees half a file. Other
// images made at build time (internal/card's) are cached the same way.
func WriteCache(file string, body []byte) error {
	dir := filepath.Dir(file)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	tmp, err := os.CreateTemp(dir, filepath.Base(file)+".tmp-*")
	if err != nil {
		return err
	}
	_, err = tmp.Write(append(seal(filepath.Base(file), body), body...))
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), file)
	}
	if err != nil {
		os.Remove(tmp.Name())
	}
	return err
}
