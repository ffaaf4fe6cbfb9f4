package crawler

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"
)

// pagedAPI describes one paged source kind for testPagedAPI: a local server renders three
// pages in the source's real wire format (two entries each, plus one malformed entry on the
// first page), asks for a pause with 429 + Retry-After on the second page's first request,
// and answers 304 to a repeated first page.
type pagedAPI struct {
	kind   string
	path   string
	source func(base string) string
	// page tells which page (0, 1, 2) a request asks for.
	page func(r *http.Request) int
	// render writes page n.
	render func(w http.ResponseWriter, r *http.Request, base string, n int)
	env    map[string]string
	// authorized checks the request's credentials, when the source needs any.
	authorized func(r *http.Request) bool
	setup      func(s *replay)
}

func TestPagedAPIs(t *testing.T) {
	for _, c := range []pagedAPI{courtListenerAPI(), dojAPI(), federalRegisterAPI(), telegramAPI(), redditAPI(),
		blueskyAPI(), mastodonAPI()} {
		t.Run(c.kind, func(t *testing.T) {
			t.Parallel()
			testPagedAPI(t, c)
		})
	}
}

func testPagedAPI(t *testing.T, c pagedAPI) {
	srv := newReplay(t)
	srv.handle("/robots.txt", func(w http.ResponseWriter, r *http.Request) { fmt.Fprint(w, "User-agent: *\nAllow: /\n") })
	if c.setup != nil {
		c.setup(srv)
	}
	var limited atomic.Bool
	var bodies [3]atomic.Value
	srv.handle(c.path, func(w http.ResponseWriter, r *http.Request) {
		if c.authorized != nil && !c.authorized(r) {
			http.Error(w, `{"detail":"Authentication credentials were not provided."}`, http.StatusUnauthorized)
			return
		}
		n := c.page(r)
		if n < 0 || n > 2 {
			t.Errorf("unexpected page request %s", r.URL)
			http.NotFound(w, r)
			return
		}
		if n == 1 && !limited.Swap(true) {
			w.Header().Set("Retry-After", "1")
			http.Error(w, "slow down", http.StatusTooManyRequests)
			return
		}
		etag := fmt.Sprintf(`"page-%d"`, n)
		if r.Header.Get("If-None-Match") == etag {
			w.WriteHeader(http.StatusNotModified)
			return
		}
		w.Header().Set("ETag", etag)
		rw := &captureWriter{ResponseWriter: w}
		c.render(rw, r, srv.URL, n)
		bodies[n].Store(rw.body.String())
	})
	dir := t.TempDir()
	cfg := testConfig(t, dir, c.source(srv.URL))
	opts := testOptions(nil)
	opts.Getenv = func(k string) string { return c.env[k] }
	rec := &recorder{}
	sum := crawlOnce(t, cfg, opts, rec)
	st := stats(t, sum, c.kind)
	if st.Failed != 0 || st.Fetched != 3 || st.Documents != 3 || st.Items != 6 || st.Skipped != 1 {
		t.Fatalf("first run: %+v", st)
	}
	if n := len(srv.requests(c.path)); n != 4 {
		t.Errorf("%d API requests, want 4 (three pages and one 429)", n)
	}
	for _, cp := range rec.caps {
		sum := sha256.Sum256(cp.Body)
		if cp.Kind != c.kind || cp.Source != c.kind || cp.Digest != hex.EncodeToString(sum[:]) || cp.Status != 200 || cp.ContentType == "" {
			t.Errorf("capture %s: kind %q source %q status %d type %q digest ok %v", cp.URL, cp.Kind, cp.Source,
				cp.Status, cp.ContentType, cp.Digest == hex.EncodeToString(sum[:]))
		}
		// The kind's one parse travels with the capture: extraction reads its posts from it.
		if cp.Parsed == nil || cp.Parsed.Kind != c.kind || len(cp.Parsed.Parts) == 0 || len(cp.Parsed.Items) == 0 {
			t.Errorf("capture %s carries no parsed posts: %+v", cp.URL, cp.Parsed)
		}
	}
	for n := range 3 {
		b, _ := bodies[n].Load().(string)
		found := false
		for _, cp := range rec.caps {
			found = found || string(cp.Body) == b
		}
		if !found {
			t.Errorf("page %d was not handed over byte for byte", n)
		}
	}

	// Second run: the first page has not changed (304), so paging stops there.
	before := len(srv.requests(c.path))
	rec2 := &recorder{}
	sum2 := crawlOnce(t, cfg, opts, rec2)
	st2 := stats(t, sum2, c.kind)
	if st2.NotModified != 1 || st2.Fetched != 0 || st2.Documents != 0 || st2.Failed != 0 {
		t.Errorf("second run: %+v", st2)
	}
	again := srv.requests(c.path)[before:]
	if len(again) != 1 || again[0].Header.Get("If-None-Match") != `"page-0"` {
		t.Errorf("second run made %d requests (If-None-Match %q)", len(again), again[0].Header.Get("If-None-Match"))
	}

	// A fresh crawl with a body cap smaller than a page: the cut is reported, either as a
	// failure that names max_body_bytes (JSON cannot be parsed) or as truncated captures.
	small := testConfig(t, t.TempDir(), c.source(srv.URL)+"    max_body_bytes: 300\n")
	rec3 := &recorder{}
	st3 := stats(t, crawlOnce(t, small, opts, rec3), c.kind)
	truncated := len(rec3.caps) > 0
	for _, cp := range rec3.caps {
		truncated = truncated && cp.Truncated && len(cp.Body) == 300
	}
	failedNamed := st3.Failed > 0 && strings.Contains(strings.Join(st3.Errors, " "), "max_body_bytes = 300")
	if !truncated && !failedNamed {
		t.Errorf("oversized page neither failed naming max_body_bytes nor handed over as truncated: %+v", st3)
	}
}

type captureWriter struct {
	http.ResponseWriter
	body strings.Builder
}

func (c *captureWriter) Write(b []byte) (int, error) {
	c.body.Write(b)
	return c.ResponseWriter.Write(b)
}

func writeJSON(w http.ResponseWriter, v any) {
	w.Header().Set("Content-Type", "application/json")
	_ = json.NewEncoder(w).Encode(v)
}

func courtListenerAPI() pagedAPI {
	return pagedAPI{
		kind: "courtlistener",
		path: "/api/rest/v4/search/",
		source: func(base string) string {
			return fmt.Sprintf("  - name: courtlistener\n    kind: courtlistener\n    url: %s/api/rest/v4/search/\n    query: \"Prince Group\"\n    token_env: CL_TOKEN\n", base)
		},
		env:        map[string]string{"CL_TOKEN": "s3cret"},
		authorized: func(r *http.Request) bool { return r.Header.Get("Authorization") == "Token s3cret" },
		page: func(r *http.Request) int {
			if r.URL.Query().Get("q") != "Prince Group" || r.URL.Query().Get("type") != "r" {
				return -1
			}
			return map[string]int{"": 0, "cD0x": 1, "cD0y": 2}[r.URL.Query().Get("cursor")]
		},
		render: func(w http.ResponseWriter, r *http.Request, base string, n int) {
			next := map[int]any{0: base + "/api/rest/v4/search/?cursor=cD0x&q=Prince+Group&type=r",
				1: base + "/api/rest/v4/search/?cursor=cD0y&q=Prince+Group&type=r", 2: nil}[n]
			var results []any
			for i := range 2 {
				id := 71234560 + n*10 + i
				results = append(results, map[string]any{
					"absolute_url": fmt.Sprintf("/docket/%d/united-states-v-chen/", id), "caseName": "United States v. Chen",
					"court": "District Court, E.D. New York", "court_id": "nyed", "dateFiled": "2025-10-08",
					"docketNumber": fmt.Sprintf("1:25-cr-%05d", id%100000), "docket_id": id,
					"recap_documents": []any{map[string]any{"description": "INDICTMENT as to Chen Zhi", "snippet": "forced-labor scam compounds"}},
				})
			}
			if n == 0 {
				results = append(results, map[string]any{"caseName": ""})
			}
			writeJSON(w, map[string]any{"count": 6, "next": next, "previous": nil, "results": results})
		},
	}
}

func dojAPI() pagedAPI {
	return pagedAPI{
		kind: "doj",
		path: "/api/v1/press_releases.json",
		source: func(base string) string {
			return fmt.Sprintf("  - name: doj\n    kind: doj\n    url: %s/api/v1/press_releases.json?pagesize=2\n    query: scam\n", base)
		},
		page: func(r *http.Request) int {
			q := r.URL.Query()
			if q.Get("parameters[title]") != "scam" || q.Get("pagesize") != "2" {
				return -1
			}
			n, err := strconv.Atoi(q.Get("page"))
			if err != nil {
				return -1
			}
			return n
		},
		render: func(w http.ResponseWriter, r *http.Request, base string, n int) {
			var results []any
			for i := range 2 {
				k := n*2 + i
				results = append(results, map[string]any{
					"title": fmt.Sprintf("Scam center release %d", k), "body": "<p>Scam compound operators charged.</p>",
					"date": strconv.Itoa(1760457600 + k*86400), "url": fmt.Sprintf("https://www.justice.gov/opa/pr/release-%d", k),
					"uuid": fmt.Sprintf("5f0a5f1e-0000-4000-8000-%012d", k), "component": []any{map[string]any{"name": "USAO - New York, Eastern"}},
					"topic": []any{map[string]any{"name": "Fraud"}},
				})
			}
			if n == 0 {
				results = append(results, map[string]any{"title": "Release without address", "date": "1762905600"})
			}
			writeJSON(w, map[string]any{"metadata": map[string]any{"resultset": map[string]any{"count": 6, "pagesize": 2, "page": n}}, "results": results})
		},
	}
}

func federalRegisterAPI() pagedAPI {
	return pagedAPI{
		kind: "federalregister",
		path: "/api/v1/documents.json",
		source: func(base string) string {
			return fmt.Sprintf("  - name: federalregister\n    kind: federalregister\n    url: %s/api/v1/documents.json\n    query: Huione\n", base)
		},
		page: func(r *http.Request) int {
			if r.URL.Query().Get("conditions[term]") != "Huione" {
				return -1
			}
			return map[string]int{"": 0, "2": 1, "3": 2}[r.URL.Query().Get("page")]
		},
		render: func(w http.ResponseWriter, r *http.Request, base string, n int) {
			next := map[int]any{0: base + "/api/v1/documents.json?conditions%5Bterm%5D=Huione&page=2&per_page=100",
				1: base + "/api/v1/documents.json?conditions%5Bterm%5D=Huione&page=3&per_page=100", 2: nil}[n]
			var results []any
			for i := range 2 {
				num := fmt.Sprintf("2025-%05d", n*10+i)
				results = append(results, map[string]any{
					"title": "Special Measure Regarding Huione Group", "type": "Rule", "abstract": "FinCEN final rule.",
					"document_number": num, "html_url": "https://www.federalregister.gov/documents/" + num,
					"publication_date": "2025-10-16", "agencies": []any{map[string]any{"name": "Financial Crimes Enforcement Network"}},
				})
			}
			if n == 0 {
				results = append(results, map[string]any{"title": "No address", "abstract": "x"})
			}
			writeJSON(w, map[string]any{"count": 6, "total_pages": 3, "next_page_url": next, "results": results})
		},
	}
}

func telegramAPI() pagedAPI {
	return pagedAPI{
		kind: "telegram",
		path: "/s/scamwatchkh",
		source: func(base string) string {
			return fmt.Sprintf("  - name: telegram\n    kind: telegram\n    url: %s/s/scamwatchkh\n", base)
		},
		page: func(r *http.Request) int {
			return map[string]int{"": 0, "201": 1, "101": 2}[r.URL.Query().Get("before")]
		},
		render: func(w http.ResponseWriter, r *http.Request, base string, n int) {
			w.Header().Set("Content-Type", "text/html; charset=utf-8")
			first := []int{301, 201, 101}[n]
			var b strings.Builder
			b.WriteString(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>Scam Watch KH – Telegram</title>
<meta property="og:title" content="Scam Watch KH"></head><body class="widget_frame_base tgme_webpage_preview"><main class="tgme_main">
<section class="tgme_right_column"><div class="tgme_channel_info"><div class="tgme_channel_info_header">
<div class="tgme_channel_info_header_title"><span dir="auto">Scam Watch KH</span></div>
<div class="tgme_channel_info_header_username"><a href="https://t.me/scamwatchkh">@scamwatchkh</a></div></div></div></section>
<section class="tgme_channel_history js-message_history">`)
			if n < 2 {
				before := []int{201, 101}[n]
				fmt.Fprintf(&b, `<div class="tgme_widget_message_centered js-messages_more_wrap"><a href="/s/scamwatchkh?before=%d" class="tme_messages_more js-messages_more" data-before="%d"></a></div>`, before, before)
			}
			for i := range 2 {
				id := first + i
				fmt.Fprintf(&b, `<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message js-widget_message" data-post="scamwatchkh/%d">
<div class="tgme_widget_message_bubble"><div class="tgme_widget_message_author accent_color"><a class="tgme_widget_message_owner_name" href="https://t.me/scamwatchkh"><span dir="auto">Scam Watch KH</span></a></div>
<div class="tgme_widget_message_text js-message_text" dir="auto">Post %d: workers left the <b>Jin Bei</b> compound.</div>
<div class="tgme_widget_message_footer compact js-message_footer"><div class="tgme_widget_message_info short js-message_info">
<span class="tgme_widget_message_views">980</span><span class="tgme_widget_message_meta"><a class="tgme_widget_message_date" href="https://t.me/scamwatchkh/%d"><time datetime="2025-11-0%dT09:02:00+00:00" class="time">09:02</time></a></span>
</div></div></div></div></div>`, id, id, id, 3-n)
			}
			if n == 0 {
				b.WriteString(`<div class="tgme_widget_message_wrap"><div class="tgme_widget_message js-widget_message" data-post="scamwatchkh/"><div class="tgme_widget_message_text js-message_text">broken id</div></div></div>`)
			}
			b.WriteString("</section></main></body></html>")
			fmt.Fprint(w, b.String())
		},
	}
}

func redditAPI() pagedAPI {
	return pagedAPI{
		kind: "reddit",
		path: "/r/cambodia/search.json",
		source: func(base string) string {
			return fmt.Sprintf("  - name: reddit\n    kind: reddit\n    url: %s/r/cambodia/search.json\n    query: \"jin bei\"\n", base)
		},
		page: func(r *http.Request) int {
			q := r.URL.Query()
			if q.Get("q") != "jin bei" || q.Get("restrict_sr") != "1" || q.Get("sort") != "new" {
				return -1
			}
			return map[string]int{"": 0, "t3_p0b": 1, "t3_p1b": 2}[q.Get("after")]
		},
		render: func(w http.ResponseWriter, r *http.Request, base string, n int) {
			var children []any
			for i, s := range []string{"a", "b"} {
				id := fmt.Sprintf("p%d%s", n, s)
				children = append(children, map[string]any{"kind": "t3", "data": map[string]any{
					"subreddit": "cambodia", "selftext": "Jin Bei was quiet after the sanctions.", "title": "Jin Bei " + id,
					"name": "t3_" + id, "id": id, "author": "phnompenh_local", "permalink": "/r/cambodia/comments/" + id + "/jin_bei/",
					"url": "https://www.reddit.com/r/cambodia/comments/" + id + "/jin_bei/", "created_utc": 1760500000.0 - float64(n*100+i),
				}})
			}
			if n == 0 {
				children = append(children, map[string]any{"kind": "t1", "data": map[string]any{"body": "a comment"}})
			}
			after := map[int]any{0: "t3_p0b", 1: "t3_p1b", 2: nil}[n]
			writeJSON(w, map[string]any{"kind": "Listing", "data": map[string]any{"after": after, "dist": len(children), "children": children}})
		},
	}
}

func blueskyAPI() pagedAPI {
	return pagedAPI{
		kind: "bluesky",
		path: "/xrpc/app.bsky.feed.searchPosts",
		source: func(base string) string {
			return fmt.Sprintf("  - name: bluesky\n    kind: bluesky\n    url: %s/xrpc/app.bsky.feed.searchPosts\n    query: \"prince group\"\n    user_env: BSKY_USER\n    password_env: BSKY_PASSWORD\n", base)
		},
		env:        map[string]string{"BSKY_USER": "scamgraph.bsky.social", "BSKY_PASSWORD": "app-pass-1234"},
		authorized: func(r *http.Request) bool { return r.Header.Get("Authorization") == "Bearer access-jwt-1" },
		setup: func(s *replay) {
			s.handle("/xrpc/com.atproto.server.createSession", func(w http.ResponseWriter, r *http.Request) {
				var login struct{ Identifier, Password string }
				b, _ := io.ReadAll(r.Body)
				if r.Method != http.MethodPost || json.Unmarshal(b, &login) != nil ||
					login.Identifier != "scamgraph.bsky.social" || login.Password != "app-pass-1234" {
					http.Error(w, `{"error":"AuthenticationRequired"}`, http.StatusUnauthorized)
					return
				}
				writeJSON(w, map[string]any{"did": "did:plc:abcde12345abcde12345abcd", "handle": "scamgraph.bsky.social",
					"accessJwt": "access-jwt-1", "refreshJwt": "refresh-jwt-1", "active": true})
			})
		},
		page: func(r *http.Request) int {
			q := r.URL.Query()
			if q.Get("q") != "prince group" || q.Get("sort") != "latest" {
				return -1
			}
			return map[string]int{"": 0, "25": 1, "50": 2}[q.Get("cursor")]
		},
		render: func(w http.ResponseWriter, r *http.Request, base string, n int) {
			var posts []any
			for i := range 2 {
				rkey := fmt.Sprintf("3m3abc%d%d", n, i)
				posts = append(posts, map[string]any{
					"uri": "at://did:plc:abcde12345abcde12345abcd/app.bsky.feed.post/" + rkey, "cid": "bafyrei" + rkey,
					"author":    map[string]any{"did": "did:plc:abcde12345abcde12345abcd", "handle": "scamwatch.bsky.social", "displayName": "Scam Watch"},
					"record":    map[string]any{"$type": "app.bsky.feed.post", "createdAt": fmt.Sprintf("2025-10-1%dT19:02:11.345Z", 4-n), "text": "OFAC designated Prince Holding Group " + rkey},
					"indexedAt": "2025-10-14T19:02:12.100Z",
				})
			}
			if n == 0 {
				posts = append(posts, map[string]any{"cid": "nouri"})
			}
			out := map[string]any{"posts": posts}
			if n < 2 {
				out["cursor"] = []string{"25", "50"}[n]
			}
			writeJSON(w, out)
		},
	}
}

func mastodonAPI() pagedAPI {
	return pagedAPI{
		kind: "mastodon",
		path: "/api/v1/timelines/tag/scamcompound",
		source: func(base string) string {
			return fmt.Sprintf("  - name: mastodon\n    kind: mastodon\n    url: %s\n    tag: \"#scamcompound\"\n", base)
		},
		page: func(r *http.Request) int {
			if r.URL.Query().Get("limit") != "40" {
				return -1
			}
			return map[string]int{"": 0, "115370000000000200": 1, "115370000000000100": 2}[r.URL.Query().Get("max_id")]
		},
		render: func(w http.ResponseWriter, r *http.Request, base string, n int) {
			first := []int{300, 200, 100}[n]
			var statuses []any
			for i := range 2 {
				id := fmt.Sprintf("1153700000000%05d", first+1-i)
				statuses = append(statuses, map[string]any{
					"id": id, "created_at": time.Date(2025, 10, 14-n, 20, 11, i, 0, time.UTC).Format(time.RFC3339Nano),
					"url": "https://mastodon.social/@osint_sea/" + id, "content": "<p>Scam compound raid " + id + "</p>",
					"account": map[string]any{"acct": "osint_sea", "display_name": "OSINT SE Asia"},
					"tags":    []any{map[string]any{"name": "scamcompound"}},
				})
			}
			if n == 0 {
				statuses = append(statuses, map[string]any{"id": "bad", "url": ""})
			}
			links := []string{fmt.Sprintf(`<%s/api/v1/timelines/tag/scamcompound?min_id=%d>; rel="prev"`, base, first)}
			if n < 2 {
				links = append([]string{fmt.Sprintf(`<%s/api/v1/timelines/tag/scamcompound?limit=40&max_id=1153700000000%05d>; rel="next"`, base, []int{200, 100}[n])}, links...)
			}
			w.Header().Set("Link", strings.Join(links, ", "))
			writeJSON(w, statuses)
		},
	}
}
