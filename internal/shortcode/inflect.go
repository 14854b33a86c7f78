package shortcode

import "strings"

// inflectNS is Hugo's inflect namespace (pluralize, singularize,
// humanize), for English words as Hugo's: themes make a list's title of
// its taxonomy's name ("category" -> "Categories").
type inflectNS struct{}

// Humanize is humanize.
func (inflectNS) Humanize(s any) string { return humanize(s) }

// irregular are English nouns whose plural no rule makes, singular ->
// plural; uncountable ones have none.
var irregular = map[string]string{
	"person": "people", "man": "men", "woman": "women", "child": "children",
	"tooth": "teeth", "foot": "feet", "mouse": "mice", "goose": "geese", "ox": "oxen",
	"datum": "data", "medium": "media", "index": "indices", "matrix": "matrices",
	"vertex": "vertices", "criterion": "criteria", "analysis": "analyses", "thesis": "theses",
	"crisis": "crises", "leaf": "leaves", "life": "lives", "wife": "wives", "knife": "knives",
	"half": "halves", "quiz": "quizzes", "cactus": "cacti", "focus": "foci",
}

var uncountable = map[string]bool{
	"equipment": true, "information": true, "rice": true, "money": true, "species": true,
	"series": true, "fish": true, "sheep": true, "news": true, "software": true,
	"feedback": true, "hardware": true, "metadata": true, "data": true, "media": true,
}

// Pluralize is Hugo's pluralize: the plural of an English noun.
func (inflectNS) Pluralize(s any) string {
	w := toText(s)
	lower := strings.ToLower(w)
	if w == "" || uncountable[lower] {
		return w
	}
	if p, ok := irregular[lower]; ok {
		return keepFirst(w, p)
	}
	for _, p := range irregular {
		if lower == p {
			return w // already plural
		}
	}
	switch {
	case strings.HasSuffix(lower, "y") && len(lower) > 1 && !strings.ContainsRune("aeiou", rune(lower[len(lower)-2])):
		return w[:len(w)-1] + "ies"
	case strings.HasSuffix(lower, "s") || strings.HasSuffix(lower, "x") || strings.HasSuffix(lower, "z") ||
		strings.HasSuffix(lower, "ch") || strings.HasSuffix(lower, "sh"):
		if strings.HasSuffix(lower, "ss") || !strings.HasSuffix(lower, "s") {
			return w + "es"
		}
		return w // a word ending in one s is taken as plural (tags)
	}
	return w + "s"
}

// Singularize is Hugo's singularize: the singular of an English noun.
func (inflectNS) Singularize(s any) string {
	w := toText(s)
	lower := strings.ToLower(w)
	if w == "" || uncountable[lower] {
		return w
	}
	for sing, p := range irregular {
		if lower == p {
			return keepFirst(w, sing)
		}
	}
	if _, ok := irregular[lower]; ok {
		return w
	}
	switch {
	case strings.HasSuffix(lower, "ies") && len(lower) > 3:
		return w[:len(w)-3] + "y"
	case strings.HasSuffix(lower, "sses") || strings.HasSuffix(lower, "xes") || strings.HasSuffix(lower, "zes") ||
		strings.HasSuffix(lower, "ches") || strings.HasSuffix(lower, "shes"):
		return w[:len(w)-2]
	case strings.HasSuffix(lower, "ss") || strings.HasSuffix(lower, "us") || strings.HasSuffix(lower, "is"):
		return w
	case strings.HasSuffix(lower, "s"):
		return w[:len(w)-1]
	}
	return w
}

// keepFirst is word in the letter case of the first letter of as.
func keepFirst(as, word string) string {
	if as != "" && strings.ToUpper(as[:1]) == as[:1] {
		return strings.ToUpper(word[:1]) + word[1:]
	}
	return word
}
