package build

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/content"
	"github.com/vestis-ssg/vestis/internal/diag"
	"github.com/vestis-ssg/vestis/internal/render"
)

// hugoLayoutCause is what the pages of a site made with Hugo's layouts
// (hugoLayouts, or a Hugo theme's) have in common when they name a layout
// or a type that no layout of vestis's answers: said once for all of them
// (diag.Grouped), each page named with what it asks for.
const hugoLayoutCause = "front matter: the page names a Hugo layout, which vestis does not run: " +
	"it is shown with the default theme's layout, its own text alone " +
	"(a list or a form that layout made is not there); write a vestis layout of that name (see docs/templates.md) to show more"

// namedLayoutWarnings warns of each page whose front matter layout or type
// (Hugo's layout: wide, type: docs) names no layout of tpl, which Hugo
// passes over in silence: the page looks like its neighbours and nobody
// knows why. On a site made with Hugo's layouts (hugoLayouts, or a Hugo
// theme's: hugoThemes), where the name is most likely a Hugo template's,
// one warning names them all.
func namedLayoutWarnings(pages []*content.Page, tpl *render.Templates, cfg *config.Config) diag.List {
	hugo := cfg.HugoLayouts || len(cfg.HugoThemes) > 0
	var list diag.List
	for _, p := range pages {
		m := &p.Meta
		layoutType := m.LayoutType
		if strings.EqualFold(layoutType, hugoType(p)) {
			layoutType = "" // the type Hugo gives the page anyway (type: page at the root) changes nothing
		}
		if m.Layout == "" && layoutType == "" {
			continue
		}
		tried, got, ok := tpl.NamedLayout(p.Kind, p.Section, cfg.TypeOf(p.Section).Name, m.Layout, layoutType)
		if ok || got == "" && len(tried) > 0 { // no layout at all: the page's error names those tried
			continue
		}
		key, what := "layout", fmt.Sprintf("layout %q", m.Layout)
		switch {
		case m.Layout == "":
			key, what = "type", fmt.Sprintf("type %q", layoutType)
		case layoutType != "":
			what += fmt.Sprintf(" (type %q)", layoutType)
		}
		line, from := m.Line(key), ""
		if at := content.CascadeOf(m, key); strings.HasPrefix(at, p.File+":") {
			line, _ = strconv.Atoi(strings.TrimPrefix(at, p.File+":")) // the page's own cascade
		} else if at != "" {
			from = " (from the cascade at " + at + ")"
		}
		switch {
		case len(tried) == 0:
			list = append(list, diag.Warnf(p.File, line, "front matter: %s%s: the home page's layout is layouts/index.html, whatever its front matter names; remove %s:", what, from, key))
		case hugo:
			w := diag.Warnf(p.File, line, "%s; it names %s%s", hugoLayoutCause, what, from)
			w.Cause, w.Item = hugoLayoutCause, what+from
			list = append(list, w)
		default:
			for i := range tried {
				tried[i] = "layouts/" + tried[i]
			}
			list = append(list, diag.Warnf(p.File, line, "front matter: %s%s: there is no %s, so the page is shown with layouts/%s; write one of them, or remove %s:",
				what, from, strings.Join(tried, " nor "), got, key))
		}
	}
	return list
}

// hugoType is the type Hugo gives p when its front matter names none: its
// section, or "page" at the root.
func hugoType(p *content.Page) string {
	if p.Section == "" {
		return "page"
	}
	return p.Section
}
