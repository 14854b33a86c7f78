package config

import (
	"maps"
	"slices"
	"strings"
)

// autonyms name languages in themselves, as a language switcher shows them
// to a reader looking for their own: the languages of vestis's own
// messages, and those multilingual sites most often add. A table of a few
// dozen names keeps golang.org/x/text/language/display (megabytes of every
// language's name in every other) out of the program.
var autonyms = map[string]string{
	"ar": "العربية", "be": "Беларуская", "bg": "Български", "bn": "বাংলা", "ca": "Català",
	"cs": "Čeština", "cy": "Cymraeg", "da": "Dansk", "de": "Deutsch", "el": "Ελληνικά",
	"en": "English", "eo": "Esperanto", "es": "Español", "et": "Eesti", "eu": "Euskara",
	"fa": "فارسی", "fi": "Suomi", "fr": "Français", "ga": "Gaeilge", "gl": "Galego",
	"he": "עברית", "hi": "हिन्दी", "hr": "Hrvatski", "hu": "Magyar", "hy": "Հայերեն",
	"id": "Bahasa Indonesia", "is": "Íslenska", "it": "Italiano", "ja": "日本語", "ka": "ქართული",
	"kk": "Қазақ", "ko": "한국어", "lt": "Lietuvių", "lv": "Latviešu", "mk": "Македонски",
	"ms": "Bahasa Melayu", "nb": "Norsk bokmål", "nl": "Nederlands", "nn": "Norsk nynorsk", "no": "Norsk",
	"pl": "Polski", "pt": "Português", "pt-br": "Português (Brasil)", "pt-pt": "Português (Portugal)",
	"ro": "Română", "ru": "Русский", "sk": "Slovenčina", "sl": "Slovenščina", "sq": "Shqip",
	"sr": "Српски", "sv": "Svenska", "sw": "Kiswahili", "ta": "தமிழ்", "th": "ไทย", "tl": "Tagalog",
	"tr": "Türkçe", "uk": "Українська", "ur": "اردو", "uz": "Oʻzbek", "vi": "Tiếng Việt",
	"zh": "中文", "zh-cn": "简体中文", "zh-hans": "简体中文", "zh-hant": "繁體中文", "zh-tw": "繁體中文",
}

// Autonym is the name of the language of code in itself ("Deutsch" for de,
// "Português (Brasil)" for pt-BR), for a language site.yaml names without
// a name. A region vestis has no name for follows its language's name
// ("Deutsch (AT)"), so that two of a site's languages never read the same;
// a code vestis has no name for is its own name.
func Autonym(code string) string {
	c := strings.ToLower(strings.ReplaceAll(code, "_", "-"))
	if name, ok := autonyms[c]; ok {
		return name
	}
	if base, rest, ok := strings.Cut(c, "-"); ok {
		if name, ok := autonyms[base]; ok {
			return name + " (" + strings.ToUpper(rest) + ")"
		}
	}
	return code
}

// AutonymCode is the code of the language whose name in itself is name, in
// any letter case ("deutsch" is de, "Latviešu" lv), "" when vestis knows
// none: a Hugo site whose language keys are no tags (english, deutsch)
// names its languages so.
func AutonymCode(name string) string {
	name = strings.TrimSpace(name)
	for _, code := range slices.Sorted(maps.Keys(autonyms)) {
		if strings.EqualFold(autonyms[code], name) {
			return code
		}
	}
	return ""
}
