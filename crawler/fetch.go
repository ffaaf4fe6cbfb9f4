package crawler

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"net"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/gocolly/colly/v2"
	"go.etcd.io/bbolt"

	"github.com/scamgraph/scamgraph/internal/archive"
	"github.com/scamgraph/scamgraph/internal/config"
)

// callHeader tags a request with its call record; the transport removes it before sending.
const callHeader = "X-Scamgraph-Call"

// robotsTTL is how long a fetched robots.txt is reused (RFC 9309 asks for at most 24 hours).
const robotsTTL = 24 * time.Hour

// call is one fetch of one address, shared between the worker that asked for it and the
// transport that performs it.
type call struct {
	limits config.Limits
	res    *result
	prev   urlState
	// err is set when the transport gave up before a response (robots, host back-off).
	err error
}

// transport performs each HTTP exchange colly asks for: it waits out a host's back-off,
// retries with exponential back-off (honouring Retry-After on 429 and 503), applies the
// per-request timeout and body cap, and archives every response, updating the URL's crawl
// state in the same transaction as the archive index. Colly receives the status and header
// with an empty body; the worker reads the body from the call record.
type transport struct {
	c     *Crawler
	base  http.RoundTripper
	calls sync.Map // tag -> *call
	seq   atomic.Uint64

	mu     sync.Mutex
	gates  map[string]time.Time     // host -> no request before
	delays map[string]time.Duration // host -> politeness delay, applied after robots.txt too
}

func newTransport(c *Crawler) *transport {
	base := &http.Transport{
		Proxy:                 http.ProxyFromEnvironment,
		DialContext:           (&net.Dialer{Timeout: 15 * time.Second, KeepAlive: 30 * time.Second}).DialContext,
		ForceAttemptHTTP2:     true,
		MaxIdleConns:          200,
		MaxIdleConnsPerHost:   16,
		IdleConnTimeout:       90 * time.Second,
		TLSHandshakeTimeout:   15 * time.Second,
		ExpectContinueTimeout: time.Second,
	}
	return &transport{c: c, base: base, gates: map[string]time.Time{}, delays: map[string]time.Duration{}}
}

func (t *transport) register(cl *call) string {
	tag := strconv.FormatUint(t.seq.Add(1), 36)
	t.calls.Store(tag, cl)
	return tag
}

func (t *transport) release(tag string) { t.calls.Delete(tag) }

// errHostBackoff reports a host that asked for a pause longer than the crawler will wait.
type errHostBackoff struct {
	host  string
	until time.Time
}

func (e *errHostBackoff) Error() string {
	return fmt.Sprintf("%s asked to wait until %s (Retry-After); deferred to a later run", e.host, e.until.UTC().Format(time.RFC3339))
}

func (t *transport) RoundTrip(req *http.Request) (*http.Response, error) {
	var cl *call
	if tag := req.Header.Get(callHeader); tag != "" {
		if v, ok := t.calls.Load(tag); ok {
			cl = v.(*call)
		}
		req = req.Clone(req.Context())
		req.Header.Del(callHeader)
	}
	if cl == nil && req.URL.Path == "/robots.txt" {
		return t.robots(req)
	}
	return t.roundTrip(req, cl)
}

// robots fetches a robots.txt for colly's check, following up to five redirects (RFC 9309)
// and reusing a copy fetched in the last 24 hours.
func (t *transport) robots(req *http.Request) (*http.Response, error) {
	for hop := 0; ; hop++ {
		resp := t.cachedRobots(req)
		if resp == nil {
			var err error
			if resp, err = t.roundTrip(req, nil); err != nil {
				return nil, err
			}
			// robots.txt is a request to the host like any other: the page that asked for
			// it waits the host's delay too.
			t.mu.Lock()
			d := t.delays[req.URL.Host]
			t.mu.Unlock()
			if d > 0 {
				t.setGate(req.URL.Host, time.Now().Add(d))
			}
		}
		loc := resp.Header.Get("Location")
		if resp.StatusCode < 300 || resp.StatusCode > 399 || loc == "" || hop >= 5 {
			if resp.StatusCode >= 300 && resp.StatusCode <= 399 {
				// Unfollowable: treat as no robots.txt, as RFC 9309 allows.
				resp.StatusCode, resp.Status = http.StatusNotFound, "404 Not Found"
			}
			return resp, nil
		}
		next, err := resolve(req.URL.String(), loc)
		if err != nil {
			resp.StatusCode, resp.Status = http.StatusNotFound, "404 Not Found"
			return resp, nil
		}
		nr, err := http.NewRequestWithContext(req.Context(), http.MethodGet, next, nil)
		if err != nil {
			return nil, err
		}
		nr.Header = req.Header.Clone()
		req = nr
	}
}

func (t *transport) roundTrip(req *http.Request, cl *call) (*http.Response, error) {
	lim := t.c.cfg.Defaults
	if cl != nil {
		lim = cl.limits
	}
	robots := cl == nil
	ctx := req.Context()
	host := req.URL.Host
	for attempt := 0; ; attempt++ {
		if err := t.waitHost(ctx, host); err != nil {
			if cl != nil {
				cl.err = err
			}
			return nil, err
		}
		status, header, body, truncated, proto, err := t.exchange(req, lim)
		if err != nil {
			if attempt < lim.Retries && retryableErr(err) && ctx.Err() == nil {
				if err := sleepCtx(ctx, t.backoff(attempt)); err != nil {
					return nil, err
				}
				continue
			}
			return nil, err
		}
		fetchedAt := time.Now()
		res := &result{URL: req.URL.String(), Status: status, Header: header, FetchedAt: fetchedAt,
			Truncated: truncated, body: body, contentType: header.Get("Content-Type")}
		res.Digest = archive.Digest(body)
		retry := retryableStatus(status) && status != http.StatusNotImplemented &&
			status != http.StatusHTTPVersionNotSupported && attempt < lim.Retries
		prev, err := t.record(ctx, req.URL.String(), proto, res)
		if err != nil {
			return nil, err
		}
		if retry {
			wait := t.backoff(attempt)
			if ra, ok := retryAfter(header.Get("Retry-After"), fetchedAt); ok {
				wait = ra
			}
			if wait > t.c.opts.MaxRetryAfter {
				until := fetchedAt.Add(wait)
				t.setGate(host, until)
				err := &errHostBackoff{host: host, until: until}
				if cl != nil {
					cl.err = err
				}
				return nil, err
			}
			t.setGate(host, fetchedAt.Add(wait))
			continue
		}
		if cl != nil {
			cl.res, cl.prev = res, prev
		}
		out := &http.Response{
			Status:       fmt.Sprintf("%d %s", status, http.StatusText(status)),
			StatusCode:   status,
			Proto:        "HTTP/1.1",
			ProtoMajor:   1,
			ProtoMinor:   1,
			Header:       header.Clone(),
			Body:         http.NoBody,
			Request:      req,
			Uncompressed: true, // keeps colly from gunzipping the (empty) body itself
		}
		if robots {
			out.Body = io.NopCloser(bytes.NewReader(body))
		}
		return out, nil
	}
}

// exchange sends one request and reads the body up to the cap, all within the timeout.
func (t *transport) exchange(req *http.Request, lim config.Limits) (int, http.Header, []byte, bool, string, error) {
	ctx := req.Context()
	if lim.Timeout > 0 {
		var cancel context.CancelFunc
		ctx, cancel = context.WithTimeout(ctx, lim.Timeout.D())
		defer cancel()
	}
	// named says which setting stopped an exchange that ran out of time.
	named := func(err error) error {
		if lim.Timeout > 0 && errors.Is(err, context.DeadlineExceeded) && req.Context().Err() == nil {
			return &errTimeout{limit: lim.Timeout.D(), err: err}
		}
		return err
	}
	resp, err := t.base.RoundTrip(req.WithContext(ctx))
	if err != nil {
		return 0, nil, nil, false, "", named(err)
	}
	defer resp.Body.Close()
	limit := lim.MaxBodyBytes
	if limit <= 0 {
		limit = 10 << 20
	}
	body, err := io.ReadAll(io.LimitReader(resp.Body, limit+1))
	if err != nil {
		return 0, nil, nil, false, "", fmt.Errorf("read body of %s: %w", req.URL, named(err))
	}
	truncated := int64(len(body)) > limit
	if truncated {
		body = body[:limit]
	}
	if resp.Header == nil {
		resp.Header = http.Header{}
	}
	return resp.StatusCode, resp.Header, body, truncated, resp.Proto, nil
}

// record archives a response and folds it into the URL's state in one transaction. It
// returns the URL's state from before this response.
func (t *transport) record(ctx context.Context, u, proto string, res *result) (urlState, error) {
	var prev urlState
	hook := func(tx *bbolt.Tx, s archive.Stored) error {
		var err error
		prev, err = recordFetch(tx, u, res.Status, res.Header, res.Digest, res.Truncated, res.FetchedAt)
		return err
	}
	if t.c.opts.SkipArchive {
		err := t.c.db.Batch(func(tx *bbolt.Tx) error { return hook(tx, archive.Stored{}) })
		return prev, err
	}
	_, err := t.c.arc.Put(ctx, archive.Response{URL: u, Proto: proto, Status: res.Status, Header: res.Header,
		Body: res.body, FetchedAt: res.FetchedAt, Truncated: res.Truncated}, hook)
	if err != nil {
		return prev, err
	}
	res.Archived = true
	return prev, nil
}

// cachedRobots answers a robots.txt request from the archive when the file was fetched in the
// last 24 hours, so a restarted crawl does not fetch it again.
func (t *transport) cachedRobots(req *http.Request) *http.Response {
	if t.c.opts.SkipArchive {
		return nil
	}
	var st urlState
	var ok bool
	_ = t.c.db.View(func(tx *bbolt.Tx) error {
		st, ok = getURLState(tx, req.URL.String())
		return nil
	})
	if !ok || st.Status >= 500 || st.Status < 200 || time.Since(st.FetchedAt) > robotsTTL {
		return nil
	}
	h := http.Header{}
	if st.Location != "" {
		h.Set("Location", st.Location)
	}
	var body []byte
	if st.Status < 300 {
		rec, err := t.c.arc.Get(req.Context(), st.Digest)
		if err != nil {
			return nil
		}
		body = rec.Body
	}
	return &http.Response{StatusCode: st.Status, Status: fmt.Sprintf("%d %s", st.Status, http.StatusText(st.Status)),
		Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1, Header: h,
		Body: io.NopCloser(bytes.NewReader(body)), Request: req, Uncompressed: true}
}

func (t *transport) setGate(host string, until time.Time) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if until.After(t.gates[host]) {
		t.gates[host] = until
	}
}

// waitHost blocks until the host's back-off has passed, or fails at once when the remaining
// wait is longer than the crawler will sit through.
func (t *transport) waitHost(ctx context.Context, host string) error {
	t.mu.Lock()
	until := t.gates[host]
	t.mu.Unlock()
	d := time.Until(until)
	if d <= 0 {
		return nil
	}
	if d > t.c.opts.MaxRetryAfter {
		return &errHostBackoff{host: host, until: until}
	}
	return sleepCtx(ctx, d)
}

// backoff is the wait before retry attempt+1: base·2^attempt with ±50% jitter, at most a minute.
func (t *transport) backoff(attempt int) time.Duration {
	d := t.c.opts.RetryBase << min(attempt, 10)
	d = min(d, time.Minute)
	return d/2 + time.Duration(rand.Int64N(int64(d)+1))
}

// retryAfter reads a Retry-After value: delay seconds or an HTTP date.
func retryAfter(v string, now time.Time) (time.Duration, bool) {
	v = strings.TrimSpace(v)
	if v == "" {
		return 0, false
	}
	if n, err := strconv.Atoi(v); err == nil && n >= 0 {
		return time.Duration(n) * time.Second, true
	}
	if t, err := http.ParseTime(v); err == nil {
		return max(t.Sub(now), 0), true
	}
	return 0, false
}

// errTimeout names the setting that ended an exchange.
type errTimeout struct {
	limit time.Duration
	err   error
}

func (e *errTimeout) Error() string {
	return fmt.Sprintf("no complete answer within timeout = %s (raise timeout for this source): %v", e.limit, e.err)
}

func (e *errTimeout) Unwrap() error { return e.err }

// networkErr says whether err is a failure to reach the host or to get its whole answer
// (DNS, refused, reset, timeout, cut connection): the host may be back by the next run.
// Certificate and protocol errors are not.
func networkErr(err error) bool {
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return true
	}
	if retryableErr(err) {
		return true
	}
	var op *net.OpError
	return errors.As(err, &op)
}

// retryableErr says whether a network error may go away within the run. DNS failures and
// certificate errors do not.
func retryableErr(err error) bool {
	var dnsErr *net.DNSError
	if errors.As(err, &dnsErr) {
		return dnsErr.IsTemporary || dnsErr.IsTimeout
	}
	if errors.Is(err, context.Canceled) {
		return false
	}
	if errors.Is(err, context.DeadlineExceeded) || errors.Is(err, syscall.ECONNRESET) ||
		errors.Is(err, syscall.ECONNREFUSED) || errors.Is(err, io.ErrUnexpectedEOF) || errors.Is(err, io.EOF) {
		return true
	}
	var ne net.Error
	if errors.As(err, &ne) && ne.Timeout() {
		return true
	}
	var ue *url.Error
	if errors.As(err, &ue) {
		return retryableErr(ue.Err)
	}
	return false
}

func sleepCtx(ctx context.Context, d time.Duration) error {
	if d <= 0 {
		return ctx.Err()
	}
	tm := time.NewTimer(d)
	defer tm.Stop()
	select {
	case <-ctx.Done():
		return ctx.Err()
	case <-tm.C:
		return nil
	}
}

// collectors builds the run's colly collectors: one that obeys robots.txt and one, sharing
// its backend (transport, limits, robots cache), for sources configured to ignore it.
type collectors struct {
	obey, ignore *colly.Collector
	mu           sync.Mutex
	rules        map[string]bool // hosts with a limit rule
	polite       bool
}

func (c *Crawler) newCollectors(ctx context.Context, tr *transport) *collectors {
	base := colly.NewCollector(
		colly.UserAgent(c.cfg.UserAgent),
		colly.AllowURLRevisit(), // the crawl state decides what is fetched again
		colly.ParseHTTPErrorResponse(),
		colly.MaxBodySize(0), // the transport caps bodies and says when it did
		colly.StdlibContext(ctx),
	)
	// colly ignores robots.txt unless told otherwise.
	base.IgnoreRobotsTxt = false
	base.WithTransport(tr)
	base.SetRequestTimeout(0) // per-attempt timeouts are applied by the transport
	// Redirects are followed by the worker, one archived exchange and one robots check per hop.
	base.SetRedirectHandler(func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse })
	ign := base.Clone()
	ign.IgnoreRobotsTxt = true
	return &collectors{obey: base, ignore: ign, rules: map[string]bool{}, polite: !c.opts.NoPoliteness}
}

// limitHost installs the per-host rule (parallelism, delay) the first time a host is seen.
func (cs *collectors) limitHost(host string, lim config.Limits) error {
	if !cs.polite {
		return nil
	}
	cs.mu.Lock()
	defer cs.mu.Unlock()
	if cs.rules[host] {
		return nil
	}
	cs.rules[host] = true
	return cs.obey.Limit(&colly.LimitRule{
		DomainRegexp: "^" + regexpQuote(host) + "$",
		Parallelism:  max(lim.Parallelism, 1),
		Delay:        lim.Delay.D(),
		RandomDelay:  lim.Delay.D() / 5,
	})
}

func regexpQuote(s string) string {
	var b strings.Builder
	for _, r := range s {
		if strings.ContainsRune(`\.+*?()|[]{}^$`, r) {
			b.WriteByte('\\')
		}
		b.WriteRune(r)
	}
	return b.String()
}

// do performs one exchange for u through colly and returns the call record.
func (c *Crawler) do(cs *collectors, tr *transport, u string, lim config.Limits, hdr http.Header) (*call, error) {
	if err := cs.limitHost(hostOf(u), lim); err != nil {
		return nil, err
	}
	if cs.polite {
		tr.mu.Lock()
		tr.delays[hostOf(u)] = max(tr.delays[hostOf(u)], lim.Delay.D())
		tr.mu.Unlock()
	}
	cl := &call{limits: lim}
	tag := tr.register(cl)
	defer tr.release(tag)
	h := hdr.Clone()
	if h == nil {
		h = http.Header{}
	}
	h.Set(callHeader, tag)
	col := cs.obey
	if lim.IgnoreRobots {
		col = cs.ignore
	}
	err := col.Request(http.MethodGet, u, nil, colly.NewContext(), h)
	if cl.res != nil {
		// A response arrived; colly's own complaints about it (status text) do not matter.
		return cl, nil
	}
	if cl.err != nil {
		return cl, cl.err
	}
	if errors.Is(err, colly.ErrRobotsTxtBlocked) {
		return cl, errRobots
	}
	if err == nil {
		err = errors.New("no response")
	}
	return cl, err
}

var errRobots = errors.New("robots.txt disallows this address")
