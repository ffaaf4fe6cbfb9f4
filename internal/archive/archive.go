// Package archive keeps every HTTP response the crawler receives as a WARC 1.1 record, so that
// each claim in the graph can be traced to the exact bytes it was read from.
//
// Records are written with github.com/nlnwa/gowarc/v2 (the National Library of Norway's
// maintained WARC library: WARC 1.1 writer with per-record gzip members, size-based file
// rotation and a validating reader) into <dir>/*.warc.gz. Each response payload's sha256 is
// indexed in a bbolt database shared with the crawl state, so that Get finds the record by
// digest with one seek. A payload already archived is written again only as a WARC revisit
// record (identical-payload-digest profile) that points to the first copy.
//
// The stored body is what Go's HTTP client delivers: transfer coding removed, and a gzip
// content coding that the client negotiated itself decoded (Go then drops Content-Encoding and
// Content-Length from the header), so the archived head and body always agree.
package archive

import (
	"bufio"
	"bytes"
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"time"

	"github.com/nlnwa/gowarc/v2"
	"go.etcd.io/bbolt"
)

// Bucket names in the shared bbolt database.
var (
	bucketDigests = []byte("archive.digests") // sha256 hex -> location of the first full record
	bucketFiles   = []byte("archive.files")   // WARC file name -> last indexed record offset
)

const (
	warcSuffix = ".warc.gz"
	openSuffix = ".open"
	// DefaultMaxFileSize is the size after which a new WARC file is started.
	DefaultMaxFileSize = 1 << 30
)

// gowarcMu serialises the gowarc calls that build record options: each sets a package-wide
// flag of github.com/google/uuid (EnableRandPool), which is otherwise a data race between
// archives, readers and writers in one process.
var gowarcMu sync.Mutex

// ErrNotFound reports a digest with no archived record.
var ErrNotFound = errors.New("no archived capture with that digest")

// Options tune an Archive.
type Options struct {
	// MaxFileSize rotates to a new WARC file once the current one would exceed it.
	MaxFileSize int64
	// Sync flushes each record to stable storage before indexing it. Without it a record
	// survives a process kill but not a power loss.
	Sync   bool
	Logger *slog.Logger
	// OnRecover is called, inside the index transaction, for each record found in a WARC
	// file that a killed process left behind but had not indexed, so the caller can bring
	// its own state up to date in the same transaction.
	OnRecover func(tx *bbolt.Tx, s Stored) error
}

// Response is one HTTP response to archive.
type Response struct {
	URL       string
	Proto     string // "HTTP/1.1"; empty means HTTP/1.1
	Status    int
	Header    http.Header
	Body      []byte
	FetchedAt time.Time
	// Truncated marks a body cut at the size limit.
	Truncated bool
}

// Stored says where a response went.
type Stored struct {
	URL       string
	Status    int
	Header    http.Header
	FetchedAt time.Time
	Truncated bool
	// Digest is the sha256 (hex) of the body.
	Digest string
	File   string
	Offset int64
	// Duplicate is true when the payload was archived before and a revisit record was written.
	Duplicate bool
}

// Record is an archived response read back.
type Record struct {
	URL        string
	Status     int
	StatusLine string // "HTTP/1.1 200 OK"
	Header     http.Header
	Body       []byte
	FetchedAt  time.Time
	Truncated  bool
	Digest     string
	File       string
	Offset     int64
}

// WriteHead writes the HTTP status line and header as archived.
func (r Record) WriteHead(w io.Writer) error {
	if _, err := io.WriteString(w, r.StatusLine+"\r\n"); err != nil {
		return err
	}
	if err := r.Header.Write(w); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\r\n")
	return err
}

type location struct {
	RecordID string    `json:"record_id"`
	File     string    `json:"file"`
	Offset   int64     `json:"offset"`
	URL      string    `json:"url"`
	Date     time.Time `json:"date"`
}

type fileState struct {
	LastOffset int64 `json:"last_offset"` // offset of the last indexed record; -1 when none
}

// Archive writes and reads WARC captures.
type Archive struct {
	dir  string
	db   *bbolt.DB
	opts Options
	log  *slog.Logger

	mu     sync.Mutex // orders duplicate checks and writes
	w      *gowarc.WarcFileWriter
	closed bool
}

// Open opens the archive in dir (created if needed) with its index in db. WARC files that a
// killed process left open are scanned, their unindexed records indexed, a torn last record
// cut off, and the files closed.
func Open(dir string, db *bbolt.DB, opts Options) (*Archive, error) {
	if opts.MaxFileSize <= 0 {
		opts.MaxFileSize = DefaultMaxFileSize
	}
	log := opts.Logger
	if log == nil {
		log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, fmt.Errorf("archive dir: %w", err)
	}
	if err := db.Update(func(tx *bbolt.Tx) error {
		for _, b := range [][]byte{bucketDigests, bucketFiles} {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		return nil, fmt.Errorf("archive index: %w", err)
	}
	a := &Archive{dir: dir, db: db, opts: opts, log: log}
	if err := a.recover(); err != nil {
		return nil, err
	}
	gowarcMu.Lock()
	defer gowarcMu.Unlock()
	a.w = gowarc.NewWarcFileWriter(
		gowarc.WithFileNameGenerator(&nameGenerator{dir: dir}),
		gowarc.WithMaxFileSize(opts.MaxFileSize),
		gowarc.WithCompression(true),
		gowarc.WithFlush(opts.Sync),
		gowarc.WithOpenFileSuffix(openSuffix),
		gowarc.WithCompressedFileSuffix(".gz"),
		gowarc.WithRecordOptions(recordOptions(0)...),
		gowarc.WithWarcInfoFunc(func(rb gowarc.WarcRecordBuilder) error {
			_, err := rb.WriteString("software: scamgraph\r\nformat: WARC File Format 1.1\r\n" +
				"conformsTo: http://iipc.github.io/warc-specifications/specifications/warc-format/warc-1.1/\r\n")
			return err
		}),
	)
	return a, nil
}

// Dir is the directory holding the WARC files.
func (a *Archive) Dir() string { return a.dir }

func recordOptions(bodySize int) []gowarc.WarcRecordOption {
	return []gowarc.WarcRecordOption{
		gowarc.WithVersion(gowarc.V1_1),
		gowarc.WithDefaultDigestAlgorithm("sha256"),
		gowarc.WithDefaultDigestEncoding(gowarc.Base16),
		// The body is in memory already; keep the record there too.
		gowarc.WithBufferMaxMemBytes(int64(bodySize) + 64<<10),
	}
}

// Digest returns the sha256 hex of b, the key captures are known by.
func Digest(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

// Put archives one response. hook, if not nil, runs inside the index transaction, so that a
// caller's state and the index change together or not at all.
func (a *Archive) Put(ctx context.Context, r Response, hook func(tx *bbolt.Tx, s Stored) error) (Stored, error) {
	if err := ctx.Err(); err != nil {
		return Stored{}, err
	}
	if r.FetchedAt.IsZero() {
		r.FetchedAt = time.Now()
	}
	s := Stored{URL: r.URL, Status: r.Status, Header: r.Header, FetchedAt: r.FetchedAt,
		Truncated: r.Truncated, Digest: Digest(r.Body)}

	a.mu.Lock()
	locked := true
	defer func() {
		if locked {
			a.mu.Unlock()
		}
	}()
	if a.closed {
		return Stored{}, errors.New("archive is closed")
	}
	var first *location
	if len(r.Body) > 0 {
		if err := a.db.View(func(tx *bbolt.Tx) error {
			if v := tx.Bucket(bucketDigests).Get([]byte(s.Digest)); v != nil {
				first = &location{}
				return json.Unmarshal(v, first)
			}
			return nil
		}); err != nil {
			return Stored{}, fmt.Errorf("archive index: %w", err)
		}
	}
	gowarcMu.Lock()
	rec, err := buildRecord(r, s.Digest, first)
	if err != nil {
		gowarcMu.Unlock()
		return Stored{}, fmt.Errorf("archive %s: %w", r.URL, err)
	}
	defer rec.Close()
	res := a.w.Write(rec) // may start a new file, with a warcinfo record
	gowarcMu.Unlock()
	if len(res) != 1 {
		return Stored{}, fmt.Errorf("archive %s: writer closed", r.URL)
	}
	if res[0].Err != nil {
		return Stored{}, fmt.Errorf("archive %s: write %s: %w", r.URL, res[0].FileName, res[0].Err)
	}
	s.File, s.Offset, s.Duplicate = res[0].FileName, res[0].FileOffset, first != nil
	id := rec.RecordId()
	locked = false
	a.mu.Unlock()
	// Index outside the lock, so that concurrent Puts share one commit (bbolt Batch). A
	// record written but not indexed when the process dies is indexed by Open's recovery.
	err = a.db.Batch(func(tx *bbolt.Tx) error {
		if err := index(tx, s, id); err != nil {
			return err
		}
		if hook != nil {
			return hook(tx, s)
		}
		return nil
	})
	if err != nil {
		return s, fmt.Errorf("archive %s: index: %w", r.URL, err)
	}
	return s, nil
}

// index records s in the digest and file buckets.
func index(tx *bbolt.Tx, s Stored, recordID string) error {
	files := tx.Bucket(bucketFiles)
	var fs fileState
	if v := files.Get([]byte(s.File)); v != nil {
		if err := json.Unmarshal(v, &fs); err != nil {
			return err
		}
	} else {
		fs.LastOffset = -1
	}
	if s.Offset > fs.LastOffset {
		fs.LastOffset = s.Offset
		b, _ := json.Marshal(fs)
		if err := files.Put([]byte(s.File), b); err != nil {
			return err
		}
	}
	if s.Duplicate {
		return nil
	}
	d := tx.Bucket(bucketDigests)
	if d.Get([]byte(s.Digest)) != nil {
		return nil
	}
	b, _ := json.Marshal(location{RecordID: recordID, File: s.File, Offset: s.Offset, URL: s.URL, Date: s.FetchedAt})
	return d.Put([]byte(s.Digest), b)
}

// buildRecord makes a response record, or a revisit record when first locates an earlier
// copy of the same payload.
func buildRecord(r Response, digest string, first *location) (gowarc.WarcRecord, error) {
	proto := r.Proto
	if proto == "" {
		proto = "HTTP/1.1"
	}
	var head bytes.Buffer
	fmt.Fprintf(&head, "%s %d %s\r\n", proto, r.Status, http.StatusText(r.Status))
	if err := r.Header.Write(&head); err != nil {
		return nil, err
	}
	head.WriteString("\r\n")

	typ := gowarc.Response
	if first != nil {
		typ = gowarc.Revisit
	}
	rb := gowarc.NewRecordBuilder(typ, recordOptions(head.Len()+len(r.Body))...)
	if _, err := rb.Write(head.Bytes()); err != nil {
		return nil, err
	}
	if first == nil {
		if _, err := rb.Write(r.Body); err != nil {
			return nil, err
		}
	} else {
		rb.AddWarcHeader(gowarc.WarcProfile, gowarc.ProfileIdenticalPayloadDigestV1_1)
		if first.RecordID != "" {
			rb.AddWarcHeader(gowarc.WarcRefersTo, "<"+first.RecordID+">")
		}
		rb.AddWarcHeader(gowarc.WarcRefersToTargetURI, first.URL)
		rb.AddWarcHeader(gowarc.WarcRefersToDate, first.Date.UTC().Format(time.RFC3339Nano))
	}
	rb.AddWarcHeader(gowarc.WarcTargetURI, r.URL)
	rb.AddWarcHeaderTime(gowarc.WarcDate, r.FetchedAt)
	rb.AddWarcHeader(gowarc.ContentType, "application/http;msgtype=response")
	rb.AddWarcHeader(gowarc.WarcPayloadDigest, "sha256:"+digest)
	if r.Truncated {
		rb.AddWarcHeader(gowarc.WarcTruncated, "length")
	}
	rec, _, err := rb.Build()
	return rec, err
}

// Get returns the archived response whose body has the given sha256 (hex, any case).
func (a *Archive) Get(ctx context.Context, digest string) (Record, error) {
	digest, err := normalizeDigest(digest)
	if err != nil {
		return Record{}, err
	}
	var loc *location
	if err := a.db.View(func(tx *bbolt.Tx) error {
		if v := tx.Bucket(bucketDigests).Get([]byte(digest)); v != nil {
			loc = &location{}
			return json.Unmarshal(v, loc)
		}
		return nil
	}); err != nil {
		return Record{}, fmt.Errorf("archive index: %w", err)
	}
	if loc == nil {
		return Record{}, fmt.Errorf("%s: %w", digest, ErrNotFound)
	}
	if err := ctx.Err(); err != nil {
		return Record{}, err
	}
	rec, err := readAt(a.path(loc.File), loc.Offset)
	if err != nil {
		return Record{}, fmt.Errorf("capture %s in %s at %d: %w", digest, loc.File, loc.Offset, err)
	}
	if rec.Digest != digest {
		return Record{}, fmt.Errorf("capture %s in %s at %d: archived body has sha256 %s; the WARC file is damaged",
			digest, loc.File, loc.Offset, rec.Digest)
	}
	return rec, nil
}

// path finds a WARC file by its final name, or under its open-file name while it is written.
func (a *Archive) path(name string) string {
	p := filepath.Join(a.dir, name)
	if _, err := os.Stat(p); err != nil {
		if _, err2 := os.Stat(p + openSuffix); err2 == nil {
			return p + openSuffix
		}
	}
	return p
}

func normalizeDigest(d string) (string, error) {
	d = strings.ToLower(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(d), "sha256:")))
	if len(d) != 64 {
		return "", fmt.Errorf("%q is not a sha256 digest (64 hex digits)", d)
	}
	if _, err := hex.DecodeString(d); err != nil {
		return "", fmt.Errorf("%q is not a sha256 digest (64 hex digits)", d)
	}
	return d, nil
}

// readAt reads the response record starting at offset in a WARC file.
func readAt(path string, offset int64) (Record, error) {
	gowarcMu.Lock()
	r, err := gowarc.NewWarcFileReader(path, offset)
	gowarcMu.Unlock()
	if err != nil {
		return Record{}, err
	}
	defer r.Close()
	wr, _, _, err := r.Next()
	if err != nil {
		return Record{}, err
	}
	defer wr.Close()
	rec, err := toRecord(wr)
	if err != nil {
		return Record{}, err
	}
	rec.File, rec.Offset = filepath.Base(strings.TrimSuffix(path, openSuffix)), offset
	return rec, nil
}

// toRecord reads a response record's HTTP head and body.
func toRecord(wr gowarc.WarcRecord) (Record, error) {
	if wr.Type() != gowarc.Response {
		return Record{}, fmt.Errorf("record is a %s, not a response", wr.Type())
	}
	hb, ok := wr.Block().(gowarc.HttpResponseBlock)
	if !ok {
		return Record{}, errors.New("record holds no HTTP response")
	}
	body, err := hb.PayloadBytes()
	if err != nil {
		return Record{}, err
	}
	b, err := io.ReadAll(body)
	if err != nil {
		return Record{}, err
	}
	h := http.Header{}
	if hh := hb.HttpHeader(); hh != nil {
		h = hh.Clone()
	}
	rec := Record{
		URL:        wr.WarcHeader().Get(gowarc.WarcTargetURI),
		Status:     hb.HttpStatusCode(),
		StatusLine: strings.TrimSpace(hb.HttpStatusLine()),
		Header:     h,
		Body:       b,
		Truncated:  wr.WarcHeader().Has(gowarc.WarcTruncated),
		Digest:     Digest(b),
	}
	if !strings.HasPrefix(rec.StatusLine, "HTTP/") {
		rec.StatusLine = "HTTP/1.1 " + rec.StatusLine
	}
	if t, err := time.Parse(time.RFC3339Nano, wr.WarcHeader().Get(gowarc.WarcDate)); err == nil {
		rec.FetchedAt = t
	}
	return rec, nil
}

// Close finishes the current WARC file.
func (a *Archive) Close() error {
	a.mu.Lock()
	defer a.mu.Unlock()
	if a.closed {
		return nil
	}
	a.closed = true
	return a.w.Close()
}

// nameGenerator names WARC files by time, process and a random part, so that a restarted
// process can never reuse the name of a file a killed one left behind.
type nameGenerator struct {
	dir    string
	mu     sync.Mutex
	serial int
}

func (g *nameGenerator) NewWarcfileName() (string, string) {
	g.mu.Lock()
	g.serial++
	n := g.serial
	g.mu.Unlock()
	var rnd [4]byte
	_, _ = rand.Read(rnd[:])
	return g.dir, fmt.Sprintf("scamgraph-%s-%d-%05d-%s.warc",
		time.Now().UTC().Format("20060102150405.000"), os.Getpid(), n, hex.EncodeToString(rnd[:]))
}

// recover indexes the records of WARC files left open by a killed process and closes them.
func (a *Archive) recover() error {
	entries, err := os.ReadDir(a.dir)
	if err != nil {
		return fmt.Errorf("archive dir: %w", err)
	}
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !strings.HasSuffix(name, warcSuffix+openSuffix) {
			continue
		}
		final := strings.TrimSuffix(name, openSuffix)
		n, err := a.recoverFile(filepath.Join(a.dir, name), final)
		if err != nil {
			return fmt.Errorf("recover %s: %w", name, err)
		}
		if err := os.Rename(filepath.Join(a.dir, name), filepath.Join(a.dir, final)); err != nil {
			return fmt.Errorf("recover %s: %w", name, err)
		}
		a.log.Info("recovered WARC file left open by a killed process", "file", final, "records_indexed", n)
	}
	return nil
}

func (a *Archive) recoverFile(path, final string) (int, error) {
	f, err := os.Open(path)
	if err != nil {
		return 0, err
	}
	defer f.Close()
	type found struct {
		st Stored
		id string
	}
	var recs []found
	cr := &countingReader{r: f}
	br := bufio.NewReaderSize(cr, 1<<20)
	// Default (warning) validation caches each block, so it can be read after Unmarshal has
	// consumed the record up to the end of its gzip member.
	gowarcMu.Lock()
	u := gowarc.NewUnmarshaler()
	gowarcMu.Unlock()
	var good int64 // end of the last complete record
	for {
		pos := cr.n - int64(br.Buffered())
		wr, skip, _, err := u.Unmarshal(br)
		if errors.Is(err, io.EOF) && wr == nil {
			good = pos
			break
		}
		if err != nil {
			break // torn record: cut off below
		}
		off := pos + skip
		// Unmarshal has read the record to the end of its gzip member (checksum verified).
		end := cr.n - int64(br.Buffered())
		st, ok, rerr := recordStored(wr, final, off)
		id := wr.RecordId()
		_ = wr.Close()
		if rerr != nil {
			break
		}
		if ok {
			recs = append(recs, found{st, id})
		}
		good = end
	}
	recovered := 0
	// Records are indexed (with the caller's state) in the transaction that follows their
	// write; a record whose index entry is missing, or that is a revisit, may not have been.
	err = a.db.Update(func(tx *bbolt.Tx) error {
		recovered = 0
		for _, r := range recs {
			if !r.st.Duplicate {
				if v := tx.Bucket(bucketDigests).Get([]byte(r.st.Digest)); v != nil {
					var loc location
					if json.Unmarshal(v, &loc) == nil && loc.File == final && loc.Offset == r.st.Offset {
						continue
					}
				}
			}
			if err := index(tx, r.st, r.id); err != nil {
				return err
			}
			if a.opts.OnRecover != nil {
				if err := a.opts.OnRecover(tx, r.st); err != nil {
					return err
				}
			}
			recovered++
		}
		return nil
	})
	if err != nil {
		return 0, err
	}
	info, err := f.Stat()
	if err != nil {
		return recovered, err
	}
	if good < info.Size() {
		a.log.Warn("cutting a torn record off a WARC file left by a killed process", "file", final,
			"offset", good, "bytes", info.Size()-good)
		if err := os.Truncate(path, good); err != nil {
			return recovered, err
		}
	}
	return recovered, nil
}

// recordStored describes a response or revisit record found while recovering; ok is false for
// records that need no index entry (warcinfo and the like).
func recordStored(wr gowarc.WarcRecord, file string, off int64) (Stored, bool, error) {
	h := wr.WarcHeader()
	st := Stored{URL: h.Get(gowarc.WarcTargetURI), File: file, Offset: off,
		Truncated: h.Has(gowarc.WarcTruncated)}
	if t, err := time.Parse(time.RFC3339Nano, h.Get(gowarc.WarcDate)); err == nil {
		st.FetchedAt = t
	}
	st.Digest = strings.TrimPrefix(h.Get(gowarc.WarcPayloadDigest), "sha256:")
	switch wr.Type() {
	case gowarc.Response:
		rec, err := toRecord(wr)
		if err != nil {
			return st, false, err
		}
		if rec.Digest != st.Digest {
			return st, false, fmt.Errorf("payload digest mismatch at %d", off)
		}
		st.Status, st.Header = rec.Status, rec.Header
		return st, true, nil
	case gowarc.Revisit:
		st.Duplicate = true
		if hb, ok := wr.Block().(gowarc.ProtocolHeaderBlock); ok {
			status, header := parseHead(hb.ProtocolHeaderBytes())
			st.Status, st.Header = status, header
		}
		return st, true, nil
	}
	return st, false, nil
}

// parseHead reads an HTTP status line and header from a revisit record's block.
func parseHead(b []byte) (int, http.Header) {
	resp, err := http.ReadResponse(bufio.NewReader(bytes.NewReader(b)), nil)
	if err != nil {
		return 0, http.Header{}
	}
	_ = resp.Body.Close()
	return resp.StatusCode, resp.Header
}

type countingReader struct {
	r io.Reader
	n int64
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// Find looks for the record of a digest by reading every WARC file in dir, without the
// index. It serves `scamgraph capture` while a running crawl holds the index open.
func Find(ctx context.Context, dir, digest string) (Record, error) {
	digest, err := normalizeDigest(digest)
	if err != nil {
		return Record{}, err
	}
	entries, err := os.ReadDir(dir)
	if err != nil {
		return Record{}, fmt.Errorf("archive dir: %w", err)
	}
	want := "sha256:" + digest
	for _, e := range entries {
		name := e.Name()
		if e.IsDir() || !(strings.HasSuffix(name, warcSuffix) || strings.HasSuffix(name, warcSuffix+openSuffix)) {
			continue
		}
		rec, found, err := findIn(ctx, filepath.Join(dir, name), want)
		if err != nil {
			return Record{}, fmt.Errorf("read %s: %w", name, err)
		}
		if found {
			return rec, nil
		}
	}
	return Record{}, fmt.Errorf("%s: %w", digest, ErrNotFound)
}

func findIn(ctx context.Context, path, want string) (Record, bool, error) {
	gowarcMu.Lock()
	r, err := gowarc.NewWarcFileReader(path, 0)
	gowarcMu.Unlock()
	if err != nil {
		return Record{}, false, err
	}
	defer r.Close()
	for {
		if err := ctx.Err(); err != nil {
			return Record{}, false, err
		}
		wr, off, _, err := r.Next()
		if err != nil {
			// End of file, or the torn tail of a file still being written.
			return Record{}, false, nil
		}
		if wr.Type() == gowarc.Response && strings.EqualFold(wr.WarcHeader().Get(gowarc.WarcPayloadDigest), want) {
			rec, err := toRecord(wr)
			_ = wr.Close()
			if err != nil {
				return Record{}, false, err
			}
			rec.File, rec.Offset = filepath.Base(strings.TrimSuffix(path, openSuffix)), off
			return rec, true, nil
		}
		_ = wr.Close()
	}
}
