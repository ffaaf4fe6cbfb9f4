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
			if tag == "tr" && depth < 500 {
				if s, ok := partyRowSentence(n); ok {
					line.WriteString(s) // party tables (party_tables.go)
					flush()
					return
				}
			}
			if tag == "tr" && depth < 500 && roleTableRow(n) {
				// "Name | Role" tables: a row reads as the apposition it stands for
				// ("Ly Kimheng, Owner of Riverside Star Casino.").
				line.WriteString(rowSentence(n))
				flush()
				return
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
			if tag == "table" && depth < 500 {
				for _, s := range append(registerSentences(n), designationTableSentences(n)...) { // register_rows.go, designation_tables.go
					line.WriteString(s)
					flush()
				}
			}
			if (tag == "ul" || tag == "ol") && depth < 500 {
				for _, s := range append(designationListSentences(n), itemOwnerSentences(n)...) { // table_layouts.go
					line.WriteString(s)
					flush()
				}
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

// roleTableRow reports a data row of a table whose header row names a person column and a
// role column ("Name | Role", "Name | Position"): only such a header makes the row say what
// its second cell is to its first.
func roleTableRow(tr *html.Node) bool {
	table := tr.Parent
	for k := 0; k < 2 && table != nil && table.Data != "table"; k++ {
		table = table.Parent
	}
	if table == nil || table.Data != "table" {
		return false
	}
	head := firstRow(table, 0)
	if head == nil || head == tr {
		return false
	}
	cells := rowCells(head)
	if len(cells) < 2 {
		return false
	}
	first := strings.ToLower(cellText(cells[0]))
	second := strings.ToLower(cellText(cells[1]))
	return first == "name" && roleHeaders[second]
}

// roleHeaders head a column that states each row's role.
var roleHeaders = set("role", "position", "title", "designation", "role or position", "roles")

// firstRow returns the first tr under n (through thead/tbody), or nil.
func firstRow(n *html.Node, depth int) *html.Node {
	if depth > 3 {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type != html.ElementNode {
			continue
		}
		if c.Data == "tr" {
			return c
		}
		if c.Data == "thead" || c.Data == "tbody" {
			if r := firstRow(c, depth+1); r != nil {
				return r
			}
		}
	}
	return nil
}

func rowCells(tr *html.Node) []*html.Node {
	var out []*html.Node
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && (c.Data == "td" || c.Data == "th") {
			out = append(out, c)
		}
	}
	return out
}

// cellText is a cell's text on one line.
func cellText(n *html.Node) string {
	return strings.Join(strings.Fields(nodeText(n)), " ")
}

// rowSentence joins a row's cells as one sentence: "Ly Kimheng, Owner of Riverside Star
// Casino."
func rowSentence(tr *html.Node) string {
	var parts []string
	for _, c := range rowCells(tr) {
		if t := strings.TrimRight(cellText(c), " .;,"); t != "" {
			parts = append(parts, t)
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return strings.Join(parts, ", ") + "."
}
