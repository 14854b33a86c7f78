package photo

import (
	"bytes"
	"image"
	"image/color"
	"image/gif"
	"image/png"
	"strings"
	"testing"
)

// TestProcess: Hugo's image methods and their options give the sizes Hugo
// gives, and what vestis cannot do is an error that says so.
func TestProcess(t *testing.T) {
	s, err := Inspect("content/a/photo.jpg", jpegOf(t, 1000, 500, 0))
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		op, spec string
		w, h     int
		want     string // in the name, or in the error
		err      bool
	}{
		{"Resize", "700x", 700, 350, "photo-700x350-s-", false},
		{"Resize", "x100", 200, 100, "-s-", false},
		{"Resize", "300x300", 300, 300, "", false}, // Hugo stretches it too
		{"Resize", "2000x q75", 2000, 1000, "-q75-", false},
		{"Fit", "400x400", 400, 200, "", false},
		{"Fit", "2000x2000", 1000, 500, "", false}, // never larger
		{"Fill", "300x300 TopLeft", 300, 300, "-topleft-", false},
		{"Fill", "300x300 Smart", 300, 300, "photo-300x300-", false},
		{"Crop", "200x100 BottomRight", 200, 100, "-cut-bottomright-", false},
		{"Crop", "5000x100", 1000, 100, "-cut-", false},
		{"Resize", "600x Lanczos #ffffff photo jpg", 600, 300, "", false},
		{"Fit", "600x", 0, 0, "needs a width and a height", true},
		{"Resize", "q80", 0, 0, "no size", true},
		{"Resize", "600x r90", 0, 0, "does not rotate", true},
		{"Resize", "600x webp", 600, 300, "", false}, // a JPEG all the same: vestis writes no WebP
		{"Resize", "600x wide", 0, 0, `"wide" is not a size`, true},
		{"Fill", "600x q0", 0, 0, "q1 to q100", true},
	}
	for _, tt := range tests {
		v, err := s.Process(tt.op, tt.spec)
		if tt.err {
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Process(%q, %q) error = %v, want one with %q", tt.op, tt.spec, err, tt.want)
			}
			continue
		}
		if err != nil {
			t.Errorf("Process(%q, %q): %v", tt.op, tt.spec, err)
			continue
		}
		if v.Width != tt.w || v.Height != tt.h || !strings.Contains(v.Name, tt.want) {
			t.Errorf("Process(%q, %q) = %dx%d %s, want %dx%d, a name with %q", tt.op, tt.spec, v.Width, v.Height, v.Name, tt.w, tt.h, tt.want)
		}
	}
	a, _ := s.Process("Fill", "300x300 Center")
	if b := s.Cropped(300, 300); a != b {
		t.Errorf("Fill 300x300 Center = %+v, want the sharing image's own crop %+v", a, b)
	}
}

// TestProcessAnchors: Crop keeps the corner its anchor names, in pixels.
func TestProcessAnchors(t *testing.T) {
	img := image.NewRGBA(image.Rect(0, 0, 40, 20))
	for x := 0; x < 40; x++ { // the left half red, the right half blue
		for y := 0; y < 20; y++ {
			c := color.RGBA{255, 0, 0, 255}
			if x >= 20 {
				c = color.RGBA{0, 0, 255, 255}
			}
			img.Set(x, y, c)
		}
	}
	var buf bytes.Buffer
	png.Encode(&buf, img)
	s, err := Inspect("a.png", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	for anchor, want := range map[string]color.RGBA{"Left": {255, 0, 0, 255}, "Right": {0, 0, 255, 255}, "TopRight": {0, 0, 255, 255}} {
		v, err := s.Process("Crop", "10x10 "+anchor)
		if err != nil {
			t.Fatal(err)
		}
		body, err := (&Resizer{}).Make(s, v, buf.Bytes())
		if err != nil {
			t.Fatal(err)
		}
		got, err := png.Decode(bytes.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		if got.Bounds().Dx() != 10 || got.Bounds().Dy() != 10 || color.RGBAModel.Convert(got.At(5, 5)) != want {
			t.Errorf("Crop 10x10 %s: %v, colour %v; want 10x10 of %v", anchor, got.Bounds(), got.At(5, 5), want)
		}
	}
}

// TestProcessGIF: an animated GIF keeps its frames and delays when resized.
func TestProcessGIF(t *testing.T) {
	pal := color.Palette{color.Transparent, color.RGBA{255, 0, 0, 255}, color.RGBA{0, 0, 255, 255}}
	g := &gif.GIF{Config: image.Config{Width: 100, Height: 50, ColorModel: pal}}
	for i := range 3 {
		f := image.NewPaletted(image.Rect(0, 0, 100, 50), pal)
		for x := range 100 {
			for y := range 50 {
				f.SetColorIndex(x, y, uint8(1+i%2))
			}
		}
		g.Image = append(g.Image, f)
		g.Delay = append(g.Delay, 10*(i+1))
	}
	var buf bytes.Buffer
	if err := gif.EncodeAll(&buf, g); err != nil {
		t.Fatal(err)
	}
	s, err := Inspect("content/a/anim.gif", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	v, err := s.Process("Resize", "40x")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasSuffix(v.Name, ".gif") {
		t.Errorf("name %s, want a .gif", v.Name)
	}
	body, err := (&Resizer{}).Make(s, v, buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	got, err := gif.DecodeAll(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if len(got.Image) != 3 || got.Config.Width != 40 || got.Config.Height != 20 || got.Delay[2] != 30 {
		t.Fatalf("resized GIF: %d frames of %dx%d, delays %v; want 3 of 40x20, delays 10 20 30", len(got.Image), got.Config.Width, got.Config.Height, got.Delay)
	}
	if c := color.RGBAModel.Convert(got.Image[1].At(20, 10)); c != (color.RGBA{0, 0, 255, 255}) {
		t.Errorf("second frame's colour %v, want blue", c)
	}
}

// TestProcessGIFDelta: a frame that changes a little of the one before is
// written as that part only, and the animation still shows it whole.
func TestProcessGIFDelta(t *testing.T) {
	pal := color.Palette{color.RGBA{255, 0, 0, 255}, color.RGBA{0, 0, 255, 255}}
	g := &gif.GIF{}
	for i := range 2 {
		f := image.NewPaletted(image.Rect(0, 0, 100, 100), pal)
		if i == 1 {
			for x := 80; x < 100; x++ {
				for y := 80; y < 100; y++ {
					f.SetColorIndex(x, y, 1)
				}
			}
		}
		g.Image, g.Delay = append(g.Image, f), append(g.Delay, 10)
	}
	var buf bytes.Buffer
	if err := gif.EncodeAll(&buf, g); err != nil {
		t.Fatal(err)
	}
	s, err := Inspect("a.gif", buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	v, _ := s.Process("Resize", "50x")
	body, err := (&Resizer{}).Make(s, v, buf.Bytes())
	if err != nil {
		t.Fatal(err)
	}
	got, err := gif.DecodeAll(bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if b := got.Image[1].Bounds(); b.Dx() > 15 || b.Dy() > 15 || got.Disposal[0] != gif.DisposalNone {
		t.Errorf("second frame %v (disposal of the first %d), want the changed corner only over the first", b, got.Disposal[0])
	}
	if c := color.RGBAModel.Convert(got.Image[1].At(45, 45)); c != (color.RGBA{0, 0, 255, 255}) {
		t.Errorf("the changed corner is %v, want blue", c)
	}
}
