package check

import (
	"bufio"
	"bytes"
	"cmp"
	"os"
	"os/exec"
	"path"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/vestis-ssg/vestis/internal/site"
)

// Worklist is what translators have to do: per language, the pages missing
// there and the translations older than their source, most behind first.
type Worklist struct {
	Langs []LangWork `json:"languages"`
	// Git reports whether the site is in a git repository, so that a stale
	// translation's changes since it was last updated are known.
	Git bool `json:"git"`
	// Problems are the errors that stopped the build (kind build-error),
	// when it did not build: then there is no work to list.
	Problems []Problem `json:"problems,omitempty"`
}

// WorklistFailed is the worklist of a site whose build failed with err: no
// languages, and each error a problem of kind build-error, so that a script
// reading the JSON learns why rather than reading nothing.
func WorklistFailed(err error) *Worklist {
	return &Worklist{Langs: []LangWork{}, Problems: BuildFailed(err).Problems}
}

// LangWork is the work of one language.
type LangWork struct {
	Lang  string `json:"lang"`
	Name  string `json:"name"`
	Items []Work `json:"items"`
	// Words is how many words there are to translate in all.
	Words int `json:"words"`
}

// Work is one page to translate or to update.
type Work struct {
	State   string `json:"state"` // Missing or Stale
	Section string `json:"section"`
	// Title and Source are the source page's title and file.
	Title  string `json:"title"`
	Source string `json:"source"`
	// SourceLang is the source page's language.
	SourceLang string `json:"sourceLang"`
	// SourceURL is the source page's address on the site.
	SourceURL string `json:"sourceURL"`
	// File is the file to create (missing) or to update (stale).
	File string `json:"file"`
	// URL is the translation's address; empty when it is missing.
	URL string `json:"url,omitempty"`
	// Fallback is the address of the fallback page that readers of the
	// language get meanwhile (translations.fallback), if any.
	Fallback string `json:"fallback,omitempty"`
	// New is the vestis new command line that creates File, when one can.
	New string `json:"new,omitempty"`
	// Held is why File, when it exists, is not published: site.Draft,
	// site.Future or site.Expired. vestis new would refuse to create it, so
	// the translator is told to finish it instead.
	Held string `json:"held,omitempty"`
	// TranslationKey is the key File must carry, when the source has one.
	TranslationKey string `json:"translationKey,omitempty"`
	// Behind is how much older the translation is than its source.
	Behind time.Duration `json:"behindSeconds,omitempty"`
	// Words is how many words there are to translate: the source's for a
	// missing page, the changed paragraphs' for a stale one when they are
	// known, else the source's.
	Words int `json:"words"`
	// Changes are the source's paragraphs added or changed since the
	// translation was last updated; nil when unknown (no git).
	Changes *Changes `json:"changes,omitempty"`

	updated time.Time // when the translation last changed
}

// Changes is how the source of a stale translation changed since.
type Changes struct {
	// Since is the commit of the source that the translation was made from
	// (the last one before it changed); empty when the source is newer than
	// every commit before it.
	Since string `json:"since,omitempty"`
	// Paragraphs are the source's paragraphs and front matter lines that
	// are new or changed since, in the order of the file.
	Paragraphs []Paragraph `json:"paragraphs"`
	// Removed counts the paragraphs and lines the source no longer has.
	Removed int `json:"removed"`
}

// Paragraph is a paragraph (or front matter line) of a source file.
type Paragraph struct {
	Line int    `json:"line"`
	Text string `json:"text"`
}

// History answers what changed in a site's files; GitHistory makes one.
type History interface {
	// ModTimes is when each file last changed.
	ModTimes() ModTimes
	// Changes is how file changed since time since, or nil when unknown.
	Changes(file string, since time.Time) *Changes
}

// NewWorklist lists the work of every language but each page's source: pages
// missing in it and stale translations, most behind first (missing pages,
// then the oldest translations). modTimes is nil outside a git repository.
// It copies what it needs of the model, so that AddChanges, which runs git,
// can run after a rebuild has changed the model.
func NewWorklist(s *site.Site, modTimes ModTimes) *Worklist {
	w := &Worklist{Git: modTimes != nil}
	byLang := map[string]*LangWork{}
	for _, l := range s.Languages {
		w.Langs = append(w.Langs, LangWork{Lang: l.Code, Name: l.Name})
	}
	for i := range w.Langs {
		byLang[w.Langs[i].Lang] = &w.Langs[i]
	}
	held := heldFiles(s)
	for _, g := range Translations(s, modTimes) {
		src := cmp.Or(g.Source, g.Lead)
		for _, c := range g.Langs {
			if c.State != Missing && c.State != Stale {
				continue
			}
			it := Work{State: c.State, Section: g.Section, Title: src.Title, Source: src.File, SourceLang: src.Lang,
				SourceURL: src.RelPermalink, Words: c.Words, Behind: c.Behind}
			if cp := src.ContentFile(); cp != nil {
				it.TranslationKey = cp.Meta.TranslationKey
			}
			if c.State == Missing {
				it.File = translationFile(src.File, c.Lang, s.Config.LanguageCodes())
				if it.Held = held[it.File]; it.Held == "" {
					it.New = newCommand(src, c.Lang)
				}
				if fb := src.FallbackIn(c.Lang); fb != nil {
					it.Fallback = fb.RelPermalink
				}
			} else {
				it.File, it.URL = c.Page.File, c.Page.RelPermalink
				it.updated, _ = changed(c.Page, modTimes)
			}
			lw := byLang[c.Lang]
			lw.Items = append(lw.Items, it)
			lw.Words += it.Words
		}
	}
	w.sort()
	return w
}

// AddChanges finds, for each stale translation, the paragraphs of its
// source that changed since the translation was last updated, and counts
// their words as the words to translate.
func (w *Worklist) AddChanges(hist History) {
	if hist == nil {
		return
	}
	for i := range w.Langs {
		l := &w.Langs[i]
		l.Words = 0
		for j := range l.Items {
			it := &l.Items[j]
			if it.State == Stale && !it.updated.IsZero() {
				if ch := hist.Changes(it.Source, it.updated); ch != nil {
					it.Changes = ch
					it.Words = 0
					for _, p := range ch.Paragraphs {
						it.Words += len(strings.Fields(p.Text))
					}
				}
			}
			l.Words += it.Words
		}
	}
}

func (w *Worklist) sort() {
	for i := range w.Langs {
		slices.SortStableFunc(w.Langs[i].Items, func(a, b Work) int {
			if a.State != b.State {
				if a.State == Missing {
					return -1
				}
				return 1
			}
			return cmp.Or(cmp.Compare(b.Behind, a.Behind), strings.Compare(a.Source, b.Source))
		})
	}
}

// translationFile is the file of source's page in lang: the same name with
// lang's suffix (content/news/a.lv.md, content/news/a.md -> content/news/a.en.md).
// heldFiles maps each content file that is not published to why:
// site.Draft, site.Future or site.Expired.
func heldFiles(s *site.Site) map[string]string {
	held := map[string]string{}
	for _, nb := range s.NotBuilt {
		held[nb.File] = nb.Reason
	}
	return held
}

func translationFile(source, lang string, langs []string) string {
	ext := path.Ext(source)
	stem := strings.TrimSuffix(source, ext)
	if l := path.Ext(stem); l != "" && slices.Contains(langs, l[1:]) {
		stem = strings.TrimSuffix(stem, l)
	}
	return stem + "." + lang + ext
}

// newCommand is the vestis new command line that writes src's page in lang,
// with src's title to translate, or "" when vestis new cannot write it (the
// home page, an HTML page).
func newCommand(src *site.Page, lang string) string {
	cp := src.ContentFile()
	if cp == nil || path.Ext(src.File) != ".md" {
		return ""
	}
	name := path.Join(cp.Dir, cp.Base)
	bundle := strings.HasPrefix(path.Base(src.File), "index.")
	if src.Kind == site.KindSection {
		name = path.Join(cp.Dir, "_index")
	}
	if !strings.Contains(name, "/") {
		return "" // vestis new wants SECTION/NAME
	}
	cmd := "vestis new " + shellQuote(name) + " --lang " + lang
	if bundle {
		cmd += " --bundle"
	}
	return cmd + " --title " + shellQuote(src.Title)
}

// shellQuote quotes s for a POSIX shell when it needs it.
func shellQuote(s string) string {
	if s != "" && !strings.ContainsFunc(s, func(r rune) bool {
		return !(r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune("-_./", r))
	}) {
		return s
	}
	return "'" + strings.ReplaceAll(s, "'", `'\''`) + "'"
}

// gitHistory is a History read from git.
type gitHistory struct {
	root     string
	modTimes ModTimes
}

// GitHistory returns the history of the site in root, or nil when root is
// not in a git repository (or git is missing).
func GitHistory(root string) History {
	mt := GitModTimes(root)
	if mt == nil {
		return nil
	}
	return &gitHistory{root: root, modTimes: mt}
}

func (h *gitHistory) ModTimes() ModTimes { return h.modTimes }

// Changes compares file as it is now with its last commit at or before
// since: the version the translation was made from.
func (h *gitHistory) Changes(file string, since time.Time) *Changes {
	now, err := os.ReadFile(filepath.Join(h.root, filepath.FromSlash(file)))
	if err != nil {
		return nil
	}
	git := func(args ...string) ([]byte, error) {
		return exec.Command("git", append([]string{"-C", h.root}, args...)...).Output()
	}
	out, err := git("log", "-1", "--format=%H", "--until=@"+strconv.FormatInt(since.Unix(), 10), "--", file)
	if err != nil {
		return nil
	}
	ch := &Changes{}
	var before []byte
	if commit := strings.TrimSpace(string(out)); commit != "" {
		if before, err = git("show", commit+":./"+file); err != nil {
			return nil
		}
		ch.Since = commit[:min(len(commit), 12)]
	}
	ch.Paragraphs, ch.Removed = changedParagraphs(before, now)
	return ch
}

// changedParagraphs are the paragraphs of now (its front matter line by
// line, its body split at blank lines) that before does not have, with
// their lines, and how many of before's now lacks.
func changedParagraphs(before, now []byte) ([]Paragraph, int) {
	old := map[string]int{}
	for _, p := range paragraphs(before) {
		old[p.Text]++
	}
	var out []Paragraph
	for _, p := range paragraphs(now) {
		if old[p.Text] > 0 {
			old[p.Text]--
			continue
		}
		out = append(out, p)
	}
	removed := 0
	for _, n := range old {
		removed += n
	}
	return out, removed
}

// paragraphs splits a content file into its front matter lines (between
// the first two delimiter lines, --- or +++) and its body's paragraphs.
func paragraphs(data []byte) []Paragraph {
	var out []Paragraph
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, len(data)+1)
	var cur []string
	start, n := 0, 0
	inFront, delim := false, ""
	flush := func() {
		if len(cur) > 0 {
			out = append(out, Paragraph{Line: start, Text: strings.Join(cur, "\n")})
			cur = nil
		}
	}
	for sc.Scan() {
		n++
		line := strings.TrimRight(sc.Text(), " \t\r")
		switch {
		case n == 1 && (line == "---" || line == "+++"):
			inFront, delim = true, line
			continue
		case inFront && line == delim:
			inFront = false
			continue
		case inFront:
			if strings.TrimSpace(line) != "" {
				out = append(out, Paragraph{Line: n, Text: line})
			}
			continue
		case line == "":
			flush()
			continue
		}
		if len(cur) == 0 {
			start = n
		}
		cur = append(cur, line)
	}
	flush()
	return out
}
