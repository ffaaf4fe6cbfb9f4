package web

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"
)

// cacheServer is a Server whose answer cache reads a clock the test moves.
func cacheServer(ttl time.Duration) (*Server, *time.Time) {
	s := &Server{answers: newAnswerCache(ttl)}
	now := time.Date(2026, 12, 5, 12, 0, 0, 0, time.UTC)
	s.answers.now = func() time.Time { return now }
	return s, &now
}

func askCached(h http.HandlerFunc, target string) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h(rec, httptest.NewRequest(http.MethodGet, target, nil))
	return rec
}

func TestAnswerCache(t *testing.T) {
	cases := []struct {
		name  string
		ttl   time.Duration
		code  int
		size  int
		steps []struct {
			target  string
			advance time.Duration
		}
		wantCalls int
	}{
		{name: "repeat within the ttl reads the graph once", ttl: 2 * time.Second, code: 200, size: 10,
			steps: []struct {
				target  string
				advance time.Duration
			}{{"/api/entities/a", 0}, {"/api/entities/a", time.Second}, {"/api/entities/a", 500 * time.Millisecond}}, wantCalls: 1},
		{name: "after the ttl the graph is read again", ttl: 2 * time.Second, code: 200, size: 10,
			steps: []struct {
				target  string
				advance time.Duration
			}{{"/api/entities/a", 0}, {"/api/entities/a", 2 * time.Second}}, wantCalls: 2},
		{name: "another query string is another answer", ttl: 2 * time.Second, code: 200, size: 10,
			steps: []struct {
				target  string
				advance time.Duration
			}{{"/api/entities?q=chen", 0}, {"/api/entities?q=chen&type=Person", 0}, {"/api/entities?q=chen", 0}}, wantCalls: 2},
		{name: "errors are not kept", ttl: 2 * time.Second, code: 404, size: 10,
			steps: []struct {
				target  string
				advance time.Duration
			}{{"/api/entities/x", 0}, {"/api/entities/x", 0}}, wantCalls: 2},
		{name: "large answers are not kept", ttl: 2 * time.Second, code: 200, size: maxCachedBytes + 1,
			steps: []struct {
				target  string
				advance time.Duration
			}{{"/api/entities/big", 0}, {"/api/entities/big", 0}}, wantCalls: 2},
		{name: "ttl 0 turns reuse off", ttl: 0, code: 200, size: 10,
			steps: []struct {
				target  string
				advance time.Duration
			}{{"/api/entities/a", 0}, {"/api/entities/a", 0}}, wantCalls: 2},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			s, now := cacheServer(c.ttl)
			calls := 0
			h := s.cached(func(w http.ResponseWriter, r *http.Request) {
				calls++
				w.Header().Set("Content-Type", "application/json")
				w.WriteHeader(c.code)
				_, _ = w.Write([]byte(strings.Repeat("x", c.size)))
			})
			for _, st := range c.steps {
				*now = now.Add(st.advance)
				rec := askCached(h, st.target)
				if rec.Code != c.code || rec.Body.Len() != c.size || rec.Header().Get("Content-Type") != "application/json" {
					t.Fatalf("%s: %d, %d bytes, %q", st.target, rec.Code, rec.Body.Len(), rec.Header().Get("Content-Type"))
				}
			}
			if calls != c.wantCalls {
				t.Errorf("handler ran %d times, want %d", calls, c.wantCalls)
			}
		})
	}
}

// TestAnswerCacheSharesOneRead: readers arriving while the first one's graph read runs wait
// for it instead of each reading the graph.
func TestAnswerCacheSharesOneRead(t *testing.T) {
	s, _ := cacheServer(time.Second)
	var calls atomic.Int32
	release := make(chan struct{})
	h := s.cached(func(w http.ResponseWriter, r *http.Request) {
		calls.Add(1)
		<-release
		_, _ = w.Write([]byte(`{"ok":true}`))
	})
	const readers = 20
	var wg sync.WaitGroup
	bodies := make([]string, readers)
	for i := range readers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			bodies[i] = askCached(h, "/api/entities/a").Body.String()
		}()
	}
	// Let the readers line up behind the first, then let it answer.
	deadline := time.Now().Add(5 * time.Second)
	for {
		s.answers.mu.Lock()
		_, running := s.answers.inflight["/api/entities/a"]
		s.answers.mu.Unlock()
		if running || time.Now().After(deadline) {
			break
		}
		time.Sleep(time.Millisecond)
	}
	time.Sleep(20 * time.Millisecond)
	close(release)
	wg.Wait()
	if n := calls.Load(); n != 1 {
		t.Errorf("graph read %d times for %d concurrent readers, want 1", n, readers)
	}
	for i, b := range bodies {
		if b != `{"ok":true}` {
			t.Fatalf("reader %d got %q", i, b)
		}
	}
}

// TestAnswerCachePanicReleasesReaders: a handler that panics does not leave the readers
// waiting for it stuck; each asks on its own.
func TestAnswerCachePanicReleasesReaders(t *testing.T) {
	s, _ := cacheServer(time.Second)
	var calls atomic.Int32
	started := make(chan struct{})
	release := make(chan struct{})
	h := s.cached(func(w http.ResponseWriter, r *http.Request) {
		if calls.Add(1) == 1 {
			close(started)
			<-release
			panic("handler failed")
		}
		_, _ = w.Write([]byte("fine"))
	})
	go func() {
		defer func() { _ = recover() }()
		askCached(h, "/api/entities/p")
	}()
	<-started
	done := make(chan string)
	go func() { done <- askCached(h, "/api/entities/p").Body.String() }()
	time.Sleep(20 * time.Millisecond)
	close(release)
	select {
	case got := <-done:
		if got != "fine" {
			t.Errorf("waiting reader got %q", got)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("a reader waiting on a panicked handler never got an answer")
	}
	if n := calls.Load(); n != 2 {
		t.Errorf("handler ran %d times, want 2 (the panic, then the waiting reader on its own)", n)
	}
}

// TestAnswerCacheBounded: the cache never holds more than maxCachedAnswers answers.
func TestAnswerCacheBounded(t *testing.T) {
	s, now := cacheServer(time.Minute)
	h := s.cached(func(w http.ResponseWriter, r *http.Request) { _, _ = w.Write([]byte("a")) })
	for i := range maxCachedAnswers + 50 {
		askCached(h, fmt.Sprintf("/api/entities/e%d", i))
	}
	if n := len(s.answers.entries); n != maxCachedAnswers {
		t.Errorf("%d answers kept, want the bound %d", n, maxCachedAnswers)
	}
	*now = now.Add(2 * time.Minute) // all expired: room again
	askCached(h, "/api/entities/new")
	if _, ok := s.answers.entries["/api/entities/new"]; !ok || len(s.answers.entries) != 1 {
		t.Errorf("after expiry: %d answers, new one kept %v", len(s.answers.entries), ok)
	}
}

// TestAnswerCacheKeepsNoEmptyAnswer: a handler that writes nothing (its reader went away,
// and reply returns without an answer) leaves nothing in the cache: the next reader gets a
// real answer, not an empty 200.
func TestAnswerCacheKeepsNoEmptyAnswer(t *testing.T) {
	s, _ := cacheServer(time.Minute)
	calls := 0
	h := s.cached(func(w http.ResponseWriter, r *http.Request) {
		calls++
		if calls == 1 {
			return // as reply does for a cancelled request
		}
		_, _ = w.Write([]byte(`{"id":"a"}`))
	})
	askCached(h, "/api/entities/a")
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	rec := httptest.NewRecorder()
	h(rec, httptest.NewRequest(http.MethodGet, "/api/entities/b", nil).WithContext(ctx)) // cancelled: not kept either
	if got := askCached(h, "/api/entities/a").Body.String(); got != `{"id":"a"}` {
		t.Errorf("after an empty first answer the next reader got %q", got)
	}
	if _, kept := s.answers.entries["/api/entities/b"]; kept {
		t.Error("an answer to a cancelled request was kept")
	}
}
