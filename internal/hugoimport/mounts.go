package hugoimport

import (
	"cmp"
	"fmt"
	"io/fs"
	"path"
	"slices"
	"strings"
)

// Copy is a file of the site that the import copies to where a Hugo module
// mount shows it (uploads/a.png mounted at assets/uploads is
// assets/uploads/a.png): vestis reads files where they are.
type Copy struct{ From, To string }

// mountTargets are the folders of a Hugo site a mount can put files in that
// vestis reads too.
var mountTargets = []string{"archetypes", "assets", "content", "data", "i18n", "layouts", "static"}

// maxMountFiles is the most files the import copies for one mount: more is
// not a folder of the site's own pages and pictures (a package manager's
// folder), which a note names instead.
const maxMountFiles = 5000

// mount is one entry of Hugo's module.mounts.
type mount struct{ source, target, lang string }

// siteMounts are the site's own module.mounts (not those of its imports),
// cleaned: no leading or trailing slashes, nor mounts of a URL.
func siteMounts(cfg map[string]any) []mount {
	module, _ := cfg["module"].(map[string]any)
	list, _ := module["mounts"].([]any)
	var out []mount
	for _, x := range list {
		m, _ := x.(map[string]any)
		source := mountSource(str(m["source"]))
		target := strings.Trim(path.Clean("/"+str(m["target"])), "/")
		if source == "" || target == "" || strings.Contains(str(m["source"]), "://") {
			continue
		}
		out = append(out, mount{source, target, strings.ToLower(str(m["lang"]))})
	}
	return out
}

// mountCopies plans the copies that stand for the site's own mounts of a
// folder (or file) of the site at another place vestis reads: static,
// layouts, assets, data, i18n, archetypes, and content/ below a language's
// content folder (dirs, nil when every language reads content/ with
// NAME.LANG.md files, where a page copied for another language than defLang
// is named so). Mounts vestis reads as they are (a folder at its own name,
// content folders read as contentDir or contentMounts) are left to the
// conversion; a mount of a folder the site does not have, or of too many
// files, gets a note instead.
func mountCopies(fsys fs.FS, cfg map[string]any, dirs map[string]string, defLang string, langs []string, note func(key, format string, args ...any)) []Copy {
	var out []Copy
	var missing []string // sources the site does not have, said in one note
	var outside []string // sources outside the site, said in one note
	defer func() {
		if len(outside) > 0 {
			list := strings.Join(outside, ", ")
			if len(outside) > 3 {
				list = fmt.Sprintf("%s and %d more", strings.Join(outside[:3], ", "), len(outside)-3)
			}
			note("module.mounts", "Hugo mounts %s, outside the site's folder; vestis reads only the site's own folders, so what %s is missing: copy the files the site uses to where Hugo mounts them", list, plural(len(outside), "it holds", "they hold"))
		}
		if len(missing) == 0 {
			return
		}
		list := strings.Join(missing, ", ")
		if len(missing) > 3 {
			list = fmt.Sprintf("%s and %d more", strings.Join(missing[:3], ", "), len(missing)-3)
		}
		note("module.mounts", "Hugo mounts %s, which the site does not have (%s a build step makes, npm install say, or a module Hugo downloads): vestis builds without %s",
			list, plural(len(missing), "a file or folder", "files or folders"), plural(len(missing), "it", "them"))
	}()
	for _, m := range siteMounts(cfg) {
		top, rest, _ := strings.Cut(m.target, "/")
		if m.source == m.target || !slices.Contains(mountTargets, top) {
			continue
		}
		if top == "content" && (strings.HasPrefix(m.source, "content") || rest == "") {
			continue // a language's contentDir or contentMounts
		}
		lang := m.lang
		if lang == "" {
			lang = defLang
		}
		if top == "content" && !slices.Contains(langs, lang) {
			continue // a language the site does not have: nothing of it is read
		}
		if !fs.ValidPath(m.source) {
			outside = append(outside, m.source+" at "+m.target)
			continue
		}
		info, err := fs.Stat(fsys, m.source)
		if err != nil {
			missing = append(missing, m.source)
			continue
		}
		// Where the mount's files go: below the language's content folder
		// for content.
		dest := m.target
		if top == "content" {
			dest = path.Join(cmp.Or(dirs[lang], "content"), rest)
		}
		var files []string
		if info.IsDir() {
			_ = fs.WalkDir(fsys, m.source, func(p string, d fs.DirEntry, err error) error {
				switch {
				case err != nil:
					return nil // unreadable: left out, as Hugo would fail on it
				case d.IsDir() && p != m.source && strings.HasPrefix(d.Name(), "."):
					return fs.SkipDir
				case d.Type().IsRegular() && !strings.HasPrefix(d.Name(), "."):
					files = append(files, p)
				}
				if len(files) > maxMountFiles {
					return fs.SkipAll
				}
				return nil
			})
		} else if info.Mode().IsRegular() {
			files = []string{m.source}
		}
		if len(files) > maxMountFiles {
			note("module.mounts", "Hugo mounts %s at %s: more than %d files, not copied (a package manager's folder, most likely); copy the files the site uses to %[2]s", m.source, m.target, maxMountFiles)
			continue
		}
		for _, f := range files {
			to := dest
			if f != m.source {
				to = path.Join(dest, strings.TrimPrefix(f, m.source+"/"))
			}
			if top == "content" && dirs == nil && lang != defLang && isContent(to) {
				// One folder for every language: a page is another
				// language's by its name (index.fr.md).
				ext := path.Ext(to)
				to = strings.TrimSuffix(to, ext) + "." + lang + ext
			}
			out = append(out, Copy{From: f, To: to})
		}
		where := m.target
		if m.lang != "" {
			where += " (" + m.lang + ")"
		}
		note("module.mounts", "Hugo mounts %s at %s; vestis reads files where they are, so its %d %s copied to %s/ (a file already there is kept): edit them there, and keep %[1]s only while Hugo builds the site too",
			m.source, where, len(files), plural(len(files), "file is", "files are"), dest)
	}
	return out
}

// remoteMounts notes the mounts of the site's imported modules that Hugo
// downloads (remote): what they mount at content, static or elsewhere is
// not in the site's folder. A module that gives the site's pages (a theme's
// demo mounting the theme's exampleSite/content at content) is said first:
// without it the site has no pages.
func remoteMounts(cfg map[string]any, remote []string) []Note {
	module, _ := cfg["module"].(map[string]any)
	imports, _ := module["imports"].([]any)
	var out []Note
	for _, x := range imports {
		imp, _ := x.(map[string]any)
		p := str(imp["path"])
		if !slices.Contains(remote, p) {
			continue
		}
		mounts, _ := imp["mounts"].([]any)
		var content, other []string
		for _, y := range mounts {
			m, _ := y.(map[string]any)
			source := strings.Trim(str(m["source"]), "/")
			target := strings.Trim(path.Clean("/"+str(m["target"])), "/")
			if target == "content" || strings.HasPrefix(target, "content/") {
				content = append(content, fmt.Sprintf("%s at %s", source, target))
			} else if source != "" {
				other = append(other, fmt.Sprintf("%s at %s", source, target))
			}
		}
		if len(content) > 0 {
			out = append(out, Note{Key: "module.imports", at: []string{"module", "imports"}, Msg: fmt.Sprintf(
				"%s: the site's pages come from this module (Hugo mounts its %s), which Hugo downloads and vestis does not: "+
					"clone the module's repository (git clone https://%[1]s), copy those folders into content/ here, then run vestis import hugo --force again",
				p, strings.Join(content, ", "))})
		}
		if len(other) > 0 {
			out = append(out, Note{Key: "module.imports", at: []string{"module", "imports"}, Msg: fmt.Sprintf(
				"%s: Hugo mounts its %s, which vestis does not download: copy the files the site uses from the module's repository",
				p, strings.Join(other, ", "))})
		}
	}
	return out
}

// moduleNotes say what the site's imported modules give that vestis lacks:
// one note for the modules Hugo reads from folders on this computer (a
// replace in go.mod or module.replacements) and for those it downloads,
// and what the downloaded ones mount (remoteMounts).
func moduleNotes(fsys fs.FS, cfg map[string]any) []Note {
	remote := remoteModules(fsys, cfg)
	replaced := localReplacements(fsys, cfg)
	var downloaded, local []string
	for _, m := range remote {
		if dir, ok := replaced[m]; ok {
			local = append(local, fmt.Sprintf("%s (from %s)", m, dir))
		} else {
			downloaded = append(downloaded, m)
		}
	}
	var out []Note
	for _, group := range []struct {
		mods      []string
		where     string // Hugo's way to the modules: their list, then what the second word says
		one, many string // the second word, for one module or more
		fix       string // what to do first
	}{
		{local, "reads %s from %s on this computer (a replace in go.mod or module.replacements), and vestis reads no modules", "a folder", "folders", ""},
		// hugo mod vendor writes what the modules hold into _vendor/,
		// which VendoredModules reads.
		{downloaded, "downloads %s from the internet (%s not in this folder), and vestis downloads nothing", "it is", "they are",
			"to have them, run hugo mod vendor in this folder (Hugo downloads them into _vendor/), then vestis import hugo --force, which copies what vestis reads of them into themes/; else "},
	} {
		n := len(group.mods)
		if n == 0 {
			continue
		}
		out = append(out, Note{Key: "module.imports", at: []string{"module", "imports"}, Msg: fmt.Sprintf(
			"%s: Hugo "+group.where+": what %s (layouts, partials, shortcodes, assets, data, i18n) is missing; "+
				"the build names each shortcode it cannot find: %scopy the files the site uses into layouts/shortcodes/, static/, data/ or i18n/",
			strings.Join(group.mods, ", "), plural(n, "this module", "these modules"), plural(n, group.one, group.many), plural(n, "it gives", "they give"), group.fix)})
	}
	return append(out, remoteMounts(cfg, downloaded)...)
}

// themeWithoutContent notes a folder that is a Hugo theme (theme.toml) and
// has no content folder: its pages are those of the sites that use it (a
// theme's own repository, as Ananke's), so the build would only say that
// content/ is missing. Its example site, when it has one, is named.
func themeWithoutContent(fsys fs.FS, dirs map[string]string, note func(key, format string, args ...any)) {
	if _, err := fs.Stat(fsys, "theme.toml"); err != nil {
		return
	}
	for _, d := range contentFolders(dirs) {
		if info, err := fs.Stat(fsys, d); err == nil && info.IsDir() {
			return
		}
	}
	example := "a site that uses the theme"
	for _, dir := range []string{"exampleSite", "demo", "example"} {
		if info, err := fs.Stat(fsys, dir); err == nil && info.IsDir() {
			example = fmt.Sprintf("its example site instead (vestis import hugo %s)", dir)
			break
		}
	}
	note("content", "this folder is a Hugo theme (theme.toml) with no pages of its own: they are those of the sites that use it, which Hugo reads with the theme as a module; import %s", example)
}

// mountSource is a mount's source as a path of the site's folder: cleaned,
// without a leading ./ or trailing /; one outside the site (../translations,
// /srv/docs, which Hugo reads from the project's folder) keeps its ../ or
// leading /, so that fs.ValidPath refuses it, rather than becoming a folder
// of the site of the same name.
func mountSource(s string) string {
	p := path.Clean(strings.ReplaceAll(s, "\\", "/"))
	if p == "." {
		return ""
	}
	return strings.TrimSuffix(p, "/")
}
