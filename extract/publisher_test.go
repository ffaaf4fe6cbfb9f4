package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
)

func TestPagePublisher(t *testing.T) {
	for _, c := range []struct{ name, head, want string }{
		{"og:site_name", `<meta property="og:site_name" content=" Radio Free Asia ">`, "Radio Free Asia"},
		{"application-name", `<meta name="application-name" content="The Irrawaddy">`, "The Irrawaddy"},
		{"json-ld inline", `<script type="application/ld+json">{"@type":"NewsArticle","publisher":{"@type":"Organization","name":"Mekong Ledger"}}</script>`, "Mekong Ledger"},
		{"json-ld by id", `<script type="application/ld+json">{"@graph":[{"@type":"NewsArticle","author":{"@type":"Organization","name":"Sanctions Desk"},"publisher":{"@id":"#org"}},{"@id":"#org","@type":"Organization","name":"Mekong Ledger"}]}</script>`, "Mekong Ledger"},
		{"og before json-ld", `<meta property="og:site_name" content="A"><script type="application/ld+json">{"publisher":{"name":"B"}}</script>`, "A"},
		{"author is not the publisher", `<script type="application/ld+json">{"author":{"@type":"Organization","name":"Cambodia Desk"}}</script>`, ""},
		{"broken json-ld", `<script type="application/ld+json">{"publisher":</script>`, ""},
		{"oversized", `<meta property="og:site_name" content="` + strings.Repeat("x", 300) + `">`, ""},
		{"none", `<title>t</title>`, ""},
	} {
		doc, err := html.Parse(strings.NewReader("<html><head>" + c.head + "</head><body><p>x</p></body></html>"))
		if err != nil {
			t.Fatal(err)
		}
		if got := readPageFacts(doc).publisher(); got != c.want {
			t.Errorf("%s: publisher = %q, want %q", c.name, got, c.want)
		}
	}
}

// FuzzJSONLDPublisher: any JSON-LD block gives a publisher name without panicking, and the
// name is clean text (no surrounding space, valid UTF-8).
func FuzzJSONLDPublisher(f *testing.F) {
	f.Add(`{"publisher":{"name":"Mekong Ledger"}}`)
	f.Add(`{"@graph":[{"publisher":{"@id":"#o"}},{"@id":"#o","name":"X"}]}`)
	f.Add(`[{"publisher":{"@id":"#a"}},{"@id":"#a","name":{"x":1}}]`)
	f.Add(`{"@graph":{"@graph":{"@graph":{"publisher":{"name":" \u00a0 "}}}}}`)
	f.Fuzz(func(t *testing.T, s string) {
		name := jsonLDPublisher(s)
		if name != strings.TrimSpace(name) || !utf8.ValidString(name) {
			t.Errorf("jsonLDPublisher(%q) = %q", s, name)
		}
	})
}
