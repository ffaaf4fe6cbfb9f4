package extract

import (
	"strings"
	"unicode"

	"golang.org/x/net/html"
)

// dropBaselineEcho removes the last paragraph of go-trafilatura's result when it is the
// baseline's copy of the whole article appended after the article's own paragraphs: on a page
// with one short paragraph the result holds that paragraph and then the headline and the same
// paragraph run together ("Police raid Police raid Golden Fortune Company owns ..."), which
// repeats every claim and glues the headline to the first name. The copy is recognised by its
// characters: it ends with exactly the paragraphs before it.
func dropBaselineEcho(content *html.Node) {
	var ps []*html.Node
	for c := content.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.Data != "p" {
			return
		}
		ps = append(ps, c)
	}
	if len(ps) < 2 {
		return
	}
	var before strings.Builder
	for _, p := range ps[:len(ps)-1] {
		before.WriteString(squeezed(textOf(p)))
	}
	last := squeezed(textOf(ps[len(ps)-1]))
	if b := before.String(); b != "" && len(last) > len(b) && strings.HasSuffix(last, b) {
		content.RemoveChild(ps[len(ps)-1])
	}
}

// wholeArticle returns the page's <article> when go-trafilatura's result is its baseline
// copy of that article: one paragraph holding the article's text run together. The baseline
// joins the text of every block with nothing between ("3 May 2025</p><p>Ouk Sophal" becomes
// "2025Ouk Sophal"), which glues names to the words before them and loses the paragraphs.
// The article itself is returned only when it holds exactly the same characters, so nothing
// is added or lost by rendering it block by block instead.
func wholeArticle(doc, content *html.Node) *html.Node {
	var only *html.Node
	for c := content.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if only != nil {
			return nil
		}
		only = c
	}
	if only == nil || only.Data != "p" {
		return nil
	}
	art := firstElement(doc, "article", 0)
	if art == nil {
		return nil
	}
	if squeezed(textOf(only)) != squeezed(nodeText(art)) {
		return nil
	}
	return art
}

// firstElement finds the first element named tag in document order, bounded in depth like
// every walk over crawled markup.
func firstElement(n *html.Node, tag string, depth int) *html.Node {
	if depth > 512 {
		return nil
	}
	if n.Type == html.ElementNode && n.Data == tag {
		return n
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if f := firstElement(c, tag, depth+1); f != nil {
			return f
		}
	}
	return nil
}

// squeezed drops every space, so texts that differ only in where blocks were split compare
// equal.
func squeezed(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}
