package extract

import (
	"bytes"
	"cmp"
	"context"
	"fmt"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	readability "github.com/go-shiori/go-readability"
	trafilatura "github.com/markusmobius/go-trafilatura"
	"golang.org/x/net/html"

	"github.com/scamgraph/scamgraph/model"
)

// article extracts one HTML page: main text, title, author, date, language, then entities and
// relations. A page with no text gives a nil document and no error.
func (x *Extractor) article(ctx context.Context, p Page) (*model.Document, error) {
	body, _, err := decodeHTML(p.Body, p.ContentType)
	if err != nil {
		return nil, fmt.Errorf("page %s: %w", p.URL, err)
	}
	// An index or tag page (mostly links) gives no text: the crawler uses it to find pages only.
	text, meta := pageText(body, p.URL, true)
	if text == "" {
		return nil, nil
	}
	d := &model.Document{Source: p.Source, URL: p.URL, Capture: p.Capture, Kind: "article", Text: text, Authority: p.Authority}
	if len(d.Text) > MaxTextBytes {
		// Cut before the analysis, whose cost grows with the text.
		d.Text, d.Truncated = cutText(d.Text, MaxTextBytes), true
	}
	d.Title = cmp.Or(strings.TrimSpace(meta.Title), strings.TrimSpace(p.Hint.Title))
	d.Author = cmp.Or(strings.TrimSpace(meta.Author), strings.TrimSpace(p.Hint.Author))
	d.Publisher = meta.Publisher
	if !meta.Date.IsZero() {
		t := meta.Date
		d.Published = &t
	} else if p.Hint.Published != nil {
		t := *p.Hint.Published
		d.Published = &t
	}
	d.Language = detectLanguage(meta.Language, text)
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	x.analyze(d, append(outletNames(d), meta.Site), meta.PageTitle)
	return d, nil
}

// fallbackBelow is the main-text length (bytes) under which the fallback extractors always run.
var fallbackBelow = 250

// pageMeta is what the page says about itself.
type pageMeta struct {
	Title, Author, Language, Publisher string
	Site                               string // the site's name after the title's last separator
	// PageTitle is the page's <title> where it differs from Title: a legal reporter heads the
	// page with the case name alone and keeps the neutral citation in <title> (court_titles.go).
	PageTitle string
	Date      time.Time
}

// mainText returns the article body of a decoded HTML page with paragraphs separated by blank
// lines. It runs go-trafilatura with its readability and DOM-distiller fallbacks on a tree
// parsed once, without its whole-page date scan (dates come from the page metadata).
func mainText(body []byte, pageURL string) (text string, meta pageMeta) {
	return pageText(body, pageURL, false)
}

// pageText is mainText; with skipFarms a page that is mostly links (linkFarm) gives no text,
// judged on the tree parsed here rather than on a second pass over the bytes.
func pageText(body []byte, pageURL string, skipFarms bool) (text string, meta pageMeta) {
	defer func() {
		// The HTML libraries are not ours; a panic on hostile markup must not stop a crawl.
		if r := recover(); r != nil {
			text, meta = "", pageMeta{}
		}
	}()
	doc, err := html.Parse(bytes.NewReader(body))
	if err != nil || skipFarms && linkFarm(doc) {
		return "", pageMeta{}
	}
	facts := readPageFacts(doc)
	published := facts.date()
	publisher := facts.publisher()
	if largePage(doc) {
		return linearMainText(doc), pageMeta{Title: clean(htmlTitle(doc)), Publisher: publisher, Date: published, Site: titleSite(htmlTitle(doc))}
	}
	ldBody := jsonLDBody(doc)
	defer func() {
		if preferLDBody(ldBody, text) || ldOverBoilerplate(ldBody, text) {
			text = dropHeadline(ldText(ldBody), meta.Title)
		}
	}()
	dropSignupBoxes(doc)
	dropPageFurniture(doc)
	opts := trafilatura.Options{HtmlDateMode: trafilatura.Disabled, ExcludeComments: true}
	if u, err := url.Parse(pageURL); err == nil && u.Host != "" {
		opts.OriginalURL = u
	}
	paraText := paragraphTextLen(doc)
	res, err := trafilatura.ExtractDocument(doc, opts)
	// go-trafilatura's readability and DOM-distiller comparison only replaces its own result
	// by a candidate at least twice as long (or when its result is tiny or has no
	// paragraphs); it costs as much again as the extraction itself. So it runs only when the
	// page's paragraphs hold much more text than was extracted. ExtractDocument works on
	// clones and leaves doc as parsed, so readability (which does prune its tree) gets doc
	// itself rather than a second parse; nothing reads doc after it.
	render := trimmedTreeText // go-trafilatura's tree has trimmed text; readability's has not
	readable := false         // readability's tree replaced go-trafilatura's
	deficient := res != nil && structurallyDeficient(res.ContentNode)
	if err != nil || res == nil || len(res.ContentText) < fallbackBelow || 2*len(res.ContentText) < paraText || deficient {
		// The same test go-trafilatura applies to its readability candidate: take it when it
		// holds more than twice the text.
		if art, err2 := readability.FromDocument(doc, opts.OriginalURL); err2 == nil && art.Node != nil {
			cand := nodeText(art.Node)
			extracted := 0
			if res != nil {
				extracted = utf8.RuneCountInString(res.ContentText)
			}
			if n := utf8.RuneCountInString(cand); preferReadability(n, extracted, deficient, cand) {
				if res == nil {
					res = &trafilatura.ExtractResult{}
					err = nil
				}
				if res.Metadata.Title == "" {
					res.Metadata.Title = art.Title
				}
				res.ContentNode, res.ContentText = art.Node, cand
				render, readable = nodeText, true
			}
		}
	}
	if err != nil || res == nil {
		return "", pageMeta{}
	}
	meta = pageMeta{Title: clean(res.Metadata.Title), Author: clean(res.Metadata.Author),
		Language: res.Metadata.Language, Publisher: publisher, Date: published, Site: titleSite(htmlTitle(doc)), PageTitle: clean(htmlTitle(doc))}
	if published.IsZero() {
		meta.Date = res.Metadata.Date
	}
	if res.ContentNode != nil {
		if !readable {
			dropBaselineEcho(res.ContentNode) // baseline_article.go
		}
		if art := wholeArticle(doc, res.ContentNode); art != nil && !readable {
			res.ContentNode, render = art, nodeText // baseline_article.go
		}
		text = render(res.ContentNode)
	}
	if text == "" {
		text = paragraphs(res.ContentText)
	}
	return dropAuthorBio(dropBoilerLines(dropHeadline(text, meta.Title), meta.Title), meta.Author), meta
}

// signupWords mark newsletter and subscription boxes by their class or id; sites set them
// inside article bodies, where boilerplate removal keeps them as if they were paragraphs.
var signupWords = []string{"newsletter", "signup", "sign-up", "subscribe", "subscription"}

// maxSignupBox bounds the text of a box dropped as a signup box, so that a wrapper whose
// class happens to contain one of the words never takes the article with it.
const maxSignupBox = 600

// dropSignupBoxes removes short newsletter and subscription boxes from the tree.
func dropSignupBoxes(n *html.Node) {
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		if c.Type == html.ElementNode && isSignupBox(c) {
			n.RemoveChild(c)
		} else {
			dropSignupBoxes(c)
		}
		c = next
	}
}

func isSignupBox(n *html.Node) bool {
	switch n.Data {
	case "html", "body", "main", "article":
		return false
	}
	marked := false
	for _, a := range n.Attr {
		if a.Key != "class" && a.Key != "id" {
			continue
		}
		v := strings.ToLower(a.Val)
		for _, w := range signupWords {
			if strings.Contains(v, w) {
				marked = true
			}
		}
	}
	return marked && textLenAtMost(n, maxSignupBox)
}

// textLenAtMost reports whether the text under n is at most limit bytes, stopping early.
func textLenAtMost(n *html.Node, limit int) bool {
	total := 0
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		if n.Type == html.TextNode {
			total += len(strings.TrimSpace(n.Data))
			return total <= limit
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if !walk(c) {
				return false
			}
		}
		return true
	}
	return walk(n)
}

// paragraphs normalises text to trimmed lines separated by one blank line.
func paragraphs(s string) string {
	var b strings.Builder
	for _, line := range strings.Split(s, "\n") {
		line = clean(line)
		if line == "" {
			continue
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(line)
	}
	return b.String()
}

// clean collapses runs of white space and trims.
func clean(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

// dropHeadline removes a first paragraph that repeats the title: the headline belongs in
// Title, not in the body text.
func dropHeadline(text, title string) string {
	first, rest, ok := strings.Cut(text, "\n\n")
	if !ok || title == "" {
		return text
	}
	f, t := NameKey(first), NameKey(title)
	if f != "" && (f == t || len(f) > 10 && strings.Contains(t, f)) {
		return rest
	}
	return text
}

// paragraphTextLen sums the text bytes inside <p> elements: roughly what readability would
// keep at most.
func paragraphTextLen(n *html.Node) int {
	total := 0
	var walk func(*html.Node, bool, int)
	walk = func(n *html.Node, inP bool, depth int) {
		if depth > 512 {
			return
		}
		if n.Type == html.TextNode && inP {
			total += len(strings.TrimSpace(n.Data))
		}
		if n.Type == html.ElementNode {
			if skipTags[n.Data] {
				return
			}
			inP = inP || n.Data == "p"
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inP, depth+1)
		}
	}
	walk(n, false, 0)
	return total
}
