package locale

import (
	"io/fs"
	"testing"
	"testing/fstest"
)

// FuzzLoad feeds arbitrary message files to Load: it must return messages or
// an error, and never panic or hang, whatever go-i18n makes of the file.
func FuzzLoad(f *testing.F) {
	for _, seed := range []string{
		"home: Sākums\nmore:\n  one: \"{{ .Count }} vēl\"\n  other: \"{{ .Count }} vēl\"\n",
		"- id: home\n  translation: Mājas\n",
		"a: {b: {c: x}}\n",
		"home: 5\n",
		"[a, b]\n",
		"more: \"{{ range . }}x{{ end }}\"\n",
		"x: &a {y: *a}\n",
		"\xff\xfeh\x00:\x00 \x00x\x00",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		cfg := testConfig(t)
		l, _, err := Load([]fs.FS{fstest.MapFS{"i18n/lv.yaml": {Data: data}}}, "i18n", cfg)
		if err == nil && l == nil {
			t.Fatal("no locale and no error")
		}
		if err == nil {
			l.T("lv", "home", nil, nil) // a message that parsed must not fail to show with a panic
			l.T("lv", "more", 2, nil)
		}
	})
}
