package content_test

import (
	"testing"
	"time"

	"github.com/google/go-cmp/cmp"

	"github.com/vestis-ssg/vestis/internal/content"
)

// TestPackFields: packed fields give back the typed fields they were made
// of, whole (Map) and one by one (Get), an empty map as empty and none as
// nil.
func TestPackFields(t *testing.T) {
	day := time.Date(2031, 6, 1, 0, 0, 0, 0, time.UTC)
	for _, fields := range []map[string]any{
		nil,
		{},
		{"status": "open"},
		{"status": "open", "closes": day, "seats": 12.0, "online": true, "hosts": []string{"Skola", "Bibliotēka"}},
		{"sessions": []map[string]any{{"date": day, "topic": "Ievads"}, {"date": day.AddDate(0, 0, 7)}, {}}, "b": "x", "a": "y"},
	} {
		packed := content.PackFields(fields)
		if diff := cmp.Diff(fields, packed.Map()); diff != "" {
			t.Errorf("PackFields(%v).Map() (-want +got):\n%s", fields, diff)
		}
		if (fields == nil) != (packed.Map() == nil) {
			t.Errorf("PackFields(%v).Map() = %#v", fields, packed.Map())
		}
		for name, want := range fields {
			if got, ok := packed.Get(name); !ok || !cmp.Equal(got, want) {
				t.Errorf("PackFields(%v).Get(%q) = %v, %v; want %v", fields, name, got, ok, want)
			}
		}
		if got, ok := packed.Get("nowhere"); ok {
			t.Errorf("PackFields(%v).Get(nowhere) = %v, true", fields, got)
		}
	}
}
