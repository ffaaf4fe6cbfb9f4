package web

import (
	"bytes"
	"net/http"
	"sync"
	"time"
)

// DefaultAnswerTTL is how long a read answer of the explorer (entity page, search, diagram) is
// reused. Readers of one newsroom open the same entity at once; a short reuse turns their many
// graph reads into one, and a crawl's load shows after at most this long.
const DefaultAnswerTTL = 2 * time.Second

// Bounds of the answer cache: entries kept, and the largest answer kept.
const (
	maxCachedAnswers = 512
	maxCachedBytes   = 1 << 20
)

// answerCache keeps recent successful answers by request URI for a short while; concurrent
// misses for one URI wait for the first reader's answer instead of each asking the graph.
// Access checks run before it (ServeHTTP), and answers do not depend on who asks.
type answerCache struct {
	ttl      time.Duration
	now      func() time.Time
	mu       sync.Mutex
	entries  map[string]cachedAnswer
	inflight map[string]*pendingAnswer
}

type cachedAnswer struct {
	header  http.Header
	body    []byte
	expires time.Time
}

type pendingAnswer struct {
	done   chan struct{}
	answer *cachedAnswer // nil when the first reader got no cacheable answer
}

func newAnswerCache(ttl time.Duration) *answerCache {
	return &answerCache{ttl: ttl, now: time.Now, entries: map[string]cachedAnswer{}, inflight: map[string]*pendingAnswer{}}
}

// SetAnswerTTL changes how long read answers are reused (default DefaultAnswerTTL); 0 turns
// the reuse off.
func (s *Server) SetAnswerTTL(d time.Duration) {
	s.answers = newAnswerCache(max(d, 0))
}

// cached serves GET answers of h from the answer cache when a fresh one is there.
func (s *Server) cached(h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		c := s.answers
		if c == nil || c.ttl <= 0 || r.Method != http.MethodGet {
			h(w, r)
			return
		}
		key := r.URL.RequestURI()
		var mine *pendingAnswer
		for mine == nil {
			c.mu.Lock()
			if a, ok := c.entries[key]; ok && c.now().Before(a.expires) {
				c.mu.Unlock()
				a.write(w)
				return
			}
			p, waiting := c.inflight[key]
			if !waiting {
				mine = &pendingAnswer{done: make(chan struct{})}
				c.inflight[key] = mine
				c.mu.Unlock()
				break
			}
			c.mu.Unlock()
			select {
			case <-p.done:
			case <-r.Context().Done():
				return
			}
			if p.answer != nil {
				p.answer.write(w)
				return
			}
			h(w, r) // the first reader's answer was an error or too large: ask on our own
			return
		}
		// This reader asks the graph; the answer goes to it, to the waiting readers and, when
		// it is a success of modest size, to the cache.
		released := false
		defer func() { // a handler that panics must not leave the waiting readers waiting
			if !released {
				c.mu.Lock()
				delete(c.inflight, key)
				c.mu.Unlock()
				close(mine.done)
			}
		}()
		rec := &recordedAnswer{header: http.Header{}, code: http.StatusOK}
		h(rec, r)
		// Only a whole answer is kept: a handler whose reader went away writes nothing (an
		// empty 200 kept here would be served to every reader after it).
		var a *cachedAnswer
		if rec.wroteHeader && rec.code == http.StatusOK && rec.body.Len() > 0 && rec.body.Len() <= maxCachedBytes && r.Context().Err() == nil {
			a = &cachedAnswer{header: rec.header, body: rec.body.Bytes(), expires: c.now().Add(c.ttl)}
		}
		c.mu.Lock()
		delete(c.inflight, key)
		if a != nil {
			c.store(key, *a)
		}
		c.mu.Unlock()
		mine.answer = a
		released = true
		close(mine.done)
		if !rec.wroteHeader {
			return // nothing was answered: the reader has gone
		}
		for k, v := range rec.header {
			w.Header()[k] = v
		}
		w.WriteHeader(rec.code)
		_, _ = w.Write(rec.body.Bytes())
	}
}

// store keeps an answer, first dropping expired ones when the cache is full; a full cache of
// fresh answers keeps what it has. The caller holds mu.
func (c *answerCache) store(key string, a cachedAnswer) {
	if len(c.entries) >= maxCachedAnswers {
		now := c.now()
		for k, e := range c.entries {
			if !now.Before(e.expires) {
				delete(c.entries, k)
			}
		}
		if len(c.entries) >= maxCachedAnswers {
			return
		}
	}
	c.entries[key] = a
}

func (a *cachedAnswer) write(w http.ResponseWriter) {
	for k, v := range a.header {
		w.Header()[k] = v
	}
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(a.body)
}

// recordedAnswer holds a handler's answer so that it can be kept and copied.
type recordedAnswer struct {
	header      http.Header
	body        bytes.Buffer
	code        int
	wroteHeader bool
}

func (r *recordedAnswer) Header() http.Header { return r.header }

func (r *recordedAnswer) WriteHeader(code int) {
	if !r.wroteHeader {
		r.code, r.wroteHeader = code, true
	}
}

func (r *recordedAnswer) Write(b []byte) (int, error) {
	r.wroteHeader = true
	return r.body.Write(b)
}
