package vestis_test

import (
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// allowed lists, per package, the project packages it may import: the layers of
// docs/design.md, where imports only go downward.
var allowed = map[string][]string{
	"cmd/vestis":          {"", "internal/build", "internal/serve", "internal/check", "internal/config", "internal/archetype", "internal/hugoimport", "internal/render", "internal/diag", "internal/memlimit", "internal/sitefs"},
	"internal/check":      {"internal/build", "internal/site", "internal/diag"},
	"internal/serve":      {"internal/build", "internal/check", "internal/config", "internal/locale", "internal/diag", "internal/memlimit"},
	"internal/build":      {"internal/compact", "internal/render", "internal/site", "internal/shortcode", "internal/content", "internal/markdown", "internal/locale", "internal/config", "internal/photo", "internal/card", "internal/parallel", "internal/diag", "internal/sitefs", "internal/sitedata"},
	"internal/render":     {"internal/typecheck", "internal/recursion", "internal/valuesize", "internal/compact", "internal/nobreak", "internal/htmltext", "internal/search", "internal/site", "internal/locale", "internal/markdown", "internal/config", "internal/photo", "internal/card", "internal/parallel", "internal/diag", "internal/sitefs"},
	"internal/site":       {"internal/htmltext", "internal/content", "internal/markdown", "internal/shortcode", "internal/config", "internal/slug", "internal/photo", "internal/parallel", "internal/diag", "internal/store", "internal/sitefs"},
	"internal/store":      {},
	"internal/memlimit":   {"internal/content", "internal/config"},
	"internal/shortcode":  {"internal/typecheck", "internal/recursion", "internal/compact", "internal/diag", "internal/sitefs", "internal/decode", "internal/valuesize"},
	"internal/valuesize":  {"internal/diag"},
	"internal/recursion":  {"internal/diag"},
	"internal/photo":      {"internal/diag"},
	"internal/card":       {"internal/photo"},
	"internal/parallel":   {"internal/diag"},
	"internal/content":    {"internal/config", "internal/parallel", "internal/diag", "internal/sitefs", "internal/decode"},
	"internal/markdown":   {"internal/compact", "internal/nobreak", "internal/slug", "internal/diag"},
	"internal/locale":     {"internal/config", "internal/diag", "internal/sitefs", "internal/decode"},
	"internal/config":     {"internal/slug", "internal/diag", "internal/sitefs", "internal/decode"},
	"internal/hugoimport": {"internal/config", "internal/decode", "internal/diag", "internal/shortcode", "internal/sitefs", "internal/slug"},
	"internal/archetype":  {"internal/config", "internal/content", "internal/diag", "internal/sitefs", "internal/decode"},
	"internal/slug":       {"internal/diag"},
	"internal/typecheck":  {"internal/diag"},
	"internal/diag":       {},
	"internal/sitefs":     {"internal/diag"},
	"internal/decode":     {},
	"internal/sitedata":   {"internal/decode", "internal/diag", "internal/sitefs"},
	"internal/htmltext":   {},
	"internal/compact":    {},
	"internal/nobreak":    {},
	"internal/search":     {"internal/htmltext"},
	"internal/buildtest":  {"", "internal/build", "internal/diag"},
	"cmd/corpus":          {"", "internal/parallel", "internal/diag"},
	"":                    {},
}

func TestLayers(t *testing.T) {
	const module = "github.com/vestis-ssg/vestis"
	err := filepath.WalkDir(".", func(path string, d os.DirEntry, err error) error {
		if err != nil || d.IsDir() || !strings.HasSuffix(path, ".go") || strings.HasSuffix(path, "_test.go") {
			return err
		}
		pkg := filepath.ToSlash(filepath.Dir(path))
		if pkg == "." {
			pkg = ""
		}
		ok, known := allowed[pkg]
		if !known {
			t.Errorf("%s: package %q is not in the layer table of layers_test.go", path, pkg)
			return nil
		}
		f, err := parser.ParseFile(token.NewFileSet(), path, nil, parser.ImportsOnly)
		if err != nil {
			return err
		}
		for _, imp := range f.Imports {
			p, _ := strconv.Unquote(imp.Path.Value)
			if p != module && !strings.HasPrefix(p, module+"/") {
				continue
			}
			rel := strings.TrimPrefix(strings.TrimPrefix(p, module), "/")
			if !slices.Contains(ok, rel) {
				t.Errorf("%s imports %s: %q may import only %q", path, p, pkg, ok)
			}
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}
