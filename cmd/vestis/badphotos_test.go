package main

import (
	"bytes"
	"encoding/binary"
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

func testPNG(t *testing.T, w, h int) []byte {
	t.Helper()
	img := image.NewGray(image.Rect(0, 0, w, h))
	for i := range img.Pix {
		img.Pix[i] = uint8(i)
	}
	var buf bytes.Buffer
	if err := png.Encode(&buf, img); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// bigPNG is a small file whose header says w x h pixels, as a PNG of one
// colour is: a 30000x30000 one takes a few kilobytes on disk.
func bigPNG(t *testing.T, w, h int) []byte {
	data := testPNG(t, 1, 1)
	binary.BigEndian.PutUint32(data[16:], uint32(w))
	binary.BigEndian.PutUint32(data[20:], uint32(h))
	binary.BigEndian.PutUint32(data[29:], crc32.ChecksumIEEE(data[12:29]))
	return data
}

func testJPEGFile(t *testing.T, w, h int) []byte {
	t.Helper()
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	for x := range w {
		img.Set(x, x%h, color.RGBA{200, 10, 10, 255})
	}
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, img, nil); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestBadPhotos breaks a good site with a photo vestis cannot use: the build
// exits 1 naming the photo (and the page and line that use it when known),
// and public/ stays as it was. Nothing is decoded beyond the size limit.
func TestBadPhotos(t *testing.T) {
	const page = "---\ntitle: Brauciens\n%s---\nTeksts.\n\n![Foto](%s)\n"
	tests := []struct {
		name  string
		files map[string]string
		want  string
	}{
		{"30000x30000 in Markdown", map[string]string{
			"content/news/trip/index.md": strings.Replace(strings.Replace(page, "%s", "", 1), "%s", "big.png", 1),
			"content/news/trip/big.png":  string(bigPNG(t, 30000, 30000)),
		}, `content/news/trip/index.md:6: image "big.png": content/news/trip/big.png: 30000x30000 pixels is more than vestis resizes (100 megapixels); make the photo smaller, say 6000 pixels wide, and save it again`},
		{"30000x30000 as front matter image", map[string]string{
			"content/news/trip/index.md": "---\ntitle: Brauciens\nimage: big.png\n---\nTeksts.\n",
			"content/news/trip/big.png":  string(bigPNG(t, 30000, 30000)),
		}, `content/news/trip/index.md:3: front matter: image: content/news/trip/big.png: 30000x30000 pixels is more than vestis resizes (100 megapixels); make the photo smaller, say 6000 pixels wide, and save it again`},
		{"not an image", map[string]string{
			"content/news/trip/index.md": "---\ntitle: Brauciens\n---\n![Foto](foto.jpg)\n",
			"content/news/trip/foto.jpg": "<html>not a photo</html>",
		}, `content/news/trip/index.md:4: image "foto.jpg": content/news/trip/foto.jpg: not a JPEG or PNG image that can be read (image: unknown format); save it again as JPEG or PNG`},
		{"truncated", map[string]string{
			"content/news/trip/index.md": "---\ntitle: Brauciens\n---\n![Foto](foto.jpg)\n",
			"content/news/trip/foto.jpg": func() string { b := testJPEGFile(t, 800, 600); return string(b[:len(b)/2]) }(),
		}, `content/news/trip/foto.jpg: not a JPEG or PNG image that can be read (invalid JPEG format: short Huffman data); save it again`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			root := t.TempDir()
			writeTree(t, root, map[string]string{
				"site.yaml":         goodSite,
				"content/news/a.md": "---\ntitle: A\n---\nTeksts.\n",
			})
			wantRefused(t, root, []string{"--cacheDir", t.TempDir()}, func() { writeTree(t, root, tt.files) }, tt.want+"\n")
		})
	}
}

// TestThinPhotos: photos one pixel high or wide are photos: they build, with
// variants at least one pixel in each direction.
func TestThinPhotos(t *testing.T) {
	root := t.TempDir()
	writeTree(t, root, map[string]string{
		"site.yaml":                  goodSite,
		"content/news/trip/index.md": "---\ntitle: T\n---\n![Josla](wide.png)\n\n![Stabs](tall.png)\n",
		"content/news/trip/wide.png": string(testPNG(t, 5000, 1)),
		"content/news/trip/tall.png": string(testPNG(t, 1, 5000)),
	})
	var out, errb bytes.Buffer
	if code := run([]string{"build", "--source", root, "--quiet", "--cacheDir", ""}, &out, &errb); code != 0 {
		t.Fatalf("exit %d\n%s", code, errb.String())
	}
	variants, _ := filepath.Glob(filepath.Join(root, "public/photos/*-*w-*.png"))
	if len(variants) != 4 { // wide: 480, 960, 1600; tall: its own 1 px width
		t.Errorf("variants %v, want 4", variants)
	}
	for _, v := range variants {
		f, _ := os.ReadFile(v)
		cfg, err := png.DecodeConfig(bytes.NewReader(f))
		if err != nil || cfg.Width < 1 || cfg.Height < 1 {
			t.Errorf("%s: %dx%d (%v)", v, cfg.Width, cfg.Height, err)
		}
	}
}

// TestImagesElsewhere: images outside the page's bundle that are published
// (a file of static/, another bundle's file through ../, a bundle's file named
// from its section page) build.
func TestImagesElsewhere(t *testing.T) {
	root := t.TempDir()
	const svg = `<svg xmlns="http://www.w3.org/2000/svg"/>`
	writeTree(t, root, map[string]string{
		"site.yaml":                   goodSite,
		"static/img/logo.svg":         svg,
		"content/news/_index.md":      "---\ntitle: Jaunumi\n---\n![b](other/map.svg)\n",
		"content/news/other/index.md": "---\ntitle: O\n---\n",
		"content/news/other/map.svg":  svg,
		"content/news/trip/index.md":  "---\ntitle: T\nimage: /img/logo.svg\n---\n![a](../other/map.svg) ![b](/img/logo.svg) ![c](../../../img/logo.svg)\n",
		"content/news/x.md":           "---\ntitle: X\nimage: ../other/map.svg\n---\n![a](../other/map.svg)\n",
	})
	var out, errb bytes.Buffer
	if code := run([]string{"build", "--source", root, "--quiet", "--cacheDir", ""}, &out, &errb); code != 0 {
		t.Fatalf("exit %d\n%s", code, errb.String())
	}
}
