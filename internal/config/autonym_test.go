package config

import "testing"

func TestAutonym(t *testing.T) {
	for _, tt := range []struct{ code, want string }{
		{"lv", "Latviešu"},
		{"vi", "Tiếng Việt"},
		{"fr", "Français"},
		{"pt-BR", "Português (Brasil)"},
		{"pt-br", "Português (Brasil)"},
		{"zh-Hans", "简体中文"},
		{"de-AT", "Deutsch (AT)"},
		{"en_GB", "English (GB)"},
		{"pir", "pir"},
		{"x-klingon", "x-klingon"},
	} {
		if got := Autonym(tt.code); got != tt.want {
			t.Errorf("Autonym(%q) = %q, want %q", tt.code, got, tt.want)
		}
	}
}

func TestAutonymCode(t *testing.T) {
	for _, tt := range []struct{ name, want string }{
		{"Latviešu", "lv"},
		{"latviešu", "lv"},
		{"deutsch", "de"},
		{" Tiếng Việt ", "vi"},
		{"简体中文", "zh-cn"},
		{"latviski", ""},
		{"", ""},
	} {
		if got := AutonymCode(tt.name); got != tt.want {
			t.Errorf("AutonymCode(%q) = %q, want %q", tt.name, got, tt.want)
		}
	}
}
