package content

// truth reads a front matter value written as a yes-or-no word: a YAML
// boolean, or the words YAML 1.1 reads as one (yes, no, on, off, y, n in
// their three spellings), which Hugo's YAML reads as booleans too, so that
// draft: no publishes the page as it does in Hugo; "true" and "false" as
// text (draft: "false", as some editors write it) also count. ok is false
// for anything else.
func truth(v any) (b, ok bool) {
	switch v := v.(type) {
	case bool:
		return v, true
	case string:
		switch v {
		case "true", "True", "TRUE", "yes", "Yes", "YES", "y", "Y", "on", "On", "ON":
			return true, true
		case "false", "False", "FALSE", "no", "No", "NO", "n", "N", "off", "Off", "OFF":
			return false, true
		}
	}
	return false, false
}
