package extract

import (
	"context"
	"fmt"
	"strings"
	"sync"

	"github.com/jdkato/prose/v3/tag"

	"github.com/scamgraph/scamgraph/internal/sources"
	"github.com/scamgraph/scamgraph/internal/sources/registry"
	"github.com/scamgraph/scamgraph/model"
)

// Version identifies the extraction rules and gazetteer; it is stored with every piece of
// evidence so that a claim can be traced to the code that produced it.
const Version = "extract/1.26.0"

// MaxBodyBytes caps how much of a page is decoded and parsed; the rest is ignored.
const MaxBodyBytes = 8 << 20

// Options tunes an Extractor.
type Options struct {
	// Known adds gazetteer entries (e.g. names from sanctions lists) to the embedded ones.
	Known []model.Entity
	// MaxCoMentions bounds MENTIONED_WITH relations per document (default 40).
	MaxCoMentions int
	// Pairs, when set, receives every pair of names in a sentence, with its features and
	// whether a rule tied it: what cmd/pairprobe learns from. It is called on the goroutine
	// that runs Extract, so concurrent Extract calls call it concurrently. Nil costs nothing.
	Pairs func(PairExample)
}

// Extractor turns fetched pages into documents. It is safe for concurrent use.
type Extractor struct {
	mu       sync.RWMutex
	gaz      *Gazetteer
	maxCoMen int
	// tagger tags the sentences that can hold a relation (safe for concurrent use).
	tagger   *tag.Tagger
	pairSink func(PairExample) // Options.Pairs
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
	x := &Extractor{gaz: g, maxCoMen: opts.MaxCoMentions, tagger: tg, pairSink: opts.Pairs}
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
func (x *Extractor) AddKnown(e model.Entity) {
	if strings.TrimSpace(e.Name) == "" || !validType(e.Type) {
		return
	}
	x.mu.Lock()
	defer x.mu.Unlock()
	x.gaz = x.gaz.with(gazEntry{Name: e.Name, Type: e.Type, Aliases: e.Aliases})
}

func (x *Extractor) Gazetteer() *Gazetteer {
	x.mu.RLock()
	defer x.mu.RUnlock()
	return x.gaz
}

func validType(t string) bool {
	for _, v := range model.EntityTypes {
		if v == t {
			return true
		}
	}
	return false
}

// Extract returns the documents a page holds: one per designation for sanctions lists, one
// per post or release for social pages and API answers, none for feeds, sitemaps and GDELT
// listings, and one for an HTML article.
func (x *Extractor) Extract(ctx context.Context, p Page) ([]model.Document, error) {
	cut := p.Truncated || len(p.Body) > MaxBodyBytes && kindOf(p, sources.List) == nil
	docs, err := guarded(p.URL, func() ([]model.Document, error) { return x.extract(ctx, p) })
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

// guarded runs one page's extraction and turns a panic into an error naming the page. The
// pages are written by the people under investigation and hundreds of rules read them; a rule
// tripped by one page must cost that page, not the crawl (its capture stays archived).
func guarded(url string, read func() ([]model.Document, error)) (docs []model.Document, err error) {
	defer func() {
		if r := recover(); r != nil {
			docs, err = nil, fmt.Errorf("page %s could not be read (%v); its capture is kept, report it with the capture's sha256", url, r)
		}
	}()
	return read()
}

func (x *Extractor) extract(ctx context.Context, p Page) ([]model.Document, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	// A listing gives no documents; but a crawler may hand over the article pages a feed
	// linked to under the feed's kind, so the body decides.
	kinds := registry.Kinds()
	listing := kinds.Is(p.Kind, sources.Listing)
	if listing && !looksLikeHTML(p.Body) ||
		(listing || guessedKind(p)) && kinds.Detect(sources.Listing, p.URL, p.ContentType, p.Body) != nil {
		return nil, nil
	}
	// Sanctions lists are large by nature and are parsed whole; everything else is capped.
	if kindOf(p, sources.List) != nil {
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
		p.Parsed = nil // read what extraction reads: the capped body
	}
	if kindOf(p, sources.Posts) != nil {
		docs, ok, err := x.postDocuments(ctx, p)
		// A kind guessed from the address alone ("t.me/s/...") whose body is an ordinary page
		// (a saved copy, a mirror) is read as that page when its parser fails or finds no
		// post; a configured kind stays strict.
		asPage := guessedKind(p) && looksLikeHTML(p.Body)
		if err != nil && !asPage {
			return nil, fmt.Errorf("posts %s: %w", p.URL, err)
		}
		if ok && err == nil && (len(docs) > 0 || !asPage) {
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
	return []model.Document{*d}, nil
}

// listedParty names a listed party as the rest of the graph names it: when the gazetteer knows
// the listed name (or, for a name of two or more words, one of its other listed names), the
// party takes the gazetteer's canonical name and type, so "PRINCE HOLDING GROUP" is the Prince
// Holding Group of news text, "O'SMACH RESORT" the compound and an address in "Burma" is in
// Myanmar. Other names are made readable.
func (x *Extractor) listedParty(typ, listed string, aliases []string) (string, string) {
	g := x.Gazetteer()
	try := func(n string) (string, string, bool) {
		idx := g.Lookup(n)
		if idx < 0 {
			return "", "", false
		}
		e := g.entry(idx)
		if e.Type != typ && (e.Type == model.Location || typ == model.Location || (e.Type == model.Person) != (typ == model.Person)) {
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
func (x *Extractor) learn(e model.Entity) {
	if e.Type == model.Location {
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
	x.AddKnown(model.Entity{Name: e.Name, Type: e.Type, Aliases: aliases})
}

// postDocuments runs the text pipeline on each post of a multi-item page.
func (x *Extractor) postDocuments(ctx context.Context, p Page) ([]model.Document, bool, error) {
	parts, ok, err := SplitPosts(p)
	if err != nil || !ok {
		return nil, ok, err
	}
	docs := make([]model.Document, 0, len(parts))
	for _, part := range parts {
		if err := ctx.Err(); err != nil {
			return nil, true, err
		}
		text := paragraphs(strings.ReplaceAll(part.Text, "\n\n", "\n"))
		if text == "" {
			continue
		}
		d := model.Document{Source: p.Source, URL: part.URL, Title: part.Title, Author: part.Author, Kind: part.Kind,
			Capture: p.Capture, Published: part.Published, Text: text, Authority: p.Authority}
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

// looksLikeHTML reports a body whose first kilobyte reads as an HTML page.
func looksLikeHTML(b []byte) bool { return sources.LooksLikeHTML(b) }
