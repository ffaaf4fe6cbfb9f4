package crawler

import (
	"cmp"
	"context"
	"fmt"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/scamgraph/scamgraph/internal/sources"
)

// This file asks the source's kind (internal/sources/<kind>, looked up in internal/sources/registry) which
// addresses start a pass, what a response must look like, what it links to, where its next
// page is and whether it holds documents.

// found is what one capture yields.
type found struct {
	children []*task // pages and listings to fetch
	next     *task   // the next page, queued only if every item on this page is new
	items    []string
	oldest   *time.Time
	document bool
	skip     string // why a page is not handed over (not HTML, ...)
	skipped  []error
	cursor   map[string]string
	// parsed is the kind's reading of a listing or API answer, handed over with the capture
	// so that the extractor does not parse it again.
	parsed *sources.Parsed
	// notes are what the run guessed or left out without failing; the summary lists them.
	notes []string
}

func (f *found) item(id string, at *time.Time) {
	f.items = append(f.items, id)
	if at != nil && !at.IsZero() && (f.oldest == nil || at.Before(*f.oldest)) {
		t := *at
		f.oldest = &t
	}
}

// parseSince reads a source's since: a date (2025-01-31), an RFC 3339 time, or a look-back
// such as 720h or 30d.
func parseSince(s string, now time.Time) (time.Time, error) {
	s = strings.TrimSpace(s)
	if s == "" {
		return time.Time{}, nil
	}
	if strings.HasSuffix(s, "d") {
		if n, err := strconv.Atoi(strings.TrimSuffix(s, "d")); err == nil && n >= 0 {
			return now.Add(-time.Duration(n) * 24 * time.Hour), nil
		}
	}
	if d, err := time.ParseDuration(s); err == nil && d >= 0 {
		return now.Add(-d), nil
	}
	for _, l := range []string{time.RFC3339, "2006-01-02T15:04:05", "2006-01-02"} {
		if t, err := time.Parse(l, s); err == nil {
			return t, nil
		}
	}
	return time.Time{}, fmt.Errorf("%q is not a date (2025-01-31), a time (RFC 3339) or a look-back (720h, 30d)", s)
}

// credentials reads the source's secrets from the environment and sets the Authorization
// header for its own host. A variable that is named but empty is an error naming both.
func (r *run) credentials(sr *srcRun) error {
	env := func(field, name string) (string, error) {
		v := strings.TrimSpace(r.c.opts.Getenv(name))
		if v == "" {
			return "", fmt.Errorf("environment variable %s (%s) is not set", name, field)
		}
		return v, nil
	}
	switch {
	case sr.src.TokenEnv != "":
		tok, err := env("token_env", sr.src.TokenEnv)
		if err != nil {
			return err
		}
		scheme := cmp.Or(sr.kind.Spec().TokenScheme, "Bearer")
		sr.auth = map[string]string{}
		for _, a := range sr.src.Addresses() {
			sr.auth[hostOf(a)] = scheme + " " + tok
		}
	case sr.src.UserEnv != "" || sr.src.PasswordEnv != "":
		lk, ok := sr.kind.(sources.LoginKind)
		if !ok {
			return fmt.Errorf("user_env and password_env are only used by %s sources", strings.Join(r.c.loginKinds(), " and "))
		}
		if sr.src.UserEnv == "" || sr.src.PasswordEnv == "" {
			return fmt.Errorf("%s needs both user_env and password_env", sr.src.Kind)
		}
		user, err := env("user_env", sr.src.UserEnv)
		if err != nil {
			return err
		}
		pw, err := env("password_env", sr.src.PasswordEnv)
		if err != nil {
			return err
		}
		ctx, cancel := context.WithTimeout(r.ctx, sr.lim.Timeout.D())
		defer cancel()
		tok, err := lk.Login(ctx, &http.Client{Transport: r.c.tr.base},
			sources.Login{Source: sr.src, UserAgent: r.c.cfg.UserAgent, User: user, Password: pw})
		if err != nil {
			return err
		}
		sr.auth = map[string]string{}
		for _, a := range sr.src.Addresses() {
			sr.auth[hostOf(a)] = "Bearer " + tok
		}
	}
	return nil
}

// loginKinds names the kinds that log in with user_env and password_env.
func (c *Crawler) loginKinds() []string {
	var out []string
	for _, name := range c.kinds.Names() {
		if k, _ := c.kinds.Lookup(name); k != nil {
			if _, ok := k.(sources.LoginKind); ok {
				out = append(out, name)
			}
		}
	}
	return out
}

// acceptFor is the Accept header for a request.
func acceptFor(k sources.Kind, role string) string {
	if role == rolePage {
		return sources.AcceptHTML
	}
	return cmp.Or(k.Spec().Accept, sources.AcceptJSON)
}

// seeds returns the tasks that start a pass, and the source's new cursor if it changes.
func (r *run) seeds(sr *srcRun, cursor map[string]string, now time.Time) ([]*task, map[string]string, error) {
	src := sr.src
	var out []*task
	start := sources.Start{Source: src, Since: sr.since, Cursor: cursor, Now: now}
	for _, addr := range src.Addresses() {
		links, cur, err := sr.kind.Seeds(addr, start)
		if err != nil {
			return nil, nil, err
		}
		if cur != nil {
			start.Cursor = cur
		}
		for _, l := range links {
			u, err := fetchURL(l.URL)
			if err != nil {
				return nil, nil, err
			}
			out = append(out, &task{Source: src.Name, Role: roleList, URL: u, Meta: l.Meta})
		}
	}
	return out, start.Cursor, nil
}

// discover checks a 2xx capture's type, has the source's kind parse it and says what it links
// to. An article page a listing linked to is checked here, not by the kind.
func (r *run) discover(sr *srcRun, t *task, res *result, body []byte) (*found, error) {
	ct := res.contentType
	if ct == "" {
		ct = res.Header.Get("Content-Type")
	}
	f := &found{}
	if t.Role == rolePage {
		if err := checkContentType(expectHTML, ct, body); err != nil {
			f.skip = "not an HTML page: " + err.Error()
			return f, nil
		}
		f.document = true
		r.linkFarm(sr, t, res, body, f)
		if !f.document {
			f.skip = "mostly links: used to find pages, not a document"
		}
		return f, nil
	}
	src := sr.src
	page := func(link string, h hint) {
		u, err := resolve(res.URL, link)
		if err != nil {
			f.skipped = append(f.skipped, fmt.Errorf("link %q: %w", link, err))
			return
		}
		if src.FollowLinks() {
			f.children = append(f.children, &task{Role: rolePage, URL: u, Hint: h})
		}
	}
	nextPage := func(link string, m meta) {
		if link == "" {
			return
		}
		u, err := resolve(res.URL, link)
		if err != nil {
			f.skipped = append(f.skipped, fmt.Errorf("next page %q: %w", link, err))
			return
		}
		if canonicalURL(u) == canonicalURL(res.URL) {
			return
		}
		f.next = &task{Role: roleList, URL: u, Meta: m}
	}
	if err := checkContentType(sr.kind.Spec().Expect, ct, body); err != nil {
		return nil, err
	}
	p, err := sr.kind.Parse(sources.Response{Source: src, Since: sr.since, URL: res.URL, Asked: t.URL,
		ContentType: ct, Header: res.Header, Body: body, Page: t.Page, Meta: t.Meta})
	if err != nil {
		return nil, err
	}
	f.parsed = p
	f.skipped = append(f.skipped, p.Skipped...)
	f.notes = append(f.notes, p.Notes...)
	for _, it := range p.Items {
		f.item(it.ID, it.At)
	}
	for _, l := range p.Pages {
		page(l.URL, hint(l.Hint))
	}
	for _, l := range p.Lists {
		if u, err := resolve(res.URL, l.URL); err == nil {
			f.children = append(f.children, &task{Role: roleList, URL: u, Meta: l.Meta, Page: l.Page})
		}
	}
	if p.Next != nil {
		nextPage(p.Next.URL, p.Next.Meta)
	}
	f.document = p.Document
	if p.HTML {
		r.linkFarm(sr, t, res, body, f)
	}
	return f, nil
}
