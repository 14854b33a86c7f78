package render

import (
	"fmt"
	"strings"

	"github.com/vestis-ssg/vestis/internal/site"
)

// claimOutputs adds to the site's registry of output paths every output All
// makes that the model does not know of: the further pages of lists and the
// redirect from their page 1, feeds, sitemaps, robots.txt, search indexes,
// calendars, the language chooser and the root 404 page. The site claimed its
// pages, aliases and bundle files; photos are claimed as pages find them.
// It returns the collisions, before anything is rendered or written.
func claimOutputs(s *site.Site) error {
	c := s.Claims()
	for _, p := range s.Pages {
		for n := 2; n <= s.Pagers(p); n++ {
			c.Add(site.PageClaim(p, pagePath(p, n), fmt.Sprintf("page %d of", n)))
		}
		if one := pageOne(s, p); one != "" {
			c.Add(site.PageClaim(p, site.OutputPath(one), "the redirect from page 1 of"))
		}
		if hasFeeds(p) {
			dir := strings.TrimPrefix(p.Dir(), "/")
			c.Add(site.PageClaim(p, dir+rssName, "the RSS feed of"))
			c.Add(site.PageClaim(p, dir+atomName, "the Atom feed of"))
		}
	}
	if rootNotFound(s) != nil {
		c.Add(site.Claim{Path: "404.html", What: "the 404 page"})
	}
	if s.Config.DefaultLanguageInSubdir {
		c.Add(site.Claim{Path: chooserPath, What: "the language chooser"})
	}
	if out := defaultFolder(s); out != "" {
		if _, taken := c.Of(out); !taken {
			c.Add(site.Claim{Path: out, What: defaultFolderWhat})
		}
	}
	c.Add(site.Claim{Path: "sitemap.xml", What: "the sitemap index"})
	// Names the output folder keeps for itself: the list of what a build
	// wrote, and what a build keeps as it is (a gh-pages worktree's .git, a
	// volume's lost+found). A page there would break the next build.
	c.Add(site.Claim{Path: ".vestis-manifest", What: "the list of the files a build wrote (.vestis-manifest)"})
	c.Add(site.Claim{Path: ".git", What: "git's folder of a gh-pages worktree, which a build keeps as it is and never writes into"})
	c.Add(site.Claim{Path: "lost+found", What: "a volume's lost+found, which a build keeps as it is and never writes into"})
	if !ownRobots(s) {
		c.Add(site.Claim{Path: "robots.txt", What: "robots.txt"})
	}
	for _, l := range s.Languages {
		c.Add(site.Claim{Path: sitemapPath(s, l.Code), What: fmt.Sprintf("the sitemap (%s)", l.Code)})
		t := s.Tree(l.Code)
		if t.Search != nil {
			claimSearch(s, l.Code)
		}
		for _, key := range calendarSections(s) {
			section := false
			for _, p := range s.SectionPages(l.Code, key) {
				if hasCalendar(p) {
					c.Add(site.PageClaim(p, strings.TrimPrefix(p.Dir(), "/")+calendarName, "the calendar of"))
					section = section || inSectionCalendar(p)
				}
			}
			if sec := sectionPage(s, l.Code, key); sec != nil && section {
				c.Add(site.PageClaim(sec, strings.TrimPrefix(sec.Dir(), "/")+calendarName, "the calendar of"))
			}
		}
	}
	return c.Err()
}

// claimPhoto claims a resized photo's output, which every page that shows
// the photo claims alike (Shared: the name holds the content's hash, so two
// files of the same name and bytes make the same output).
func claimPhoto(s *site.Site, out string, ph site.Photo) {
	// Generated: a copied file of the same name is what the user renames.
	s.Claims().Add(site.Claim{Path: out, Kind: site.Generated, File: ph.File, What: "a resized copy of", Shared: true})
}

// ownRobots reports whether the site has its own static/robots.txt, which then
// replaces the one vestis writes (a site may want to keep crawlers out).
func ownRobots(s *site.Site) bool { return ownCopy(s, "robots.txt") }

// ownCopy reports whether a file the site copies (static/) claimed path.
func ownCopy(s *site.Site, path string) bool {
	c, ok := s.Claims().Of(path)
	return ok && c.Kind == site.Copy
}

// defaultFolderWhat names the redirect from the default language's folder.
const defaultFolderWhat = "the redirect from the default language's folder to the home page"

// defaultFolder is the output of the redirect from the default language's
// folder (/en/) to the home page at the site root, which Hugo writes when
// the default language has no folder of its own; "" when it has one, or the
// site one language. A page of the site at that address keeps it.
func defaultFolder(s *site.Site) string {
	if s.Config.DefaultLanguageInSubdir || len(s.Languages) < 2 {
		return ""
	}
	return site.OutputPath("/" + s.DefaultLanguage + "/")
}

// defaultFolderRedirect is that redirect, when the site claimed its path
// for it.
func defaultFolderRedirect(s *site.Site) []Output {
	out := defaultFolder(s)
	if out == "" {
		return nil
	}
	if c, ok := s.Claims().Of(out); !ok || c.What != defaultFolderWhat {
		return nil
	}
	home := s.Tree(s.DefaultLanguage).Home
	return []Output{redirect(s, "/"+s.DefaultLanguage+"/", home.Permalink, home.RelPermalink)}
}
