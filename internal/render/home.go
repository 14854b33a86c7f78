package render

import (
	"slices"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/site"
)

// HomeBlock is a block of the home page: the latest pages of a section, as
// site.yaml's home configures it.
type HomeBlock struct {
	// Section is the section's key; SectionPage its list page (nil when
	// the language has none).
	Section     string
	SectionPage *site.Page
	// Title is the heading; Empty what the block says when Latest is empty.
	Title, Empty string
	// Latest are the pages it shows. (Not named Pages: a template that
	// names Pages on anything but the view is rendered again after every
	// change, see reads.go.)
	Latest []*site.Page
	// Style is cards or compact; Show the fields a compact line shows.
	Style string
	Show  []string
	// Otherwise is shown after Empty when Latest is empty (its own Empty is
	// not shown).
	Otherwise *HomeBlock
}

// HomeBlocks are the blocks of the home page: site.yaml's home, else one
// block of the five latest pages of each section.
func (v *View) HomeBlocks() ([]HomeBlock, error) {
	blocks := v.Site.Config.Home
	if blocks == nil {
		for _, sec := range v.Site.Tree(v.Lang.Code).Sections {
			blocks = append(blocks, &config.Block{Section: sec.Section, Limit: 5, Style: "cards"})
		}
	}
	var out []HomeBlock
	for _, b := range blocks {
		hb, err := v.homeBlock(b)
		if err != nil {
			return nil, err
		}
		out = append(out, hb)
	}
	return out, nil
}

func (v *View) homeBlock(b *config.Block) (HomeBlock, error) {
	hb := HomeBlock{Section: b.Section, SectionPage: v.sectionPage(b.Section), Style: b.Style, Show: b.Show}
	var err error
	if b.Title != "" {
		if hb.Title, err = v.message(b.Title, ""); err != nil {
			return hb, err
		}
	}
	switch {
	case hb.Title != "":
	case hb.SectionPage != nil:
		hb.Title = hb.SectionPage.Title
	default:
		hb.Title = b.Section
	}
	if hb.Empty, err = v.message(cmpOr(b.Empty, "noPages"), ""); err != nil {
		return hb, err
	}
	// Only the pages up to the last shown are read, unless the section ran
	// out before the block was full (a page added would be shown): a save
	// of an older page does not render the home page again.
	read := 0
	for _, p := range v.Site.SectionPages(v.Lang.Code, b.Section) {
		if len(hb.Latest) == b.Limit {
			break
		}
		read++
		if matches(p, b.Only) {
			hb.Latest = append(hb.Latest, p)
		}
	}
	if len(hb.Latest) < b.Limit {
		read = allPages
	}
	v.dependOn(b.Section, read)
	if b.Otherwise != nil && len(hb.Latest) == 0 {
		o, err := v.homeBlock(b.Otherwise)
		if err != nil {
			return hb, err
		}
		hb.Otherwise = &o
	}
	return hb, nil
}

// matches reports whether p's enum fields have one of the values only
// lists for them.
func matches(p *site.Page, only map[string][]string) bool {
	for field, values := range only {
		if s, _ := pageField(p, field).(string); !slices.Contains(values, s) {
			return false
		}
	}
	return true
}
