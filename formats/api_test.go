package formats

import (
	"errors"
	"strings"
	"testing"
	"time"
)

// No real answer of the GDELT DOC 2.0 API, the DOJ press-release API or the Federal Register
// documents API could be found (../shared/captures/README.md lists what is missing). Their
// fixtures in testdata/ are written here, field for field after the services' own
// documentation of the answer (GDELT's DOC 2.0 announcement and ArtList field list, the DOJ
// API v1 documentation, the Federal Register API v1 documentation), with invented content.
// The readers that have real captures are tested on them in captures_test.go.

func TestParseGDELT(t *testing.T) {
	l, err := ParseGDELT(fixture(t, "gdelt_artlist.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Articles) != 2 || len(l.Skipped) != 1 {
		t.Fatalf("articles %d skipped %d", len(l.Articles), len(l.Skipped))
	}
	a := l.Articles[0]
	if a.URL != "https://www.reuters.com/world/asia-pacific/us-uk-sanction-cambodias-prince-group-2025-10-14/" ||
		a.Domain != "reuters.com" || a.Language != "English" || a.SourceCountry != "United Kingdom" {
		t.Errorf("article %+v", a)
	}
	if !a.SeenDate.Equal(time.Date(2025, 10, 14, 18, 30, 0, 0, time.UTC)) {
		t.Errorf("seendate %v", a.SeenDate)
	}
	if l.Articles[1].URLMobile != "https://m.khmertimeskh.com/501770001/" {
		t.Errorf("url_mobile %q", l.Articles[1].URLMobile)
	}
	// An empty window is "{}": no articles, no error.
	if l, err := ParseGDELT([]byte("{}")); err != nil || len(l.Articles) != 0 {
		t.Errorf("empty window: %v %v", l, err)
	}
	// Throttling notice in plain text.
	_, err = ParseGDELT([]byte("Please limit requests to one every 5 seconds or contact kalev.leetaru5@gmail.com for larger queries."))
	if err == nil || !strings.Contains(err.Error(), "Please limit requests") {
		t.Errorf("throttle notice: %v", err)
	}
}

func TestParseCourtListener(t *testing.T) {
	p, err := ParseCourtListener(fixture(t, "courtlistener_search.json"))
	if err != nil {
		t.Fatal(err)
	}
	if p.Count != 2 || !strings.Contains(p.Next, "cursor=cz0yMDI1") || p.Previous != "" {
		t.Errorf("envelope count %d next %q prev %q", p.Count, p.Next, p.Previous)
	}
	if len(p.Results) != 2 || len(p.Skipped) != 1 {
		t.Fatalf("results %d skipped %d", len(p.Results), len(p.Skipped))
	}
	r := p.Results[0]
	if r.CaseName != "United States v. Chen" || r.DocketNumber != "1:25-cr-00312" || r.DocketID != 71234567 ||
		r.CourtID != "nyed" || r.AbsoluteURL != "/docket/71234567/united-states-v-chen/" {
		t.Errorf("result %+v", r)
	}
	if !sameTime(r.DateFiled, day(2025, 10, 8)) {
		t.Errorf("dateFiled %v", r.DateFiled)
	}
	if len(r.RECAPDocuments) != 1 || r.RECAPDocuments[0].Description != "INDICTMENT as to Chen Zhi" ||
		!sameTime(r.RECAPDocuments[0].EntryDateFiled, day(2025, 10, 8)) || !strings.Contains(r.RECAPDocuments[0].Snippet, "Prince Holding Group") {
		t.Errorf("recap docs %+v", r.RECAPDocuments)
	}
	if !equalStrings(r.Parties, []string{"United States of America", "Chen Zhi"}) {
		t.Errorf("parties %v", r.Parties)
	}
	if p.Results[1].DocketID != 71299999 { // given as a string in the fixture
		t.Errorf("string docket_id: %d", p.Results[1].DocketID)
	}
	_, err = ParseCourtListener([]byte(`{"detail":"Authentication credentials were not provided."}`))
	if err == nil || !strings.Contains(err.Error(), "Authentication credentials") {
		t.Errorf("401 body: %v", err)
	}
}

func TestParseDOJ(t *testing.T) {
	p, err := ParseDOJ(fixture(t, "doj_press_releases.json"))
	if err != nil {
		t.Fatal(err)
	}
	if p.Count != 2 || p.Page != 0 || p.PageSize != 50 {
		t.Errorf("resultset %d %d %d", p.Count, p.Page, p.PageSize)
	}
	if len(p.Results) != 2 || len(p.Skipped) != 2 {
		t.Fatalf("results %d skipped %d: %v", len(p.Results), len(p.Skipped), p.Skipped)
	}
	r := p.Results[0]
	if r.Title != "Chairman of Prince Group Indicted for Operating Cambodian Forced Labor Scam Compounds" ||
		r.UUID != "5f0a5f1e-0000-4000-8000-000000000001" || !strings.HasPrefix(r.URL, "https://www.justice.gov/opa/pr/") {
		t.Errorf("release %+v", r)
	}
	if !r.Date.Equal(time.Unix(1760457600, 0)) {
		t.Errorf("date %v", r.Date)
	}
	if !equalStrings(r.Topics, []string{"Fraud", "Human Trafficking"}) ||
		!equalStrings(r.Components, []string{"Office of the Attorney General", "USAO - New York, Eastern"}) {
		t.Errorf("topics %v components %v", r.Topics, r.Components)
	}
	if !strings.Contains(r.BodyHTML, "<p>BROOKLYN") || r.Teaser == "" {
		t.Errorf("body/teaser missing")
	}
	// Single-object topic and empty component list, as Drupal emits them.
	if !equalStrings(p.Results[1].Topics, []string{"Cyber Crime"}) || len(p.Results[1].Components) != 0 {
		t.Errorf("second release topics %v components %v", p.Results[1].Topics, p.Results[1].Components)
	}
}

func TestParseFederalRegister(t *testing.T) {
	p, err := ParseFederalRegister(fixture(t, "federalregister_documents.json"))
	if err != nil {
		t.Fatal(err)
	}
	if p.Count != 2 || p.NextPageURL != "" || len(p.Results) != 2 || len(p.Skipped) != 1 {
		t.Fatalf("count %d next %q results %d skipped %d", p.Count, p.NextPageURL, len(p.Results), len(p.Skipped))
	}
	d := p.Results[0]
	if d.DocumentNumber != "2025-19876" || d.Type != "Rule" || !strings.HasPrefix(d.HTMLURL, "https://www.federalregister.gov/documents/2025/10/16/") ||
		!strings.HasSuffix(d.PDFURL, ".pdf") || !strings.Contains(d.Abstract, "section 311") {
		t.Errorf("doc %+v", d)
	}
	if !sameTime(d.PublicationDate, day(2025, 10, 16)) {
		t.Errorf("publication date %v", d.PublicationDate)
	}
	if !equalStrings(d.Agencies, []string{"Treasury Department", "Financial Crimes Enforcement Network"}) {
		t.Errorf("agencies %v", d.Agencies)
	}
	if p.Results[1].Abstract != "" || p.Results[1].Type != "Proposed Rule" {
		t.Errorf("null abstract: %+v", p.Results[1])
	}
	if _, err := ParseFederalRegister([]byte(`{"errors":{"conditions":{"agencies":["nope is not a valid agency"]}}}`)); err == nil {
		t.Error("error answer accepted")
	}
}

func TestParseReddit(t *testing.T) {
	l, err := ParseReddit(fixture(t, "reddit_search.json"))
	if err != nil {
		t.Fatal(err)
	}
	if l.After != "t3_1o6xyz1" || len(l.Posts) != 2 || len(l.Skipped) != 1 {
		t.Fatalf("after %q posts %d skipped %d", l.After, len(l.Posts), len(l.Skipped))
	}
	p := l.Posts[0]
	if p.ID != "1o6abc1" || p.Name != "t3_1o6abc1" || p.Author != "phnompenh_local" || p.Subreddit != "cambodia" ||
		p.Permalink != "/r/cambodia/comments/1o6abc1/jin_bei_after_the_prince_group_sanctions/" ||
		!strings.Contains(p.Selftext, "Jin Bei casino") {
		t.Errorf("post %+v", p)
	}
	if !p.Created.Equal(time.Unix(1760500000, 0)) {
		t.Errorf("created %v", p.Created)
	}
	_, err = ParseReddit([]byte(`{"message": "Too Many Requests", "error": 429}`))
	if err == nil || !strings.Contains(err.Error(), "429") {
		t.Errorf("429 body: %v", err)
	}
	// A comments page is an array of listings: the first (the post) is read.
	arr := `[` + string(fixture(t, "reddit_search.json")) + `,{"kind":"Listing","data":{"children":[]}}]`
	if l, err := ParseReddit([]byte(arr)); err != nil || len(l.Posts) != 2 {
		t.Errorf("array form: %v", err)
	}
}

func TestParseBluesky(t *testing.T) {
	p, err := ParseBluesky(fixture(t, "bluesky_searchposts.json"))
	if err != nil {
		t.Fatal(err)
	}
	if p.Cursor != "25" || len(p.Posts) != 2 || len(p.Skipped) != 1 {
		t.Fatalf("cursor %q posts %d skipped %d", p.Cursor, len(p.Posts), len(p.Skipped))
	}
	a := p.Posts[0]
	if a.AuthorHandle != "scamwatch.bsky.social" || a.AuthorName != "Scam Watch" || a.AuthorDID != "did:plc:abcde12345abcde12345abcd" ||
		!strings.HasPrefix(a.Text, "OFAC just designated") {
		t.Errorf("post %+v", a)
	}
	if !sameTime(a.CreatedAt, time.Date(2025, 10, 14, 19, 2, 11, 345e6, time.UTC)) || a.IndexedAt == nil {
		t.Errorf("times %v %v", a.CreatedAt, a.IndexedAt)
	}
	if got := a.Permalink(); got != "https://bsky.app/profile/scamwatch.bsky.social/post/3m3abcdxyz22k" {
		t.Errorf("permalink %q", got)
	}
	if got := p.Posts[1].Permalink(); got != "https://bsky.app/profile/did:plc:zzzzz12345abcde12345abcd/post/3m3zzzzxyz22k" {
		t.Errorf("invalid-handle permalink %q", got)
	}
	for _, uri := range []string{"", "https://x", "at://did:plc:x/app.bsky.feed.like/abc", "at://did:plc:x/app.bsky.feed.post/"} {
		if got := (BlueskyPost{URI: uri, AuthorHandle: "h"}).Permalink(); got != "" {
			t.Errorf("Permalink(%q) = %q, want empty", uri, got)
		}
	}
	_, err = ParseBluesky([]byte(`{"error":"AuthMissing","message":"Authentication Required"}`))
	if err == nil || !strings.Contains(err.Error(), "AuthMissing") {
		t.Errorf("auth error: %v", err)
	}
}

func TestParseBlueskySession(t *testing.T) {
	s, err := ParseBlueskySession(fixture(t, "bluesky_session.json"))
	if err != nil {
		t.Fatal(err)
	}
	if s.AccessJwt != "eyJhbGciOiJFUzI1NksifQ.access.sig" || s.RefreshJwt == "" || s.Handle != "scamgraph.bsky.social" || s.DID == "" {
		t.Errorf("session %+v", s)
	}
	if _, err := ParseBlueskySession([]byte(`{"error":"AuthenticationRequired","message":"Invalid identifier or password"}`)); err == nil ||
		!strings.Contains(err.Error(), "Invalid identifier") {
		t.Errorf("bad login: %v", err)
	}
}

func TestParseMastodon(t *testing.T) {
	st, skipped, err := ParseMastodonStatuses(fixture(t, "mastodon_tag.json"))
	if err != nil {
		t.Fatal(err)
	}
	if len(st) != 2 || len(skipped) != 1 {
		t.Fatalf("statuses %d skipped %d", len(st), len(skipped))
	}
	s := st[0]
	if s.ID != "115371234567890123" || s.URL != "https://mastodon.social/@osint_sea/115371234567890123" ||
		s.Acct != "osint_sea" || s.DisplayName != "OSINT SE Asia" || !strings.Contains(s.ContentHTML, "Chen Zhi") ||
		!equalStrings(s.Tags, []string{"princegroup", "cambodia"}) {
		t.Errorf("status %+v", s)
	}
	if !s.CreatedAt.Equal(time.Date(2025, 10, 14, 20, 11, 5, 0, time.UTC)) {
		t.Errorf("created %v", s.CreatedAt)
	}
	if st[1].URL != "https://infosec.exchange/users/anon/statuses/115371234567890999" {
		t.Errorf("null url falls back to uri: %q", st[1].URL)
	}
	plain, err := ParseMastodon(fixture(t, "mastodon_tag.json"))
	if err != nil || len(plain) != 2 {
		t.Errorf("ParseMastodon: %d %v", len(plain), err)
	}
	_, err = ParseMastodon([]byte(`{"error":"This method requires an authenticated user"}`))
	if err == nil || !strings.Contains(err.Error(), "authenticated user") {
		t.Errorf("error answer: %v", err)
	}
}

func TestJSONParsersRejectGarbage(t *testing.T) {
	parsers := map[string]func([]byte) error{
		"gdelt":           func(b []byte) error { _, err := ParseGDELT(b); return err },
		"courtlistener":   func(b []byte) error { _, err := ParseCourtListener(b); return err },
		"doj":             func(b []byte) error { _, err := ParseDOJ(b); return err },
		"federalregister": func(b []byte) error { _, err := ParseFederalRegister(b); return err },
		"reddit":          func(b []byte) error { _, err := ParseReddit(b); return err },
		"bluesky":         func(b []byte) error { _, err := ParseBluesky(b); return err },
		"session":         func(b []byte) error { _, err := ParseBlueskySession(b); return err },
		"mastodon":        func(b []byte) error { _, err := ParseMastodon(b); return err },
	}
	// Inputs no parser may accept: empty, HTML challenge pages, truncated JSON, wrong shapes.
	inputs := []string{"", "  ", "<html><body>Access Denied</body></html>", "{", `{"results": "nope"}`, "\xff\xfe\x00{"}
	for name, parse := range parsers {
		for _, in := range inputs {
			if err := parse([]byte(in)); err == nil {
				t.Errorf("%s accepted %q", name, in)
			}
		}
		if err := parse(oversized()); !errors.Is(err, ErrTooLarge) {
			t.Errorf("%s oversized: %v", name, err)
		}
		for _, in := range garbageInputs {
			_ = parse([]byte(in)) // must not panic
		}
	}
}
