package crawler

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"strconv"
	"sync"
	"time"

	"go.etcd.io/bbolt"

	"github.com/scamgraph/scamgraph/internal/config"
	"github.com/scamgraph/scamgraph/internal/sources"
)

// maxTaskFailures is how many runs a task may fail (network, 429, 5xx, handler) before it is
// dropped and reported for good.
const maxTaskFailures = 3

// run is one call of Run.
type run struct {
	c    *Crawler
	h    Handler
	ctx  context.Context // cancelled: stop dispatching
	wctx context.Context // in-flight work; cancelled DrainTimeout after ctx
	cs   *collectors

	mu       sync.Mutex
	wake     chan struct{}
	sources  []*srcRun
	rr       int
	inflight int
	handlers chan struct{}
	wg       sync.WaitGroup
}

// srcRun is one source's share of a run.
type srcRun struct {
	src    config.Source
	kind   sources.Kind
	lim    config.Limits
	passID string
	since  time.Time
	auth   map[string]string // host -> Authorization value
	// queues holds tasks waiting in this run, per host, in order.
	queues     map[string][]*task
	hosts      []string
	next       int
	waiting    int
	inflight   int
	dispatched int
	fatal      bool
	capped     bool
	started    time.Time
	lastShown  time.Time
	stats      SourceStats
}

// Run crawls the given sources until each has nothing left to fetch in this run (or has
// reached max_pages), handing document captures to h. A source that fails is reported in
// the summary by name; the others go on. When ctx is cancelled, fetches in flight may finish
// for Options.DrainTimeout, and whatever is left stays queued for the next run. Run may be
// called concurrently for different sources.
func (c *Crawler) Run(ctx context.Context, sources []config.Source, h Handler) (*Summary, error) {
	if h == nil {
		return nil, errors.New("crawler: nil handler")
	}
	start := time.Now()
	wctx, cancelWork := context.WithCancel(context.WithoutCancel(ctx))
	defer cancelWork()
	stopDrain := context.AfterFunc(ctx, func() {
		t := time.AfterFunc(c.opts.DrainTimeout, cancelWork)
		context.AfterFunc(wctx, func() { t.Stop() })
	})
	defer stopDrain()

	r := &run{c: c, h: h, ctx: ctx, wctx: wctx, wake: make(chan struct{}, 1),
		handlers: make(chan struct{}, c.opts.Handlers)}
	r.cs = c.newCollectors(wctx, c.tr)
	c.hosts.watch(r.wake)
	defer c.hosts.unwatch(r.wake)
	for _, src := range sources {
		sr := &srcRun{src: src, lim: src.Limits, queues: map[string][]*task{}, started: time.Now(),
			stats: SourceStats{Name: src.Name, Kind: src.Kind}}
		r.sources = append(r.sources, sr)
		k, ok := c.kinds.Lookup(src.Kind)
		if !ok {
			sr.fatalf("%v", c.kinds.Check([]config.Source{src}))
			continue
		}
		sr.kind = k
		if err := c.claim(src.Name); err != nil {
			sr.fatalf("%v", err)
			continue
		}
		defer c.unclaim(src.Name)
		if err := r.prepare(sr); err != nil {
			sr.fatalf("%v", err)
		}
	}
	r.loop()
	r.wg.Wait()

	sum := &Summary{Started: start, Finished: time.Now(), Interrupted: ctx.Err() != nil}
	for _, sr := range r.sources {
		r.finishSource(sr)
		sum.Sources = append(sum.Sources, sr.stats)
	}
	return sum, nil
}

func (sr *srcRun) fatalf(format string, args ...any) {
	sr.fatal = true
	sr.stats.Failed++
	sr.stats.addError(fmt.Sprintf(format, args...))
}

// prepare checks the source's settings, resumes an interrupted pass or opens a new one with
// the source's seeds, and loads its frontier.
func (r *run) prepare(sr *srcRun) error {
	now := time.Now()
	since, err := parseSince(sr.src.Since, now)
	if err != nil {
		return fmt.Errorf("since: %w", err)
	}
	sr.since = since
	if v, ok := sr.kind.(sources.Validator); ok {
		if err := v.Validate(sr.src); err != nil {
			return err
		}
	}
	if err := r.credentials(sr); err != nil {
		return err
	}
	var tasks []*task
	err = r.c.db.Update(func(tx *bbolt.Tx) error {
		p := getPass(tx, sr.src.Name)
		if !p.Open {
			p = pass{ID: strconv.FormatInt(now.UnixNano(), 36), Open: true, Started: now}
			cur := getCursor(tx, sr.src.Name)
			seeds, newCur, err := r.seeds(sr, cur, now)
			if err != nil {
				return err
			}
			for _, t := range seeds {
				t.QueuedAt = now
				if _, err := enqueue(tx, t, p.ID); err != nil {
					return err
				}
			}
			if newCur != nil {
				if err := putCursor(tx, sr.src.Name, newCur); err != nil {
					return err
				}
			}
			if err := putPass(tx, sr.src.Name, p); err != nil {
				return err
			}
		} else {
			r.c.log.Info("resuming an interrupted crawl", "source", sr.src.Name, "pass_started", p.Started)
		}
		sr.passID = p.ID
		var err error
		tasks, err = loadTasks(tx, sr.src.Name)
		return err
	})
	if err != nil {
		return err
	}
	for _, t := range tasks {
		sr.push(t)
	}
	if _, login := sr.kind.(sources.LoginKind); login && sr.auth == nil && sr.waiting > 0 {
		// Anonymous search (Bluesky's public AppView) answers the first page only; say so.
		r.c.log.Info(sr.src.Kind+" source has no user_env/password_env; searching anonymously", "source", sr.src.Name)
	}
	return nil
}

func (sr *srcRun) push(t *task) {
	host := ""
	if t.State == stateQueued {
		host = hostOf(t.fetchURL())
	}
	if _, ok := sr.queues[host]; !ok {
		sr.hosts = append(sr.hosts, host)
	}
	sr.queues[host] = append(sr.queues[host], t)
	sr.waiting++
}

// pick returns the next task whose host has a free slot.
func (sr *srcRun) pick(r *run) *task {
	if sr.fatal || sr.waiting == 0 {
		return nil
	}
	for i := 0; i < len(sr.hosts); i++ {
		idx := (sr.next + i) % len(sr.hosts)
		host := sr.hosts[idx]
		q := sr.queues[host]
		if len(q) == 0 {
			continue
		}
		if host != "" {
			if sr.dispatched >= sr.lim.MaxPages {
				sr.capped = true
				continue
			}
			if !r.c.opts.NoPoliteness && !r.c.hosts.take(host, max(sr.lim.Parallelism, 1)) {
				continue
			}
		}
		t := q[0]
		sr.queues[host] = q[1:]
		sr.waiting--
		sr.next = idx + 1
		if host != "" {
			sr.dispatched++
		}
		return t
	}
	return nil
}

// loop dispatches tasks until nothing is left or in flight.
func (r *run) loop() {
	for {
		r.mu.Lock()
		dispatched := false
		if r.ctx.Err() == nil {
			for r.inflight < r.c.opts.MaxInflight {
				t, sr := r.pickAny()
				if t == nil {
					break
				}
				dispatched = true
				r.inflight++
				sr.inflight++
				r.wg.Add(1)
				go r.work(sr, t)
			}
		}
		idle := r.inflight == 0
		r.mu.Unlock()
		if idle && !dispatched {
			return
		}
		if dispatched {
			continue
		}
		select {
		case <-r.wake:
		case <-r.ctx.Done():
			// Stop dispatching; wait for the work in flight.
			r.wg.Wait()
			return
		}
	}
}

func (r *run) pickAny() (*task, *srcRun) {
	n := len(r.sources)
	for i := 0; i < n; i++ {
		sr := r.sources[(r.rr+i)%n]
		if t := sr.pick(r); t != nil {
			r.rr = (r.rr + i + 1) % n
			return t, sr
		}
	}
	return nil, nil
}

// hostSlots counts fetches in flight per host over all concurrent Runs of a Crawler, so that
// two scheduled sources on one host together keep to its parallelism.
type hostSlots struct {
	mu      sync.Mutex
	busy    map[string]int
	waiters map[chan struct{}]bool
}

// take claims a slot on host if fewer than limit are in use.
func (h *hostSlots) take(host string, limit int) bool {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.busy[host] >= limit {
		return false
	}
	h.busy[host]++
	return true
}

// release frees a slot and wakes every Run, one of which may be waiting for it.
func (h *hostSlots) release(host string) {
	h.mu.Lock()
	defer h.mu.Unlock()
	if h.busy[host]--; h.busy[host] <= 0 {
		delete(h.busy, host)
	}
	for w := range h.waiters {
		select {
		case w <- struct{}{}:
		default:
		}
	}
}

func (h *hostSlots) watch(w chan struct{}) {
	h.mu.Lock()
	defer h.mu.Unlock()
	h.waiters[w] = true
}

func (h *hostSlots) unwatch(w chan struct{}) {
	h.mu.Lock()
	defer h.mu.Unlock()
	delete(h.waiters, w)
}

func (r *run) signal() {
	select {
	case r.wake <- struct{}{}:
	default:
	}
}

// work fetches (unless already fetched) and processes one task.
func (r *run) work(sr *srcRun, t *task) {
	defer func() {
		r.mu.Lock()
		r.inflight--
		sr.inflight--
		r.progress(sr, false)
		r.mu.Unlock()
		r.wg.Done()
		r.signal()
	}()
	if t.State == stateQueued {
		host := hostOf(t.fetchURL())
		ok := r.fetch(sr, t)
		if !r.c.opts.NoPoliteness {
			r.c.hosts.release(host)
		}
		r.signal()
		if !ok {
			return
		}
	}
	r.process(sr, t)
}

// fetch gets the task's response, following redirects hop by hop, and records it on the task.
// It returns false when the task ended (failed, deferred or interrupted).
func (r *run) fetch(sr *srcRun, t *task) bool {
	for {
		u := t.fetchURL()
		res := r.received(u, t.QueuedAt)
		if res == nil {
			if r.wctx.Err() != nil {
				return false
			}
			cl, err := r.c.do(r.cs, r.c.tr, u, sr.lim, r.headers(sr, t, u))
			if err != nil {
				r.fetchFailed(sr, t, u, err)
				return false
			}
			res = cl.res
			if res.Status == http.StatusNotModified ||
				(res.Status >= 200 && res.Status < 300 && t.Role == roleList && cl.prev.OKDigest == res.Digest && !res.Truncated) {
				res.Unchanged = true
			}
			r.count(sr, func(s *SourceStats) { s.Bytes += int64(len(res.body)) })
		}
		if res.Status >= 300 && res.Status < 400 && res.Status != http.StatusNotModified {
			next, err := r.redirect(sr, t, u, res)
			if err != nil {
				r.failTask(sr, t, err, false)
				return false
			}
			// Not persisted: after a crash, received() finds each hop in the URL state.
			t.Current, t.Hops = next, t.Hops+1
			continue
		}
		// Not persisted either: the URL state, committed with the archive record, already says
		// the response was received, and the next run picks it up from there.
		t.State, t.Result = stateFetched, res
		switch {
		case res.Status == http.StatusNotModified:
			r.count(sr, func(s *SourceStats) { s.NotModified++ })
		case res.Status >= 200 && res.Status < 300 && res.Unchanged:
			r.count(sr, func(s *SourceStats) { s.Fetched++; s.NotModified++ })
		case res.Status >= 200 && res.Status < 300:
			r.count(sr, func(s *SourceStats) { s.Fetched++ })
		}
		return true
	}
}

// received returns what an earlier fetch of u gave during this task's lifetime: the response
// a killed process archived but had not processed, or one another task fetched meanwhile.
func (r *run) received(u string, since time.Time) *result {
	var st urlState
	var ok bool
	_ = r.c.db.View(func(tx *bbolt.Tx) error {
		st, ok = getURLState(tx, u)
		return nil
	})
	if !ok || !st.FetchedAt.After(since) || retryableStatus(st.Status) {
		return nil
	}
	if r.c.opts.SkipArchive && st.Status >= 200 && st.Status < 300 {
		return nil // the body cannot be read back
	}
	h := http.Header{}
	for k, v := range map[string]string{"Content-Type": st.ContentType, "Location": st.Location} {
		if v != "" {
			h.Set(k, v)
		}
	}
	for k, v := range st.Header {
		h[k] = v
	}
	return &result{URL: u, Status: st.Status, Header: h, Digest: st.Digest, FetchedAt: st.FetchedAt,
		Truncated: st.Truncated, Archived: true, contentType: st.ContentType,
		Unchanged: st.Status == http.StatusNotModified}
}

func retryableStatus(s int) bool {
	return s == http.StatusTooManyRequests || s >= 500
}

// redirect checks and resolves a redirect's target.
func (r *run) redirect(sr *srcRun, t *task, from string, res *result) (string, error) {
	loc := res.Header.Get("Location")
	if loc == "" {
		return "", fmt.Errorf("%s answered %d without a Location", from, res.Status)
	}
	if t.Hops+1 > sr.lim.MaxRedirects {
		return "", fmt.Errorf("%s: more than %d redirects (max_redirects = %d; raise it for this source if the chain is genuine)", t.URL, sr.lim.MaxRedirects, sr.lim.MaxRedirects)
	}
	next, err := resolve(from, loc)
	if err != nil {
		return "", fmt.Errorf("%s redirects to %q: %w", from, loc, err)
	}
	return next, nil
}

// headers are the request headers for one fetch: conditional validators for listing pages
// fetched before, credentials for the source's own host, and an Accept matching the format.
func (r *run) headers(sr *srcRun, t *task, u string) http.Header {
	h := http.Header{}
	if accept := acceptFor(sr.kind, t.Role); accept != "" {
		h.Set("Accept", accept)
	}
	if v, ok := sr.auth[hostOf(u)]; ok {
		h.Set("Authorization", v)
	}
	if t.Role == roleList {
		_ = r.c.db.View(func(tx *bbolt.Tx) error {
			st, ok := getURLState(tx, u)
			if !ok || st.OKDigest == "" {
				return nil
			}
			if st.ETag != "" {
				h.Set("If-None-Match", st.ETag)
			}
			if st.LastModified != "" {
				h.Set("If-Modified-Since", st.LastModified)
			}
			return nil
		})
	}
	return h
}

// fetchFailed files a fetch that gave no usable response.
func (r *run) fetchFailed(sr *srcRun, t *task, u string, err error) {
	var backoff *errHostBackoff
	switch {
	case r.wctx.Err() != nil || errors.Is(err, context.Canceled):
		// Interrupted: the task stays queued for the next run.
	case errors.Is(err, errRobots):
		if t.Role == rolePage {
			r.count(sr, func(s *SourceStats) { s.Skipped++ })
			r.c.log.Info("skipped: robots.txt disallows", "source", sr.src.Name, "url", u)
			_ = r.update(func(tx *bbolt.Tx) error { return finishTask(tx, t, sr.passID) })
			return
		}
		r.failTask(sr, t, fmt.Errorf("%s: %w", u, err), false)
	case errors.As(err, &backoff), networkErr(err):
		r.failTask(sr, t, fmt.Errorf("GET %s: %w", u, err), true)
	default:
		r.failTask(sr, t, fmt.Errorf("GET %s: %w", u, err), false)
	}
}

// failTask counts a failure. A transient one leaves the task queued for a later run until it
// has failed maxTaskFailures times; a permanent one drops it.
func (r *run) failTask(sr *srcRun, t *task, err error, transient bool) {
	t.Failures++
	t.LastErr = err.Error()
	drop := !transient || t.Failures >= maxTaskFailures
	msg := err.Error()
	if transient && !drop {
		msg += " (will retry next run)"
	}
	r.count(sr, func(s *SourceStats) { s.Failed++; s.addError(msg) })
	r.c.log.Warn("fetch failed", "source", sr.src.Name, "url", t.URL, "err", err, "retry_next_run", !drop)
	uerr := r.update(func(tx *bbolt.Tx) error {
		if drop {
			if t.Role == rolePage {
				if err := markSeen(tx, pageID(canonicalURL(t.URL)), time.Now()); err != nil {
					return err
				}
			}
			return finishTask(tx, t, sr.passID)
		}
		return putTask(tx, t)
	})
	if uerr != nil {
		r.c.log.Error("crawl state", "source", sr.src.Name, "err", uerr)
	}
}

// update commits a state change. Concurrent workers' changes share one commit (bbolt Batch),
// so fn must be safe to run more than once.
func (r *run) update(fn func(tx *bbolt.Tx) error) error {
	return r.c.db.Batch(fn)
}

func (r *run) count(sr *srcRun, fn func(*SourceStats)) {
	r.mu.Lock()
	fn(&sr.stats)
	r.mu.Unlock()
}

// finishSource closes the source's pass unless the run was interrupted with work left.
func (r *run) finishSource(sr *srcRun) {
	sr.stats.Duration = time.Since(sr.started)
	if sr.passID == "" {
		return
	}
	var left int
	err := r.update(func(tx *bbolt.Tx) error {
		tasks, err := loadTasks(tx, sr.src.Name)
		if err != nil {
			return err
		}
		left = len(tasks)
		p := getPass(tx, sr.src.Name)
		if r.ctx.Err() != nil && left > 0 {
			return nil // resume this pass next time
		}
		p.Open, p.Ended = false, time.Now()
		return putPass(tx, sr.src.Name, p)
	})
	if err != nil {
		sr.stats.addError("crawl state: " + err.Error())
	}
	sr.stats.Queued = left
	r.mu.Lock()
	r.progress(sr, true)
	r.mu.Unlock()
}
