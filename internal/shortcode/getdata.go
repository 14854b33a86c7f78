package shortcode

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"fmt"
	"net/url"
	"path"
	"reflect"
	"strings"
	"unicode/utf8"
)

// GetJSON is Hugo's getJSON: the parts joined name a file of the site's
// folder (files/people.json; a leading / is the site's folder too), read as
// readFile reads it and decoded from JSON. An address on the internet is an
// error: vestis builds from the site's files alone; where the site lets a
// failed fetch pass (Env.RemoteDataOptional), it gives nothing, as Hugo's
// does then, with a warning.
func (c *Call) GetJSON(parts ...any) (any, error) {
	name, text, err := c.getData("getJSON", parts)
	if err != nil || text == "" && c.remoteSkipped("getJSON", name) {
		return nil, err
	}
	var v any
	if err := json.Unmarshal([]byte(text), &v); err != nil {
		return nil, fmt.Errorf("getJSON %q: %s is not JSON: %w", name, name, err)
	}
	return v, nil
}

// GetCSV is Hugo's getCSV SEPARATOR PARTS...: the rows of a CSV file of the
// site's folder, each a list of its fields; the separator is one character.
func (c *Call) GetCSV(sep any, parts ...any) ([][]string, error) {
	s := fmt.Sprint(sep)
	if utf8.RuneCountInString(s) != 1 {
		return nil, fmt.Errorf("getCSV: the separator %q is not one character, as \",\" or \";\" is", s)
	}
	name, text, err := c.getData("getCSV", parts)
	if err != nil || text == "" && c.remoteSkipped("getCSV", name) {
		return nil, err
	}
	r := csv.NewReader(bytes.NewReader([]byte(text)))
	r.Comma, _ = utf8.DecodeRuneInString(s)
	r.FieldsPerRecord = -1
	rows, err := r.ReadAll()
	if err != nil {
		return nil, fmt.Errorf("getCSV %q: %w", name, err)
	}
	return rows, nil
}

// isRemote reports whether a getJSON or getCSV address is on the internet
// (has a scheme, https://, or begins with //).
func isRemote(name string) bool {
	u, err := url.Parse(name)
	return err == nil && u.Scheme != "" || strings.HasPrefix(name, "//")
}

// remoteSkipped reports whether name is an address on the internet that
// gives nothing here (Env.RemoteDataOptional), and warns that it does.
func (c *Call) remoteSkipped(fn, name string) bool {
	if !isRemote(name) || !c.env.RemoteDataOptional {
		return false
	}
	c.warn(fmt.Sprintf("%s %q gives nothing: vestis builds offline and fetches nothing, and site.yaml's hugoIgnoreErrors lets it pass, as Hugo does when a fetch fails; to show the data, save the file in the site's folder and name it instead", fn, name))
	return true
}

// getData joins the parts of a getJSON or getCSV address and reads the file
// of the site it names; an address with a scheme (https://) is refused, or,
// where the site lets a failed fetch pass, gives "" and no error. A map
// given last is Hugo's options (the request's headers), no part of the
// address.
func (c *Call) getData(fn string, parts []any) (name, text string, err error) {
	if n := len(parts); n > 1 {
		if v := reflect.ValueOf(parts[n-1]); v.Kind() == reflect.Map {
			parts = parts[:n-1]
		}
	}
	var b strings.Builder
	for _, p := range parts {
		b.WriteString(fmt.Sprint(p))
	}
	name = b.String()
	if isRemote(name) && c.env.RemoteDataOptional {
		return name, "", nil
	}
	if u, perr := url.Parse(name); perr == nil && u.Scheme != "" || strings.HasPrefix(name, "//") {
		ext := map[string]string{"getJSON": ".json", "getCSV": ".csv"}[fn]
		base := "data" + ext // the file's name as the address gives it, for the advice
		if u != nil {
			if b := path.Base(u.Path); b != "." && b != "/" {
				base = strings.TrimSuffix(b, path.Ext(b)) + ext
			}
		}
		return name, "", fmt.Errorf("%s %q: vestis builds offline and fetches nothing; save the file in the site's folder (files/%s) and name it: %s %q",
			fn, name, base, fn, "files/"+base)
	}
	if c.env.ReadFile == nil {
		return name, "", fmt.Errorf("%s: the site's files are not at hand here", fn)
	}
	text, err = c.env.ReadFile(strings.TrimPrefix(name, "/"))
	if err != nil {
		return name, "", fmt.Errorf("%s %q: %w", fn, name, err)
	}
	return name, text, nil
}
