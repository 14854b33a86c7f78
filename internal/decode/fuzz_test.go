package decode

import (
	"errors"
	"testing"
)

// FuzzDecode feeds the same bytes to the YAML, TOML and JSON readers: each
// returns a value or an *Error, never panics, overflows or hangs, and a YAML
// tree it returns can be walked into values.
func FuzzDecode(f *testing.F) {
	for _, seed := range []string{
		"a: 1\nb: [x, y]\n",
		"a: &a [1, *a]\n",
		"a: &a {b: *a}\n",
		"a: &a [x, x]\nb: &b [*a, *a]\nc: [*b, *b]\n",
		"base: &b {x: 1}\nc:\n  <<: *b\n  y: 2\n",
		"x = [[[1]]]\n[a.b]\nc = 1\n",
		"s = \"\"\"[[[\"\"\"\nt = '{{{'\n",
		"d = 10:00:00\ne = 2024-05-19\n",
		`{"a": [1, {"b": "[["}]}`,
		"[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[",
	} {
		f.Add([]byte(seed))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		var derr *Error
		if n, err := YAML(data); err != nil {
			if !errors.As(err, &derr) {
				t.Errorf("YAML: %T %v, want *Error", err, err)
			}
		} else if n != nil {
			if _, err := Value(n); err != nil && !errors.As(err, &derr) {
				t.Errorf("Value: %T %v, want *Error", err, err)
			}
		}
		if _, err := TOML(data); err != nil && !errors.As(err, &derr) {
			t.Errorf("TOML: %T %v, want *Error", err, err)
		}
		if _, _, err := JSON(data); err != nil && !errors.As(err, &derr) {
			t.Errorf("JSON: %T %v, want *Error", err, err)
		}
	})
}
