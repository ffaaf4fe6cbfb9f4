// Package sources defines what a source kind is (rss, telegram, ofac, ...) and the registry
// the crawler, the extractor and the pipeline look kinds up in.
//
// A kind lives in a folder of its own under internal/sources/ (internal/sources/telegram, internal/sources/ofac, ...):
// one type that knows the kind's settings, the addresses a pass starts from, how one fetched
// answer is read (its links, next page and items, and the documents it holds) and, when the
// kind can be recognised without configuration, its addresses and bodies; beside it, in
// parser.go, the parser of the kind's wire format with its tests and fixtures. What several
// parsers share (size bounds, JSON and XML decoding, HTML to text) is in package formats. The table of kinds,
// one registration line each, is internal/sources/registry. Nothing else switches on a kind's name.
//
// An answer is parsed once: the crawler's Parse yields both what to fetch next and the posts
// or list entries; the pipeline hands that same Parsed value to the extractor.
package sources

import (
	"context"
	"net/http"
	"net/url"
	"time"

	"github.com/scamgraph/scamgraph/internal/config"
)

// Form is what a kind's answers hold, which decides how extraction reads them.
type Form int

const (
	// Article kinds fetch HTML pages that are read as articles.
	Article Form = iota
	// Listing kinds (feeds, sitemaps, GDELT) link to article pages; they hold no documents.
	Listing
	// Posts kinds answer with many posts, releases or records, one document each.
	Posts
	// List kinds are sanctions lists: one document per listed party, graded official. Their
	// names are learned before other sources run.
	List
)

// Content classes an answer must belong to, checked before it is parsed.
const (
	ExpectFeed  = "feed"  // RSS, Atom or JSON Feed
	ExpectXML   = "xml"   // sitemaps, sanctions lists
	ExpectJSON  = "json"  // API answers
	ExpectLines = "jsonl" // JSON lines
	ExpectHTML  = "html"  // pages and Telegram previews
)

// Accept headers for the usual content classes.
const (
	AcceptHTML  = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
	AcceptXML   = "application/xml,text/xml;q=0.9,*/*;q=0.5"
	AcceptJSON  = "application/json,*/*;q=0.5"
	AcceptLines = "application/json,application/x-ndjson;q=0.9,*/*;q=0.5"
)

// Spec is what a kind is, as plain values.
type Spec struct {
	// Name is the kind as written in sources.yaml.
	Name string
	Form Form
	// Expect is the content class of the kind's own answers (ExpectJSON, ...).
	Expect string
	// Accept is the Accept header sent for the kind's own addresses.
	Accept string
	// Official marks kinds whose documents state what an authority did (sanctions lists,
	// court records, government releases): their relations are graded official.
	Official bool
	// TokenScheme is the Authorization scheme used with token_env ("Bearer" when empty).
	TokenScheme string
	// Publisher names the outlet of the kind's documents when the kind fixes it, whatever
	// mirror they were fetched from ("" for the page's own site name or host).
	Publisher string
}

// Kind is one source kind.
type Kind interface {
	Spec() Spec
	// Seeds returns the addresses a pass starts from for one configured address, and the
	// source's new cursor when it changes (nil otherwise).
	Seeds(addr string, s Start) ([]Link, map[string]string, error)
	// Parse reads one answer from the kind's own addresses (never an article a listing
	// linked to). The crawler has checked its content class against Spec().Expect; the
	// extractor calls Parse itself on local files.
	Parse(r Response) (*Parsed, error)
}

// Validator is implemented by kinds with settings of their own to check before a pass.
type Validator interface {
	Validate(src config.Source) error
}

// Detector is implemented by kinds whose answers can be recognised without configuration:
// `scamgraph extract --url`, and pages handed over without a kind.
type Detector interface {
	// ByURL reports an address of the kind; body lets generic paths ask the content too.
	ByURL(u *url.URL, body []byte) bool
	// ByContent reports how surely the body is of the kind: 0 not, 1 by its content type
	// only, 2 by markers in the body.
	ByContent(contentType string, body []byte) int
}

// LoginKind is implemented by kinds that log in with user_env and password_env and send the
// session token it returns as a Bearer credential. The exchange carries credentials, so it is
// not archived.
type LoginKind interface {
	Login(ctx context.Context, hc *http.Client, l Login) (token string, err error)
}

// Login is what a LoginKind needs to log in.
type Login struct {
	Source    config.Source
	UserAgent string
	// User and Password are read from the variables the source names.
	User, Password string
}

// Start is what a pass of one source begins from.
type Start struct {
	Source config.Source
	// Since is the source's since, read; zero for none.
	Since time.Time
	// Cursor is what the source's last pass saved (the GDELT window end).
	Cursor map[string]string
	Now    time.Time
}

// Response is one fetched answer.
type Response struct {
	Source config.Source
	Since  time.Time
	// URL is the address that answered, after redirects; Asked is the address the crawler
	// asked for (further pages set their parameters on it).
	URL, Asked  string
	ContentType string
	Header      http.Header
	Body        []byte
	// Page is 0 for a seed and n for the n-th further page; Meta carries the paging values
	// the Link that queued it had.
	Page int
	Meta map[string]string
}

// Link is an address to fetch.
type Link struct {
	URL string
	// Meta carries paging values (a GDELT window) to the Response of this address.
	Meta map[string]string
	// Hint is what a listing said about an article page it links to.
	Hint Hint
	// Page is the page number a further listing keeps (a halved GDELT window stays on the
	// page of the window it halves).
	Page int
}

// Hint is listing metadata for a linked page.
type Hint struct {
	Title, Author string
	Published     *time.Time
}

// Item is one entry of an answer, remembered so that paging stops where the last pass began.
type Item struct {
	ID string
	At *time.Time
}

// Parsed is what one answer yields: what to fetch next and the documents it holds.
type Parsed struct {
	// Kind names the kind that parsed it.
	Kind string
	// Pages are article pages it links to, fetched when the source follows links; Lists are
	// further listings (a sitemap index's sitemaps, halves of a full GDELT window), always
	// fetched; Next is its next page, fetched while every item on this one is new.
	Pages []Link
	Lists []Link
	Next  *Link
	Items []Item
	// Skipped are malformed entries left out; Notes what was guessed or left out without
	// failing (the run summary lists them).
	Skipped []error
	Notes   []string
	// Document is set when the answer itself holds documents and is handed to the pipeline.
	Document bool
	// HTML marks an HTML page: the crawler checks it for link farms before handing it over.
	HTML bool
	// Parts are the posts of a Posts kind.
	Parts []Part
	// Records are the parsed entries of a List kind, read by the extractor.
	Records any
}

// Part is one post, release or search result cut out of an answer that holds many: a Telegram
// preview page, a DOJ, CourtListener or Federal Register API answer, a Reddit, Bluesky or
// Mastodon listing. Each part becomes its own document.
type Part struct {
	// URL is the item's own permalink, absolute.
	URL string
	// Title is the release title or case name, or the first line of a post.
	Title string
	// Author is the channel, account, court or issuing office.
	Author string
	// Kind names the source kind that produced it ("telegram", "doj", ...).
	Kind      string
	Published *time.Time
	// HTML is the item's body as an HTML fragment when the source gives HTML; "" otherwise.
	HTML string
	// Text is the plain text of the item, paragraphs separated by blank lines; always set
	// (rendered from HTML when the source gives HTML).
	Text string
}

// Addresses is the Seeds of kinds whose configured addresses are fetched as they are.
type Addresses struct{}

// Seeds returns addr.
func (Addresses) Seeds(addr string, _ Start) ([]Link, map[string]string, error) {
	return []Link{{URL: addr}}, nil, nil
}
