package extract

import (
	"context"
	"fmt"
	"net/url"
	"strings"
	"sync"

	"github.com/jdkato/prose/v3/tag"
)

// Version identifies the extraction rules and gazetteer; it is stored with every piece of
// evidence so that a claim can be traced to the code that produced it.
const Version = "extract/1.5.0"

// MaxBodyBytes caps how much of a page is decoded and parsed; the rest is ignored.
const MaxBodyBytes = 8 << 20

// Options tunes an Extractor.
type Options struct {
	// Known adds gazetteer entries (e.g. names from sanctions lists) to the embedded ones.
	Known []Entity
	// MaxCoMentions bounds MENTIONED_WITH relations per document (default 40).
	MaxCoMentions int
}

// Extractor turns fetched pages into documents. It is safe for concurrent use.
type Extractor struct {
	mu       sync.RWMutex
	gaz      *gazetteer
	maxCoMen int
	// tagger tags the sentences that can hold a relation (safe for concurrent use).
	tagger *tag.Tagger
}

// New builds an Extractor with the embedded gazetteer plus opts.Known.
func New(opts Options) (*Extractor, error) {
	g, err := loadGazetteer()
	if err != nil {
		return nil, fmt.Errorf("load gazetteer: %w", err)
	}
	tg, err := tag.New()
	if err != nil {
		return nil, fmt.Errorf("load part-of-speech model: %w", err)
	}
	x := &Extractor{gaz: g, maxCoMen: opts.MaxCoMentions, tagger: tg}
	if x.maxCoMen <= 0 {
		x.maxCoMen = 40
	}
	for _, e := range opts.Known {
		x.AddKnown(e)
	}
	return x, nil
}

// AddKnown teaches the extractor a name (and its aliases) so that later pages recognise it
// even without context cues. Safe to call while Extract runs.
func (x *Extractor) AddKnown(e Entity) {
	if strings.TrimSpace(e.Name) == "" || !validType(e.Type) {
		return
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	x.gaz = x.gaz.with(gazEntry{Name: e.Name, Type: e.Type, Aliases: e.Aliases})
}

func (x *Extractor) gazetteer() *gazetteer {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return x.gaz
}

func validType(t string) bool {
	for _, v := range EntityTypes {
		if v == t {
			return true
		}
	}
	return false
}

// Page kinds that carry no document text of their own: they only list other pages.
var listingKinds = map[string]bool{"rss": true, "sitemap": true, "gdelt": true}

// Extract returns the documents a page holds: one per designation for sanctions lists, one
// per post or release for social pages and API answers, none for feeds, sitemaps and GDELT
// listings, and one for an HTML article.
func (x *Extractor) Extract(ctx context.Context, p Page) ([]Document, error) {
	cut := p.Truncated || len(p.Body) > MaxBodyBytes && SanctionsKind(p) == ""
	docs, err := x.extract(ctx, p)
	for i := range docs {
		if cut {
			docs[i].Truncated = true
		}
		if len(docs[i].Text) > MaxTextBytes {
			docs[i].Text = cutText(docs[i].Text, MaxTextBytes)
			docs[i].Truncated = true
		}
	}
	return docs, err
}

func (x *Extractor) extract(ctx context.Context, p Page) ([]Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// A listing gives no documents; but a crawler may hand over the article pages a feed
	// linked to under the feed's kind, so the body decides.
	if listingKinds[p.Kind] && !looksLikeHTML(p.Body) || (listingKinds[p.Kind] || p.Kind == "" || p.Kind == "page") && listingKinds[pageKind(p)] {
		return nil, nil
	}
	// Sanctions lists are large by nature and are parsed whole; everything else is capped.
	if SanctionsKind(p) != "" {
		docs, ok, err := sanctionsDocuments(p, x.listedParty)
		if err != nil {
			return nil, fmt.Errorf("sanctions list %s: %w", p.URL, err)
		}
		if ok {
			for _, d := range docs {
				for _, e := range d.Entities {
					x.learn(e)
				}
			}
			return docs, nil
		}
	}
	if len(p.Body) > MaxBodyBytes {
		p.Body = p.Body[:MaxBodyBytes]
	}
	if PostKind(p) != "" {
		docs, ok, err := x.postDocuments(ctx, p)
		// A kind guessed from the address alone ("t.me/s/...") whose body is an ordinary page
		// (a saved copy, a mirror) is read as that page; a configured kind stays strict.
		guessed := p.Kind == "" || p.Kind == "page"
		if err != nil && !(guessed && looksLikeHTML(p.Body)) {
			return nil, fmt.Errorf("posts %s: %w", p.URL, err)
		}
		if ok && err == nil {
			return docs, nil
		}
	}
	if err := classifiable(p); err != nil {
		return nil, err
	}
	d, err := x.article(ctx, p)
	if err != nil {
		return nil, err
	}
	if d == nil {
		return nil, nil
	}
	return []Document{*d}, nil
}

// listedParty names a listed party as the rest of the graph names it: when the gazetteer knows
// the listed name (or, for a name of two or more words, one of its other listed names), the
// party takes the gazetteer's canonical name and type, so "PRINCE HOLDING GROUP" is the Prince
// Holding Group of news text, "O'SMACH RESORT" the compound and an address in "Burma" is in
// Myanmar. Other names are made readable.
func (x *Extractor) listedParty(typ, listed string, aliases []string) (string, string) {
	g := x.gazetteer()
	try := func(n string) (string, string, bool) {
		idx := g.lookup(n)
		if idx < 0 {
			return "", "", false
		}
		e := g.entry(idx)
		if e.Type != typ && (e.Type == Location || typ == Location || (e.Type == Person) != (typ == Person)) {
			return "", "", false
		}
		return e.Type, e.Name, true
	}
	if t, n, ok := try(listed); ok {
		return t, n
	}
	for _, a := range aliases {
		if len(strings.Fields(a)) < 2 {
			continue
		}
		if t, n, ok := try(a); ok {
			return t, n
		}
	}
	return typ, readableName(listed)
}

// learn adds a listed party to the gazetteer. Single-word names ("Phoenix") would match
// ordinary words in news text, so only names of two or more words (or in Han characters) are
// learned.
func (x *Extractor) learn(e Entity) {
	if e.Type == Location {
		return
	}
	keep := func(n string) bool { return isHanName(n) || len(strings.Fields(n)) >= 2 }
	if !keep(e.Name) {
		return
	}
	var aliases []string
	for _, a := range e.Aliases {
		if keep(a) {
			aliases = append(aliases, a)
		}
	}
	x.AddKnown(Entity{Name: e.Name, Type: e.Type, Aliases: aliases})
}

// postDocuments runs the text pipeline on each post of a multi-item page.
func (x *Extractor) postDocuments(ctx context.Context, p Page) ([]Document, bool, error) {
	parts, ok, err := SplitPosts(p)
	if err != nil || !ok {
		return nil, ok, err
	}
	docs := make([]Document, 0, len(parts))
	for _, part := range parts {
		if err := ctx.Err(); err != nil {
			return nil, true, err
		}
		text := paragraphs(strings.ReplaceAll(part.Text, "\n\n", "\n"))
		if text == "" {
			continue
		}
		d := Document{Source: p.Source, URL: part.URL, Title: part.Title, Author: part.Author, Kind: part.Kind,
			Capture: p.Capture, Published: part.Published, Text: text, authority: p.Authority}
		if len(d.Text) > MaxTextBytes {
			d.Text, d.Truncated = cutText(d.Text, MaxTextBytes), true
		}
		if d.URL == "" {
			d.URL = p.URL
		}
		d.Language = detectLanguage("", text)
		x.Analyze(&d)
		docs = append(docs, d)
	}
	return docs, true, nil
}

// pageKind spots feeds, sitemaps and GDELT listings by URL and by the first bytes of the body.
func pageKind(p Page) string {
	if k := sniffKind(p.ContentType, p.Body); k != "" {
		return k
	}
	if looksLikeHTML(p.Body) {
		return ""
	}
	return kindFromURL(p.URL)
}

func kindFromURL(raw string) string {
	u, err := url.Parse(raw)
	if err != nil || u.Host == "" {
		return ""
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	path := strings.ToLower(u.Path)
	switch {
	case host == "api.gdeltproject.org":
		return "gdelt"
	case strings.HasSuffix(path, "sitemap.xml") || strings.Contains(path, "sitemap") && strings.HasSuffix(path, ".xml"):
		return "sitemap"
	case strings.HasSuffix(path, "/feed") || strings.HasSuffix(path, "/feed/") || strings.HasSuffix(path, ".rss") ||
		strings.HasSuffix(path, "rss.xml") || strings.HasSuffix(path, "rss2.xml") || strings.HasSuffix(path, "atom.xml"):
		return "rss"
	}
	return ""
}

// sniffKind looks at the content type and the start of the body.
func sniffKind(contentType string, body []byte) string {
	head := body
	if len(head) > 2048 {
		head = head[:2048]
	}
	h := strings.ToLower(strings.TrimSpace(strings.TrimPrefix(string(head), "\ufeff")))
	ct := strings.ToLower(contentType)
	switch {
	case strings.Contains(h, "<rss") || strings.Contains(h, "<feed") && strings.Contains(h, "xmlns=\"http://www.w3.org/2005/atom\""):
		return "rss"
	case strings.Contains(h, "<urlset") || strings.Contains(h, "<sitemapindex"):
		return "sitemap"
	case strings.HasPrefix(h, "{") && strings.Contains(h, "\"articles\"") && strings.Contains(h, "\"seendate\""):
		return "gdelt"
	case strings.Contains(ct, "rss") || strings.Contains(ct, "atom"):
		return "rss"
	}
	return ""
}

func looksLikeHTML(b []byte) bool {
	if len(b) > 1024 {
		b = b[:1024]
	}
	h := strings.ToLower(string(b))
	return strings.Contains(h, "<html") || strings.Contains(h, "<!doctype html") || strings.Contains(h, "<body") || strings.Contains(h, "<p>")
}
