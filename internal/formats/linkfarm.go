package formats

import (
	"bytes"
	"io"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// LinkStats is how much of a page's visible text sits inside links.
type LinkStats struct {
	// Links counts <a href> elements; LinkText and Text are the non-space bytes of visible text
	// inside links and in all.
	Links, LinkText, Text int
}

// Link-farm thresholds: a page whose visible text is at least linkFarmShare link text, with at
// least linkFarmMinLinks links, is an index, tag cloud or link farm. Real articles with heavy
// navigation reach 0.83 (a 2,500-character story under 188 links, in the article-extraction
// benchmark); the captured news pages stay under 0.5 (TestLinkFarmRealArticles).
const (
	linkFarmShare    = 0.9
	linkFarmMinLinks = 150
)

// LinkFarm reports whether an HTML page is mostly links: an index page, a tag cloud or a
// farm of links, useful to find pages but not a document itself.
func (s LinkStats) LinkFarm() bool {
	return s.Links >= linkFarmMinLinks && s.Text > 0 && float64(s.LinkText) >= linkFarmShare*float64(s.Text)
}

// PageLinkStats counts links and text in one streaming pass over an HTML page (linear, no
// tree), skipping script, style and other non-content elements.
func PageLinkStats(body []byte) LinkStats {
	var st LinkStats
	z := html.NewTokenizer(bytes.NewReader(body))
	z.SetMaxBuf(1 << 20)
	inLink, skip := 0, 0
	for {
		tt := z.Next()
		switch tt {
		case html.ErrorToken:
			if z.Err() == io.EOF || z.Err() != nil {
				return st
			}
		case html.TextToken:
			if skip > 0 {
				continue
			}
			n := nonSpace(z.Text())
			st.Text += n
			if inLink > 0 {
				st.LinkText += n
			}
		case html.StartTagToken, html.EndTagToken:
			name, hasAttr := z.TagName()
			a := atom.Lookup(name)
			switch a {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Textarea:
				if tt == html.StartTagToken {
					skip++
				} else if skip > 0 {
					skip--
				}
			case atom.A:
				if tt == html.EndTagToken {
					if inLink > 0 {
						inLink--
					}
					continue
				}
				href := false
				for hasAttr {
					var k []byte
					k, _, hasAttr = z.TagAttr()
					if strings.EqualFold(string(k), "href") {
						href = true
					}
				}
				if href {
					st.Links++
					inLink++
				}
			}
		}
	}
}

func nonSpace[T string | []byte](b T) int {
	n := 0
	for i := 0; i < len(b); i++ {
		c := b[i]
		if c != ' ' && c != '\n' && c != '\t' && c != '\r' && c != '\f' {
			n++
		}
	}
	return n
}

// TreeLinkStats counts the same as PageLinkStats on a tree html.Parse already built, for a
// caller that parses the page anyway (the extractor): a second tokenizing pass costs about as
// much as a twentieth of a whole extract. Counts agree except where the parser repairs markup
// (a link the parser reopens after a closed block counts again, text after an unclosed link
// counts as link text only where the parser reopens the link).
func TreeLinkStats(doc *html.Node) LinkStats {
	var st LinkStats
	treeLinkStats(doc, false, false, &st)
	return st
}

// treeLinkStats adds the counts of n's children; inside a skipped element (whose text the
// streaming pass leaves out) links still count, as they do there.
func treeLinkStats(n *html.Node, inLink, skip bool, st *LinkStats) {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch c.Type {
		case html.TextNode:
			if skip {
				continue
			}
			k := nonSpace(c.Data)
			st.Text += k
			if inLink {
				st.LinkText += k
			}
		case html.ElementNode:
			switch c.DataAtom {
			case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Textarea:
				treeLinkStats(c, inLink, true, st)
				continue
			case atom.A:
				if hasHref(c) {
					st.Links++
					treeLinkStats(c, true, skip, st)
					continue
				}
			}
			treeLinkStats(c, inLink, skip, st)
		default:
			treeLinkStats(c, inLink, skip, st)
		}
	}
}

func hasHref(n *html.Node) bool {
	for _, a := range n.Attr {
		if strings.EqualFold(a.Key, "href") {
			return true
		}
	}
	return false
}
