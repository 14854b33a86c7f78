// Package photo resizes the photos of a site to a few widths for srcset, honours
// EXIF orientation, and keeps what it made in a cache folder between builds.
package photo

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"image"
	"image/jpeg"
	"image/png"
	"os"
	"path"
	"path/filepath"
	"strings"

	"golang.org/x/image/draw"
)

// Widths are the widths photos are resized to; a photo is never made wider.
var Widths = []int{480, 960, 1600}

// version changes when the output of a resize would change.
const version = "v1"

const jpegQuality = 82

// Set is a photo and its resized variants.
type Set struct {
	// Width and Height are the photo's size as shown, after EXIF orientation.
	Width, Height int
	Variants      []Variant
	orientation   int
	format        string
	key           string
}

// Variant is one resized copy.
type Variant struct {
	Name          string // file name, beside the page: photo-960w-3f2a9c1b0d.jpg
	Width, Height int
}

// Largest is the widest variant.
func (s *Set) Largest() Variant { return s.Variants[len(s.Variants)-1] }

// Default is the variant for browsers that ignore srcset: the middle one.
func (s *Set) Default() Variant { return s.Variants[(len(s.Variants)-1)/2] }

// Srcset is the srcset attribute of the variants.
func (s *Set) Srcset() string {
	parts := make([]string, len(s.Variants))
	for i, v := range s.Variants {
		parts[i] = fmt.Sprintf("%s %dw", v.Name, v.Width)
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

// Inspect reads a photo's size and orientation and names its variants. It
// decodes only the header.
func Inspect(name string, data []byte) (*Set, error) {
	cfg, format, err := image.DecodeConfig(bytes.NewReader(data))
	if err != nil {
		return nil, fmt.Errorf("%s: not a JPEG or PNG image that can be read: %v", name, err)
	}
	s := &Set{Width: cfg.Width, Height: cfg.Height, format: format, orientation: 1}
	if format == "jpeg" {
		s.orientation = orientation(data)
	}
	if s.orientation >= 5 { // rotated a quarter turn
		s.Width, s.Height = s.Height, s.Width
	}
	sum := sha256.Sum256(append([]byte(version), data...))
	s.key = hex.EncodeToString(sum[:5])
	base := strings.TrimSuffix(path.Base(name), path.Ext(name))
	ext := ".jpg"
	if format == "png" {
		ext = ".png"
	}
	for _, w := range Widths {
		if w >= s.Width {
			break
		}
		s.Variants = append(s.Variants, Variant{Width: w, Height: (s.Height*w + s.Width/2) / s.Width})
	}
	if len(s.Variants) < len(Widths) { // narrower than the widest: keep its own width too
		s.Variants = append(s.Variants, Variant{Width: s.Width, Height: s.Height})
	}
	for i := range s.Variants {
		s.Variants[i].Name = fmt.Sprintf("%s-%dw-%s%s", base, s.Variants[i].Width, s.key, ext)
	}
	return s, nil
}

// Resizer makes variants, keeping them in a cache folder when one is set.
type Resizer struct {
	// CacheDir, when not empty, holds made variants between builds.
	CacheDir string
	// ReadOnly uses the variants in CacheDir but adds none, for a command
	// that promises to write nothing (vestis check).
	ReadOnly bool
}

// Make returns the bytes of a variant of the photo data, from the cache when it
// was made before.
func (r *Resizer) Make(s *Set, v Variant, data []byte) ([]byte, error) {
	var cached string
	if r.CacheDir != "" {
		cached = filepath.Join(r.CacheDir, v.Name)
		if b, err := os.ReadFile(cached); err == nil {
			return b, nil
		}
	}
	img, _, err := image.Decode(bytes.NewReader(data))
	if err != nil {
		return nil, err
	}
	// Scale in the stored orientation, then turn the small result.
	w, h := v.Width, v.Height
	if s.orientation >= 5 {
		w, h = h, w
	}
	scaled := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.CatmullRom.Scale(scaled, scaled.Bounds(), img, img.Bounds(), draw.Src, nil)
	dst := orient(scaled, s.orientation)
	var buf bytes.Buffer
	if s.format == "png" {
		err = png.Encode(&buf, dst)
	} else {
		err = jpeg.Encode(&buf, dst, &jpeg.Options{Quality: jpegQuality})
	}
	if err != nil {
		return nil, err
	}
	if cached != "" && !r.ReadOnly {
		if err := os.MkdirAll(r.CacheDir, 0o755); err == nil {
			tmp := cached + ".tmp"
			if os.WriteFile(tmp, buf.Bytes(), 0o644) == nil {
				os.Rename(tmp, cached)
			}
		}
	}
	return buf.Bytes(), nil
}
