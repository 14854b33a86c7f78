package build

import (
	"strings"
	"text/template"
)

// NoteMessages are the English words of what the dev server says in a
// browser tab (a page a save left out, the error overlay's heading, a page
// whose file is gone), by message ID. The default theme's i18n/*.yaml have
// them in each of its languages; a site's or theme's messages may say them
// too. They are here as well because the terminal speaks English, and a
// language (or a Hugo site's i18n/ folder) without them falls back to them.
// Fields: .File .More .Date .From .Cause .How .Command .Flag .Files.
var NoteMessages = map[string]string{
	"vestisNoteDraft":           "{{.File}} is a draft{{.Cause}}, not shown: {{.How}}",
	"vestisNoteDraftMany":       "{{.File}} and {{.More}} more pages are drafts{{.Cause}}, not shown: {{.How}}",
	"vestisNoteFuture":          "{{.File}} is dated {{.Date}}{{.Cause}}, not shown before then: {{.How}}",
	"vestisNoteFutureMany":      "{{.File}} and {{.More}} more pages are dated later{{.Cause}}, not shown before then: {{.How}}",
	"vestisNoteExpired":         "{{.File}} has expired{{.Cause}}, not shown: {{.How}}",
	"vestisNoteExpiredMany":     "{{.File}} and {{.More}} more pages have expired{{.Cause}}, not shown: {{.How}}",
	"vestisNoteNever":           "{{.File}} has build: {render: never}{{.Cause}}, so it has no page of its own: {{.How}}",
	"vestisNoteNeverMany":       "{{.File}} and {{.More}} more pages have build: {render: never}{{.Cause}}, so they have no page of their own: {{.How}}",
	"vestisNoteFromCascade":     " (from the cascade at {{.From}})",
	"vestisNoteHowFlag":         "run {{.Command}} {{.Flag}}",
	"vestisNoteHowDraft":        "remove draft: true, or run {{.Command}} {{.Flag}}",
	"vestisNoteHowDraftCascade": "remove draft: true from the cascade, or run {{.Command}} {{.Flag}}",
	"vestisNoteHowNever":        "remove render: never (or headless: true) from its front matter to show it",
	"vestisNoteHowNeverMany":    "remove render: never (or headless: true) from their front matter to show them",
	"vestisNoteHowNeverCascade": "remove render: never (or headless: true) from the cascade to show it",
	"vestisOverlayHeading":      "vestis: the site could not be rebuilt; the last good version is shown below this message",
	"vestisClose":               "Close",
	"vestisGoneOne":             "{{.Files}} is gone: unless it comes back in a moment, this page reloads to show what readers get",
	"vestisGoneMany":            "{{.Files}} are gone: unless they come back in a moment, this page reloads to show what readers get",
}

// Note is the dev server's message id (one of NoteMessages) in language
// lang with the fields data: the site's message when lang has it, else
// English. lang "" is English, as the terminal says it.
func (r *Result) Note(lang, id string, data map[string]any) string {
	if lang != "" && r != nil && r.Locale != nil {
		if s, err := r.Locale.T(lang, id, nil, data); err == nil && s != "" {
			return s
		}
	}
	var b strings.Builder
	t, err := template.New(id).Option("missingkey=zero").Parse(NoteMessages[id])
	if err == nil {
		err = t.Execute(&b, data)
	}
	if err != nil {
		return NoteMessages[id]
	}
	return b.String()
}
