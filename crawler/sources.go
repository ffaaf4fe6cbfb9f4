package crawler

import (
	"bytes"
	"cmp"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/scamgraph/scamgraph/config"
	"github.com/scamgraph/scamgraph/formats"
)

// This file knows each source kind: which addresses start a pass (seeds), what a response
// must look like, what it links to, and where its next page is.

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

// GDELT DOC 2.0 limits.
const (
	gdeltMaxRecords   = 250
	gdeltTimeLayout   = "20060102150405"
	gdeltDefaultSpan  = 7 * 24 * time.Hour
	gdeltDefaultSlice = 24 * time.Hour
	gdeltMaxWindows   = 400
	gdeltMinWindow    = 15 * time.Minute
)

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
		scheme := "Token" // CourtListener
		if sr.src.Kind != config.KindCourtListener {
			scheme = "Bearer"
		}
		sr.auth = map[string]string{}
		for _, a := range sr.src.Addresses() {
			sr.auth[hostOf(a)] = scheme + " " + tok
		}
	case sr.src.UserEnv != "" || sr.src.PasswordEnv != "":
		if sr.src.Kind != config.KindBluesky {
			return fmt.Errorf("user_env and password_env are only used by bluesky sources")
		}
		if sr.src.UserEnv == "" || sr.src.PasswordEnv == "" {
			return fmt.Errorf("bluesky needs both user_env and password_env")
		}
		user, err := env("user_env", sr.src.UserEnv)
		if err != nil {
			return err
		}
		pw, err := env("password_env", sr.src.PasswordEnv)
		if err != nil {
			return err
		}
		jwt, err := r.blueskySession(sr, user, pw)
		if err != nil {
			return err
		}
		sr.auth = map[string]string{}
		for _, a := range sr.src.Addresses() {
			sr.auth[hostOf(a)] = "Bearer " + jwt
		}
	}
	return nil
}

// blueskySession logs in with an app password (com.atproto.server.createSession on the
// source's host). The exchange carries credentials, so it is not archived.
func (r *run) blueskySession(sr *srcRun, user, password string) (string, error) {
	addr := sr.src.Addresses()
	if len(addr) == 0 {
		return "", fmt.Errorf("no url")
	}
	u, err := url.Parse(addr[0])
	if err != nil {
		return "", err
	}
	// The session endpoint sits under the same /xrpc/ base as the search.
	prefix := ""
	if i := strings.Index(u.Path, "/xrpc/"); i >= 0 {
		prefix = u.Path[:i]
	}
	u.Path, u.RawQuery = prefix+"/xrpc/com.atproto.server.createSession", ""
	body, _ := json.Marshal(map[string]string{"identifier": user, "password": password})
	ctx, cancel := context.WithTimeout(r.ctx, sr.lim.Timeout.D())
	defer cancel()
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u.String(), bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", r.c.cfg.UserAgent)
	resp, err := (&http.Client{Transport: r.c.tr.base}).Do(req)
	if err != nil {
		return "", fmt.Errorf("bluesky login at %s: %w", u.Host, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return "", fmt.Errorf("bluesky login at %s: %w", u.Host, err)
	}
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("bluesky login at %s: HTTP %d (check %s and %s)", u.Host, resp.StatusCode, sr.src.UserEnv, sr.src.PasswordEnv)
	}
	s, err := formats.ParseBlueskySession(b)
	if err != nil {
		return "", fmt.Errorf("bluesky login at %s: %w", u.Host, err)
	}
	if s.AccessJwt == "" {
		return "", fmt.Errorf("bluesky login at %s: no access token in the answer", u.Host)
	}
	return s.AccessJwt, nil
}

// acceptFor is the Accept header for a request.
func acceptFor(kind, role string) string {
	if role == rolePage {
		return "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
	}
	switch kind {
	case config.KindRSS:
		return "application/rss+xml,application/atom+xml,application/feed+json;q=0.9,application/xml;q=0.8,text/xml;q=0.8,*/*;q=0.5"
	case config.KindSitemap, config.KindOFAC, config.KindUKSanctions:
		return "application/xml,text/xml;q=0.9,*/*;q=0.5"
	case config.KindPage, config.KindTelegram:
		return "text/html,application/xhtml+xml;q=0.9,*/*;q=0.5"
	case config.KindOpenSanctions:
		return "application/json,application/x-ndjson;q=0.9,*/*;q=0.5"
	default:
		return "application/json,*/*;q=0.5"
	}
}

// seeds returns the tasks that start a pass, and the source's new cursor if it changes.
func (r *run) seeds(sr *srcRun, cursor map[string]string, now time.Time) ([]*task, map[string]string, error) {
	src := sr.src
	var out []*task
	add := func(raw string, m meta) error {
		u, err := fetchURL(raw)
		if err != nil {
			return err
		}
		out = append(out, &task{Source: src.Name, Role: roleList, URL: u, Meta: m})
		return nil
	}
	for _, addr := range src.Addresses() {
		var u string
		var err error
		switch src.Kind {
		case config.KindGDELT:
			ws, cur, err := gdeltWindows(addr, src, sr.since, cursor, now)
			if err != nil {
				return nil, nil, err
			}
			for _, w := range ws {
				if err := add(w.url, w.meta); err != nil {
					return nil, nil, err
				}
			}
			cursor = cur
			continue
		case config.KindCourtListener:
			after := ""
			if !sr.since.IsZero() {
				after = sr.since.Format("2006-01-02")
			}
			u, err = withParams(addr, false, "q", src.Query, "type", "r", "order_by", "dateFiled desc", "filed_after", after)
		case config.KindDOJ:
			u, err = withParams(addr, false, "parameters[title]", src.Query, "pagesize", "50", "sort", "date", "direction", "DESC")
			if err == nil {
				u, err = withParams(u, true, "page", "0")
			}
		case config.KindFederalRegister:
			gte := ""
			if !sr.since.IsZero() {
				gte = sr.since.Format("2006-01-02")
			}
			u, err = withParams(addr, false, "conditions[term]", src.Query, "order", "newest", "per_page", "100",
				"conditions[publication_date][gte]", gte)
		case config.KindReddit:
			restrict := ""
			if strings.Contains(addr, "/r/") {
				restrict = "1"
			}
			u, err = withParams(addr, false, "q", src.Query, "sort", "new", "limit", "100", "restrict_sr", restrict, "raw_json", "1")
		case config.KindBluesky:
			s := ""
			if !sr.since.IsZero() {
				s = sr.since.UTC().Format(time.RFC3339)
			}
			u, err = blueskyURL(addr, src.Query, s)
		case config.KindMastodon:
			u, err = mastodonURL(addr, src)
		default:
			u = addr
		}
		if err != nil {
			return nil, nil, err
		}
		if err := add(u, nil); err != nil {
			return nil, nil, err
		}
	}
	return out, cursor, nil
}

// blueskyURL adds the query parameters an XRPC endpoint takes: searchPosts searches (q, sort,
// since); the feed endpoints (getAuthorFeed, getTimeline, getFeed, getListFeed) take only a
// page size, and getAuthorFeed the account, from query when the address does not name it.
func blueskyURL(addr, query, since string) (string, error) {
	u, err := url.Parse(addr)
	if err != nil {
		return "", fmt.Errorf("bad address %q: %w", addr, err)
	}
	method := strings.ToLower(u.Path[strings.LastIndex(u.Path, "/")+1:])
	switch method {
	case "app.bsky.feed.getauthorfeed":
		if u.Query().Get("actor") == "" && strings.TrimSpace(query) == "" {
			return "", fmt.Errorf("bluesky getAuthorFeed needs an account: actor=<handle> in the url, or query")
		}
		return withParams(addr, false, "actor", strings.TrimSpace(query), "limit", "100")
	case "app.bsky.feed.gettimeline", "app.bsky.feed.getfeed", "app.bsky.feed.getlistfeed":
		return withParams(addr, false, "limit", "100")
	}
	return withParams(addr, false, "q", query, "sort", "latest", "limit", "100", "since", since)
}

func mastodonURL(addr string, src config.Source) (string, error) {
	tag := strings.TrimPrefix(strings.TrimSpace(cmp.Or(src.Tag, src.Query)), "#")
	u, err := url.Parse(addr)
	if err != nil {
		return "", fmt.Errorf("bad address %q: %w", addr, err)
	}
	if !strings.Contains(u.Path, "/api/v1/timelines/tag/") {
		if tag == "" {
			return "", fmt.Errorf("mastodon source needs a tag (or a /api/v1/timelines/tag/<tag> url)")
		}
		u.Path = strings.TrimSuffix(u.Path, "/") + "/api/v1/timelines/tag/" + url.PathEscape(tag)
	}
	return withParams(u.String(), false, "limit", "40")
}

type gdeltWindow struct {
	url  string
	meta meta
}

// gdeltWindows slices the time since the last pass (or since, or a week) into windows of the
// source's window length, newest first, and moves the cursor to now.
func gdeltWindows(addr string, src config.Source, since time.Time, cursor map[string]string, now time.Time) ([]gdeltWindow, map[string]string, error) {
	slice := src.Window.D()
	if slice <= 0 {
		slice = gdeltDefaultSlice
	}
	from := now.Add(-gdeltDefaultSpan)
	if !since.IsZero() {
		from = since
	}
	if c, err := time.Parse(time.RFC3339, cursor["gdelt_end"]); err == nil && c.After(from) {
		from = c
	}
	if !from.Before(now) {
		return nil, cursor, nil
	}
	if n := now.Sub(from) / slice; n > gdeltMaxWindows {
		from = now.Add(-gdeltMaxWindows * slice)
	}
	var out []gdeltWindow
	for end := now; end.After(from); end = end.Add(-slice) {
		start := end.Add(-slice)
		if start.Sub(from) < time.Minute {
			start = from // no sliver of a window at the far end
		}
		w, err := gdeltWindowURL(addr, src.Query, start, end)
		if err != nil {
			return nil, nil, err
		}
		out = append(out, w)
		if start.Equal(from) {
			break
		}
	}
	nc := map[string]string{}
	for k, v := range cursor {
		nc[k] = v
	}
	nc["gdelt_end"] = now.UTC().Format(time.RFC3339)
	return out, nc, nil
}

func gdeltWindowURL(addr, query string, start, end time.Time) (gdeltWindow, error) {
	s, e := start.UTC().Format(gdeltTimeLayout), end.UTC().Format(gdeltTimeLayout)
	u, err := withParams(addr, false, "query", query, "mode", "artlist", "format", "json",
		"maxrecords", strconv.Itoa(gdeltMaxRecords), "sort", "datedesc")
	if err != nil {
		return gdeltWindow{}, err
	}
	u, err = withParams(u, true, "startdatetime", s, "enddatetime", e)
	if err != nil {
		return gdeltWindow{}, err
	}
	return gdeltWindow{url: u, meta: meta{"start": s, "end": e}}, nil
}

// discover checks a 2xx capture's type, parses it with the formats package and says what it
// links to.
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
	switch src.Kind {
	case config.KindRSS:
		if err := checkContentType(expectFeed, ct, body); err != nil {
			return nil, err
		}
		var zone *time.Location
		if src.Timezone != "" {
			zone, _ = time.LoadLocation(src.Timezone) // checked when the configuration was read
		}
		feed, err := formats.ParseFeedWith(body, formats.FeedOptions{Charset: charsetOf(ct, body), Zone: zone})
		if err != nil {
			return nil, err
		}
		if feed.ZonelessDates > 0 && zone == nil {
			f.notes = append(f.notes, fmt.Sprintf("%s: %d item dates have no time zone and were read as UTC (set timezone for this source)",
				res.URL, feed.ZonelessDates))
		}
		if feed.Charset != "" && charsetOf(ct, body) == "" {
			f.notes = append(f.notes, fmt.Sprintf("%s: no charset declared and not UTF-8; read as %s", res.URL, feed.Charset))
		}
		for i, it := range feed.Items {
			link := strings.TrimSpace(it.Link)
			if link == "" && len(it.Links) > 0 {
				link = it.Links[0]
			}
			if link == "" {
				f.skipped = append(f.skipped, fmt.Errorf("feed item #%d %q: no link", i+1, it.Title))
				continue
			}
			h := hint{Title: strings.TrimSpace(it.Title), Published: it.PublishedParsed}
			if h.Published == nil {
				h.Published = it.UpdatedParsed
			}
			if len(it.Authors) > 0 && it.Authors[0] != nil {
				h.Author = it.Authors[0].Name
			}
			if abs, err := resolve(res.URL, link); err == nil {
				f.item("feeditem:"+canonicalURL(abs), h.Published)
			}
			page(link, h)
		}
		// WordPress pages feeds with ?paged=N; other feeds ignore it, answer the same items
		// (all seen, so paging stops) or 404 (the end).
		n := t.Page + 2
		if next, err := withParams(t.URL, true, "paged", strconv.Itoa(n)); err == nil && len(feed.Items) > 0 {
			nextPage(next, nil)
		}
		// A feed is the document when its links are not followed.
		f.document = !src.FollowLinks()
	case config.KindSitemap:
		if err := checkContentType(expectXML, ct, body); err != nil {
			return nil, err
		}
		sm, err := formats.ParseSitemap(body)
		if err != nil {
			return nil, err
		}
		f.skipped = append(f.skipped, sm.Skipped...)
		for _, child := range sm.Sitemaps {
			if u, err := resolve(res.URL, child); err == nil {
				f.children = append(f.children, &task{Role: roleList, URL: u})
			}
		}
		for _, e := range sm.URLs {
			at := e.NewsPublished
			if at == nil {
				at = e.LastMod
			}
			if !sr.since.IsZero() && at != nil && at.Before(sr.since) {
				continue
			}
			page(e.Loc, hint{Title: e.NewsTitle, Published: e.NewsPublished})
		}
	case config.KindPage:
		if err := checkContentType(expectHTML, ct, body); err != nil {
			return nil, err
		}
		f.document = true
		r.linkFarm(sr, t, res, body, f)
	case config.KindGDELT:
		if err := checkContentType(expectJSON, ct, body); err != nil {
			return nil, err
		}
		gl, err := formats.ParseGDELT(body)
		if err != nil {
			return nil, err
		}
		f.skipped = append(f.skipped, gl.Skipped...)
		for _, a := range gl.Articles {
			var pub *time.Time
			if !a.SeenDate.IsZero() {
				d := a.SeenDate
				pub = &d
			}
			page(a.URL, hint{Title: a.Title, Published: pub})
		}
		if len(gl.Articles)+len(gl.Skipped) >= gdeltMaxRecords {
			f.children = append(f.children, gdeltSplit(t)...)
		}
	case config.KindCourtListener:
		if err := checkContentType(expectJSON, ct, body); err != nil {
			return nil, err
		}
		p, err := formats.ParseCourtListener(body)
		if err != nil {
			return nil, err
		}
		f.skipped = append(f.skipped, p.Skipped...)
		for _, c := range p.Results {
			id := c.AbsoluteURL
			if id == "" {
				id = strconv.Itoa(c.DocketID) + "/" + c.CaseName
			}
			f.item("courtlistener:"+id, c.DateFiled)
		}
		nextPage(p.Next, nil)
		f.document = len(p.Results) > 0
	case config.KindDOJ:
		if err := checkContentType(expectJSON, ct, body); err != nil {
			return nil, err
		}
		p, err := formats.ParseDOJ(body)
		if err != nil {
			return nil, err
		}
		f.skipped = append(f.skipped, p.Skipped...)
		for _, rel := range p.Results {
			d := rel.Date
			f.item("doj:"+cmp.Or(rel.UUID, rel.URL), &d)
		}
		size := max(p.PageSize, len(p.Results)+len(p.Skipped))
		if size > 0 && (p.Page+1)*size < p.Count {
			if next, err := withParams(t.URL, true, "page", strconv.Itoa(p.Page+1)); err == nil {
				nextPage(next, nil)
			}
		}
		f.document = len(p.Results) > 0
	case config.KindFederalRegister:
		if err := checkContentType(expectJSON, ct, body); err != nil {
			return nil, err
		}
		p, err := formats.ParseFederalRegister(body)
		if err != nil {
			return nil, err
		}
		f.skipped = append(f.skipped, p.Skipped...)
		for _, d := range p.Results {
			f.item("federalregister:"+cmp.Or(d.DocumentNumber, d.HTMLURL), d.PublicationDate)
		}
		nextPage(p.NextPageURL, nil)
		f.document = len(p.Results) > 0
	case config.KindOFAC:
		if err := checkContentType(expectXML, ct, body); err != nil {
			return nil, err
		}
		l, err := formats.ParseSDN(bytes.NewReader(body))
		if err != nil {
			return nil, err
		}
		f.skipped = append(f.skipped, l.Skipped...)
		for _, e := range l.Entries {
			f.item("ofac:"+strconv.Itoa(e.UID), nil)
		}
		f.document = true
	case config.KindUKSanctions:
		if err := checkContentType(expectXML, ct, body); err != nil {
			return nil, err
		}
		l, err := formats.ParseUKSanctions(bytes.NewReader(body))
		if err != nil {
			return nil, err
		}
		f.skipped = append(f.skipped, l.Skipped...)
		for _, d := range l.Designations {
			f.item("uksanctions:"+d.UniqueID, nil)
		}
		f.document = true
	case config.KindOpenSanctions:
		if err := checkContentType(expectLines, ct, body); err != nil {
			return nil, err
		}
		n := 0
		skipped, err := formats.ParseFtM(bytes.NewReader(body), func(e formats.FtMEntity) error {
			n++
			f.item("opensanctions:"+e.ID, nil)
			return nil
		})
		if err != nil {
			return nil, err
		}
		if n == 0 {
			return nil, fmt.Errorf("no FollowTheMoney entities in the answer")
		}
		f.skipped = append(f.skipped, skipped...)
		f.document = true
	case config.KindTelegram:
		if err := checkContentType(expectHTML, ct, body); err != nil {
			return nil, err
		}
		p, err := formats.ParseTelegram(body, res.URL)
		if err != nil {
			return nil, err
		}
		f.skipped = append(f.skipped, p.Skipped...)
		for _, post := range p.Posts {
			f.item("telegram:"+post.ID, post.Time)
		}
		nextPage(p.Before, nil)
		f.document = len(p.Posts) > 0
	case config.KindReddit:
		if err := checkContentType(expectJSON, ct, body); err != nil {
			return nil, err
		}
		p, err := formats.ParseReddit(body)
		if err != nil {
			return nil, err
		}
		f.skipped = append(f.skipped, p.Skipped...)
		for _, post := range p.Posts {
			c := post.Created
			f.item("reddit:"+cmp.Or(post.Name, post.Permalink), &c)
		}
		if p.After != "" {
			if next, err := withParams(t.URL, true, "after", p.After); err == nil {
				nextPage(next, nil)
			}
		}
		f.document = len(p.Posts) > 0
	case config.KindBluesky:
		if err := checkContentType(expectJSON, ct, body); err != nil {
			return nil, err
		}
		p, err := formats.ParseBluesky(body)
		if err != nil {
			return nil, err
		}
		f.skipped = append(f.skipped, p.Skipped...)
		for _, post := range p.Posts {
			f.item("bluesky:"+post.URI, post.CreatedAt)
		}
		if p.Cursor != "" {
			if next, err := withParams(t.URL, true, "cursor", p.Cursor); err == nil {
				nextPage(next, nil)
			}
		}
		f.document = len(p.Posts) > 0
	case config.KindMastodon:
		if err := checkContentType(expectJSON, ct, body); err != nil {
			return nil, err
		}
		statuses, skipped, err := formats.ParseMastodonStatuses(body)
		if err != nil {
			return nil, err
		}
		f.skipped = append(f.skipped, skipped...)
		for _, s := range statuses {
			c := s.CreatedAt
			f.item("mastodon:"+cmp.Or(s.URL, s.ID), &c)
		}
		nextPage(formats.NextLink(res.Header), nil)
		f.document = len(statuses) > 0
	default:
		return nil, fmt.Errorf("unknown source kind %q", src.Kind)
	}
	return f, nil
}

// gdeltSplit halves a window that came back full, so the articles past GDELT's 250 are found.
func gdeltSplit(t *task) []*task {
	s, err1 := time.Parse(gdeltTimeLayout, t.Meta["start"])
	e, err2 := time.Parse(gdeltTimeLayout, t.Meta["end"])
	if err1 != nil || err2 != nil || e.Sub(s) < 2*gdeltMinWindow {
		return nil
	}
	mid := s.Add(e.Sub(s) / 2).Truncate(time.Second)
	var out []*task
	for _, w := range [][2]time.Time{{s, mid}, {mid, e}} {
		gw, err := gdeltWindowURL(t.URL, "", w[0], w[1])
		if err != nil {
			continue
		}
		out = append(out, &task{Role: roleList, URL: gw.url, Meta: gw.meta, Page: t.Page})
	}
	return out
}
