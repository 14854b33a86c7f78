package build_test

import (
	"bytes"
	"encoding/base64"
	"image/png"
	"strconv"
	"strings"
	"testing"

	bt "github.com/vestis-ssg/vestis/internal/buildtest"
	"golang.org/x/net/html"
	"rsc.io/qr"
)

// TestShortcodeQR: Hugo's qr shortcode writes an image of a QR code into the
// page, in both forms of call, its pixels those of the text's code at the
// level and scale asked for; a call without text or with a level Hugo lacks
// is an error at its line.
func TestShortcodeQR(t *testing.T) {
	t.Parallel()
	b := bt.Run(t, siteYAML+`
-- content/news/a.lv.md --
---
title: A
---
Saite: {{< qr text="https://example.org/lv/" />}}

{{% qr level="high" scale=2 alt="Pieteikšanās" %}}
https://example.org/apply?x=1&y=2
{{% /qr %}}
`)
	doc, err := html.Parse(strings.NewReader(b.File("lv/jaunumi/a/index.html")))
	if err != nil {
		t.Fatal(err)
	}
	var imgs [][]string // data, width, height, alt
	for n := range doc.Descendants() {
		if n.Type != html.ElementNode || n.Data != "img" {
			continue
		}
		attr := map[string]string{}
		for _, a := range n.Attr {
			attr[a.Key] = a.Val
		}
		if data, ok := strings.CutPrefix(attr["src"], "data:image/png;base64,"); ok {
			imgs = append(imgs, []string{"", data, attr["width"], attr["height"], attr["alt"]})
		}
	}
	if len(imgs) != 2 {
		t.Fatalf("want 2 QR images, got %d in\n%s", len(imgs), b.File("lv/jaunumi/a/index.html"))
	}
	for i, want := range []struct {
		text, alt string
		level     qr.Level
		scale     int
	}{
		{"https://example.org/lv/", "https://example.org/lv/", qr.M, 4},
		{"https://example.org/apply?x=1&y=2", "Pieteikšanās", qr.H, 2},
	} {
		img := imgs[i]
		if img[4] != want.alt {
			t.Errorf("image %d: alt %q, want %q", i+1, img[4], want.alt)
		}
		data, err := base64.StdEncoding.DecodeString(img[1])
		if err != nil {
			t.Fatalf("image %d: %v", i+1, err)
		}
		m, err := png.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatalf("image %d: not a PNG: %v", i+1, err)
		}
		code, err := qr.Encode(want.text, want.level)
		if err != nil {
			t.Fatal(err)
		}
		side := (code.Size + 8) * want.scale
		if got := m.Bounds().Dx(); got != side || img[2] != img[3] || img[2] != strconv.Itoa(side) {
			t.Errorf("image %d: %d pixels wide, width=%s height=%s; want %d", i+1, got, img[2], img[3], side)
		}
		// Every module of the text's code, read from the middle of its pixels.
		for y := 0; y < code.Size; y++ {
			for x := 0; x < code.Size; x++ {
				r, _, _, _ := m.At((x+4)*want.scale+want.scale/2, (y+4)*want.scale+want.scale/2).RGBA()
				if black := r < 0x8000; black != code.Black(x, y) {
					t.Fatalf("image %d: module (%d, %d) is not that of the code of %q", i+1, x, y, want.text)
				}
			}
		}
	}

	msg := bt.Fail(t, siteYAML+`
-- content/news/b.lv.md --
---
title: B
---
{{< qr />}}

{{< qr text="x" level="best" />}}
`)
	for _, want := range []string{
		`content/news/b.lv.md:4: shortcode "qr": `, `qr needs the text to encode`,
		`content/news/b.lv.md:6: shortcode "qr": `, `qr: level "best" is not low, medium, quartile or high`,
	} {
		if !strings.Contains(msg, want) {
			t.Errorf("the errors lack %q:\n%s", want, msg)
		}
	}
}
