package sampleworld

import (
	"crypto/hmac"
	"crypto/sha256"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"io"
	"io/fs"
	"net/http"
	"net/url"
	"sort"
	"strconv"
	"strings"
	"time"
)

// Page sizes of the sample social APIs; the real ones accept up to 100 (Reddit, Bluesky) and
// 40 (Mastodon) but, like Reddit search often does, the sample world returns short pages.
const (
	redditPageSize   = 3
	blueskyPageSize  = 3
	mastodonPageSize = 3
)

// ---- Reddit ----

type redditPost struct {
	raw       json.RawMessage
	name      string
	subreddit string
	text      string
	created   float64
}

func (w *world) loadReddit(fsys fs.FS) error {
	var raws []json.RawMessage
	if err := readJSON(fsys, "data/reddit/scams.json", &raws); err != nil {
		return err
	}
	for i, raw := range raws {
		var d struct {
			Name      string  `json:"name"`
			Subreddit string  `json:"subreddit"`
			Title     string  `json:"title"`
			Selftext  string  `json:"selftext"`
			Created   float64 `json:"created_utc"`
			Permalink string  `json:"permalink"`
		}
		if err := json.Unmarshal(raw, &d); err != nil {
			return fmt.Errorf("post %d: %w", i, err)
		}
		if !strings.HasPrefix(d.Name, "t3_") || d.Created == 0 || !strings.HasPrefix(d.Permalink, "/r/") {
			return fmt.Errorf("post %d: needs a t3_ name, created_utc and a /r/ permalink", i)
		}
		w.reddit = append(w.reddit, redditPost{raw: raw, name: d.Name, subreddit: d.Subreddit, text: d.Title + " " + d.Selftext, created: d.Created})
	}
	sort.SliceStable(w.reddit, func(i, j int) bool { return w.reddit[i].created > w.reddit[j].created })
	return nil
}

// serveReddit answers /r/<sub>/search.json with a Listing and an after cursor. Reddit turns
// away clients that do not name themselves, and so does this.
func (w *world) serveReddit(rw http.ResponseWriter, r *http.Request) {
	ua := r.Header.Get("User-Agent")
	if ua == "" || strings.HasPrefix(ua, "Go-http-client/") {
		writeError(rw, http.StatusTooManyRequests, "application/json; charset=UTF-8", `{"message": "Too Many Requests", "error": 429}`)
		return
	}
	sub := r.PathValue("sub")
	var inSub []redditPost
	for _, p := range w.reddit {
		if strings.EqualFold(p.subreddit, sub) {
			inSub = append(inSub, p)
		}
	}
	if len(inSub) == 0 {
		writeError(rw, http.StatusNotFound, "application/json; charset=UTF-8", `{"message": "Not Found", "error": 404}`)
		return
	}
	q := r.URL.Query()
	size := 25
	if v, err := strconv.Atoi(q.Get("limit")); err == nil && v > 0 {
		size = v
	}
	size = min(size, 100, redditPageSize)
	sq := parseQuery(q.Get("q"))
	var hits []redditPost
	for _, p := range inSub {
		if sq.match(p.text) {
			hits = append(hits, p)
		}
	}
	start := 0
	if after := q.Get("after"); after != "" {
		start = len(hits)
		for i, p := range hits {
			if p.name == after {
				start = i + 1
			}
		}
	}
	children := []map[string]any{}
	end := min(start+size, len(hits))
	for _, p := range hits[start:end] {
		children = append(children, map[string]any{"kind": "t3", "data": p.raw})
	}
	var after any
	if end < len(hits) && end > start {
		after = hits[end-1].name
	}
	h := rw.Header()
	h.Set("X-Ratelimit-Used", "1")
	h.Set("X-Ratelimit-Remaining", "99.0")
	h.Set("X-Ratelimit-Reset", "420")
	listing := map[string]any{"kind": "Listing", "data": map[string]any{
		"after": after, "dist": len(children), "modhash": "", "geo_filter": "",
		"facets": map[string]any{}, "children": children, "before": nil,
	}}
	b, err := encodeJSON(listing, false)
	if err != nil {
		http.Error(rw, err.Error(), http.StatusInternalServerError)
		return
	}
	serveResource(rw, r, resource{body: b, ctype: "application/json; charset=UTF-8", mod: time.Unix(int64(inSub[0].created), 0)})
}

// ---- Bluesky ----

type blueskyPost struct {
	raw     json.RawMessage
	text    string
	created time.Time
}

const blueskyDID = "did:plc:sampleworldresearcherxyz"

// blueskySigningKey signs the sample world's session tokens; it protects nothing real.
const blueskySigningKey = "sampleworld-bluesky-session-signing"

func (w *world) loadBluesky(fsys fs.FS) error {
	var raws []json.RawMessage
	if err := readJSON(fsys, "data/bluesky/posts.json", &raws); err != nil {
		return err
	}
	for i, raw := range raws {
		var d struct {
			URI    string `json:"uri"`
			Record struct {
				Text      string    `json:"text"`
				CreatedAt time.Time `json:"createdAt"`
			} `json:"record"`
		}
		if err := json.Unmarshal(raw, &d); err != nil {
			return fmt.Errorf("post %d: %w", i, err)
		}
		if !strings.HasPrefix(d.URI, "at://") || d.Record.Text == "" {
			return fmt.Errorf("post %d: needs an at:// uri and text", i)
		}
		w.bluesky = append(w.bluesky, blueskyPost{raw: raw, text: d.Record.Text, created: d.Record.CreatedAt})
	}
	sort.SliceStable(w.bluesky, func(i, j int) bool { return w.bluesky[i].created.After(w.bluesky[j].created) })
	return nil
}

func xrpcError(rw http.ResponseWriter, status int, name, msg string) {
	b, _ := json.Marshal(map[string]string{"error": name, "message": msg})
	writeError(rw, status, "application/json; charset=utf-8", string(b))
}

// serveBlueskyCreateSession logs in with an identifier and app password.
func (w *world) serveBlueskyCreateSession(rw http.ResponseWriter, r *http.Request) {
	var req struct {
		Identifier string `json:"identifier"`
		Password   string `json:"password"`
	}
	body, err := io.ReadAll(io.LimitReader(r.Body, 1<<16))
	if err != nil || json.Unmarshal(body, &req) != nil {
		xrpcError(rw, http.StatusBadRequest, "InvalidRequest", "Input must be a JSON object with identifier and password")
		return
	}
	if req.Identifier == "" || req.Password == "" {
		xrpcError(rw, http.StatusBadRequest, "InvalidRequest", `Input must have the property "identifier" and "password"`)
		return
	}
	if (req.Identifier != BlueskyHandle && req.Identifier != blueskyDID) || req.Password != BlueskyPassword {
		xrpcError(rw, http.StatusUnauthorized, "AuthenticationRequired", "Invalid identifier or password")
		return
	}
	writeSession(rw)
}

// serveBlueskyRefreshSession trades a refresh token for a new session.
func (w *world) serveBlueskyRefreshSession(rw http.ResponseWriter, r *http.Request) {
	if errName, msg := checkToken(r, "com.atproto.refresh"); errName != "" {
		xrpcError(rw, http.StatusBadRequest, errName, msg)
		return
	}
	writeSession(rw)
}

func writeSession(rw http.ResponseWriter) {
	now := time.Now()
	resp := map[string]any{
		"did":            blueskyDID,
		"handle":         BlueskyHandle,
		"email":          "researcher@sampleworld.test",
		"emailConfirmed": true,
		"accessJwt":      signToken("com.atproto.access", now, 2*time.Hour),
		"refreshJwt":     signToken("com.atproto.refresh", now, 60*24*time.Hour),
		"active":         true,
	}
	b, _ := json.Marshal(resp)
	writeError(rw, http.StatusOK, "application/json; charset=utf-8", string(b))
}

var b64 = base64.RawURLEncoding

func signToken(scope string, now time.Time, ttl time.Duration) string {
	head := b64.EncodeToString([]byte(`{"typ":"at+jwt","alg":"HS256"}`))
	claims, _ := json.Marshal(map[string]any{"scope": scope, "sub": blueskyDID, "aud": "did:web:bsky.sampleworld.test",
		"iat": now.Unix(), "exp": now.Add(ttl).Unix()})
	payload := b64.EncodeToString(claims)
	mac := hmac.New(sha256.New, []byte(blueskySigningKey))
	mac.Write([]byte(head + "." + payload))
	return head + "." + payload + "." + b64.EncodeToString(mac.Sum(nil))
}

// checkToken verifies the bearer token's signature, scope and expiry; it returns an XRPC error
// name and message, or "" when the token is good.
func checkToken(r *http.Request, scope string) (string, string) {
	auth := r.Header.Get("Authorization")
	tok, ok := strings.CutPrefix(auth, "Bearer ")
	if !ok {
		return "AuthenticationRequired", "Authentication Required"
	}
	parts := strings.Split(strings.TrimSpace(tok), ".")
	if len(parts) != 3 {
		return "InvalidToken", "Malformed token"
	}
	mac := hmac.New(sha256.New, []byte(blueskySigningKey))
	mac.Write([]byte(parts[0] + "." + parts[1]))
	sig, err := b64.DecodeString(parts[2])
	if err != nil || !hmac.Equal(sig, mac.Sum(nil)) {
		return "InvalidToken", "Token could not be verified"
	}
	payload, err := b64.DecodeString(parts[1])
	var claims struct {
		Scope string `json:"scope"`
		Exp   int64  `json:"exp"`
	}
	if err != nil || json.Unmarshal(payload, &claims) != nil {
		return "InvalidToken", "Malformed token"
	}
	if claims.Scope != scope {
		return "InvalidToken", "Bad token scope"
	}
	if time.Now().Unix() >= claims.Exp {
		return "ExpiredToken", "Token has expired"
	}
	return "", ""
}

// serveBlueskySearch answers app.bsky.feed.searchPosts; like the public AppView since 2025 it
// refuses requests without a session.
func (w *world) serveBlueskySearch(rw http.ResponseWriter, r *http.Request) {
	if r.Header.Get("Authorization") == "" {
		xrpcError(rw, http.StatusForbidden, "Forbidden", "Request is forbidden: searching posts requires authentication")
		return
	}
	if errName, msg := checkToken(r, "com.atproto.access"); errName != "" {
		status := http.StatusUnauthorized
		if errName == "ExpiredToken" {
			status = http.StatusBadRequest
		}
		xrpcError(rw, status, errName, msg)
		return
	}
	q := r.URL.Query()
	if strings.TrimSpace(q.Get("q")) == "" {
		xrpcError(rw, http.StatusBadRequest, "InvalidRequest", `Error: Params must have the property "q"`)
		return
	}
	size := 25
	if v := q.Get("limit"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 100 {
			xrpcError(rw, http.StatusBadRequest, "InvalidRequest", "Error: limit must be an integer between 1 and 100")
			return
		}
		size = n
	}
	size = min(size, blueskyPageSize)
	offset := 0
	if c := q.Get("cursor"); c != "" {
		n, err := strconv.Atoi(c)
		if err != nil || n < 0 {
			xrpcError(rw, http.StatusBadRequest, "InvalidRequest", "invalid cursor")
			return
		}
		offset = n
	}
	var since, until time.Time
	if v := q.Get("since"); v != "" {
		since, _ = time.Parse(time.RFC3339, v)
	}
	if v := q.Get("until"); v != "" {
		until, _ = time.Parse(time.RFC3339, v)
	}
	sq := parseQuery(q.Get("q"))
	var hits []blueskyPost
	for _, p := range w.bluesky {
		if (!since.IsZero() && p.created.Before(since)) || (!until.IsZero() && !p.created.Before(until)) {
			continue
		}
		if sq.match(p.text) {
			hits = append(hits, p)
		}
	}
	posts := []json.RawMessage{}
	end := min(offset+size, len(hits))
	for i := offset; i < end; i++ {
		posts = append(posts, hits[i].raw)
	}
	resp := map[string]any{"hitsTotal": len(hits), "posts": posts}
	if end < len(hits) {
		resp["cursor"] = strconv.Itoa(end)
	}
	rw.Header().Set("RateLimit-Limit", "3000")
	rw.Header().Set("RateLimit-Policy", "3000;w=300")
	mod := time.Date(2026, 1, 8, 0, 0, 0, 0, time.UTC)
	if len(w.bluesky) > 0 {
		mod = w.bluesky[0].created
	}
	serveJSON(rw, r, resp, mod, false)
}

// ---- Mastodon ----

type mastodonStatus struct {
	raw  json.RawMessage
	id   string
	tags []string
	date time.Time
}

func (w *world) loadMastodon(fsys fs.FS) error {
	var raws []json.RawMessage
	if err := readJSON(fsys, "data/mastodon/statuses.json", &raws); err != nil {
		return err
	}
	for i, raw := range raws {
		var d struct {
			ID        string    `json:"id"`
			CreatedAt time.Time `json:"created_at"`
			Content   string    `json:"content"`
			Tags      []struct {
				Name string `json:"name"`
			} `json:"tags"`
		}
		if err := json.Unmarshal(raw, &d); err != nil {
			return fmt.Errorf("status %d: %w", i, err)
		}
		if _, err := strconv.ParseUint(d.ID, 10, 64); err != nil || d.Content == "" {
			return fmt.Errorf("status %d: needs a numeric id and content", i)
		}
		s := mastodonStatus{raw: raw, id: d.ID, date: d.CreatedAt}
		for _, t := range d.Tags {
			s.tags = append(s.tags, strings.ToLower(t.Name))
		}
		w.mastodon = append(w.mastodon, s)
	}
	sort.SliceStable(w.mastodon, func(i, j int) bool { return idLess(w.mastodon[j].id, w.mastodon[i].id) })
	return nil
}

// idLess compares Mastodon's numeric string ids.
func idLess(a, b string) bool {
	if len(a) != len(b) {
		return len(a) < len(b)
	}
	return a < b
}

// serveMastodonTag answers the public tag timeline, newest first, paged by max_id with a Link
// header, as Mastodon does.
func (w *world) serveMastodonTag(rw http.ResponseWriter, r *http.Request) {
	tag := strings.ToLower(strings.TrimPrefix(r.PathValue("tag"), "#"))
	q := r.URL.Query()
	size := 20
	if v, err := strconv.Atoi(q.Get("limit")); err == nil && v > 0 {
		size = min(v, 40)
	}
	size = min(size, mastodonPageSize)
	maxID, sinceID, minID := q.Get("max_id"), q.Get("since_id"), q.Get("min_id")
	var hits []mastodonStatus
	for _, s := range w.mastodon {
		has := false
		for _, t := range s.tags {
			has = has || t == tag
		}
		if !has || (maxID != "" && !idLess(s.id, maxID)) || (sinceID != "" && !idLess(sinceID, s.id)) || (minID != "" && !idLess(minID, s.id)) {
			continue
		}
		hits = append(hits, s)
	}
	if minID != "" && len(hits) > size {
		hits = hits[len(hits)-size:] // min_id pages upwards from the given id
	}
	if len(hits) > size {
		hits = hits[:size]
	}
	page := []json.RawMessage{}
	for _, s := range hits {
		page = append(page, s.raw)
	}
	if len(hits) > 0 {
		base := origin(r) + "/mastodon/api/v1/timelines/tag/" + url.PathEscape(tag)
		next := url.Values{"max_id": {hits[len(hits)-1].id}}
		prev := url.Values{"min_id": {hits[0].id}}
		if l := q.Get("limit"); l != "" {
			next.Set("limit", l)
			prev.Set("limit", l)
		}
		rw.Header().Set("Link", fmt.Sprintf(`<%s?%s>; rel="next", <%s?%s>; rel="prev"`, base, next.Encode(), base, prev.Encode()))
	}
	rw.Header().Set("X-RateLimit-Limit", "300")
	rw.Header().Set("X-RateLimit-Remaining", "299")
	rw.Header().Set("X-RateLimit-Reset", time.Now().UTC().Add(5*time.Minute).Truncate(5*time.Minute).Format(time.RFC3339))
	mod := time.Date(2026, 1, 8, 0, 0, 0, 0, time.UTC)
	if len(hits) > 0 {
		mod = hits[0].date
	}
	serveJSON(rw, r, page, mod, false)
}
