package extract

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
)

// TestShortArticleKeepsParagraphs: a page short enough that go-trafilatura falls back to its
// baseline, written without newlines between tags, must not come out with a name glued to
// the date before it.
func TestShortArticleKeepsParagraphs(t *testing.T) {
	page := `<html><head><title>t</title></head><body><article><h1>Tycoon denies</h1><p>By Staff, 3 May 2025</p>` +
		`<p>Ouk Sophal Group Co., Ltd. built the Golden Sand compound in Bavet. Ouk Sophal, who denies any link, spoke.</p></article></body></html>`
	text, _ := mainText([]byte(page), "https://news.example/a")
	if strings.Contains(text, "2025Ouk") {
		t.Fatalf("blocks run together: %q", text)
	}
	if !strings.Contains(text, "2025\n\nOuk Sophal Group") {
		t.Errorf("want the byline and the first paragraph apart, got %q", text)
	}
}

func TestWholeArticle(t *testing.T) {
	cases := []struct {
		name, page, content string
		want                bool
	}{
		{"the same characters in one paragraph", `<article><h1>A</h1><p>b c</p></article>`, `<div><p>Ab c</p></div>`, true},
		{"two paragraphs already", `<article><h1>A</h1><p>b c</p></article>`, `<div><p>A</p><p>b c</p></div>`, false},
		{"text the article does not hold", `<article><h1>A</h1><p>b c</p></article>`, `<div><p>Ab c d</p></div>`, false},
		{"no article", `<div><h1>A</h1><p>b c</p></div>`, `<div><p>Ab c</p></div>`, false},
		{"not a paragraph", `<article><h1>A</h1><p>b c</p></article>`, `<div><ul><li>Ab c</li></ul></div>`, false},
	}
	for _, c := range cases {
		doc, _ := html.Parse(strings.NewReader(c.page))
		frag, _ := html.Parse(strings.NewReader(c.content))
		content := firstElement(frag, "div", 0)
		if got := wholeArticle(doc, content) != nil; got != c.want {
			t.Errorf("%s: wholeArticle = %v, want %v", c.name, got, c.want)
		}
	}
}
