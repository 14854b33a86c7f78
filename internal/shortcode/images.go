package shortcode

import (
	"errors"
	"fmt"
	"image"
	"reflect"
	"strings"
)

// ImagesNS is Hugo's images namespace in a shortcode or partial
// (images.Filter is $.Images.Filter, callT). vestis resizes photos but does
// not change their colours or shape: a filter other than Process leaves the
// image as it is, and the page says so once (ApplyFilters), as a page shown
// with the original image is still a faithful page, which a failed build is
// not.
type ImagesNS struct{ c *Call }

// Images is Hugo's images namespace, for the shortcode's page.
func (c *Call) Images() ImagesNS { return ImagesNS{c: c} }

// ImageFilter is one of Hugo's image filters (images.Grayscale,
// images.Process "resize 200x"), as images.Filter and an image's .Filter
// take it.
type ImageFilter struct {
	name string
	// spec is Process's: the resizing it asks for.
	spec string
	warn func(msg string)
}

// String names the filter, as Hugo's images.Grayscale prints.
func (f ImageFilter) String() string { return "images." + f.name }

func (ns ImagesNS) filter(name string) ImageFilter {
	f := ImageFilter{name: name}
	if ns.c != nil {
		f.warn = ns.c.warn
	}
	return f
}

// Process is the filter that resizes, as an image's .Process does
// ("resize 800x webp"), which vestis applies.
func (ns ImagesNS) Process(spec any) ImageFilter {
	f := ns.filter("Process")
	f.spec = toText(spec)
	return f
}

// Hugo's other filters, which vestis does not apply (ImagesNS).
func (ns ImagesNS) AutoOrient(...any) ImageFilter   { return ns.filter("AutoOrient") }
func (ns ImagesNS) Brightness(...any) ImageFilter   { return ns.filter("Brightness") }
func (ns ImagesNS) ColorBalance(...any) ImageFilter { return ns.filter("ColorBalance") }
func (ns ImagesNS) Colorize(...any) ImageFilter     { return ns.filter("Colorize") }
func (ns ImagesNS) Contrast(...any) ImageFilter     { return ns.filter("Contrast") }
func (ns ImagesNS) Dither(...any) ImageFilter       { return ns.filter("Dither") }
func (ns ImagesNS) Gamma(...any) ImageFilter        { return ns.filter("Gamma") }
func (ns ImagesNS) GaussianBlur(...any) ImageFilter { return ns.filter("GaussianBlur") }
func (ns ImagesNS) Grayscale(...any) ImageFilter    { return ns.filter("Grayscale") }
func (ns ImagesNS) Hue(...any) ImageFilter          { return ns.filter("Hue") }
func (ns ImagesNS) Invert(...any) ImageFilter       { return ns.filter("Invert") }
func (ns ImagesNS) Mask(...any) ImageFilter         { return ns.filter("Mask") }
func (ns ImagesNS) Opacity(...any) ImageFilter      { return ns.filter("Opacity") }
func (ns ImagesNS) Overlay(...any) ImageFilter      { return ns.filter("Overlay") }
func (ns ImagesNS) Padding(...any) ImageFilter      { return ns.filter("Padding") }
func (ns ImagesNS) Pixelate(...any) ImageFilter     { return ns.filter("Pixelate") }
func (ns ImagesNS) Saturation(...any) ImageFilter   { return ns.filter("Saturation") }
func (ns ImagesNS) Sepia(...any) ImageFilter        { return ns.filter("Sepia") }
func (ns ImagesNS) Sigmoid(...any) ImageFilter      { return ns.filter("Sigmoid") }
func (ns ImagesNS) Text(...any) ImageFilter         { return ns.filter("Text") }
func (ns ImagesNS) UnsharpMask(...any) ImageFilter  { return ns.filter("UnsharpMask") }

// Filter is Hugo's images.Filter FILTERS... IMAGE: the image with the
// filters applied (ApplyFilters).
func (ns ImagesNS) Filter(args ...any) (any, error) {
	if len(args) < 2 {
		return nil, fmt.Errorf("images.Filter: want one or more filters and then the image, got %d arguments", len(args))
	}
	return ApplyFilters(args[len(args)-1], args[:len(args)-1])
}

// Config is Hugo's images.Config (imageConfig): the width and height of
// an image file of the site.
func (ns ImagesNS) Config(name any) (image.Config, error) {
	if ns.c == nil {
		return image.Config{}, errors.New("images.Config: not in a shortcode")
	}
	return ns.c.ImageConfig(name)
}

// ApplyFilters is an image's .Filter and images.Filter: img (a photo of a
// bundle or of assets/) with each filter of filters (a filter, or a list of
// them) applied in turn. Process resizes as the image's .Process does; the
// others leave the image as it is and say so, once a page.
func ApplyFilters(img any, filters []any) (any, error) {
	if img == nil || reflect.ValueOf(img).Kind() == reflect.Pointer && reflect.ValueOf(img).IsNil() {
		return nil, errors.New("images.Filter: no image (the file was not found)")
	}
	var flat []ImageFilter
	for _, f := range filters {
		switch f := f.(type) {
		case ImageFilter:
			flat = append(flat, f)
		case []any:
			for _, g := range f {
				ff, ok := g.(ImageFilter)
				if !ok {
					return nil, fmt.Errorf("images.Filter: %v is no image filter (such as images.Grayscale)", g)
				}
				flat = append(flat, ff)
			}
		case []ImageFilter:
			flat = append(flat, f...)
		default:
			return nil, fmt.Errorf("images.Filter: %v is no image filter (such as images.Grayscale)", f)
		}
	}
	for _, f := range flat {
		if f.name != "Process" {
			if f.warn != nil {
				f.warn(fmt.Sprintf("images: %s is shown without the %s filter (%s): vestis resizes images but does not change their colours or shape; make the changed image once with an image editor or Hugo and save it beside the page to show it", imageName(img), f.name, f))
			}
			continue
		}
		m := reflect.ValueOf(img).MethodByName("Process")
		if !m.IsValid() || m.Type().NumIn() != 1 || m.Type().NumOut() != 2 {
			return nil, fmt.Errorf("images.Filter: %s: %v is no image vestis resizes", f, img)
		}
		out := m.Call([]reflect.Value{reflect.ValueOf(f.spec)})
		if err, _ := out[1].Interface().(error); err != nil {
			return nil, err
		}
		img = out[0].Interface()
	}
	return img, nil
}

// imageName is how the warnings of ApplyFilters name an image.
func imageName(img any) string {
	if n, ok := img.(interface{ Name() string }); ok {
		return strings.TrimPrefix(n.Name(), "/")
	}
	return fmt.Sprint(img)
}

// Filter is the image with filters applied (ApplyFilters).
func (r *Resource) Filter(filters ...any) (any, error) { return ApplyFilters(r, filters) }
