package photo

import (
	"fmt"
	"image"
	"strconv"
	"strings"
)

// Operations are Hugo's image methods that Process makes variants for.
var Operations = []string{"Resize", "Fit", "Fill", "Crop"}

// anchors are the anchor words of Hugo's image options, lower case, with
// where each puts the kept part: -1 left or top, 0 middle, 1 right or bottom.
// Hugo's "smart" (a guess at the interesting part) is the middle here.
var anchors = map[string][2]int{
	"smart": {0, 0}, "center": {0, 0},
	"topleft": {-1, -1}, "top": {0, -1}, "topright": {1, -1},
	"left": {-1, 0}, "right": {1, 0},
	"bottomleft": {-1, 1}, "bottom": {0, 1}, "bottomright": {1, 1},
}

// ignored are option words of Hugo's that change how a variant is made but
// not its size: resampling filters and WebP hints. vestis resamples with
// Catmull-Rom whatever they say.
var ignored = map[string]bool{
	"nearestneighbor": true, "box": true, "linear": true, "hermite": true, "mitchellnetravali": true,
	"catmullrom": true, "bspline": true, "gaussian": true, "lanczos": true, "hann": true,
	"hamming": true, "blackman": true, "bartlett": true, "welch": true, "cosine": true,
	"picture": true, "photo": true, "drawing": true, "icon": true, "text": true,
}

// Process is the variant of the photo that Hugo's image method op (Resize,
// Fit, Fill or Crop) makes with spec, such as "700x", "x300", "600x400
// TopLeft q75":
//
//   - Resize scales to the size given, keeping the shape when one side is left out;
//   - Fit scales down to fit in the box, never up;
//   - Fill scales to cover the box and cuts what is outside, at the anchor;
//   - Crop cuts a part of the size given, at the anchor, without scaling.
//
// Anchor words (Center, TopLeft, ..., Smart, which is Center here), a JPEG
// quality (q1 to q100), resampling filters and a background colour are
// accepted, and an output format too, though the copy keeps the photo's
// format (vestis writes no WebP: a theme's "330x webp" gets a JPEG, which
// browsers show as well); a rotation is an error.
func (s *Set) Process(op, spec string) (Variant, error) {
	var w, h, quality int
	anchor := ""
	for _, word := range strings.Fields(spec) {
		lw := strings.ToLower(word)
		switch {
		case strings.Contains(lw, "x") && dims(lw, &w, &h):
		case lw[0] == 'q' && len(lw) > 1 && isDigits(lw[1:]):
			quality, _ = strconv.Atoi(lw[1:])
			if quality < 1 || quality > 100 {
				return Variant{}, fmt.Errorf("%s %q: quality %s: want q1 to q100", op, spec, word)
			}
		case anchors[lw] != [2]int{} || lw == "center" || lw == "smart":
			anchor = lw
		case ignored[lw] || lw[0] == '#':
		case lw[0] == 'r' && isDigits(lw[1:]):
			return Variant{}, fmt.Errorf("%s %q: vestis does not rotate photos (%s); save the photo turned", op, spec, word)
		case lw == "jpg" || lw == "jpeg" || lw == "png" || lw == "gif" || lw == "webp" || lw == "tif" || lw == "tiff" || lw == "bmp":
			// the copy keeps the photo's own format
		default:
			return Variant{}, fmt.Errorf("%s %q: %q is not a size (600x400, 600x, x400), an anchor (Center, TopLeft, ...) or a quality (q75)", op, spec, word)
		}
	}
	if w == 0 && h == 0 {
		return Variant{}, fmt.Errorf("%s %q: no size; write it as 600x400, 600x or x400", op, spec)
	}
	if op != "Resize" && (w == 0 || h == 0) {
		return Variant{}, fmt.Errorf("%s %q: %s needs a width and a height, such as 600x400", op, spec, op)
	}
	if quality == jpegQuality || s.format != "jpeg" {
		quality = 0 // the default, or a format without quality
	}
	v := Variant{Quality: quality}
	switch op {
	case "Resize":
		switch {
		case w == 0:
			w = max(1, (s.Width*h+s.Height/2)/s.Height)
		case h == 0:
			h = max(1, (s.Height*w+s.Width/2)/s.Width)
		}
		v.Width, v.Height, v.Scale = w, h, true
	case "Fit":
		v.Width, v.Height = s.Width, s.Height
		if s.Width > w || s.Height > h {
			if s.Width*h > s.Height*w { // wider than the box: its width decides
				v.Width, v.Height = w, max(1, (s.Height*w+s.Width/2)/s.Width)
			} else {
				v.Width, v.Height = max(1, (s.Width*h+s.Height/2)/s.Height), h
			}
		}
		v.Scale = true
	case "Fill":
		v.Width, v.Height, v.Crop = w, h, true
		v.Anchor = anchorOf(anchor)
	case "Crop":
		v.Width, v.Height, v.Cut = min(w, s.Width), min(h, s.Height), true
		v.Anchor = anchorOf(anchor)
	default:
		return Variant{}, fmt.Errorf("%s: not an image method (%s)", op, strings.Join(Operations, ", "))
	}
	v.Name = s.variantName(v)
	return v, nil
}

// anchorOf is the anchor a variant keeps: "" for the middle.
func anchorOf(word string) string {
	if word == "smart" || word == "center" {
		return ""
	}
	return word
}

// dims reads "600x400", "600x" or "x400".
func dims(word string, w, h *int) bool {
	a, b, _ := strings.Cut(word, "x")
	if a == "" && b == "" || a != "" && !isDigits(a) || b != "" && !isDigits(b) {
		return false
	}
	*w, _ = strconv.Atoi(a)
	*h, _ = strconv.Atoi(b)
	return *w <= 20000 && *h <= 20000 && (*w > 0 || a == "") && (*h > 0 || b == "")
}

func isDigits(s string) bool {
	if s == "" || len(s) > 6 {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// variantName names a variant by everything its bytes depend on, so that the
// same variant asked for by two pages is one file.
func (s *Set) variantName(v Variant) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s-%dx%d", s.base, v.Width, v.Height)
	switch {
	case v.Cut:
		b.WriteString("-cut")
	case v.Scale:
		b.WriteString("-s")
	}
	if v.Anchor != "" {
		b.WriteString("-" + v.Anchor)
	}
	if v.Quality != 0 {
		fmt.Fprintf(&b, "-q%d", v.Quality)
	}
	fmt.Fprintf(&b, "-%s%s", s.key[:16], s.ext())
	return b.String()
}

// ext is the extension of the photo's variants.
func (s *Set) ext() string {
	switch s.format {
	case "png":
		return ".png"
	case "gif":
		return ".gif"
	}
	return ".jpg"
}

// region is the part of src (shown upright, w x h pixels) that variant v
// keeps: all of it, the part of v's shape at its anchor (Crop), or v's
// very size at its anchor (Cut).
func region(src image.Rectangle, v Variant) image.Rectangle {
	sw, sh := src.Dx(), src.Dy()
	cw, ch := sw, sh
	switch {
	case v.Cut:
		cw, ch = min(v.Width, sw), min(v.Height, sh)
	case v.Crop:
		if sw*v.Height > sh*v.Width { // wider than the frame: cut the sides
			cw = max(1, (sh*v.Width+v.Height/2)/v.Height)
		} else {
			ch = max(1, (sw*v.Height+v.Width/2)/v.Width)
		}
	default:
		return src
	}
	a := anchors[v.Anchor]
	x := src.Min.X + (sw-cw)*(a[0]+1)/2
	y := src.Min.Y + (sh-ch)*(a[1]+1)/2
	return image.Rect(x, y, x+cw, y+ch)
}
