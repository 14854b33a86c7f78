// Package memlimit is the memory policy of every command that builds a site:
// a soft memory limit (debug.SetMemoryLimit) from the size of the site's
// Markdown, which bounds a build's peak, and which the dev server raises to
// what it keeps between rebuilds, so that its collector does not run again
// and again near a limit set for a build.
package memlimit

import (
	"io/fs"
	"os"
	"path/filepath"
	"runtime/debug"
	"runtime/metrics"
	"slices"
	"strings"

	"github.com/vestis-ssg/vestis/internal/config"
	"github.com/vestis-ssg/vestis/internal/content"
)

// ForMarkdown is the soft memory limit for a site of markdown bytes whose
// largest page has largest bytes: 384 MiB, plus twice the Markdown, plus 30
// times the largest page. What a build keeps while it renders (the model,
// claims, the search index) grows with the site, to about 1.3 times its
// Markdown (0.65 GB for the 500 MB of 100,000 files, 0.08 GB for 10,000;
// twice it before the build dropped the front matter maps); goldmark holds a
// page's syntax tree while converting it, up to 30 times the page (README,
// build). The rest is room for garbage: a small site stays under its GOGC, a
// large one collects less often the less it keeps (docs/design.md, Build
// speed).
func ForMarkdown(markdown, largest int64) int64 {
	return 384<<20 + 2*markdown + 30*largest
}

// ForSite is ForMarkdown for the content pages (content.TrimExt: Markdown
// and HTML) of the site in source: under every content folder its site.yaml
// names (config.ContentRoots: content/, and languages' own, such as
// content.en/), or under content/ when site.yaml cannot be read (the build
// reports why). A folder inside another is counted once.
func ForSite(source string) int64 {
	dirs := []string{"content"}
	if cfg, err := config.Load(os.DirFS(source), "site.yaml"); err == nil {
		dirs = dirs[:0]
		for _, r := range cfg.ContentRoots() {
			dirs = append(dirs, r.Dir)
		}
	}
	var size, largest int64
	for _, dir := range dirs {
		if slices.ContainsFunc(dirs, func(outer string) bool { return strings.HasPrefix(dir, outer+"/") }) {
			continue // walked with the folder it is in
		}
		filepath.WalkDir(filepath.Join(source, filepath.FromSlash(dir)), func(_ string, d fs.DirEntry, err error) error {
			if err == nil && d.Type().IsRegular() && isPage(d.Name()) {
				if info, err := d.Info(); err == nil {
					size += info.Size()
					largest = max(largest, info.Size())
				}
			}
			return nil
		})
	}
	return ForMarkdown(size, largest)
}

func isPage(name string) bool {
	_, ok := content.TrimExt(name)
	return ok
}

// Set sets the soft memory limit for the site in source (ForSite), unless
// the user set one with GOMEMLIMIT.
func Set(source string) {
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(ForSite(source))
	}
}

// Fit raises the soft memory limit, unless the user set it with GOMEMLIMIT,
// to at least twice the heap that the last collection found live: the heap
// Go's default GOGC lets a process grow to. Call it right after a
// collection. A dev server keeps far more between rebuilds than a build
// (the model with its front matter, every page, the render cache), and with
// a limit just above that, each save's garbage set off collection after
// collection (at 10,000 files, 54 collections in 200 tag edits instead of 4,
// and 140-210 ms a save instead of 26 ms).
func Fit() {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	sample := []metrics.Sample{{Name: "/gc/heap/live:bytes"}}
	metrics.Read(sample)
	if sample[0].Value.Kind() != metrics.KindUint64 {
		return
	}
	want := int64(2 * sample[0].Value.Uint64())
	if want > debug.SetMemoryLimit(-1) {
		debug.SetMemoryLimit(want)
	}
}
