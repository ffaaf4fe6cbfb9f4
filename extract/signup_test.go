package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestDropSignupBoxes(t *testing.T) {
	long := strings.Repeat("Workers described the compound in detail. ", 20)
	tests := []struct {
		name, body, gone, kept string
	}{
		{"inline box", `<article><p>Story text.</p><div class="ledger-inline-signup"><p>The Weekly</p><p>Every Friday in your inbox.</p></div></article>`, "Every Friday", "Story text."},
		{"by id", `<div id="newsletter"><form>Subscribe now</form></div><p>Story text.</p>`, "Subscribe now", "Story text."},
		{"long wrapper kept", `<div class="subscriber-content"><p>` + long + `</p></div>`, "", "Workers described"},
		{"article never dropped", `<article class="newsletter-issue"><p>Short issue.</p></article>`, "", "Short issue."},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc, err := html.Parse(strings.NewReader("<html><body>" + tt.body + "</body></html>"))
			if err != nil {
				t.Fatal(err)
			}
			dropSignupBoxes(doc)
			var b strings.Builder
			html.Render(&b, doc)
			out := b.String()
			if tt.gone != "" && strings.Contains(out, tt.gone) {
				t.Errorf("%q still present: %s", tt.gone, out)
			}
			if !strings.Contains(out, tt.kept) {
				t.Errorf("%q removed: %s", tt.kept, out)
			}
		})
	}
}
