package photo

import (
	"bytes"
	"encoding/binary"
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

func TestCache(t *testing.T) {
	dir := t.TempDir()
	var buf bytes.Buffer
	png.Encode(&buf, image.NewRGBA(image.Rect(0, 0, 1000, 500)))
	s, err := Inspect("plan.png", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	r := &Resizer{CacheDir: dir}
	first, err := r.Make(s, s.Variants[0], buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	cached := filepath.Join(dir, s.Variants[0].Name)
	if err := os.WriteFile(cached, append(first, 'X'), 0o644); err != nil { // mark the cached copy
		t.Fatal(err)
	}
	again, _ := r.Make(s, s.Variants[0], buf.Bytes())
	if !bytes.Equal(again, append(first, 'X')) {
		t.Errorf("the second make did not come from the cache")
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
