package crawler

import (
	"errors"
	"fmt"
	"net/http"
	"time"

	"go.etcd.io/bbolt"

	"github.com/scamgraph/scamgraph/internal/sources"
)

// process turns a fetched task into new tasks and, when its capture holds documents, a
// handler call, then removes it from the frontier. Every step is idempotent, so a task whose
// processing a kill interrupted is simply processed again from the archive.
func (r *run) process(sr *srcRun, t *task) {
	res := t.Result
	switch {
	case res.Unchanged:
		r.finish(sr, t)
		return
	case res.Status < 200 || res.Status >= 300:
		if t.Role == roleList && t.Page > 0 && (res.Status == http.StatusNotFound || res.Status == http.StatusGone) {
			r.finish(sr, t) // past the last page
			return
		}
		err := fmt.Errorf("GET %s: HTTP %d %s", res.URL, res.Status, http.StatusText(res.Status))
		if retryableStatus(res.Status) {
			t.State, t.Result = stateQueued, nil
			r.failTask(sr, t, err, true)
			return
		}
		r.failTask(sr, t, err, false)
		return
	}
	body, err := r.body(t)
	if err != nil {
		r.failTask(sr, t, err, false)
		return
	}
	f, err := r.discover(sr, t, res, body)
	if err != nil {
		if uerr := r.update(func(tx *bbolt.Tx) error { return forgetValidators(tx, res.URL) }); uerr != nil {
			r.c.log.Error("crawl state", "source", sr.src.Name, "err", uerr)
		}
		if res.Truncated {
			err = fmt.Errorf("%w (the body was cut at max_body_bytes = %d; raise it for this source)", err, sr.lim.MaxBodyBytes)
		}
		r.failTask(sr, t, fmt.Errorf("%s: %w", res.URL, err), false)
		return
	}
	if res.Truncated && t.Role == roleList {
		// What was parsed is still used, but entries past the cut are lost: report it.
		msg := fmt.Sprintf("%s: body cut at max_body_bytes = %d; entries past the cut are missing (raise it for this source)",
			res.URL, sr.lim.MaxBodyBytes)
		r.count(sr, func(s *SourceStats) { s.Failed++; s.Truncated++; s.addError(msg) })
		r.c.log.Warn("listing truncated", "source", sr.src.Name, "url", res.URL, "max_body_bytes", sr.lim.MaxBodyBytes)
	}
	for _, n := range f.notes {
		r.c.log.Info("note", "source", sr.src.Name, "url", res.URL, "note", n)
		r.count(sr, func(s *SourceStats) { s.addNote(n) })
	}
	for _, e := range f.skipped {
		r.c.log.Info("malformed entry skipped", "source", sr.src.Name, "url", res.URL, "err", e)
	}
	if !t.Expanded && (len(f.children) > 0 || f.next != nil || len(f.items) > 0 || len(f.cursor) > 0 || len(f.skipped) > 0) {
		if err := r.expand(sr, t, f); err != nil {
			r.failTask(sr, t, fmt.Errorf("crawl state: %w", err), true)
			return
		}
	}
	if f.skip != "" {
		r.c.log.Info("not handed over", "source", sr.src.Name, "url", res.URL, "reason", f.skip)
		r.count(sr, func(s *SourceStats) { s.Skipped++ })
		r.finish(sr, t)
		return
	}
	if !f.document {
		r.finish(sr, t)
		return
	}
	r.hand(sr, t, body, f.parsed)
}

// body returns the task's response body, from memory or from the archive.
func (r *run) body(t *task) ([]byte, error) {
	if t.Result.body != nil || t.Result.Digest == emptyDigest {
		return t.Result.body, nil
	}
	if r.c.opts.SkipArchive {
		return nil, errors.New("body not kept (archiving is off)")
	}
	rec, err := r.c.arc.Get(r.wctx, t.Result.Digest)
	if err != nil {
		return nil, fmt.Errorf("read capture of %s back: %w", t.Result.URL, err)
	}
	return rec.Body, nil
}

// emptyDigest is the sha256 of no bytes.
const emptyDigest = "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"

// expand queues what a capture links to and its next page (only when every item on the page
// is new and none is older than the source's since, so an incremental crawl stops where the
// last one began), marks its items seen and advances cursors, in one transaction.
func (r *run) expand(sr *srcRun, t *task, f *found) error {
	var added []*task
	newItems := 0
	now := time.Now()
	err := r.update(func(tx *bbolt.Tx) error {
		added, newItems = nil, 0
		for _, id := range f.items {
			if !isSeen(tx, id) {
				newItems++
				if err := markSeen(tx, id, now); err != nil {
					return err
				}
			}
		}
		children := f.children
		if f.next != nil {
			allNew := len(f.items) > 0 && newItems == len(f.items)
			tooOld := !sr.since.IsZero() && f.oldest != nil && f.oldest.Before(sr.since)
			if allNew && !tooOld && t.Page+1 < sr.lim.MaxPages {
				f.next.Page = t.Page + 1
				children = append(children, f.next)
			}
		}
		for _, c := range children {
			c.Source, c.QueuedAt = sr.src.Name, now
			ok, err := enqueue(tx, c, sr.passID)
			if err != nil {
				return err
			}
			if ok {
				added = append(added, c)
			}
		}
		if len(f.cursor) > 0 {
			cur := getCursor(tx, sr.src.Name)
			for k, v := range f.cursor {
				if v > cur[k] { // cursor values are fixed-width times or ids: later sorts higher
					cur[k] = v
				}
			}
			if err := putCursor(tx, sr.src.Name, cur); err != nil {
				return err
			}
		}
		t.Expanded = true
		return putTask(tx, t)
	})
	if err != nil {
		return err
	}
	r.mu.Lock()
	for _, c := range added {
		sr.push(c)
	}
	sr.stats.Items += newItems
	sr.stats.Skipped += len(f.skipped)
	r.mu.Unlock()
	r.signal()
	return nil
}

// hand gives a document capture to the handler, unless the same body, or the page its
// rel=canonical names, was handed over before.
func (r *run) hand(sr *srcRun, t *task, body []byte, parsed *sources.Parsed) {
	res := t.Result
	canon := canonicalURL(res.URL)
	relCanon := ""
	if t.Role == rolePage {
		if c := htmlCanonical(res.URL, body); c != "" && canonicalURL(c) != canon {
			relCanon = canonicalURL(c)
		}
	}
	dup := ""
	_ = r.c.db.View(func(tx *bbolt.Tx) error {
		switch {
		case tx.Bucket(bucketHandled).Get([]byte(res.Digest)) != nil:
			dup = "same content as a capture handed over before"
		case relCanon != "" && isSeen(tx, pageID(relCanon)):
			dup = "its canonical address " + relCanon + " was handed over before"
		}
		return nil
	})
	if dup != "" {
		r.c.log.Info("duplicate not handed over", "source", sr.src.Name, "url", res.URL, "reason", dup)
		r.count(sr, func(s *SourceStats) { s.Skipped++ })
		r.finish(sr, t)
		return
	}
	ct := res.contentType
	if ct == "" {
		ct = res.Header.Get("Content-Type")
	}
	c := Capture{
		Source: sr.src.Name, Kind: sr.src.Kind,
		URL: t.URL, FinalURL: res.URL,
		ContentType: ct, Charset: charsetOf(ct, body),
		Status: res.Status, Header: res.Header, Body: body, Digest: res.Digest,
		FetchedAt: res.FetchedAt, Truncated: res.Truncated,
		Title: t.Hint.Title, Author: t.Hint.Author, Published: t.Hint.Published,
		Parsed: parsed,
	}
	select {
	case r.handlers <- struct{}{}:
	case <-r.wctx.Done():
		return // stays fetched; handed over on the next run
	}
	err := r.h.HandleCapture(r.wctx, c)
	<-r.handlers
	if err != nil {
		if r.wctx.Err() != nil {
			return
		}
		r.failTask(sr, t, fmt.Errorf("handle %s: %w", res.URL, err), true)
		return
	}
	now := time.Now()
	if err := r.update(func(tx *bbolt.Tx) error {
		if err := tx.Bucket(bucketHandled).Put([]byte(res.Digest), []byte(now.UTC().Format(time.RFC3339))); err != nil {
			return err
		}
		for _, u := range []string{canonicalURL(t.URL), canon, relCanon} {
			if u != "" && t.Role == rolePage {
				if err := markSeen(tx, pageID(u), now); err != nil {
					return err
				}
			}
		}
		return finishTask(tx, t, sr.passID)
	}); err != nil {
		r.c.log.Error("crawl state", "source", sr.src.Name, "err", err)
		return
	}
	r.count(sr, func(s *SourceStats) {
		s.Documents++
		if res.Truncated {
			s.Truncated++
			s.addNote(fmt.Sprintf("%s: body cut at max_body_bytes = %d; handed over marked truncated (raise it for this source)",
				res.URL, sr.lim.MaxBodyBytes))
		}
	})
}

// finish removes a processed task; an article page is remembered as seen.
func (r *run) finish(sr *srcRun, t *task) {
	err := r.update(func(tx *bbolt.Tx) error {
		if t.Role == rolePage {
			if err := markSeen(tx, pageID(canonicalURL(t.URL)), time.Now()); err != nil {
				return err
			}
		}
		return finishTask(tx, t, sr.passID)
	})
	if err != nil {
		r.c.log.Error("crawl state", "source", sr.src.Name, "err", err)
	}
}
