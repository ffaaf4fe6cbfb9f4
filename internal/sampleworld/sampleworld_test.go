package sampleworld

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httptest"
	"net/url"
	"os"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode"
	"unicode/utf8"

	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"
	"golang.org/x/text/encoding/charmap"

	"github.com/scamgraph/scamgraph/internal/config"
	"github.com/scamgraph/scamgraph/internal/sources/registry"
)

const testUA = "scamgraph-test/1.0 (+mailto:test@scamgraph.invalid)"

// get fetches u with the test User-Agent and optional extra headers.
func get(t *testing.T, u string, hdr ...string) (*http.Response, []byte) {
	t.Helper()
	return do(t, http.MethodGet, u, nil, hdr...)
}

func do(t *testing.T, method, u string, body []byte, hdr ...string) (*http.Response, []byte) {
	t.Helper()
	req, err := http.NewRequest(method, u, bytes.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	req.Header.Set("User-Agent", testUA)
	for i := 0; i+1 < len(hdr); i += 2 {
		req.Header.Set(hdr[i], hdr[i+1])
	}
	client := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, u, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatalf("read %s: %v", u, err)
	}
	return resp, b
}

func newTestServer(t *testing.T) *httptest.Server {
	t.Helper()
	srv := httptest.NewServer(Handler())
	t.Cleanup(srv.Close)
	return srv
}

// blueskyToken logs in to the sample Bluesky service.
func blueskyToken(t *testing.T, base string) string {
	t.Helper()
	resp, b := do(t, http.MethodPost, base+"/bluesky/xrpc/com.atproto.server.createSession",
		[]byte(`{"identifier":"`+BlueskyHandle+`","password":"`+BlueskyPassword+`"}`), "Content-Type", "application/json")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("createSession: %d %s", resp.StatusCode, b)
	}
	var s struct {
		AccessJwt string `json:"accessJwt"`
	}
	if err := json.Unmarshal(b, &s); err != nil || s.AccessJwt == "" {
		t.Fatalf("createSession body %s: %v", b, err)
	}
	return s.AccessJwt
}

// wellFormed checks that a body parses as what its Content-Type says it is.
func wellFormed(t *testing.T, name, ctype string, body []byte) {
	t.Helper()
	mt, params, err := mime.ParseMediaType(ctype)
	if err != nil {
		t.Fatalf("%s: Content-Type %q: %v", name, ctype, err)
	}
	if params["charset"] == "" {
		t.Errorf("%s: Content-Type %q has no charset", name, ctype)
	}
	switch {
	case strings.Contains(mt, "xml"):
		if err := checkXML(body); err != nil {
			t.Errorf("%s: XML: %v", name, err)
		}
	case mt == "application/json" && strings.HasSuffix(name, ".ftm.json"):
		for i, line := range bytes.Split(bytes.TrimSpace(body), []byte("\n")) {
			if !json.Valid(line) {
				t.Errorf("%s: line %d is not JSON", name, i+1)
			}
		}
	case mt == "application/json":
		if !json.Valid(body) {
			t.Errorf("%s: not valid JSON", name)
		}
	case mt == "text/html":
		if !bytes.Contains(bytes.ToLower(body), []byte("</html>")) {
			t.Errorf("%s: HTML without </html>", name)
		}
	}
}

func checkXML(b []byte) error {
	dec := xml.NewDecoder(bytes.NewReader(b))
	for {
		if _, err := dec.Token(); err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
	}
}

func TestHandlerServesEveryPath(t *testing.T) {
	srv := newTestServer(t)
	tok := blueskyToken(t, srv.URL)
	clAuth := []string{"Authorization", "Token " + CourtListenerToken}
	tests := []struct {
		path  string
		ctype string
		hdr   []string
	}{
		{"/robots.txt", "text/plain", nil},
		{"/mekong/", "text/html", nil},
		{"/mekong/feed/", "application/rss+xml", nil},
		{"/mekong/feed/?paged=2", "application/rss+xml", nil},
		{"/mekong/2025/10/15/us-uk-sanction-prince-group-chen-zhi-indicted/", "text/html", nil},
		{DisallowedPage, "text/html", nil},
		{"/salween/", "text/html", nil},
		{"/salween/news-sitemap.xml", "application/xml", nil},
		{"/salween/news/junta-says-troops-have-taken-kk-park.html", "text/html", nil},
		{"/salween/my/news/kk-park-raid.html", "text/html", nil},
		{"/salween/news/us-sanctions-broken-tooth-wan-kuok-koi-hongmen.html", "text/html", nil},
		{"/gdelt/api/v2/doc/doc?query=%22KK+Park%22&mode=artlist&format=json", "application/json", nil},
		{"/courtlistener/api/rest/v4/search/?q=%22Chen+Zhi%22&type=r", "application/json", clAuth},
		{"/doj/api/v1/press_releases.json?pagesize=2&page=0", "application/json", nil},
		{"/federalregister/api/v1/documents.json?conditions%5Bterm%5D=Huione", "application/json", nil},
		{"/federalregister/documents/2025/10/14/2025-18871/imposition-of-special-measure-regarding-huione-group-as-a-financial-institution-of-primary-money-laundering-concern", "text/html", nil},
		{"/ofac/SDN.XML", "text/xml", nil},
		{"/uk/UK-Sanctions-List.xml", "text/xml", nil},
		{"/opensanctions/datasets/latest/default/entities.ftm.json", "application/json", nil},
		{"/telegram/s/mekongledger", "text/html", nil},
		{"/telegram/s/mekongledger?before=1464", "text/html", nil},
		{"/reddit/r/Scams/search.json?q=Cambodia&restrict_sr=1&sort=new&limit=100", "application/json", nil},
		{"/bluesky/xrpc/app.bsky.feed.searchPosts?q=scam&limit=100", "application/json", []string{"Authorization", "Bearer " + tok}},
		{"/mastodon/api/v1/timelines/tag/scamcompounds?limit=40", "application/json", nil},
	}
	for _, tt := range tests {
		t.Run(tt.path, func(t *testing.T) {
			resp, body := get(t, srv.URL+tt.path, tt.hdr...)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("status %d: %.200s", resp.StatusCode, body)
			}
			ct := resp.Header.Get("Content-Type")
			if !strings.HasPrefix(ct, tt.ctype) {
				t.Errorf("Content-Type %q, want %s", ct, tt.ctype)
			}
			if resp.Header.Get("ETag") == "" || resp.Header.Get("Last-Modified") == "" {
				t.Errorf("missing validators: ETag %q Last-Modified %q", resp.Header.Get("ETag"), resp.Header.Get("Last-Modified"))
			}
			name := tt.path
			if i := strings.IndexByte(name, '?'); i >= 0 {
				name = name[:i]
			}
			wellFormed(t, name, ct, body)
			if bytes.Contains(body, []byte("sampleworld.invalid")) {
				t.Errorf("placeholder origin leaked into the response")
			}
		})
	}
}

func TestConditionalGET(t *testing.T) {
	srv := newTestServer(t)
	for _, path := range []string{
		"/mekong/feed/",
		"/salween/news/us-sanctions-broken-tooth-wan-kuok-koi-hongmen.html",
		"/ofac/SDN.XML",
		"/gdelt/api/v2/doc/doc?query=Huione&mode=artlist&format=json",
		"/telegram/s/mekongledger",
		"/mastodon/api/v1/timelines/tag/scamcompounds",
	} {
		t.Run(path, func(t *testing.T) {
			resp, _ := get(t, srv.URL+path)
			etag, lm := resp.Header.Get("ETag"), resp.Header.Get("Last-Modified")
			if resp.StatusCode != http.StatusOK || etag == "" || lm == "" {
				t.Fatalf("first fetch: %d etag %q last-modified %q", resp.StatusCode, etag, lm)
			}
			if r, b := get(t, srv.URL+path, "If-None-Match", etag); r.StatusCode != http.StatusNotModified || len(b) != 0 {
				t.Errorf("If-None-Match: status %d, %d body bytes", r.StatusCode, len(b))
			}
			if r, _ := get(t, srv.URL+path, "If-Modified-Since", lm); r.StatusCode != http.StatusNotModified {
				t.Errorf("If-Modified-Since: status %d", r.StatusCode)
			}
			if r, _ := get(t, srv.URL+path, "If-None-Match", `"stale"`); r.StatusCode != http.StatusOK {
				t.Errorf("stale ETag: status %d, want 200", r.StatusCode)
			}
			if r, _ := get(t, srv.URL+path, "If-Modified-Since", "Mon, 01 Jan 2001 00:00:00 GMT"); r.StatusCode != http.StatusOK {
				t.Errorf("old If-Modified-Since: status %d, want 200", r.StatusCode)
			}
		})
	}
}

// sourceRequest builds the first request a crawler would make for a configured source.
func sourceRequest(t *testing.T, s config.Source, addr string) (string, []string) {
	t.Helper()
	u, err := url.Parse(addr)
	if err != nil {
		t.Fatalf("%s: %v", s.Name, err)
	}
	q := u.Query()
	var hdr []string
	switch s.Kind {
	case "gdelt":
		q.Set("query", s.Query)
		q.Set("mode", "artlist")
		q.Set("format", "json")
		q.Set("maxrecords", "250")
	case "courtlistener":
		q.Set("q", s.Query)
		q.Set("type", "r")
		hdr = []string{"Authorization", "Token " + os.Getenv(s.TokenEnv)}
	case "doj":
		q.Set("parameters[title]", s.Query)
		q.Set("pagesize", "50")
	case "federalregister":
		q.Set("conditions[term]", s.Query)
	case "reddit":
		q.Set("q", s.Query)
		q.Set("restrict_sr", "1")
		q.Set("sort", "new")
		q.Set("limit", "100")
	case "bluesky":
		q.Set("q", s.Query)
		q.Set("sort", "latest")
		q.Set("limit", "100")
	}
	u.RawQuery = q.Encode()
	return u.String(), hdr
}

func TestSourcesYAMLAnswers(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	s, err := Start(ctx, "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	for _, kv := range s.Environ() {
		k, v, _ := strings.Cut(kv, "=")
		t.Setenv(k, v)
	}
	cfg, err := config.Parse(SourcesYAML())
	if err != nil {
		t.Fatalf("parse sources.yaml: %v", err)
	}
	kinds := map[string]bool{}
	for _, src := range cfg.Sources {
		kinds[src.Kind] = true
		for _, addr := range src.Addresses() {
			if !strings.HasPrefix(addr, s.URL()+"/") {
				t.Errorf("%s: %s is not under the sample server %s", src.Name, addr, s.URL())
			}
			u, hdr := sourceRequest(t, src, addr)
			if src.Kind == "bluesky" {
				if os.Getenv(src.UserEnv) != BlueskyHandle || os.Getenv(src.PasswordEnv) != BlueskyPassword {
					t.Errorf("%s: user_env/password_env do not name the sample credentials", src.Name)
				}
				hdr = []string{"Authorization", "Bearer " + blueskyToken(t, s.URL())}
			}
			resp, body := get(t, u, hdr...)
			if resp.StatusCode != http.StatusOK {
				t.Errorf("%s: GET %s: %d %.200s", src.Name, u, resp.StatusCode, body)
				continue
			}
			if len(body) < 100 {
				t.Errorf("%s: GET %s: only %d bytes: %s", src.Name, u, len(body), body)
			}
		}
	}
	for _, k := range registry.Kinds().Names() {
		if k != "page" && !kinds[k] {
			t.Errorf("sources.yaml has no %s source", k)
		}
	}
}

func TestStartStopsWithContext(t *testing.T) {
	ctx, cancel := context.WithCancel(context.Background())
	s, err := Start(ctx, "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	if strings.HasSuffix(s.URL(), "/") || !strings.HasPrefix(s.URL(), "http://127.0.0.1:") {
		t.Errorf("URL %q", s.URL())
	}
	if resp, _ := get(t, s.URL()+"/robots.txt"); resp.StatusCode != http.StatusOK {
		t.Fatalf("robots.txt: %d", resp.StatusCode)
	}
	cancel()
	deadline := time.Now().Add(5 * time.Second)
	for {
		_, err := http.Get(s.URL() + "/robots.txt")
		if err != nil {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("server still answering after its context ended")
		}
		time.Sleep(20 * time.Millisecond)
	}
	if err := s.Close(); err != nil {
		t.Errorf("Close after cancel: %v", err)
	}
}

func TestConfigParsesBothFiles(t *testing.T) {
	t.Setenv(EnvURL, "http://127.0.0.1:1")
	sample, err := config.Parse(SourcesYAML())
	if err != nil {
		t.Fatalf("sources.yaml: %v", err)
	}
	b, err := os.ReadFile("../../sources.example.yaml")
	if err != nil {
		t.Fatal(err)
	}
	example, err := config.Parse(b)
	if err != nil {
		t.Fatalf("sources.example.yaml: %v", err)
	}
	seen := map[string]bool{}
	for _, s := range example.Sources {
		seen[s.Kind] = true
		for _, a := range s.Addresses() {
			if !strings.HasPrefix(a, "https://") {
				t.Errorf("example source %s: %s is not an https address", s.Name, a)
			}
		}
	}
	// Telegram is present only as a commented template: the example names no channel it cannot
	// vouch for.
	seen["telegram"] = seen["telegram"] || bytes.Contains(b, []byte("#   kind: telegram"))
	for _, s := range sample.Sources {
		if !seen[s.Kind] {
			t.Errorf("sources.example.yaml has no %s source, which the sample world exercises", s.Kind)
		}
	}
	if !strings.Contains(example.UserAgent, "mailto:") && !strings.Contains(example.UserAgent, "+http") {
		t.Errorf("example user_agent %q names no contact", example.UserAgent)
	}
	if example.Defaults.Delay.D() < time.Second {
		t.Errorf("example delay %s is not polite", example.Defaults.Delay.D())
	}
}

func TestEmbeddedDataWellFormed(t *testing.T) {
	files := map[string]string{
		"data/ofac/SDN.XML":                    "xml",
		"data/uk/UK-Sanctions-List.xml":        "xml",
		"data/opensanctions/entities.ftm.json": "jsonl",
		"data/gdelt/artlist.json":              "json",
		"data/courtlistener/search-r.json":     "json",
		"data/doj/press_releases.json":         "json",
		"data/federalregister/documents.json":  "json",
		"data/telegram/mekongledger.json":      "json",
		"data/reddit/scams.json":               "json",
		"data/bluesky/posts.json":              "json",
		"data/mastodon/statuses.json":          "json",
	}
	for f, kind := range files {
		b, err := dataFS.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		switch kind {
		case "xml":
			if err := checkXML(b); err != nil {
				t.Errorf("%s: %v", f, err)
			}
		case "json":
			if !json.Valid(b) {
				t.Errorf("%s: invalid JSON", f)
			}
		case "jsonl":
			for i, line := range bytes.Split(bytes.TrimSpace(b), []byte("\n")) {
				if !json.Valid(line) {
					t.Errorf("%s line %d: invalid JSON", f, i+1)
				}
			}
		}
	}
}

// sdnList mirrors the parts of SDN.XML the checks need, in its real namespace.
type sdnList struct {
	XMLName xml.Name `xml:"https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML sdnList"`
	Publish struct {
		Date  string `xml:"Publish_Date"`
		Count int    `xml:"Record_Count"`
	} `xml:"publshInformation"`
	Entries []struct {
		UID      int      `xml:"uid"`
		Last     string   `xml:"lastName"`
		Type     string   `xml:"sdnType"`
		Programs []string `xml:"programList>program"`
		Akas     []struct {
			Last string `xml:"lastName"`
		} `xml:"akaList>aka"`
		IDs []struct {
			Type   string `xml:"idType"`
			Number string `xml:"idNumber"`
		} `xml:"idList>id"`
		Addresses []struct {
			Country string `xml:"country"`
		} `xml:"addressList>address"`
		DOBs []string `xml:"dateOfBirthList>dateOfBirthItem>dateOfBirth"`
	} `xml:"sdnEntry"`
}

func TestSanctionListsContent(t *testing.T) {
	b, _ := dataFS.ReadFile("data/ofac/SDN.XML")
	var sdn sdnList
	if err := xml.Unmarshal(b, &sdn); err != nil {
		t.Fatalf("SDN.XML: %v", err)
	}
	if len(sdn.Entries) < 15 || sdn.Publish.Count != len(sdn.Entries) {
		t.Fatalf("SDN.XML: %d entries, Record_Count %d", len(sdn.Entries), sdn.Publish.Count)
	}
	var xbt, eth, akas, dobs int
	uids := map[int]bool{}
	btc := regexp.MustCompile(`^bc1q[02-9ac-hj-np-z]{38}$`)
	for _, e := range sdn.Entries {
		if uids[e.UID] || e.Last == "" || len(e.Programs) == 0 {
			t.Errorf("entry %d %q: duplicate uid, no name or no program", e.UID, e.Last)
		}
		uids[e.UID] = true
		akas += len(e.Akas)
		dobs += len(e.DOBs)
		for _, id := range e.IDs {
			switch id.Type {
			case "Digital Currency Address - XBT":
				xbt++
				if !btc.MatchString(id.Number) {
					t.Errorf("%s: XBT address %q is malformed", e.Last, id.Number)
				}
			case "Digital Currency Address - ETH":
				eth++
			}
		}
	}
	if xbt == 0 || eth == 0 || akas == 0 || dobs == 0 {
		t.Errorf("SDN.XML lacks variety: %d XBT, %d ETH, %d akas, %d DOBs", xbt, eth, akas, dobs)
	}

	b, _ = dataFS.ReadFile("data/uk/UK-Sanctions-List.xml")
	var uk struct {
		Designations []struct {
			UniqueID string   `xml:"UniqueID"`
			Regime   string   `xml:"RegimeName"`
			Type     string   `xml:"IndividualEntityShip"`
			Names    []string `xml:"Names>Name>Name6"`
		} `xml:"Designation"`
	}
	if err := xml.Unmarshal(b, &uk); err != nil {
		t.Fatalf("UK list: %v", err)
	}
	if len(uk.Designations) < 8 {
		t.Errorf("UK list: %d designations, want 8 or more", len(uk.Designations))
	}
	for _, d := range uk.Designations {
		if d.UniqueID == "" || d.Regime == "" || d.Type == "" || len(d.Names) == 0 {
			t.Errorf("UK designation %+v is incomplete", d)
		}
	}

	b, _ = dataFS.ReadFile("data/opensanctions/entities.ftm.json")
	schemas := map[string]int{}
	ids := map[string]bool{}
	type ftm struct {
		ID     string              `json:"id"`
		Schema string              `json:"schema"`
		Props  map[string][]string `json:"properties"`
	}
	var all []ftm
	for _, line := range bytes.Split(bytes.TrimSpace(b), []byte("\n")) {
		var e ftm
		if err := json.Unmarshal(line, &e); err != nil {
			t.Fatalf("FtM line: %v", err)
		}
		schemas[e.Schema]++
		ids[e.ID] = true
		all = append(all, e)
	}
	for _, s := range []string{"Person", "Company", "Organization", "Ownership", "Directorship", "Family"} {
		if schemas[s] == 0 {
			t.Errorf("OpenSanctions data has no %s entity", s)
		}
	}
	// Link entities must point at entities in the file.
	for _, e := range all {
		for _, prop := range []string{"owner", "asset", "director", "organization", "person", "relative", "member", "entity", "holder", "subject", "object"} {
			for _, ref := range e.Props[prop] {
				if !ids[ref] {
					t.Errorf("%s %s: %s refers to missing entity %s", e.Schema, e.ID, prop, ref)
				}
			}
		}
	}
}

// countDocuments walks every sample source as a crawler would and counts the documents found.
func countDocuments(t *testing.T, base string) map[string]int {
	t.Helper()
	n := map[string]int{}
	// RSS pages.
	for page := 1; ; page++ {
		resp, b := get(t, fmt.Sprintf("%s/mekong/feed/?paged=%d", base, page))
		if resp.StatusCode == http.StatusNotFound {
			break
		}
		var rss struct {
			Items []struct {
				Link string `xml:"link"`
			} `xml:"channel>item"`
		}
		if err := xml.Unmarshal(b, &rss); err != nil {
			t.Fatalf("feed page %d: %v", page, err)
		}
		for _, it := range rss.Items {
			if !strings.HasSuffix(it.Link, DisallowedPage) {
				n["rss"]++
			}
		}
	}
	_, b := get(t, base+"/salween/news-sitemap.xml")
	n["sitemap"] = bytes.Count(b, []byte("<loc>"))
	// Telegram: follow the "older" links.
	next := base + "/telegram/s/mekongledger"
	more := regexp.MustCompile(`<a href="([^"]+)" class="tme_messages_more js-messages_more" data-before="\d+"`)
	for i := 0; next != "" && i < 10; i++ {
		_, b := get(t, next)
		n["telegram"] += bytes.Count(b, []byte(`class="tgme_widget_message text_not_supported_wrap js-widget_message" data-post=`))
		next = ""
		if m := more.FindSubmatch(b); m != nil {
			next = base + string(m[1])
		}
	}
	// Reddit: follow after.
	after := ""
	for i := 0; i < 10; i++ {
		_, b := get(t, base+"/reddit/r/Scams/search.json?q=&restrict_sr=1&sort=new&limit=100&after="+after)
		var l struct {
			Data struct {
				After    *string           `json:"after"`
				Children []json.RawMessage `json:"children"`
			} `json:"data"`
		}
		if err := json.Unmarshal(b, &l); err != nil {
			t.Fatal(err)
		}
		n["reddit"] += len(l.Data.Children)
		if l.Data.After == nil {
			break
		}
		after = *l.Data.After
	}
	// Bluesky: follow cursor.
	tok := blueskyToken(t, base)
	cursor := ""
	for i := 0; i < 10; i++ {
		_, b := get(t, base+"/bluesky/xrpc/app.bsky.feed.searchPosts?q=scam&limit=100&cursor="+cursor, "Authorization", "Bearer "+tok)
		var r struct {
			Cursor string            `json:"cursor"`
			Posts  []json.RawMessage `json:"posts"`
		}
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatal(err)
		}
		n["bluesky"] += len(r.Posts)
		if r.Cursor == "" {
			break
		}
		cursor = r.Cursor
	}
	// Mastodon: follow Link rel="next" until an empty page.
	link := regexp.MustCompile(`<([^>]+)>; rel="next"`)
	next = base + "/mastodon/api/v1/timelines/tag/scamcompounds?limit=40"
	for i := 0; next != "" && i < 10; i++ {
		resp, b := get(t, next)
		var st []json.RawMessage
		if err := json.Unmarshal(b, &st); err != nil {
			t.Fatal(err)
		}
		n["mastodon"] += len(st)
		next = ""
		if m := link.FindStringSubmatch(resp.Header.Get("Link")); m != nil {
			next = m[1]
		}
	}
	// CourtListener: follow next.
	next = base + "/courtlistener/api/rest/v4/search/?q=&type=r"
	for i := 0; next != "" && i < 10; i++ {
		_, b := get(t, next, "Authorization", "Token "+CourtListenerToken)
		var r struct {
			Next    *string `json:"next"`
			Results []struct {
				Docs []struct {
					Snippet string `json:"snippet"`
				} `json:"recap_documents"`
			} `json:"results"`
		}
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatal(err)
		}
		n["courtlistener"] += len(r.Results)
		for _, res := range r.Results {
			for _, d := range res.Docs {
				if d.Snippet != "" {
					n["courtlistener snippets"]++
				}
			}
		}
		next = ""
		if r.Next != nil {
			next = *r.Next
		}
	}
	// DOJ: zero-based pages until empty.
	for page := 0; page < 10; page++ {
		_, b := get(t, fmt.Sprintf("%s/doj/api/v1/press_releases.json?pagesize=50&page=%d", base, page))
		var r struct {
			Results []json.RawMessage `json:"results"`
		}
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatal(err)
		}
		if len(r.Results) == 0 {
			break
		}
		n["doj"] += len(r.Results)
	}
	// Federal Register: follow next_page_url.
	next = base + "/federalregister/api/v1/documents.json?per_page=1&conditions%5Bterm%5D=Huione"
	for i := 0; next != "" && i < 10; i++ {
		_, b := get(t, next)
		var r struct {
			Next    string            `json:"next_page_url"`
			Results []json.RawMessage `json:"results"`
		}
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatal(err)
		}
		n["federalregister"] += len(r.Results)
		next = r.Next
	}
	_, b = get(t, base+"/ofac/SDN.XML")
	n["ofac"] = bytes.Count(b, []byte("<sdnEntry>"))
	_, b = get(t, base+"/uk/UK-Sanctions-List.xml")
	n["uk"] = bytes.Count(b, []byte("<Designation>"))
	_, b = get(t, base+"/opensanctions/datasets/latest/default/entities.ftm.json")
	n["opensanctions"] = bytes.Count(b, []byte("\n"))
	return n
}

func TestDocumentCountAndPaging(t *testing.T) {
	srv := newTestServer(t)
	n := countDocuments(t, srv.URL)
	t.Logf("documents per source: %v", n)
	minimum := map[string]int{"rss": 14, "sitemap": 8, "telegram": 10, "reddit": 4, "bluesky": 4, "mastodon": 4,
		"courtlistener snippets": 4, "doj": 4, "federalregister": 2, "ofac": 15, "uk": 8, "opensanctions": 10}
	total := 0
	for k, v := range n {
		if k != "courtlistener snippets" {
			total += v
		}
	}
	for k, want := range minimum {
		if n[k] < want {
			t.Errorf("%s: %d documents, want at least %d", k, n[k], want)
		}
	}
	if total < 45 {
		t.Errorf("%d documents in all, want at least 45", total)
	}
}

func TestPagination(t *testing.T) {
	srv := newTestServer(t)
	if r, _ := get(t, srv.URL+"/mekong/feed/?paged=3"); r.StatusCode != http.StatusNotFound {
		t.Errorf("feed page 3: %d, want 404", r.StatusCode)
	}
	_, b := get(t, srv.URL+"/courtlistener/api/rest/v4/search/?q=%22Chen+Zhi%22&type=r", "Authorization", "Token "+CourtListenerToken)
	var cl struct {
		Count int     `json:"count"`
		Next  *string `json:"next"`
	}
	if err := json.Unmarshal(b, &cl); err != nil || cl.Next == nil || !strings.Contains(*cl.Next, "cursor=") || cl.Count < 2 {
		t.Errorf("CourtListener first page: count %d next %v (%v)", cl.Count, cl.Next, err)
	}
	if r, _ := get(t, srv.URL+"/courtlistener/api/rest/v4/search/?cursor=bm9wZQ%3D%3D&type=r", "Authorization", "Token "+CourtListenerToken); r.StatusCode != http.StatusNotFound {
		t.Errorf("bad cursor: %d, want 404", r.StatusCode)
	}
	_, b = get(t, srv.URL+"/doj/api/v1/press_releases.json?pagesize=50&page=0&parameters%5Btitle%5D=scam")
	var doj struct {
		Meta struct {
			RS struct {
				Count    int `json:"count"`
				PageSize int `json:"pagesize"`
			} `json:"resultset"`
		} `json:"metadata"`
		Results []struct {
			Title string `json:"title"`
			Body  string `json:"body"`
			Date  string `json:"date"`
		} `json:"results"`
	}
	if err := json.Unmarshal(b, &doj); err != nil {
		t.Fatal(err)
	}
	if doj.Meta.RS.Count < 4 || len(doj.Results) >= doj.Meta.RS.Count {
		t.Errorf("DOJ: count %d, %d on the first page; want 4 or more over several pages", doj.Meta.RS.Count, len(doj.Results))
	}
	for _, r := range doj.Results {
		if !strings.Contains(r.Body, "<p>") || !strings.Contains(strings.ToLower(r.Title), "scam") {
			t.Errorf("DOJ result %q: body not HTML or title filter ignored", r.Title)
		}
	}
	resp, _ := get(t, srv.URL+"/mastodon/api/v1/timelines/tag/ScamCompounds")
	if !strings.Contains(resp.Header.Get("Link"), `rel="next"`) || !strings.Contains(resp.Header.Get("Link"), "max_id=") {
		t.Errorf("Mastodon Link header %q", resp.Header.Get("Link"))
	}
	_, b = get(t, srv.URL+"/telegram/s/mekongledger?before=1464")
	if !bytes.Contains(b, []byte(`data-after=`)) || !bytes.Contains(b, []byte(`data-before=`)) {
		t.Errorf("older Telegram page lacks its newer and older links")
	}
	if bytes.Contains(b, []byte(`data-post="mekongledger/1464"`)) {
		t.Errorf("?before=1464 page shows post 1464")
	}
	r, _ := get(t, srv.URL+"/mekong/2025/10/15/us-uk-sanction-prince-group-chen-zhi-indicted")
	if r.StatusCode != http.StatusMovedPermanently || !strings.HasSuffix(r.Header.Get("Location"), "/") {
		t.Errorf("article without trailing slash: %d to %q", r.StatusCode, r.Header.Get("Location"))
	}
}

func TestAuthentication(t *testing.T) {
	srv := newTestServer(t)
	cl := srv.URL + "/courtlistener/api/rest/v4/search/?q=Prince&type=r"
	tests := []struct {
		name   string
		method string
		url    string
		body   string
		hdr    []string
		status int
	}{
		{"courtlistener anonymous", "GET", cl, "", nil, 401},
		{"courtlistener wrong token", "GET", cl, "", []string{"Authorization", "Token nope"}, 401},
		{"courtlistener token", "GET", cl, "", []string{"Authorization", "Token " + CourtListenerToken}, 200},
		{"bluesky search anonymous", "GET", srv.URL + "/bluesky/xrpc/app.bsky.feed.searchPosts?q=scam", "", nil, 403},
		{"bluesky search forged token", "GET", srv.URL + "/bluesky/xrpc/app.bsky.feed.searchPosts?q=scam", "", []string{"Authorization", "Bearer a.b.c"}, 401},
		{"bluesky login wrong password", "POST", srv.URL + "/bluesky/xrpc/com.atproto.server.createSession", `{"identifier":"` + BlueskyHandle + `","password":"x"}`, nil, 401},
		{"bluesky login garbage", "POST", srv.URL + "/bluesky/xrpc/com.atproto.server.createSession", `{`, nil, 400},
		{"reddit without user agent", "GET", srv.URL + "/reddit/r/Scams/search.json?q=scam", "", []string{"User-Agent", "Go-http-client/1.1"}, 429},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			resp, b := do(t, tt.method, tt.url, []byte(tt.body), tt.hdr...)
			if resp.StatusCode != tt.status {
				t.Errorf("status %d, want %d: %s", resp.StatusCode, tt.status, b)
			}
			if tt.status >= 400 && !json.Valid(b) {
				t.Errorf("error body is not JSON: %s", b)
			}
		})
	}
	// A refresh token is not an access token.
	resp, b := do(t, "POST", srv.URL+"/bluesky/xrpc/com.atproto.server.createSession",
		[]byte(`{"identifier":"`+BlueskyHandle+`","password":"`+BlueskyPassword+`"}`))
	var s struct {
		Access  string `json:"accessJwt"`
		Refresh string `json:"refreshJwt"`
	}
	if err := json.Unmarshal(b, &s); err != nil || resp.StatusCode != 200 {
		t.Fatalf("login: %d %v", resp.StatusCode, err)
	}
	if r, _ := get(t, srv.URL+"/bluesky/xrpc/app.bsky.feed.searchPosts?q=scam", "Authorization", "Bearer "+s.Refresh); r.StatusCode == 200 {
		t.Errorf("refresh token accepted for search")
	}
	if r, _ := do(t, "POST", srv.URL+"/bluesky/xrpc/com.atproto.server.refreshSession", nil, "Authorization", "Bearer "+s.Refresh); r.StatusCode != 200 {
		t.Errorf("refreshSession: %d", r.StatusCode)
	}
}

func TestRobots(t *testing.T) {
	srv := newTestServer(t)
	_, robots := get(t, srv.URL+"/robots.txt")
	disallowed := false
	for _, line := range strings.Split(string(robots), "\n") {
		if v, ok := strings.CutPrefix(strings.TrimSpace(line), "Disallow:"); ok && strings.HasPrefix(DisallowedPage, strings.TrimSpace(v)) && strings.TrimSpace(v) != "" {
			disallowed = true
		}
	}
	if !disallowed {
		t.Errorf("robots.txt does not disallow %s", DisallowedPage)
	}
	// The page exists and is linked, so only robots.txt keeps a crawler away from it.
	if r, _ := get(t, srv.URL+DisallowedPage); r.StatusCode != http.StatusOK {
		t.Errorf("%s: %d", DisallowedPage, r.StatusCode)
	}
	_, feed := get(t, srv.URL+"/mekong/feed/?paged=2")
	if !bytes.Contains(feed, []byte("<link>"+srv.URL+DisallowedPage+"</link>")) {
		t.Errorf("feed page 2 does not link %s", DisallowedPage)
	}
	// Everything the demo crawls is allowed.
	cfg := func() *config.Config {
		t.Setenv(EnvURL, srv.URL)
		c, err := config.Parse(SourcesYAML())
		if err != nil {
			t.Fatal(err)
		}
		return c
	}()
	for _, s := range cfg.Sources {
		for _, a := range s.Addresses() {
			if strings.HasPrefix(strings.TrimPrefix(a, srv.URL), "/mekong/private/") || strings.HasPrefix(strings.TrimPrefix(a, srv.URL), "/mekong/wp-admin/") {
				t.Errorf("%s: %s is disallowed by robots.txt", s.Name, a)
			}
		}
	}
}

func TestLegacyCharsetPage(t *testing.T) {
	srv := newTestServer(t)
	resp, b := get(t, srv.URL+"/salween/news/us-sanctions-broken-tooth-wan-kuok-koi-hongmen.html")
	if ct := resp.Header.Get("Content-Type"); ct != "text/html; charset=windows-1252" {
		t.Errorf("Content-Type %q", ct)
	}
	if !bytes.Contains(b, []byte(`<meta charset="windows-1252"`)) {
		t.Errorf("no meta charset declaration")
	}
	if utf8.Valid(b) {
		t.Errorf("body is valid UTF-8; it should be windows-1252 bytes")
	}
	text, err := charmap.Windows1252.NewDecoder().Bytes(b)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(text, []byte("“Broken Tooth”")) || !bytes.Contains(text, []byte("Myanmar’s Karen State")) {
		t.Errorf("decoded page lacks the curly-quoted text")
	}
}

func TestArticleContent(t *testing.T) {
	w, err := newWorld(dataFS)
	if err != nil {
		t.Fatal(err)
	}
	var all strings.Builder
	var han, myanmar, khmer bool
	var denials int
	for _, o := range []*outlet{w.mekong, w.salween} {
		for _, p := range o.posts {
			all.WriteString(p.Title + " " + p.Text + "\n")
			for _, r := range p.Text {
				han = han || unicode.Is(unicode.Han, r)
				myanmar = myanmar || unicode.Is(unicode.Myanmar, r)
			}
			denials += strings.Count(p.Text, " denied ")
		}
	}
	for _, p := range w.telegram.Posts {
		for _, r := range string(p.HTML) {
			khmer = khmer || unicode.Is(unicode.Khmer, r)
		}
	}
	if !han || !myanmar || !khmer {
		t.Errorf("scripts: Han %v, Myanmar %v, Khmer %v", han, myanmar, khmer)
	}
	if denials < 2 {
		t.Errorf("%d denials in article text, want at least 2", denials)
	}
	text := all.String()
	for _, name := range []string{"Saw Min Min Oo", "Tin Win", "Chamu Sawang", "Nat Rungtawankhiri", "Su Guiqin", "Lim Heng",
		"Mina Chiang", "Chou Bun Eng", "Sar Sokha", "KK Park", "Shwe Kokko", "Prince Holding Group", "陈志", "Huione", "O'Smach Resort",
		"Ly Yong Phat", "Kings Romans", "Zhao Wei", "Saw Chit Thu", "DKBA", "KNU", "Wan Kuok-koi", "Ming Xuechang", "Chit Linn Myaing", "Troth Star"} {
		if !strings.Contains(text, name) {
			t.Errorf("no article mentions %s", name)
		}
	}
	lower := strings.ToLower(text)
	for _, hedge := range []string{"according to workers", "prosecutors allege", "could not be", "unverified", "reportedly"} {
		if !strings.Contains(lower, hedge) {
			t.Errorf("no article uses the attribution %q", hedge)
		}
	}
	// Every page an index links to is served.
	srv := newTestServer(t)
	for _, a := range w.gdelt {
		if r, _ := get(t, srv.URL+a.Page); r.StatusCode != http.StatusOK {
			t.Errorf("GDELT entry %s: %d", a.Page, r.StatusCode)
		}
	}
	for _, p := range w.telegram.Posts {
		if p.Preview == nil {
			continue
		}
		if r, _ := get(t, strings.Replace(p.Preview.URL, placeholderOrigin, srv.URL, 1)); r.StatusCode != http.StatusOK {
			t.Errorf("Telegram preview %s: %d", p.Preview.URL, r.StatusCode)
		}
	}
}

func TestGDELTFilters(t *testing.T) {
	srv := newTestServer(t)
	count := func(q string) int {
		t.Helper()
		resp, b := get(t, srv.URL+"/gdelt/api/v2/doc/doc?mode=artlist&format=json&"+q)
		if resp.StatusCode != http.StatusOK {
			t.Fatalf("%s: %d", q, resp.StatusCode)
		}
		var r struct {
			Articles []struct {
				URL      string `json:"url"`
				SeenDate string `json:"seendate"`
				Domain   string `json:"domain"`
			} `json:"articles"`
		}
		if err := json.Unmarshal(b, &r); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		for _, a := range r.Articles {
			if !strings.HasPrefix(a.URL, srv.URL+"/") || a.Domain != "127.0.0.1" {
				t.Errorf("%s: article %s on domain %s", q, a.URL, a.Domain)
			}
		}
		return len(r.Articles)
	}
	all := count("query=" + url.QueryEscape(`("scam compound" OR "scam centre" OR "scam center" OR "KK Park")`))
	if all < 5 {
		t.Errorf("broad query: %d articles", all)
	}
	inWindow := count("query=" + url.QueryEscape(`"KK Park"`) + "&startdatetime=20251001000000&enddatetime=20251031235959")
	outWindow := count("query=" + url.QueryEscape(`"KK Park"`) + "&startdatetime=20200101000000&enddatetime=20200201000000")
	if inWindow == 0 || outWindow != 0 {
		t.Errorf("time window: %d in October 2025, %d in January 2020", inWindow, outWindow)
	}
	kh := count("query=" + url.QueryEscape(`sanctions sourcecountry:CB`))
	mm := count("query=" + url.QueryEscape(`sanctions sourcecountry:MM`))
	both := count("query=sanctions")
	if kh == 0 || mm == 0 || kh+mm != both {
		t.Errorf("sourcecountry: Cambodia %d + Myanmar %d != all %d", kh, mm, both)
	}
	if n := count("query=" + url.QueryEscape(`"KK Park"`) + "&maxrecords=1"); n != 1 {
		t.Errorf("maxrecords=1 gave %d", n)
	}
}

func TestParseQuery(t *testing.T) {
	tests := []struct {
		q    string
		text string
		want bool
	}{
		{`"scam compound"`, "a scam compound in Myawaddy", true},
		{`"scam compound"`, "a compound for scams", false},
		{`scam compound`, "a compound for scams", true},
		{`Huione OR "Prince Group"`, "the Prince Group chairman", true},
		{`(Huione OR Prince)`, "KK Park", false},
		{`KK Park -Starlink`, "KK Park raid", true},
		{`KK Park -Starlink`, "KK Park Starlink", false},
		{`sanctions sourcecountry:CB`, "new sanctions", true},
		{``, "anything", true},
	}
	for _, tt := range tests {
		if got := parseQuery(tt.q).match(tt.text); got != tt.want {
			t.Errorf("parseQuery(%q).match(%q) = %v, want %v", tt.q, tt.text, got, tt.want)
		}
	}
	if f := parseQuery(`x sourcecountry:KH domain:example.org`).filters; len(f["sourcecountry"]) != 1 || f["domain"][0] != "example.org" {
		t.Errorf("filters %v", f)
	}
}

func FuzzParseQuery(f *testing.F) {
	for _, s := range []string{`"scam compound" OR "KK Park"`, `(a OR b) -c sourcecountry:KH`, `"unterminated`, `-`, `-"x"`, `:::`, ""} {
		f.Add(s, "some text about KK Park")
	}
	f.Fuzz(func(t *testing.T, q, text string) {
		sq := parseQuery(q)
		_ = sq.match(text)
		for _, term := range sq.terms {
			if term == "" || term == "-" {
				t.Errorf("query %q produced the empty term %q", q, term)
			}
		}
	})
}

func TestFeedAndSitemapParse(t *testing.T) {
	srv := newTestServer(t)
	fp := gofeed.NewParser()
	var items int
	for page := 1; page <= 2; page++ {
		_, b := get(t, fmt.Sprintf("%s/mekong/feed/?paged=%d", srv.URL, page))
		feed, err := fp.Parse(bytes.NewReader(b))
		if err != nil {
			t.Fatalf("feed page %d: %v", page, err)
		}
		if feed.Title != "Mekong Ledger" || feed.Language != "en-US" {
			t.Errorf("feed page %d: title %q language %q", page, feed.Title, feed.Language)
		}
		for _, it := range feed.Items {
			items++
			if it.PublishedParsed == nil || it.Content == "" || len(it.Authors) == 0 || it.Authors[0].Name == "" || len(it.Categories) == 0 || it.Description == "" {
				t.Errorf("item %q: published %v, %d content bytes, authors %v, categories %v", it.Title, it.PublishedParsed, len(it.Content), it.Authors, it.Categories)
			}
			if !strings.HasPrefix(it.Link, srv.URL+"/mekong/") {
				t.Errorf("item %q links to %s", it.Title, it.Link)
			}
		}
		if page == 1 && len(feed.Items) != mekongPerFeed {
			t.Errorf("feed page 1 has %d items, want %d", len(feed.Items), mekongPerFeed)
		}
	}
	if items < 15 {
		t.Errorf("%d feed items in all", items)
	}

	_, b := get(t, srv.URL+"/salween/news-sitemap.xml")
	var sm struct {
		URLs []struct {
			Loc  string `xml:"http://www.sitemaps.org/schemas/sitemap/0.9 loc"`
			News struct {
				Lang  string `xml:"publication>language"`
				Date  string `xml:"publication_date"`
				Title string `xml:"title"`
			} `xml:"http://www.google.com/schemas/sitemap-news/0.9 news"`
		} `xml:"url"`
	}
	if err := xml.Unmarshal(b, &sm); err != nil {
		t.Fatal(err)
	}
	langs := map[string]bool{}
	for _, u := range sm.URLs {
		langs[u.News.Lang] = true
		if _, err := time.Parse(time.RFC3339, u.News.Date); err != nil || u.News.Title == "" {
			t.Errorf("%s: date %q title %q", u.Loc, u.News.Date, u.News.Title)
		}
		if r, _ := get(t, u.Loc); r.StatusCode != http.StatusOK {
			t.Errorf("%s: %d", u.Loc, r.StatusCode)
		}
	}
	if len(sm.URLs) < 8 || !langs["en"] || !langs["my"] {
		t.Errorf("sitemap: %d URLs, languages %v", len(sm.URLs), langs)
	}
}

// TestArticleChrome checks that every article page is real HTML whose article text is
// surrounded by boilerplate, which is what makes main-text extraction necessary.
func TestArticleChrome(t *testing.T) {
	w, err := newWorld(dataFS)
	if err != nil {
		t.Fatal(err)
	}
	srv := newTestServer(t)
	var withLD, withOG, withoutMeta int
	for _, o := range []*outlet{w.mekong, w.salween} {
		for _, p := range o.posts {
			resp, b := get(t, srv.URL+p.Path)
			if resp.StatusCode != http.StatusOK {
				t.Fatalf("%s: %d", p.Path, resp.StatusCode)
			}
			if p.Charset != "" {
				if b, err = charmap.Windows1252.NewDecoder().Bytes(b); err != nil {
					t.Fatal(err)
				}
			}
			doc, err := html.Parse(bytes.NewReader(b))
			if err != nil {
				t.Fatalf("%s: %v", p.Path, err)
			}
			var text, links int
			var hasTime, hasLD, hasOG bool
			var walk func(*html.Node)
			walk = func(n *html.Node) {
				switch {
				case n.Type == html.TextNode:
					text += len(strings.TrimSpace(n.Data))
				case n.Type == html.ElementNode && n.Data == "a":
					links++
				case n.Type == html.ElementNode && n.Data == "time":
					hasTime = true
				case n.Type == html.ElementNode && n.Data == "script":
					for _, a := range n.Attr {
						hasLD = hasLD || (a.Key == "type" && a.Val == "application/ld+json")
					}
				case n.Type == html.ElementNode && n.Data == "meta":
					for _, a := range n.Attr {
						hasOG = hasOG || (a.Key == "property" && a.Val == "og:title")
					}
				}
				for c := n.FirstChild; c != nil; c = c.NextSibling {
					walk(c)
				}
			}
			walk(doc)
			if !hasTime {
				t.Errorf("%s: no <time> element", p.Path)
			}
			if links < 15 {
				t.Errorf("%s: only %d links; the page lacks site chrome", p.Path, links)
			}
			if body := len(p.Text); text < body+body/3 {
				t.Errorf("%s: %d text bytes for a %d-byte article; too little boilerplate", p.Path, text, body)
			}
			if hasLD {
				withLD++
			}
			if hasOG {
				withOG++
			}
			if !hasLD && !hasOG {
				withoutMeta++
			}
		}
	}
	if withLD == 0 || withOG == 0 || withoutMeta == 0 {
		t.Errorf("metadata variety: %d pages with JSON-LD, %d with og:, %d with neither", withLD, withOG, withoutMeta)
	}
}

func BenchmarkNewWorld(b *testing.B) {
	for i := 0; i < b.N; i++ {
		if _, err := newWorld(dataFS); err != nil {
			b.Fatal(err)
		}
	}
}
