package sitefs

import (
	"path"
	"strconv"
	"strings"
)

// Transient reports whether a file name is one that editors and saving
// libraries write beside the file being saved and soon remove or leave
// behind: a temporary file renamed over the original, a backup, a lock or
// an auto-save. Every reader of a site's folders leaves such files out, and
// the dev server's watcher ignores them, so that a save never builds a
// page or publishes a file from one, and what the server shows after a
// save is what a clean build of the same folder makes. Hidden names (.a.md.swp,
// .#a.md, .goutputstream-X) are left out by the readers already, as they are
// hidden.
//
// It decides by the shape of the name, as Hugo's, chokidar's and
// watchexec's watchers do, and, for the shapes that a real file could have
// too (a name ending in a number), by whether what is left is the name of
// a file vestis reads as source text:
//
//	a.md~  #a.md#  ~$a.docx             backups, Emacs auto-saves, Office owner files
//	a.md.swp  a.md.swx  a.md.crswap     Vim's swap files, Chromium's save in progress
//	a.md.tmp  a.md.tmp.4021  a.md___jb_tmp___  a.md___jb_old___  temporary files
//	a.md.sb-5f2a-Xy                     Byword's
//	a.md.2845307511  photo.jpg.12       npm write-file-atomic's (a number after the name of any kind of file a site holds)
//	4913  5036                          Vim's probe of whether it may write the folder
//	sedPgIOBF                           GNU sed -i's temporary file (sed and six random letters or digits, not all lower-case letters)
func Transient(name string) bool {
	switch {
	case name == "", name == "." || name == "..":
		return false
	case strings.HasSuffix(name, "~"), strings.HasPrefix(name, "~$"),
		len(name) > 1 && strings.HasPrefix(name, "#") && strings.HasSuffix(name, "#"),
		strings.HasPrefix(name, ".#"):
		return true
	case strings.HasSuffix(name, "___jb_tmp___"), strings.HasSuffix(name, "___jb_old___"), strings.HasSuffix(name, "___jb_bak___"):
		return true
	case vimProbe(name), sedTemp(name):
		return true
	}
	ext := strings.ToLower(path.Ext(name))
	stem := strings.TrimSuffix(name, path.Ext(name))
	switch {
	case ext == ".swp", ext == ".swx", ext == ".swpx", ext == ".crswap", ext == ".tmp",
		strings.HasPrefix(ext, ".sb-"), strings.HasPrefix(ext, ".goutputstream-"):
		return true
	case strings.HasSuffix(strings.ToLower(stem), ".tmp") && alnum(ext[1:]):
		return true // a.md.tmp.4021
	case digits(ext[min(1, len(ext)):]) && siteExts[strings.ToLower(path.Ext(stem))]:
		return true // a.md.2845307511, photo.jpg.12
	}
	return false
}

// siteExts are the extensions of the files a site is made of, whatever
// folder vestis reads them from: pages, layouts, settings, messages and data
// (content/, layouts/, site.yaml, i18n/, data/), and the stylesheets,
// scripts, images, fonts, documents and media that static/ and assets/
// publish. A number after one of them is a saving library's temporary name
// (write-file-atomic's a.md.2845307511, an image editor's photo.jpg.12),
// never a file a site means to publish; one rule for every folder, so that
// a save of any of them is never built from its temporary copy.
var siteExts = map[string]bool{
	// text vestis reads: pages, layouts, settings, messages, data
	".md": true, ".markdown": true, ".mdown": true, ".html": true, ".htm": true,
	".gotmpl": true, ".tmpl": true, ".tpl": true,
	".yaml": true, ".yml": true, ".toml": true, ".json": true, ".csv": true, ".tsv": true, ".xml": true, ".txt": true,
	// stylesheets and scripts
	".css": true, ".scss": true, ".sass": true, ".less": true, ".js": true, ".mjs": true, ".cjs": true,
	".ts": true, ".jsx": true, ".tsx": true, ".map": true, ".webmanifest": true,
	// images
	".svg": true, ".png": true, ".jpg": true, ".jpeg": true, ".gif": true, ".webp": true, ".avif": true,
	".ico": true, ".bmp": true, ".tif": true, ".tiff": true, ".heic": true,
	// fonts
	".woff": true, ".woff2": true, ".ttf": true, ".otf": true, ".eot": true,
	// documents and archives
	".pdf": true, ".doc": true, ".docx": true, ".xls": true, ".xlsx": true, ".ppt": true, ".pptx": true,
	".odt": true, ".ods": true, ".odp": true, ".rtf": true, ".epub": true, ".zip": true, ".ics": true,
	// audio and video
	".mp3": true, ".mp4": true, ".m4a": true, ".ogg": true, ".oga": true, ".ogv": true, ".wav": true,
	".webm": true, ".mov": true, ".vtt": true,
}

// vimProbe reports whether name is one Vim creates to see whether it may
// write in a folder before saving by renaming: 4913, or, when that exists,
// 4913 plus a multiple of 123.
func vimProbe(name string) bool {
	if !digits(name) || len(name) > 9 {
		return false
	}
	n, err := strconv.Atoi(name)
	return err == nil && n >= 4913 && (n-4913)%123 == 0
}

// sedTemp reports whether name is GNU sed -i's temporary file, "sed" and
// the six letters and digits of mkstemp; a word (sedations) is not one.
func sedTemp(name string) bool {
	rest, ok := strings.CutPrefix(name, "sed")
	return ok && len(rest) == 6 && alnum(rest) && strings.ContainsFunc(rest, func(r rune) bool { return r < 'a' || r > 'z' })
}

func digits(s string) bool {
	return s != "" && strings.Trim(s, "0123456789") == ""
}

func alnum(s string) bool {
	return s != "" && !strings.ContainsFunc(s, func(r rune) bool {
		return !('0' <= r && r <= '9' || 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z')
	})
}

// Backups are the names an editor renames a file to while it saves it, to
// write the new text under the file's own name and remove or keep the old
// one after: Vim's and Emacs's backup (a.md~) and the old file of
// JetBrains' safe write (a.md___jb_old___). While one of them is new and
// the file is gone, the save is not done (the dev server waits for it).
func Backups(name string) []string {
	return []string{name + "~", name + "___jb_old___", name + "___jb_bak___"}
}
