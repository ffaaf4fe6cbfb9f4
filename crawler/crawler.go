// Package crawler follows the configured sources politely and incrementally, archives every
// response it receives, and hands the captures that hold documents to a Handler.
//
// Fetching goes through colly (robots.txt, per-host parallelism and delay, redirect policy)
// over a transport that retries with back-off, honours Retry-After, caps body size and time,
// and archives each exchange as a WARC record before colly sees it. What is left to fetch,
// what was received and what was handed over is kept in bbolt, so that a killed crawl resumes
// where it stopped without fetching anything it had already received.
//
// The crawler discovers links and further pages (feed items, sitemap entries, GDELT articles,
// API cursors, Telegram's before=, Reddit's after, Bluesky's cursor, Mastodon's Link header)
// by asking each source's kind (internal/sources/<kind>, found in internal/sources/registry); the kind's parse
// travels with the capture, so the extractor does not parse the body again. It does not
// extract entities.
package crawler

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"sync"
	"time"

	"go.etcd.io/bbolt"

	"github.com/scamgraph/scamgraph/internal/archive"
	"github.com/scamgraph/scamgraph/internal/config"
	"github.com/scamgraph/scamgraph/internal/sources"
	"github.com/scamgraph/scamgraph/internal/sources/registry"
)

// Capture is one archived response handed to a Handler.
type Capture struct {
	// Source names the configured source; Kind is its kind ("rss", "telegram", ...).
	Source, Kind string
	// URL is the address asked for; FinalURL the one that answered, after redirects.
	URL, FinalURL string
	ContentType   string
	// Charset is the body's character set as declared or detected ("" when unknown).
	Charset   string
	Status    int
	Header    http.Header
	Body      []byte
	Digest    string // sha256 hex of Body; the key of the archived record
	FetchedAt time.Time
	// Truncated is set when the body was cut at the source's max_body_bytes.
	Truncated bool
	// Title, Author and Published are hints from the listing that linked the page.
	Title, Author string
	Published     *time.Time
	// Parsed is the source kind's reading of a listing or API answer (its posts or list
	// entries), so that extraction does not parse the body again; nil for article pages.
	Parsed *sources.Parsed
}

// Handler receives captures whose bodies hold documents: article pages, API pages with posts,
// sanctions lists. Feeds, sitemaps and GDELT listings are archived but not handed over (a feed
// is, when its source does not follow links). A capture whose handling was not confirmed
// before a crash is handed over again from the archive, so handling must be idempotent.
// HandleCapture is called from at most Options.Handlers goroutines at once.
type Handler interface {
	HandleCapture(ctx context.Context, c Capture) error
}

// HandlerFunc adapts a function to Handler.
type HandlerFunc func(ctx context.Context, c Capture) error

// HandleCapture calls f.
func (f HandlerFunc) HandleCapture(ctx context.Context, c Capture) error { return f(ctx, c) }

// Options tune a Crawler. The zero value is ready to use.
type Options struct {
	Logger *slog.Logger
	// Progress receives human progress lines (per source: fetched, not modified, failed, new
	// documents); nil for none.
	Progress io.Writer
	// ProgressEvery is the least time between two progress lines of one source (default 1s).
	ProgressEvery time.Duration
	// NoPoliteness drops per-host delay and parallelism limits (benchmarks against a local
	// server). robots.txt is still obeyed.
	NoPoliteness bool
	// SkipArchive computes digests but writes no WARC records (benchmarks only: captures
	// cannot be replayed, nor printed by digest).
	SkipArchive bool
	// MaxInflight bounds concurrent fetches over all hosts (default 16).
	MaxInflight int
	// Handlers bounds concurrent HandleCapture calls (default 1).
	Handlers int
	// RetryBase is the first retry's back-off (default 1s); it doubles with each attempt.
	RetryBase time.Duration
	// MaxRetryAfter is the longest Retry-After the crawler waits for; a host asking for more
	// is left for a later run (default 2m).
	MaxRetryAfter time.Duration
	// DrainTimeout is how long in-flight fetches may finish after the context is cancelled
	// before they are abandoned and left queued (default 10s).
	DrainTimeout time.Duration
	// LockTimeout is how long New waits for a data directory another process holds (default 1s).
	LockTimeout time.Duration
	// WARCFileSize rotates WARC files at this size (default 1 GiB).
	WARCFileSize int64
	// Getenv reads credentials (default os.Getenv).
	Getenv func(string) string
}

func (o *Options) fill() {
	if o.Logger == nil {
		o.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if o.ProgressEvery <= 0 {
		o.ProgressEvery = time.Second
	}
	if o.MaxInflight <= 0 {
		o.MaxInflight = 16
	}
	if o.Handlers <= 0 {
		o.Handlers = 1
	}
	if o.RetryBase <= 0 {
		o.RetryBase = time.Second
	}
	if o.MaxRetryAfter <= 0 {
		o.MaxRetryAfter = 2 * time.Minute
	}
	if o.DrainTimeout <= 0 {
		o.DrainTimeout = 10 * time.Second
	}
	if o.LockTimeout <= 0 {
		o.LockTimeout = time.Second
	}
	if o.Getenv == nil {
		o.Getenv = os.Getenv
	}
}

// Crawler crawls sources into the archive under a data directory.
type Crawler struct {
	cfg   *config.Config
	kinds *sources.Registry
	opts  Options
	log   *slog.Logger
	db    *bbolt.DB
	arc   *archive.Archive
	tr    *transport
	// hosts is shared by concurrent Runs (a scheduler running several sources).
	hosts hostSlots

	mu      sync.Mutex
	running map[string]bool // sources being crawled by a Run
}

// New opens the crawl state and archive under cfg.DataDir. Another process holding the same
// data directory makes it fail with ErrInUse.
func New(cfg *config.Config, opts Options) (*Crawler, error) {
	opts.fill()
	if cfg.DataDir == "" {
		return nil, errors.New("config has no data_dir")
	}
	kinds := registry.Kinds()
	if err := kinds.Check(cfg.Sources); err != nil {
		return nil, err
	}
	if err := os.MkdirAll(cfg.DataDir, 0o755); err != nil {
		return nil, fmt.Errorf("data dir: %w", err)
	}
	db, err := openState(cfg.DataDir, opts.LockTimeout)
	if err != nil {
		return nil, err
	}
	c := &Crawler{cfg: cfg, kinds: kinds, opts: opts, log: opts.Logger, db: db, running: map[string]bool{},
		hosts: hostSlots{busy: map[string]int{}, waiters: map[chan struct{}]bool{}}}
	arc, err := archive.Open(filepath.Join(cfg.DataDir, "warc"), db, archive.Options{
		MaxFileSize: opts.WARCFileSize,
		Logger:      opts.Logger,
		OnRecover: func(tx *bbolt.Tx, s archive.Stored) error {
			_, err := recordFetch(tx, s.URL, s.Status, s.Header, s.Digest, s.Truncated, s.FetchedAt)
			return err
		},
	})
	if err != nil {
		db.Close()
		return nil, err
	}
	c.arc = arc
	c.tr = newTransport(c)
	return c, nil
}

// Archive returns the capture archive (for `scamgraph capture`).
func (c *Crawler) Archive() *archive.Archive { return c.arc }

// Close finishes the current WARC file and closes the state.
func (c *Crawler) Close() error {
	err := c.arc.Close()
	if e := c.db.Close(); err == nil {
		err = e
	}
	return err
}

// LookupCapture finds an archived capture by sha256 under dataDir. It uses the index when the
// data directory is free, and reads the WARC files directly when a running crawl holds it.
func LookupCapture(ctx context.Context, dataDir, digest string) (archive.Record, error) {
	if _, err := os.Stat(filepath.Join(dataDir, "state.db")); err != nil {
		// No index (or none readable): read the WARC files, if there are any.
		return archive.Find(ctx, filepath.Join(dataDir, "warc"), digest)
	}
	db, err := openState(dataDir, 500*time.Millisecond)
	if errors.Is(err, ErrInUse) {
		return archive.Find(ctx, filepath.Join(dataDir, "warc"), digest)
	}
	if err != nil {
		return archive.Record{}, err
	}
	defer db.Close()
	arc, err := archive.Open(filepath.Join(dataDir, "warc"), db, archive.Options{
		OnRecover: func(tx *bbolt.Tx, s archive.Stored) error {
			_, err := recordFetch(tx, s.URL, s.Status, s.Header, s.Digest, s.Truncated, s.FetchedAt)
			return err
		},
	})
	if err != nil {
		return archive.Record{}, err
	}
	defer arc.Close()
	return arc.Get(ctx, digest)
}

// claim marks sources as being crawled, so two concurrent Runs never work the same source.
func (c *Crawler) claim(name string) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.running[name] {
		return fmt.Errorf("source %q is already being crawled", name)
	}
	c.running[name] = true
	return nil
}

func (c *Crawler) unclaim(name string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	delete(c.running, name)
}
