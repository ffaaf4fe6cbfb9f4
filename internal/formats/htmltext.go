package formats

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// HTMLToText renders an HTML fragment as plain text that keeps its paragraphs: block elements
// (<p>, <div>, headings, <blockquote>, tables) and a double <br> become a blank line, a single
// <br> and list items a line break. Entities are decoded, runs of whitespace folded, and
// <script>, <style> and other non-content elements dropped; text inside <pre> keeps its layout.
func HTMLToText(fragment string) string {
	if strings.TrimSpace(fragment) == "" {
		return ""
	}
	ctx := &html.Node{Type: html.ElementNode, Data: "body", DataAtom: atom.Body}
	nodes, err := html.ParseFragment(strings.NewReader(fragment), ctx)
	if err != nil {
		return Clean(fragment)
	}
	w := &textWriter{}
	for _, n := range nodes {
		w.walk(n, 0)
	}
	return strings.TrimSpace(limitNewlines(w.b.String()))
}

// limitNewlines folds runs of more than two line breaks (which <pre> text next to block
// breaks can produce) into one blank line.
func limitNewlines(s string) string {
	if !strings.Contains(s, "\n\n\n") {
		return s
	}
	var b strings.Builder
	run := 0
	for _, r := range s {
		if r == '\n' {
			run++
			if run > 2 {
				continue
			}
		} else {
			run = 0
		}
		b.WriteRune(r)
	}
	return b.String()
}

// textWriter accumulates text, deferring breaks and spaces until the next visible text so
// that no output starts, ends or doubles with them.
type textWriter struct {
	b     strings.Builder
	brk   int  // pending line breaks: 0, 1 (line) or 2 (paragraph)
	space bool // pending space
	pre   int  // depth inside <pre>
}

const maxHTMLDepth = 512

func (w *textWriter) breakLine(n int) {
	if n > w.brk {
		w.brk = n
	}
	w.space = false
}

func (w *textWriter) text(s string) {
	if w.pre > 0 {
		if s == "" {
			return
		}
		w.flush()
		w.b.WriteString(strings.ReplaceAll(s, "\r\n", "\n"))
		return
	}
	fields := strings.Fields(s)
	if len(fields) == 0 {
		if s != "" {
			w.space = true
		}
		return
	}
	if startsSpace(s) {
		w.space = true
	}
	w.flush()
	w.b.WriteString(strings.Join(fields, " "))
	w.space = endsSpace(s)
}

func (w *textWriter) flush() {
	if w.b.Len() > 0 {
		switch {
		case w.brk >= 2:
			w.b.WriteString("\n\n")
		case w.brk == 1:
			w.b.WriteString("\n")
		case w.space:
			w.b.WriteString(" ")
		}
	}
	w.brk, w.space = 0, false
}

func startsSpace(s string) bool { return s != "" && strings.TrimLeft(s, " \t\r\n\f") != s }
func endsSpace(s string) bool   { return s != "" && strings.TrimRight(s, " \t\r\n\f") != s }

func (w *textWriter) walk(n *html.Node, depth int) {
	if depth > maxHTMLDepth {
		return
	}
	switch n.Type {
	case html.TextNode:
		w.text(n.Data)
		return
	case html.ElementNode:
	case html.DocumentNode:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			w.walk(c, depth+1)
		}
		return
	default:
		return
	}
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head, atom.Iframe,
		atom.Object, atom.Svg, atom.Math, atom.Canvas, atom.Select, atom.Button, atom.Input, atom.Textarea:
		return
	case atom.Br:
		// Two <br> in a row are how Telegram and many CMS mark a paragraph.
		w.breakLine(min(w.brk+1, 2))
		return
	case atom.Hr:
		w.breakLine(2)
		return
	case atom.Img:
		return
	}
	brk := blockBreak(n.DataAtom)
	if brk > 0 {
		w.breakLine(brk)
	}
	if n.DataAtom == atom.Pre {
		w.pre++
	}
	if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
		w.space = true
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		w.walk(c, depth+1)
	}
	if n.DataAtom == atom.Pre {
		w.pre--
	}
	if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
		w.space = true
	}
	if brk > 0 {
		w.breakLine(brk)
	}
}

// blockBreak tells how an element separates its content: 2 for paragraphs, 1 for lines.
func blockBreak(a atom.Atom) int {
	switch a {
	case atom.P, atom.Div, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Blockquote,
		atom.Pre, atom.Table, atom.Ul, atom.Ol, atom.Dl, atom.Section, atom.Article, atom.Header,
		atom.Footer, atom.Aside, atom.Nav, atom.Figure, atom.Figcaption, atom.Address, atom.Main,
		atom.Details, atom.Summary, atom.Form, atom.Fieldset:
		return 2
	case atom.Li, atom.Tr, atom.Dt, atom.Dd, atom.Caption:
		return 1
	}
	return 0
}
