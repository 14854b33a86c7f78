package shortcode

import (
	"cmp"
	"encoding/base64"
	"fmt"
	"html/template"
	"strings"

	"rsc.io/qr"
)

// QRCode is a QR code image for a shortcode: the PNG as a data: address
// (the page carries it; no file is written and nothing is asked of another
// site) and its size in pixels.
type QRCode struct {
	Src           template.URL
	Width, Height int
}

// maxQRScale bounds the pixels a module may take: 4 is Hugo's default, and a
// larger scale only makes the page heavier.
const maxQRScale = 32

// QR encodes text as a QR code, as Hugo's qr shortcode does: level is the
// error correction, "low", "medium" (Hugo's default, when ""), "quartile" or
// "high"; scale the image pixels of a module (Hugo's default 4, when 0).
func (c *Call) QR(text, level string, scaleArg any) (*QRCode, error) {
	if strings.TrimSpace(text) == "" {
		return nil, fmt.Errorf("%s needs the text to encode: {{< %[1]s text=\"https://example.org\" >}}, or the text between {{< %[1]s >}} and {{< /%[1]s >}}", c.Name)
	}
	levels := map[string]qr.Level{"low": qr.L, "medium": qr.M, "": qr.M, "quartile": qr.Q, "high": qr.H}
	l, ok := levels[strings.ToLower(level)]
	if !ok {
		return nil, fmt.Errorf("%s: level %q is not low, medium, quartile or high", c.Name, level)
	}
	scale := 0
	if scaleArg != nil && scaleArg != "" {
		n, err := toInt(scaleArg)
		if err != nil {
			return nil, fmt.Errorf("%s: scale %q is not a whole number", c.Name, fmt.Sprint(scaleArg))
		}
		scale = int(max(min(n, 1<<20), -1))
	}
	switch {
	case scale == 0:
		scale = 4
	case scale < 1 || scale > maxQRScale:
		return nil, fmt.Errorf("%s: scale %d is not from 1 to %d (the pixels of one module of the code)", c.Name, scale, maxQRScale)
	}
	code, err := qr.Encode(text, l)
	if err != nil {
		return nil, fmt.Errorf("%s: %d bytes of text do not fit in a QR code at level %s; shorten the text or lower the level", c.Name, len(text), strings.ToLower(cmp.Or(level, "medium")))
	}
	code.Scale = scale
	side := (code.Size + 8) * scale // the code and its quiet zone of 4 modules a side
	return &QRCode{
		Src:   template.URL("data:image/png;base64," + base64.StdEncoding.EncodeToString(code.PNG())),
		Width: side, Height: side,
	}, nil
}
