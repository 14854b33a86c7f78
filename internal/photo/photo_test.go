package photo

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/crc32"
	"image"
	"image/color"
	"image/jpeg"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func jpegOf(t testing.TB, w, h int, exifOrientation int) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for x := 0; x < w/2; x++ { // the left half red, so that turns can be seen
		for y := 0; y < h; y++ {
			img.Set(x, y, color.RGBA{255, 0, 0, 255})
		}
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 90}); err != nil {
		t.Fatal(err)
	}
	data := buf.Bytes()
	if exifOrientation == 0 {
		return data
	}
	// An APP1 Exif segment with one IFD entry: Orientation.
	var tiff bytes.Buffer
	tiff.WriteString("MM")
	binary.Write(&tiff, binary.BigEndian, uint16(42))
	binary.Write(&tiff, binary.BigEndian, uint32(8))
	binary.Write(&tiff, binary.BigEndian, uint16(1))
	binary.Write(&tiff, binary.BigEndian, []uint16{0x0112, 3})
	binary.Write(&tiff, binary.BigEndian, uint32(1))
	binary.Write(&tiff, binary.BigEndian, []uint16{uint16(exifOrientation), 0})
	binary.Write(&tiff, binary.BigEndian, uint32(0))
	seg := append([]byte("Exif\x00\x00"), tiff.Bytes()...)
	app1 := []byte{0xFF, 0xE1, byte((len(seg) + 2) >> 8), byte(len(seg) + 2)}
	out := append([]byte{0xFF, 0xD8}, app1...)
	out = append(out, seg...)
	return append(out, data[2:]...)
}

func TestInspectWidths(t *testing.T) {
	tests := []struct {
		w, h   int
		widths []int
	}{
		{6000, 4000, []int{480, 960, 1600}},
		{1200, 800, []int{480, 960, 1200}},
		{300, 200, []int{300}},
		{1600, 900, []int{480, 960, 1600}},
	}
	for _, tt := range tests {
		s, err := Inspect("foto.jpg", jpegOf(t, tt.w, tt.h, 0))
		if err != nil {
			t.Fatal(err)
		}
		var got []int
		for _, v := range s.Variants {
			got = append(got, v.Width)
			if v.Width > tt.w {
				t.Errorf("%dx%d: a variant %d px wide: upscaled", tt.w, tt.h, v.Width)
			}
			if !strings.HasPrefix(v.Name, "foto-") || !strings.HasSuffix(v.Name, ".jpg") {
				t.Errorf("variant name %q", v.Name)
			}
		}
		if len(got) != len(tt.widths) {
			t.Errorf("%dx%d: widths %v, want %v", tt.w, tt.h, got, tt.widths)
			continue
		}
		for i := range got {
			if got[i] != tt.widths[i] {
				t.Errorf("%dx%d: widths %v, want %v", tt.w, tt.h, got, tt.widths)
			}
		}
	}
}

// TestOrientation: a photo stored landscape with EXIF orientation 6 (turned a
// quarter clockwise) is shown and resized as portrait, red half on top.
func TestOrientation(t *testing.T) {
	data := jpegOf(t, 1200, 800, 6)
	s, err := Inspect("foto.jpg", data)
	if err != nil {
		t.Fatal(err)
	}
	if s.Width != 800 || s.Height != 1200 {
		t.Fatalf("size %dx%d, want 800x1200", s.Width, s.Height)
	}
	v := s.Variants[0]
	out, err := (&Resizer{}).Make(s, v, data)
	if err != nil {
		t.Fatal(err)
	}
	img, err := jpeg.Decode(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != v.Width || b.Dy() != v.Height || b.Dx() >= b.Dy() {
		t.Fatalf("variant is %dx%d, want %dx%d portrait", b.Dx(), b.Dy(), v.Width, v.Height)
	}
	r, _, _, _ := img.At(v.Width/2, v.Height/5).RGBA()
	r2, _, _, _ := img.At(v.Width/2, v.Height*4/5).RGBA()
	if r>>8 < 200 || r2>>8 > 60 {
		t.Errorf("after turning, the red half is not on top (top red %d, bottom red %d)", r>>8, r2>>8)
	}
}

func TestCorruptImage(t *testing.T) {
	if _, err := Inspect("content/news/a/foto.jpg", []byte("\xff\xd8not a jpeg")); err == nil || !strings.Contains(err.Error(), "content/news/a/foto.jpg") {
		t.Errorf("error = %v, want one naming the file", err)
	}
}

func pngOf(t testing.TB, w, h int, c color.Color) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for x := 0; x < w; x++ {
		for y := 0; y < h; y++ {
			img.Set(x, y, c)
		}
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// hugePNG is a PNG whose header says w x h pixels; its data is that of a
// 1x1 image, so that only a decoder that trusts the header would try to fill
// w*h*4 bytes.
func hugePNG(t testing.TB, w, h int) []byte {
	t.Helper()
	data := pngOf(t, 1, 1, color.White)
	ihdr := data[8+8 : 8+8+13] // signature, length and type, then IHDR's 13 bytes
	binary.BigEndian.PutUint32(ihdr[0:], uint32(w))
	binary.BigEndian.PutUint32(ihdr[4:], uint32(h))
	binary.BigEndian.PutUint32(data[8+8+13:], crc32.ChecksumIEEE(data[8+4:8+8+13]))
	return data
}

// TestTooLarge: a photo over MaxPixels is refused from its header, by Inspect
// with the file's name and by Make, before anything is decoded.
func TestTooLarge(t *testing.T) {
	tests := []struct {
		w, h int
		ok   bool
	}{
		{30000, 30000, false},
		{12000, 8334, false},
		{1 << 30, 1, false},
		{12000, 8333, true},
	}
	for _, tt := range tests {
		data := hugePNG(t, tt.w, tt.h)
		_, err := Inspect("content/a/big.png", data)
		if tt.ok {
			if err != nil {
				t.Errorf("%dx%d: %v", tt.w, tt.h, err)
			}
			continue
		}
		want := fmt.Sprintf("content/a/big.png: %dx%d pixels is more than vestis resizes (100 megapixels); make the photo smaller, say 6000 pixels wide, and save it again", tt.w, tt.h)
		if !errors.Is(err, ErrTooLarge) || err.Error() != want {
			t.Errorf("Inspect %dx%d: %v\nwant %s", tt.w, tt.h, err, want)
		}
		small := &Set{Width: 100, Height: 100, format: "png", orientation: 1}
		if _, err := (&Resizer{}).Make(small, Variant{Width: 10, Height: 10}, data); !errors.Is(err, ErrTooLarge) {
			t.Errorf("Make %dx%d: %v, want ErrTooLarge", tt.w, tt.h, err)
		}
	}
}

// TestThin: photos one pixel high or wide get variants at least one pixel in
// each direction, and resizing them works.
func TestThin(t *testing.T) {
	for _, size := range [][2]int{{5000, 1}, {1, 5000}, {5000, 3}} {
		data := pngOf(t, size[0], size[1], color.Black)
		s, err := Inspect("strip.png", data)
		if err != nil {
			t.Fatalf("%v: %v", size, err)
		}
		for _, v := range s.Variants {
			out, err := (&Resizer{}).Make(s, v, data)
			if err != nil {
				t.Fatalf("%v: variant %dx%d: %v", size, v.Width, v.Height, err)
			}
			cfg, err := png.DecodeConfig(bytes.NewReader(out))
			if err != nil || cfg.Width != v.Width || cfg.Height != v.Height || v.Height < 1 {
				t.Errorf("%v: variant %dx%d is %dx%d (%v)", size, v.Width, v.Height, cfg.Width, cfg.Height, err)
			}
		}
	}
}

// TestTruncated: a photo cut short has a readable header but no pixels: an
// error, not a panic.
func TestTruncated(t *testing.T) {
	for name, data := range map[string][]byte{"a.jpg": jpegOf(t, 800, 600, 0), "a.png": pngOf(t, 800, 600, color.White)} {
		data = data[:len(data)/2]
		s, err := Inspect(name, data)
		if err != nil {
			t.Fatalf("%s: Inspect: %v", name, err)
		}
		if _, err := (&Resizer{}).Make(s, s.Variants[0], data); err == nil || !strings.HasPrefix(err.Error(), "not a JPEG or PNG image that can be read") {
			t.Errorf("%s: Make = %v, want an error saying it cannot be read", name, err)
		}
	}
}

// TestCache: a variant comes from the cache the second time; a cache file
// that is not this variant of this photo (cut short, another photo's entry
// copied over it, foreign bytes) is ignored and written again, and the right
// image is returned.
func TestCache(t *testing.T) {
	dir := t.TempDir()
	red, blue := pngOf(t, 1000, 500, color.RGBA{255, 0, 0, 255}), pngOf(t, 1000, 500, color.RGBA{0, 0, 255, 255})
	rs, err := Inspect("plan.png", red)
	if err != nil {
		t.Fatal(err)
	}
	bs, err := Inspect("plan.png", blue)
	if err != nil {
		t.Fatal(err)
	}
	r := &Resizer{CacheDir: dir}
	v := rs.Variants[0]
	want, err := r.Make(rs, v, red)
	if err != nil {
		t.Fatal(err)
	}
	if got, err := r.Make(rs, v, nil); err != nil || !bytes.Equal(got, want) { // nil data: only the cache can answer
		t.Fatalf("second make, from the cache: %v", err)
	}
	if _, err := r.Make(bs, bs.Variants[0], blue); err != nil {
		t.Fatal(err)
	}
	path := filepath.Join(dir, cacheName(rs, v))
	blueEntry, _ := os.ReadFile(filepath.Join(dir, cacheName(bs, bs.Variants[0])))
	redEntry, _ := os.ReadFile(path)
	for name, bad := range map[string][]byte{
		"another photo's entry": blueEntry,
		"cut short":             redEntry[:len(redEntry)/2],
		"foreign image":         pngOf(t, v.Width, v.Height, color.White),
		"empty":                 nil,
	} {
		if err := os.WriteFile(path, bad, 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := r.Make(rs, v, red)
		if err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s in the cache: Make returned other bytes (%v)", name, err)
		}
		if again, _ := os.ReadFile(path); !bytes.Equal(again, redEntry) {
			t.Errorf("%s in the cache: the entry was not written again", name)
		}
	}
	if names, _ := filepath.Glob(filepath.Join(dir, "*.tmp-*")); len(names) > 0 {
		t.Errorf("temporary files left in the cache: %v", names)
	}
}

// TestCameraPhoto resizes a 6000x4000 JPEG, as cameras make them.
func TestCameraPhoto(t *testing.T) {
	if testing.Short() {
		t.Skip("a 24-megapixel photo takes a few seconds")
	}
	data := jpegOf(t, 6000, 4000, 0)
	s, err := Inspect("camera.jpg", data)
	if err != nil {
		t.Fatal(err)
	}
	out, err := (&Resizer{}).Make(s, s.Largest(), data)
	if err != nil {
		t.Fatal(err)
	}
	cfg, err := jpeg.DecodeConfig(bytes.NewReader(out))
	if err != nil || cfg.Width != 1600 || cfg.Height != 1067 {
		t.Errorf("largest variant %dx%d (%v), want 1600x1067", cfg.Width, cfg.Height, err)
	}
}

func TestCover(t *testing.T) {
	tests := []struct {
		src  image.Rectangle
		w, h int
		want image.Rectangle
	}{
		{image.Rect(0, 0, 2000, 1000), 1200, 630, image.Rect(47, 0, 1952, 1000)},  // wider: the sides go
		{image.Rect(0, 0, 800, 1200), 1200, 630, image.Rect(0, 390, 800, 810)},    // taller: top and bottom go
		{image.Rect(0, 0, 1200, 630), 1200, 630, image.Rect(0, 0, 1200, 630)},     // the frame's shape already
		{image.Rect(10, 20, 5010, 21), 1200, 630, image.Rect(2509, 20, 2511, 21)}, // a strip keeps a pixel
	}
	for _, tt := range tests {
		if got := region(tt.src, Variant{Width: tt.w, Height: tt.h, Crop: true}); got != tt.want {
			t.Errorf("cover(%v, %d, %d) = %v, want %v", tt.src, tt.w, tt.h, got, tt.want)
		}
	}
}

// TestCropped: a photo turned by EXIF (portrait as shown) fills the sharing
// frame in its shown orientation, its middle kept: the red half is on top,
// so the frame's top rows are red and its bottom rows are not.
func TestCropped(t *testing.T) {
	data := jpegOf(t, 1200, 800, 6)
	s, err := Inspect("foto.jpg", data)
	if err != nil {
		t.Fatal(err)
	}
	v := s.Cropped(1200, 630)
	if !strings.HasPrefix(v.Name, "foto-1200x630-") || !strings.HasSuffix(v.Name, ".jpg") {
		t.Errorf("name %q", v.Name)
	}
	out, err := (&Resizer{CacheDir: t.TempDir()}).Make(s, v, data)
	if err != nil {
		t.Fatal(err)
	}
	img, err := jpeg.Decode(bytes.NewReader(out))
	if err != nil {
		t.Fatal(err)
	}
	if b := img.Bounds(); b.Dx() != 1200 || b.Dy() != 630 {
		t.Fatalf("cropped to %dx%d, want 1200x630", b.Dx(), b.Dy())
	}
	r, _, _, _ := img.At(600, 20).RGBA()
	r2, _, _, _ := img.At(600, 610).RGBA()
	if r>>8 < 200 || r2>>8 > 60 {
		t.Errorf("the middle of the turned photo is not kept (top red %d, bottom red %d)", r>>8, r2>>8)
	}
	// The other sizes' cache entries are not this one's.
	if name := cacheName(s, v); !strings.Contains(name, "-crop-") {
		t.Errorf("cache name %q does not say the photo was cut", name)
	}
}
