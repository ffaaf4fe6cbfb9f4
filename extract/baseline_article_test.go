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

// TestShortPageNoEcho: a page with one short paragraph must come out as that paragraph once,
// not followed by the baseline's copy of the headline and the paragraph run together.
func TestShortPageNoEcho(t *testing.T) {
	const para = "Golden Fortune Company owns KK Park in Myawaddy, police said."
	for _, c := range []struct{ name, page string }{
		{"no whitespace between tags", `<html><body><article><h1>Report</h1><p>` + para + `</p></article></body></html>`},
		{"newlines between tags", "<html><head><title>Police raid</title></head><body>\n<article>\n<h1>Police raid</h1>\n<p>" + para + "</p>\n</article>\n</body></html>"},
	} {
		t.Run(c.name, func(t *testing.T) {
			text, _ := mainText([]byte(c.page), "https://news.example/a")
			if text != para {
				t.Errorf("text %q, want the paragraph once", text)
			}
		})
	}
}

func TestDropBaselineEcho(t *testing.T) {
	for _, c := range []struct {
		name, content string
		want          int // paragraphs left
	}{
		{"the copy after the paragraph", `<div><p>b c</p><p>A b c</p></div>`, 1},
		{"the copy after two paragraphs", `<div><p>b</p><p>c</p><p>A b c</p></div>`, 2},
		{"a last paragraph that only quotes the one before", `<div><p>b c</p><p>b c, he said again</p></div>`, 2},
		{"the same paragraph twice", `<div><p>b c</p><p>b c</p></div>`, 2},
		{"not only paragraphs", `<div><p>b c</p><ul><li>A b c</li></ul></div>`, 1},
	} {
		frag, _ := html.Parse(strings.NewReader(c.content))
		content := firstElement(frag, "div", 0)
		dropBaselineEcho(content)
		n := 0
		for k := content.FirstChild; k != nil; k = k.NextSibling {
			if k.Type == html.ElementNode && k.Data == "p" {
				n++
			}
		}
		if n != c.want {
			t.Errorf("%s: %d paragraphs left, want %d", c.name, n, c.want)
		}
	}
}
