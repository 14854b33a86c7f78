package config

import (
	"fmt"
	"strings"
)

// hugoKeys are Hugo's settings that a site.yaml written by hand from a Hugo
// site holds, by Hugo's key in lower case (Hugo reads keys in any case), and
// what vestis has instead. "unknown key" alone, or a vestis key spelt near
// it (theme: did you mean "home"?), left a Hugo user guessing.
var hugoKeys = map[string]string{
	"defaultcontentlanguage":               `vestis's is defaultLanguage: write defaultLanguage: lv`,
	"languagecode":                         `vestis takes each language's tag from its key under languages (or its locale: languages: {cn: {locale: zh-cn}}); remove it`,
	"pagination":                           `vestis's is paginate: write paginate: 10`,
	"disablelanguages":                     `vestis's is disabledLanguages: write disabledLanguages: [vi]`,
	"rsslimit":                             `vestis's is feeds: {limit: 20}`,
	"enableemoji":                          `vestis's is markdown: {emoji: true}`,
	"contentdir":                           `vestis reads content/, and a language's own folder from its contentDir under languages; remove it`,
	"disablepathtolower":                   `vestis's is keepCase: true`,
	"menus":                                `vestis's menu is a list of section keys (menu: [news, programs]); a Hugo site's menus go in params.menus for your layouts (vestis import hugo puts them there)`,
	"theme":                                `vestis uses its own default theme, which the site's layouts/ override (docs/templates.md); to build a Hugo site with its theme, run vestis import hugo in its folder`,
	"themesdir":                            `vestis uses its own default theme, which the site's layouts/ override; remove it`,
	"outputs":                              `vestis makes HTML pages, RSS and Atom feeds of each list, sitemaps and a search index; remove it`,
	"outputformats":                        `vestis makes HTML pages, RSS and Atom feeds of each list, sitemaps and a search index; remove it`,
	"mediatypes":                           `vestis has fixed media types; remove it`,
	"module":                               `vestis reads no Hugo modules; run vestis import hugo to carry a Hugo site's mounts over`,
	"imaging":                              `vestis resizes photos to its own sizes; remove it`,
	"markup":                               `vestis's Markdown settings are markdown: {unsafe: true, hardWraps: true}`,
	"sitemap":                              `vestis writes sitemaps of its own; remove it`,
	"services":                             `analytics and other services go in your layouts; remove it`,
	"googleanalytics":                      `analytics go in your layouts; remove it`,
	"privacy":                              `vestis's default theme loads nothing from other sites; remove it`,
	"summarylength":                        `vestis's summary is the first paragraph, or a page's summary in front matter; remove it`,
	"canonifyurls":                         `vestis writes root-relative links; remove it`,
	"relativeurls":                         `vestis writes root-relative links; remove it`,
	"enablerobotstxt":                      `vestis always writes a robots.txt that allows every page and names the sitemap, which a static/robots.txt replaces; remove it`,
	"builddrafts":                          `vestis builds drafts only when asked: vestis build --drafts (and serve); remove it`,
	"buildfuture":                          `vestis builds pages dated later only when asked: vestis build --future (and serve); remove it`,
	"buildexpired":                         `vestis builds expired pages only when asked: vestis build --expired (and serve); remove it`,
	"publishdir":                           `vestis writes into public/, or where vestis build --dest DIR says; remove it`,
	"hascjklanguage":                       `vestis needs no such setting; remove it`,
	"enablegitinfo":                        `vestis reads no git information; remove it`,
	"enablemissingtranslationplaceholders": `a message missing in a language is a warning naming it; remove it`,
}

// hugoKey is the message for key, a key of site.yaml's top level that is no
// setting of vestis, when it is one of Hugo's; "" else.
func hugoKey(key string) string {
	advice, ok := hugoKeys[strings.ToLower(key)]
	if !ok {
		return ""
	}
	return fmt.Sprintf("%s is a setting of Hugo's, which vestis does not read: %s", key, advice)
}
