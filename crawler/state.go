package crawler

import (
	"encoding/binary"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"path/filepath"
	"time"

	"go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

// Crawl state lives in one bbolt file, <DataDir>/state.db, next to the archive index. Every
// change a fetch or a processed page makes is one transaction, so a killed process leaves a
// state it can resume from: the frontier (tasks) says what is left, the URL records say what
// was already received, and a task's state says whether its capture was fully processed.
var (
	bucketURLs     = []byte("crawl.urls")     // fetch URL -> urlState
	bucketTasks    = []byte("crawl.tasks")    // source \x00 seq -> task
	bucketQueued   = []byte("crawl.queued")   // source \x00 canonical URL -> task key
	bucketSeen     = []byte("crawl.seen")     // item identity -> first seen (RFC 3339)
	bucketHandled  = []byte("crawl.handled")  // body sha256 -> handed to the handler (RFC 3339)
	bucketPasses   = []byte("crawl.passes")   // source -> pass
	bucketPassDone = []byte("crawl.passdone") // source \x00 canonical URL -> pass id, for listing pages done in a pass
	bucketCursors  = []byte("crawl.cursors")  // source -> map of cursor values
)

var allBuckets = [][]byte{bucketURLs, bucketTasks, bucketQueued, bucketSeen, bucketHandled, bucketPasses,
	bucketPassDone, bucketCursors}

// ErrInUse reports a data directory locked by another scamgraph process.
var ErrInUse = errors.New("in use by another scamgraph process")

// openState opens (creating) the state database. A second process on the same data directory
// waits up to timeout for the lock, then gets ErrInUse.
func openState(dataDir string, timeout time.Duration) (*bbolt.DB, error) {
	path := filepath.Join(dataDir, "state.db")
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{Timeout: timeout})
	if errors.Is(err, bolterrors.ErrTimeout) {
		return nil, fmt.Errorf("crawl state %s is %w (stop it, or give this one another data_dir)", path, ErrInUse)
	}
	if err != nil {
		return nil, fmt.Errorf("open crawl state %s: %w", path, err)
	}
	// Workers' commits are batched; a short wait keeps a lone worker from idling.
	db.MaxBatchDelay = 2 * time.Millisecond
	if err := db.Update(func(tx *bbolt.Tx) error {
		for _, b := range allBuckets {
			if _, err := tx.CreateBucketIfNotExists(b); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		db.Close()
		return nil, fmt.Errorf("init crawl state %s: %w", path, err)
	}
	return db, nil
}

// urlState is what the last fetch of one address gave.
type urlState struct {
	Status    int       `json:"status"`
	FetchedAt time.Time `json:"fetched_at"`
	Digest    string    `json:"digest,omitempty"`
	// ContentType and Location of the last response.
	ContentType string `json:"content_type,omitempty"`
	Location    string `json:"location,omitempty"`
	Truncated   bool   `json:"truncated,omitempty"`
	// Header keeps the response headers paging depends on (Link).
	Header http.Header `json:"header,omitempty"`
	// Validators and digest of the last successful (2xx) response, for conditional requests
	// and content-hash comparison.
	ETag         string    `json:"etag,omitempty"`
	LastModified string    `json:"last_modified,omitempty"`
	OKDigest     string    `json:"ok_digest,omitempty"`
	OKAt         time.Time `json:"ok_at,omitzero"`
}

func getURLState(tx *bbolt.Tx, u string) (urlState, bool) {
	var st urlState
	v := tx.Bucket(bucketURLs).Get([]byte(u))
	if v == nil || json.Unmarshal(v, &st) != nil {
		return urlState{}, false
	}
	return st, true
}

// recordFetch folds one archived response into the URL's state. Older responses (found again
// while recovering a WARC file) never overwrite newer ones.
func recordFetch(tx *bbolt.Tx, u string, status int, h http.Header, digest string, truncated bool, at time.Time) (prev urlState, err error) {
	prev, _ = getURLState(tx, u)
	if !prev.FetchedAt.IsZero() && at.Before(prev.FetchedAt) {
		return prev, nil
	}
	st := prev
	st.Status, st.FetchedAt, st.Digest, st.Truncated = status, at, digest, truncated
	st.ContentType = h.Get("Content-Type")
	st.Location = h.Get("Location")
	st.Header = nil
	if l := h.Values("Link"); len(l) > 0 {
		st.Header = http.Header{"Link": l}
	}
	if status >= 200 && status < 300 {
		st.ETag, st.LastModified = h.Get("ETag"), h.Get("Last-Modified")
		st.OKDigest, st.OKAt = digest, at
	}
	if status == http.StatusNotModified {
		// A 304 may refresh the validators.
		if e := h.Get("ETag"); e != "" {
			st.ETag = e
		}
		st.OKAt = at
	}
	b, err := json.Marshal(st)
	if err != nil {
		return prev, err
	}
	return prev, tx.Bucket(bucketURLs).Put([]byte(u), b)
}

// forgetValidators drops the validators and digest of u's last 2xx response, so that the next
// request is unconditional: a body that failed to parse must not be answered with 304 (and
// counted healthy) next time.
func forgetValidators(tx *bbolt.Tx, u string) error {
	st, ok := getURLState(tx, u)
	if !ok {
		return nil
	}
	st.ETag, st.LastModified, st.OKDigest = "", "", ""
	b, err := json.Marshal(st)
	if err != nil {
		return err
	}
	return tx.Bucket(bucketURLs).Put([]byte(u), b)
}

// Task roles.
const (
	roleList = "list" // the source's own addresses and their further pages; fetched each pass
	rolePage = "page" // an article a listing links to; fetched once
)

// Task states.
const (
	stateQueued  = "queued"  // not fetched yet
	stateFetched = "fetched" // fetched and archived; processing not confirmed
)

// task is one entry of the persistent frontier.
type task struct {
	key []byte

	Source string `json:"source"`
	Role   string `json:"role"`
	URL    string `json:"url"`
	// Current is the address being fetched when a redirect was followed; Hops counts them.
	Current  string    `json:"current,omitempty"`
	Hops     int       `json:"hops,omitempty"`
	Page     int       `json:"page,omitempty"` // 0 for a seed, n for the n-th further page
	Hint     hint      `json:"hint,omitzero"`
	Meta     meta      `json:"meta,omitempty"`
	QueuedAt time.Time `json:"queued_at"`
	State    string    `json:"state"`
	Result   *result   `json:"result,omitempty"`
	// Expanded is set once the links and next page found in the capture are queued.
	Expanded bool   `json:"expanded,omitempty"`
	Failures int    `json:"failures,omitempty"`
	LastErr  string `json:"last_error,omitempty"`
}

// meta carries kind-specific paging values (a GDELT window, a DOJ page number).
type meta map[string]string

type hint struct {
	Title     string     `json:"title,omitempty"`
	Author    string     `json:"author,omitempty"`
	Published *time.Time `json:"published,omitempty"`
}

// result is what the fetch of a task gave.
type result struct {
	URL         string      `json:"url"` // final address
	Status      int         `json:"status"`
	Header      http.Header `json:"header,omitempty"`
	Digest      string      `json:"digest,omitempty"`
	FetchedAt   time.Time   `json:"fetched_at"`
	Truncated   bool        `json:"truncated,omitempty"`
	Unchanged   bool        `json:"unchanged,omitempty"` // 304, or the same body as last time
	Archived    bool        `json:"archived,omitempty"`
	body        []byte
	contentType string
}

func (t *task) fetchURL() string {
	if t.Current != "" {
		return t.Current
	}
	return t.URL
}

func taskKey(source string, seq uint64) []byte {
	k := make([]byte, 0, len(source)+9)
	k = append(k, source...)
	k = append(k, 0)
	return binary.BigEndian.AppendUint64(k, seq)
}

func sourceKey(source, s string) []byte {
	k := make([]byte, 0, len(source)+1+len(s))
	k = append(k, source...)
	k = append(k, 0)
	return append(k, s...)
}

func putTask(tx *bbolt.Tx, t *task) error {
	b, err := json.Marshal(t)
	if err != nil {
		return err
	}
	return tx.Bucket(bucketTasks).Put(t.key, b)
}

// enqueue adds a task unless the same address is already waiting for this source, was done in
// this pass (listing pages), or was fetched before (article pages). It reports whether the
// task was added.
func enqueue(tx *bbolt.Tx, t *task, passID string) (bool, error) {
	canon := canonicalURL(t.URL)
	qk := sourceKey(t.Source, canon)
	if tx.Bucket(bucketQueued).Get(qk) != nil {
		return false, nil
	}
	if t.Role == rolePage {
		if tx.Bucket(bucketSeen).Get([]byte(pageID(canon))) != nil {
			return false, nil
		}
		// Fetched already (by another source, or by this one before a crash): the task that
		// fetched it hands it over.
		if st, ok := getURLState(tx, t.URL); ok && st.OKDigest != "" {
			return false, nil
		}
	}
	if t.Role == roleList && passID != "" && string(tx.Bucket(bucketPassDone).Get(qk)) == passID {
		return false, nil
	}
	tb := tx.Bucket(bucketTasks)
	seq, err := tb.NextSequence()
	if err != nil {
		return false, err
	}
	t.key = taskKey(t.Source, seq)
	t.State = stateQueued
	if err := putTask(tx, t); err != nil {
		return false, err
	}
	return true, tx.Bucket(bucketQueued).Put(qk, t.key)
}

// finishTask removes a task from the frontier.
func finishTask(tx *bbolt.Tx, t *task, passID string) error {
	canon := canonicalURL(t.URL)
	qk := sourceKey(t.Source, canon)
	if err := tx.Bucket(bucketTasks).Delete(t.key); err != nil {
		return err
	}
	if err := tx.Bucket(bucketQueued).Delete(qk); err != nil {
		return err
	}
	if t.Role == roleList && passID != "" {
		return tx.Bucket(bucketPassDone).Put(qk, []byte(passID))
	}
	return nil
}

// loadTasks returns the source's frontier in queue order.
func loadTasks(tx *bbolt.Tx, source string) ([]*task, error) {
	var out []*task
	prefix := append([]byte(source), 0)
	c := tx.Bucket(bucketTasks).Cursor()
	for k, v := c.Seek(prefix); k != nil && len(k) == len(prefix)+8 && string(k[:len(prefix)]) == string(prefix); k, v = c.Next() {
		t := &task{}
		if err := json.Unmarshal(v, t); err != nil {
			return nil, fmt.Errorf("task %x: %w", k, err)
		}
		t.key = append([]byte(nil), k...)
		out = append(out, t)
	}
	return out, nil
}

// pass is one round over a source: its seeds are queued when it opens, and it closes when a
// run ends normally. A run that finds its pass still open was interrupted, and resumes it
// without fetching the seeds again.
type pass struct {
	ID      string    `json:"id"`
	Open    bool      `json:"open"`
	Started time.Time `json:"started"`
	Ended   time.Time `json:"ended,omitzero"`
}

func getPass(tx *bbolt.Tx, source string) pass {
	var p pass
	if v := tx.Bucket(bucketPasses).Get([]byte(source)); v != nil {
		_ = json.Unmarshal(v, &p)
	}
	return p
}

func putPass(tx *bbolt.Tx, source string, p pass) error {
	b, err := json.Marshal(p)
	if err != nil {
		return err
	}
	return tx.Bucket(bucketPasses).Put([]byte(source), b)
}

func getCursor(tx *bbolt.Tx, source string) map[string]string {
	m := map[string]string{}
	if v := tx.Bucket(bucketCursors).Get([]byte(source)); v != nil {
		_ = json.Unmarshal(v, &m)
	}
	return m
}

func putCursor(tx *bbolt.Tx, source string, m map[string]string) error {
	b, err := json.Marshal(m)
	if err != nil {
		return err
	}
	return tx.Bucket(bucketCursors).Put([]byte(source), b)
}

func markSeen(tx *bbolt.Tx, id string, at time.Time) error {
	b := tx.Bucket(bucketSeen)
	if b.Get([]byte(id)) != nil {
		return nil
	}
	return b.Put([]byte(id), []byte(at.UTC().Format(time.RFC3339)))
}

func isSeen(tx *bbolt.Tx, id string) bool {
	return tx.Bucket(bucketSeen).Get([]byte(id)) != nil
}

func pageID(canon string) string { return "page:" + canon }
