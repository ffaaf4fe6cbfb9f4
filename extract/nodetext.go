package extract

import (
	"strings"

	"golang.org/x/net/html"
)

// blockTags end a paragraph of text.
var blockTags = set("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "blockquote", "pre",
	"table", "tr", "br", "hr", "section", "article", "header", "footer", "figure", "figcaption", "dd", "dt",
	"dl", "main", "aside", "nav", "form", "fieldset", "address", "details", "summary", "td", "th", "caption",
	"head", "list", "item", "quote", "lb", "code", "center")

// skipTags hold no readable text.
var skipTags = set("script", "style", "noscript", "template", "svg", "math", "iframe", "object", "embed",
	"button", "select", "textarea", "input", "canvas", "video", "audio", "picture", "img")

// nodeText renders an HTML subtree as paragraphs separated by blank lines.
func nodeText(n *html.Node) string {
	var b strings.Builder
	var line strings.Builder
	flush := func() {
		s := clean(line.String())
		line.Reset()
		if s == "" {
			return
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(s)
	}
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if depth > 512 {
			return
		}
		switch n.Type {
		case html.TextNode:
			line.WriteString(n.Data)
			return
		case html.ElementNode:
			tag := strings.ToLower(n.Data)
			if skipTags[tag] {
				return
			}
			block := blockTags[tag]
			if block {
				flush()
			}
			if tag == "td" || tag == "th" {
				line.WriteByte(' ')
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c, depth+1)
			}
			if block {
				flush()
			} else if tag == "td" || tag == "th" {
				line.WriteByte(' ')
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	flush()
	return b.String()
}
