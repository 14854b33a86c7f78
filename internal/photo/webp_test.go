package photo

import (
	"bytes"
	"image"
	"os"
	"slices"
	"strings"
	"testing"
)

// TestWebP: a WebP photo is read, and its resized copies are JPEG for a
// lossy photo and PNG for one that may be transparent, as Go writes no
// WebP. The fixtures were made with cwebp from two-colour images: flag.webp
// (lossy, 1200x800, red left half, blue right) and mark.webp (lossless,
// 600x400, the top half transparent).
func TestWebP(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		file, format, ext string
		width, height     int
		widths            []int
	}{
		{"flag.webp", "jpeg", ".jpg", 1200, 800, []int{480, 960, 1200}},
		{"mark.webp", "png", ".png", 600, 400, []int{480, 600}},
	} {
		data, err := os.ReadFile("testdata/" + tc.file)
		if err != nil {
			t.Fatal(err)
		}
		s, err := Inspect("content/a/"+tc.file, data)
		if err != nil {
			t.Fatalf("Inspect(%s): %v", tc.file, err)
		}
		if s.Width != tc.width || s.Height != tc.height {
			t.Errorf("%s: %dx%d, want %dx%d", tc.file, s.Width, s.Height, tc.width, tc.height)
		}
		var widths []int
		for _, v := range s.Variants {
			widths = append(widths, v.Width)
			if !strings.HasSuffix(v.Name, tc.ext) {
				t.Errorf("%s: variant %s, want a %s name", tc.file, v.Name, tc.ext)
			}
		}
		if !slices.Equal(widths, tc.widths) {
			t.Errorf("%s: widths %v, want %v", tc.file, widths, tc.widths)
		}
		bodies, err := (&Resizer{}).MakeAll(s, data)
		if err != nil {
			t.Fatalf("MakeAll(%s): %v", tc.file, err)
		}
		img, format, err := image.Decode(bytes.NewReader(bodies[0]))
		if err != nil || format != tc.format {
			t.Fatalf("%s: the first copy is %q (%v), want %s", tc.file, format, err, tc.format)
		}
		if b := img.Bounds(); b.Dx() != 480 {
			t.Errorf("%s: the first copy is %d wide, want 480", tc.file, b.Dx())
		}
		h := img.Bounds().Dy()
		left, right := img.At(60, h*3/4), img.At(420, h*3/4)
		if r, _, b, _ := left.RGBA(); r>>8 < 150 || b>>8 > 80 {
			t.Errorf("%s: left half %v, want red", tc.file, left)
		}
		if r, _, b, _ := right.RGBA(); r>>8 > 80 || b>>8 < 120 {
			t.Errorf("%s: right half %v, want blue", tc.file, right)
		}
		if tc.format == "png" {
			if _, _, _, a := img.At(60, h/4).RGBA(); a != 0 {
				t.Errorf("%s: the top half has alpha %d, want transparent", tc.file, a)
			}
		}
	}
}

// TestWebPUnderAnotherName: a WebP file named .jpg is read as the WebP it
// is, as browsers show it, and its copies are named by their own format, not
// refused (cloudwego's blog has 29, which Hugo publishes); a format vestis
// does not read stays an error naming it.
func TestWebPUnderAnotherName(t *testing.T) {
	t.Parallel()
	data, err := os.ReadFile("testdata/flag.webp")
	if err != nil {
		t.Fatal(err)
	}
	s, err := Inspect("content/a/flag.jpg", data)
	if err != nil {
		t.Fatalf("Inspect(flag.jpg) = %v, want the WebP read", err)
	}
	if want := webpCopies(data); s.format != want || len(s.Variants) == 0 || !strings.HasSuffix(s.Variants[0].Name, s.ext()) {
		t.Errorf("Inspect(flag.jpg): format %q, variants %v; want %q copies", s.format, s.Variants, want)
	}
	bmp := append([]byte("BM"), make([]byte, 60)...)
	if _, err := Inspect("content/a/scan.jpg", bmp); err == nil {
		t.Errorf("Inspect(scan.jpg) of a BMP = nil error, want one")
	}
}
