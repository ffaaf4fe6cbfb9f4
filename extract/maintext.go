package extract

import (
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// Page furniture that go-trafilatura keeps because it sits inside or beside the article body:
// a standfirst under the headline, related-article links set as paragraphs, and calls to
// subscribe, share or follow. Each rule is narrow (short blocks, anchored phrases) so that
// article prose never matches; every rule has a regression case in maintext_test.go.

// maxFurniture bounds the text of a block any of these rules may drop (bytes): furniture is
// short, and a long block is article text whatever words it holds.
const maxFurniture = 300

// dropPageFurniture prepares a parsed page for extraction: standfirsts, related-article link
// blocks, tooltips and hover cards are removed, and bare text beside blocks is wrapped into
// paragraphs. Every check looks at a bounded part of the tree, so the cost is linear in the page.
func dropPageFurniture(doc *html.Node) {
	dropStandfirst(doc)
	wrapBareText(doc, 0)
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if depth > 512 {
			return
		}
		for c := n.FirstChild; c != nil; {
			next := c.NextSibling
			if c.Type == html.ElementNode {
				if relatedLinkBlock(c) || standfirstClass(c) || popupBlock(c) {
					n.RemoveChild(c)
				} else if !skipTags[c.Data] {
					walk(c, depth+1)
				}
			}
			c = next
		}
	}
	walk(doc, 0)
}

// dropStandfirst removes the standfirst (dek, sub-headline): a sentence set as a heading right
// after an <h1>. Article bodies start after it, and benchmark truth (like schema.org's
// articleBody) leaves it out; go-trafilatura keeps it as the first paragraph. Pages may hold
// several <h1> (site logo, headline), so each is looked at.
func dropStandfirst(doc *html.Node) {
	var h1s []*html.Node
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if depth > 512 || len(h1s) >= 8 {
			return
		}
		if n.Type == html.ElementNode {
			if n.Data == "h1" {
				h1s = append(h1s, n)
				return
			}
			if skipTags[n.Data] {
				return
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(doc, 0)
	for _, h1 := range h1s {
		next := h1.NextSibling
		for next != nil && (next.Type == html.CommentNode || next.Type == html.TextNode && strings.TrimSpace(next.Data) == "") {
			next = next.NextSibling
		}
		if next == nil || next.Type != html.ElementNode {
			continue
		}
		switch next.Data {
		case "h2", "h3", "h4", "h5", "h6":
		default:
			continue
		}
		if smallBlock(next) && len(strings.Fields(textOf(next))) >= 6 {
			h1.Parent.RemoveChild(next)
		}
	}
}

// standfirstWords name a standfirst in a class or id ("p-dek", "sub-headline", "standfirst").
// "summary" is not one of them: sites also call the article's lead paragraph a summary.
var standfirstWords = regexp.MustCompile(`(?i)(^|[\s_-])(dek|standfirst|sub-?head(line)?|sub-?title)($|[\s_-])`)

// standfirstFolds are words standfirstWords needs, tried first (fold_gates.go).
var standfirstFolds = []string{"dek", "standfirst", "sub"}

// standfirstClass reports whether n is a short block its class or id calls a standfirst.
func standfirstClass(n *html.Node) bool {
	switch n.Data {
	case "p", "h2", "h3", "h4", "h5", "h6", "div":
	default:
		return false
	}
	for _, a := range n.Attr {
		if (a.Key == "class" || a.Key == "id") && hasFoldWord(a.Val, standfirstFolds) && standfirstWords.MatchString(a.Val) {
			return smallBlock(n) && len(strings.Fields(textOf(n))) >= 6
		}
	}
	return false
}

// popupWords name elements shown only on hover or click (a tooltip's text, hover cards of
// people named in the text); their text is not part of the sentence they sit in. A bare
// "tooltip" class marks the term the tooltip explains, which stays.
var popupWords = regexp.MustCompile(`(?i)(tooltip|popover)[-_]?(text|content|body|inner|box)|(^|\s)popover($|\s)|hover-?card|rollover-[\w-]*block`)

// popupBlock reports whether n is a tooltip or hover card by its class.
func popupBlock(n *html.Node) bool {
	switch n.Data {
	case "html", "body", "main", "article":
		return false
	}
	for _, a := range n.Attr {
		if a.Key == "class" && popupCue(a.Val) && popupWords.MatchString(a.Val) {
			return true
		}
	}
	return false
}

// popupCue reports whether a class value holds a word every popupWords match contains, so
// the costly case-folding match runs only on the few classes that can match.
func popupCue(class string) bool {
	l := strings.ToLower(class)
	return strings.Contains(l, "tooltip") || strings.Contains(l, "popover") ||
		strings.Contains(l, "hover") || strings.Contains(l, "rollover")
}

// maxFurnitureNodes bounds the nodes under a block any rule looks into, so that each block
// costs a bounded walk and the pass stays linear in the page however deep its nesting.
const maxFurnitureNodes = 200

// smallBlock reports whether n holds at most maxFurniture bytes of text in at most
// maxFurnitureNodes nodes, stopping as soon as either is exceeded.
func smallBlock(n *html.Node) bool {
	text, nodes := 0, 0
	var walk func(*html.Node) bool
	walk = func(n *html.Node) bool {
		nodes++
		if n.Type == html.TextNode {
			text += len(strings.TrimSpace(n.Data))
		}
		if text > maxFurniture || nodes > maxFurnitureNodes {
			return false
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

// relatedPrefix opens a pointer to another article ("Related: ...", "READ MORE: ...").
var relatedPrefix = regexp.MustCompile(`(?i)^\W*(related( articles?| stories| coverage)?|also|read more|see more|see also|also read|read also|more|more from [\w ]{1,30}|watch|recommended|trending|don't miss|don’t miss)\s*[:|>»-]`)

// relatedLinkBlock reports whether a paragraph, heading or list item is a pointer to other
// articles: short, with all its text in links, and either set in capitals (the house style
// of inline "read this too" links), opened by a related-prefix, or holding several links.
func relatedLinkBlock(n *html.Node) bool {
	if n.Data == "ul" || n.Data == "ol" {
		return linkList(n)
	}
	switch n.Data {
	case "p", "h2", "h3", "h4", "h5", "h6", "li", "div":
	default:
		return false
	}
	if !smallBlock(n) {
		return false
	}
	all := clean(textOf(n))
	if all == "" {
		return false
	}
	linked := linkedText(n)
	if relatedPrefix.MatchString(all) && linked >= alnum(all)/2 {
		return true
	}
	if n.Data == "div" {
		return false // a div is only dropped with a prefix: it may wrap anything
	}
	count, letters := links(n), alnum(all)
	if count >= 3 && linked*100 >= letters*75 {
		return true // a list of headlines with labels between them ("[VIDEO] |")
	}
	if linked < letters {
		return false // words outside links: a sentence that cites something
	}
	return count >= 2 || len(strings.Fields(all)) >= 3 && mostlyUpper(all)
}

// linkList reports whether a list is a list of links to other pages: two or more items, each
// of them one link and nothing else (a "see also" list under the article).
func linkList(n *html.Node) bool {
	items := 0
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "", c.Type == html.CommentNode:
			continue
		case c.Type != html.ElementNode || c.Data != "li" || !smallBlock(c):
			return false
		}
		text := alnum(textOf(c))
		if text == 0 {
			continue
		}
		if links(c) != 1 || linkedText(c) < text {
			return false
		}
		items++
	}
	return items >= 2
}

// textOf concatenates the text under n, without scripts and styles.
func textOf(n *html.Node) string {
	var b strings.Builder
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if depth > 512 {
			return
		}
		if n.Type == html.TextNode {
			b.WriteString(n.Data)
			b.WriteByte(' ')
			return
		}
		if n.Type == html.ElementNode && skipTags[n.Data] {
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return b.String()
}

// alnum counts the letters and digits of s.
func alnum(s string) int {
	n := 0
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			n++
		}
	}
	return n
}

// linkedText counts the letters and digits inside <a> elements under n.
func linkedText(n *html.Node) int {
	total := 0
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if depth > 512 {
			return
		}
		if n.Type == html.ElementNode && n.Data == "a" {
			total += alnum(textOf(n))
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return total
}

// links counts the <a> elements with text under n.
func links(n *html.Node) int {
	count := 0
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if depth > 512 {
			return
		}
		if n.Type == html.ElementNode && n.Data == "a" {
			if strings.TrimSpace(textOf(n)) != "" {
				count++
			}
			return
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, depth+1)
		}
	}
	walk(n, 0)
	return count
}

// mostlyUpper reports whether at least 90% of the letters of s are capitals.
func mostlyUpper(s string) bool {
	upper, letters := 0, 0
	for _, r := range s {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				upper++
			}
		}
	}
	return letters >= 8 && upper*10 >= letters*9
}

// boilerLine matches a whole short paragraph that asks the reader to do something (subscribe,
// share, follow, download the app) or labels page furniture (ad markers, copyright lines,
// wire-service credits, update stamps).
var boilerLine = regexp.MustCompile(`(?i)^\W*(` + strings.Join([]string{
	`(please )?(sign up|subscribe|register)\b.*\b(newsletters?|inbox|e-?mails?|alerts)\b.*`,
	`(don't|don’t) miss|must read|read more|related (articles|stories|coverage)|more (stories|news)|trending( now)?|recommended( for you)?|most (read|popular)`,
	`.*\b(sign up for|subscribe to) (the|our) .*newsletter.*`,
	`(please )?click(ing)? here\b.{0,60}`,
	`.{0,100}\bclick(ing)? here( for (more|details|more information|the full story))?`,
	`get (the )?[\w ]{1,40} (app|newsletter)( (here|now|today|for free))?`,
	`.*\bby clicking here\W*`,
	`follow (us|[\w ]{1,60}) on (facebook|twitter|instagram|linkedin|telegram|youtube|tiktok)(,|\s|and|&|\(@\w+\)|@\w+|facebook|twitter|instagram|linkedin|telegram|youtube|tiktok)*`,
	`(like|enjoy(ed)?) this (story|article)\??.{0,60}`,
	`share (this|it) with .{0,60}`,
	`share (this|the) (story|article|post|page)`,
	`(photo|image|picture|video)( credit)?s?\s*(by|:|©)\s.{0,100}`,
	`by\s.{0,80}\b(19|20)\d\d\b\W{1,3}\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?\W{0,3}([a-z]{2,4})?`,
	`continue reading (below|after|the)\b.{0,40}`,
	`(advertisement|sponsored|story continues below( advertisement)?)`,
	`if you (buy|purchase|click) .{0,100}\b(commission|share of the sale|affiliate).{0,120}`,
	`(copyright\s*(©|ⓒ|\(c\)|\d{4})|©|ⓒ).{0,150}`,
	`all rights reserved.{0,60}`,
	`\((additional )?(reporting|writing|editing) by [^)]{0,200}\)`,
	`(additional )?reporting by [^.;]{0,120}; ?(writing|editing) by [^.]{0,120}`,
	`updated (at|on) \d{1,2}[:.]\d{2}.{0,20}`,
	`((first |last )?(published|posted|updated|modified)|기사입력|입력|수정)\s*(:|on\b|at\b)?\W*[\w ,.]{0,40}\b(19|20)\d\d\b[\d./-]{0,6}\W{0,3}(\d{1,2}[:.]\d{2}\s*([ap]\.?m\.?)?\W{0,3}([a-z]{2,4})?)?`,
	`(filed under|tags|tagged( with)?|topics|categories|posted in)\s*:.{0,150}`,
	`(reading time|read time|tempo de leitura|lesezeit|temps de lecture|tiempo de lectura)\W.{0,30}`,
	`\d{1,2} min(ute)?s? read`,
	`[\w .,'’-]{3,100} contributed (reporting|research|to this (report|article|story))\b.{0,80}`,
}, "|") + `)\W*$`)

// boilerWords hold, for each alternative of boilerLine, a word it cannot match without (in
// any case); boilerMarks are the non-ASCII ones and ':', which the tags alternative needs.
var (
	boilerWords = []string{"sign", "subscribe", "register", "miss", "read", "related", "more", "trending",
		"recommended", "most", "newsletter", "click", "get", "follow", "this", "share", "photo", "image",
		"picture", "video", "by", "continue", "advertisement", "sponsored", "if you", "copyright", "rights",
		"updated", "published", "posted", "modified", "time", "leitura", "lesezeit", "lecture", "lectura",
		"contributed"}
	boilerMarks = []string{"©", "ⓒ", "Ⓒ", "입력", "수정", ":"}
)

// boilerCue reports whether p may match boilerLine: the regexp, whose alternatives start with
// unbounded repeats, runs only on the paragraphs that hold one of their words (fold_gates.go).
func boilerCue(p string) bool {
	for _, m := range boilerMarks {
		if strings.Contains(p, m) {
			return true
		}
	}
	return hasFoldWord(p, boilerWords)
}

// dropBoilerLines removes short paragraphs matched by boilerLine and the headline where it
// comes again among the first paragraphs. Paragraphs repeated verbatim stay: dropping later
// copies (single ones, or runs of three) lowered recall on both folds, as benchmark truth
// keeps repeats.
func dropBoilerLines(text, title string) string {
	if text == "" {
		return text
	}
	titleKey := NameKey(title)
	paras := strings.Split(text, "\n\n")
	kept := paras[:0]
	for i, p := range paras {
		if len(p) <= maxFurniture && boilerCue(p) && boilerLine.MatchString(p) {
			continue
		}
		if i < 4 && titleKey != "" && len(p) <= maxFurniture && NameKey(p) == titleKey {
			continue
		}
		kept = append(kept, p)
	}
	return strings.Join(kept, "\n\n")
}

// trimmedTreeText renders go-trafilatura's output tree as paragraphs. That tree has its text
// nodes trimmed (it mirrors lxml text and tail), so the spaces around inline elements are
// gone: "for <a>Larry</a> Ogunjobi" arrives as "for", "Larry", "Ogunjobi". Like
// go-trafilatura's own text, a space goes between text nodes on either side of an inline
// element's edge, except before closing punctuation and after an opening bracket.
func trimmedTreeText(n *html.Node) string {
	var b, line strings.Builder
	pending := false // an inline element's edge lies between the last text and the next
	flush := func() {
		s := clean(line.String())
		line.Reset()
		pending = false
		if s == "" {
			return
		}
		if b.Len() > 0 {
			b.WriteString("\n\n")
		}
		b.WriteString(s)
	}
	write := func(t string) {
		if pending && line.Len() > 0 && t != "" {
			last, _ := utf8.DecodeLastRuneInString(line.String())
			next, _ := utf8.DecodeRuneInString(t)
			if !strings.ContainsRune(",.;:!?)]}’”'%", next) && !strings.ContainsRune("([{‘“$", last) {
				line.WriteByte(' ')
			}
		}
		pending = false
		line.WriteString(t)
	}
	var walk func(*html.Node, int)
	walk = func(n *html.Node, depth int) {
		if depth > 512 {
			return
		}
		switch n.Type {
		case html.TextNode:
			write(n.Data)
			return
		case html.ElementNode:
			tag := strings.ToLower(n.Data)
			if skipTags[tag] {
				return
			}
			block := blockTags[tag] || tag == "row"
			if block {
				flush()
			} else {
				pending = true
			}
			if tag == "tr" {
				if s, ok := partyRowSentence(n); ok {
					write(s) // party tables (party_tables.go)
					flush()
					return
				}
			}
			if tag == "tr" && roleTableRow(n) {
				// "Name | Role" tables: the row reads as an apposition (nodetext.go).
				write(rowSentence(n))
				flush()
				return
			}
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				walk(c, depth+1)
			}
			if block {
				flush()
			} else {
				pending = true
			}
			if tag == "table" {
				for _, s := range append(registerSentences(n), designationTableSentences(n)...) { // register_rows.go, designation_tables.go
					write(s)
					flush()
				}
			}
			if tag == "ul" || tag == "ol" {
				for _, s := range append(designationListSentences(n), itemOwnerSentences(n)...) { // table_layouts.go
					write(s)
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

// minDeficientCandidate is the readability text length (runes) from which it replaces a
// structurally deficient extraction: trafilatura's 2 x MinExtractedSize.
const minDeficientCandidate = 500

// structurallyDeficient reports what trafilatura 2 treats as a failed extraction whatever its
// length: no paragraph text at all, or more tables than paragraphs (a data table or a layout
// table picked instead of the article).
func structurallyDeficient(n *html.Node) bool {
	if n == nil {
		return false
	}
	paras, tables, paraText := 0, 0, 0
	var walk func(*html.Node, bool, int)
	walk = func(n *html.Node, inP bool, depth int) {
		if depth > 512 {
			return
		}
		switch {
		case n.Type == html.ElementNode && n.Data == "p":
			paras++
			inP = true
		case n.Type == html.ElementNode && n.Data == "table":
			tables++
		case n.Type == html.TextNode && inP:
			paraText += len(strings.TrimSpace(n.Data))
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c, inP, depth+1)
		}
	}
	walk(n, false, 0)
	return paraText == 0 || tables > paras
}

// preferReadability is trafilatura 2's choice between its own extraction (extracted runes)
// and readability's (n runes): never a candidate less than half as long; a candidate more
// than twice as long unless it is raw JSON; and, when the own extraction is structurally
// deficient, any candidate of some size.
func preferReadability(n, extracted int, deficient bool, cand string) bool {
	switch {
	case n == 0 || n == extracted || extracted > 2*n:
		return false
	case extracted == 0:
		return true
	case n > 2*extracted && !strings.HasPrefix(strings.TrimSpace(cand), "{"):
		return true
	}
	return deficient && n > minDeficientCandidate
}

// minLDOverBoilerplate is the articleBody length (runes) from which it replaces an extraction
// that is page furniture (rs-trafilatura's MIN_STRUCTURED_BODY_LEN).
const minLDOverBoilerplate = 500

// boilerOpening marks extracted text that opens with a consent banner or a copyright notice:
// the extractor took page furniture for the article.
var boilerOpening = regexp.MustCompile(`(?i)\b(cookies?|consent|copyright|all rights reserved)\b|©`)

// ldOverBoilerplate says whether a long JSON-LD articleBody should replace extracted text
// whose opening reads as page furniture, as rs-trafilatura does.
func ldOverBoilerplate(ld, extracted string) bool {
	if utf8.RuneCountInString(strings.TrimSpace(ld)) < minLDOverBoilerplate {
		return false
	}
	head := extracted
	if len(head) > 200 {
		head = head[:200]
	}
	return boilerOpening.MatchString(head)
}

// ldText renders a JSON-LD articleBody as paragraphs. Some sites put HTML in it; that is
// parsed and rendered as HTML rather than kept with its tags.
func ldText(ld string) string {
	if !strings.Contains(ld, "<p") && !strings.Contains(ld, "<br") && !strings.Contains(ld, "<div") {
		return paragraphs(ld)
	}
	nodes, err := html.ParseFragment(strings.NewReader(ld), &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div})
	if err != nil {
		return paragraphs(ld)
	}
	root := &html.Node{Type: html.ElementNode, Data: "div", DataAtom: atom.Div}
	for _, n := range nodes {
		root.AppendChild(n)
	}
	return nodeText(root)
}

// phrasingTags are HTML phrasing content (inline elements): runs of them and of text make a
// paragraph when they sit beside block elements in a container.
var phrasingTags = set("a", "abbr", "b", "bdi", "bdo", "br", "cite", "code", "data", "dfn", "em", "font", "i",
	"img", "kbd", "mark", "q", "s", "samp", "small", "span", "strong", "sub", "sup", "time", "u", "var", "wbr")

// wrapBareText puts runs of bare text and inline elements that sit beside block elements in a
// <div>, <section> or <article> into <p> elements, as readability.js does before scoring.
// go-trafilatura drops or doubles such text ("<div>First sentence <em>of</em> the lead.<p>..."
// loses the lead). One pass over the tree; each node is moved at most once.
func wrapBareText(n *html.Node, depth int) {
	if depth > 512 {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && !skipTags[c.Data] {
			wrapBareText(c, depth+1)
		}
	}
	if n.Type != html.ElementNode || (n.Data != "div" && n.Data != "section" && n.Data != "article") {
		return
	}
	hasBlock, hasText := false, false
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			hasText = true
		case c.Type == html.ElementNode && !phrasingTags[c.Data] && !skipTags[c.Data]:
			hasBlock = true
		}
	}
	if !hasBlock || !hasText {
		return
	}
	var p *html.Node
	for c := n.FirstChild; c != nil; {
		next := c.NextSibling
		inline := c.Type == html.TextNode || c.Type == html.ElementNode && phrasingTags[c.Data]
		if !inline {
			p = nil
			c = next
			continue
		}
		if p == nil {
			if c.Type == html.TextNode && strings.TrimSpace(c.Data) == "" {
				c = next
				continue
			}
			p = &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P}
			n.InsertBefore(p, c)
		}
		n.RemoveChild(c)
		p.AppendChild(c)
		c = next
	}
}

// bioVerbs follow an author's name at the start of a biography line ("Jane Roe is a reporter",
// "Jane Roe covers crime", "Jane Roe has written for...").
var bioVerbs = regexp.MustCompile(`^(is|was|covers|writes|reports|has (been|written|covered|reported)|joined|edits)\b`)

// dropAuthorBio removes a short closing paragraph (one of the last two) that starts with the
// page's author's name followed by a biography verb: an author box, not the article.
func dropAuthorBio(text, author string) string {
	author = strings.TrimSpace(author)
	if text == "" || len(strings.Fields(author)) < 2 {
		return text
	}
	paras := strings.Split(text, "\n\n")
	for i := len(paras) - 1; i >= 0 && i >= len(paras)-2; i-- {
		p := paras[i]
		if len(p) > maxFurniture || !strings.HasPrefix(strings.ToLower(p), strings.ToLower(author)+" ") {
			continue
		}
		if bioVerbs.MatchString(strings.TrimSpace(p[len(author):])) {
			paras = append(paras[:i], paras[i+1:]...)
		}
	}
	return strings.Join(paras, "\n\n")
}
