package web

import (
	"archive/zip"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/mmcdole/gofeed"

	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/graphdb/graphdbtest"
	"github.com/scamgraph/scamgraph/graphdb/storetest"
	"github.com/scamgraph/scamgraph/internal/archive"
	"github.com/scamgraph/scamgraph/model"
)

// hostilePage is a capture written by someone under investigation: it tries to run script on
// whoever opens it.
const hostilePage = `<!doctype html><html><head><title>x</title><script>fetch('/api/cypher',{method:'POST'})</script></head>
<body onload="alert(1)"><p>Prince Holding runs the park.</p><img src=x onerror=alert(2)><iframe src="javascript:alert(3)"></iframe></body></html>`

func TestExplorer(t *testing.T) {
	graphdbtest.Shared(t)
	s := storetest.Open(t)
	w := loadWorld(t, s)
	body := []byte(hostilePage + w.tag)
	sum := sha256.Sum256(body)
	digest := hex.EncodeToString(sum[:])
	// A second document of the same world cites the capture.
	doc := model.Document{URL: w.docURL + "/captured", Title: "Captured page " + w.tag, Text: "Prince Holding runs the park.",
		Language: "en", Capture: digest, Entities: []model.Entity{w.holding, w.sub},
		Relations: []model.Relation{rel(w.holding, model.Owns, w.sub, model.Official)}}
	ctx, cancel := context.WithTimeout(context.Background(), 30*time.Second)
	defer cancel()
	if _, err := s.Load(ctx, graphdb.SourceInfo{Name: "web-test-" + w.tag, Kind: "news"}, []model.Document{doc}, time.Now()); err != nil {
		t.Fatal(err)
	}
	h := New(s, nil)
	h.SetCaptures(func(ctx context.Context, d string) (archive.Record, error) {
		if d != digest {
			return archive.Record{}, fmt.Errorf("%s: %w", d, archive.ErrNotFound)
		}
		return archive.Record{URL: doc.URL, Status: 200, Header: http.Header{"Content-Type": {"text/html; charset=utf-8"}},
			Body: body, Digest: digest, FetchedAt: time.Now()}, nil
	})
	raw := func(path string) *httptest.ResponseRecorder {
		rec := httptest.NewRecorder()
		req := httptest.NewRequest(http.MethodGet, path, nil)
		req.Host = "localhost"
		h.ServeHTTP(rec, req)
		return rec
	}

	t.Run("capture bytes are exact and inert", func(t *testing.T) {
		for _, path := range []string{"/captures/" + digest, "/captures/" + strings.ToUpper(digest), "/captures/" + digest + "?download"} {
			rec := raw(path)
			if rec.Code != 200 || !bytes.Equal(rec.Body.Bytes(), body) {
				t.Fatalf("%s: %d, %d bytes (want the %d archived)", path, rec.Code, rec.Body.Len(), len(body))
			}
			hd := rec.Header()
			if ct := hd.Get("Content-Type"); strings.Contains(ct, "html") || !(strings.HasPrefix(ct, "text/plain") || ct == "application/octet-stream") {
				t.Errorf("%s: Content-Type %q", path, ct)
			}
			if csp := hd.Get("Content-Security-Policy"); !strings.HasPrefix(csp, "sandbox") || !strings.Contains(csp, "default-src 'none'") {
				t.Errorf("%s: CSP %q", path, csp)
			}
			if hd.Get("X-Content-Type-Options") != "nosniff" || hd.Get("Content-Disposition") == "" {
				t.Errorf("%s: headers %v", path, hd)
			}
		}
	})

	t.Run("capture text view has no markup", func(t *testing.T) {
		rec := raw("/captures/" + digest + "?view=text")
		txt := rec.Body.String()
		if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/plain") {
			t.Fatalf("text view: %d %q", rec.Code, rec.Header().Get("Content-Type"))
		}
		if !strings.Contains(txt, "Prince Holding runs the park.") || !strings.Contains(txt, digest) {
			t.Errorf("text view lacks the text or the digest:\n%s", txt)
		}
		for _, bad := range []string{"<script", "onerror", "onload", "<iframe", "fetch("} {
			if strings.Contains(txt, bad) {
				t.Errorf("text view keeps %q:\n%s", bad, txt)
			}
		}
		if !strings.Contains(rec.Header().Get("Content-Security-Policy"), "sandbox") {
			t.Errorf("text view not sandboxed")
		}
	})

	t.Run("capture errors", func(t *testing.T) {
		other := strings.Repeat("ab", 32)
		for _, c := range []struct {
			path string
			code int
		}{
			{"/captures/xyz", 400}, {"/captures/" + digest[:60], 400}, {"/captures/" + digest + "?view=html", 400},
			{"/captures/" + other, 404}, // no document cites it
			{"/api/captures/" + other, 404},
		} {
			if rec := raw(c.path); rec.Code != c.code {
				t.Errorf("%s: %d, want %d (%s)", c.path, rec.Code, c.code, rec.Body.String())
			}
		}
		var info CaptureInfo
		if code := get(t, h, "/api/captures/"+digest, &info); code != 200 || info.SHA256 != digest || info.Size != len(body) || info.Document == nil || info.Document.URL != doc.URL {
			t.Errorf("capture info: %d %+v", code, info)
		}
		bare := New(s, nil) // no archive configured
		rec := httptest.NewRecorder()
		req := httptest.NewRequest(http.MethodGet, "/captures/"+digest, nil)
		req.Host = "localhost"
		bare.ServeHTTP(rec, req)
		if rec.Code != 404 || !strings.Contains(rec.Body.String(), "--data") {
			t.Errorf("no archive: %d %s", rec.Code, rec.Body.String())
		}
	})

	t.Run("feed", func(t *testing.T) {
		rec := raw("/feeds/entities/" + url.PathEscape(w.holding.ID) + ".atom")
		if rec.Code != 200 || !strings.HasPrefix(rec.Header().Get("Content-Type"), "application/atom+xml") {
			t.Fatalf("feed: %d %q", rec.Code, rec.Header().Get("Content-Type"))
		}
		feed, err := gofeed.NewParser().Parse(bytes.NewReader(rec.Body.Bytes()))
		if err != nil {
			t.Fatalf("feed does not parse: %v\n%s", err, rec.Body.String())
		}
		if feed.FeedType != "atom" || !strings.Contains(feed.Title, w.holding.Name) || len(feed.Items) < 4 {
			t.Fatalf("feed %q (%s) with %d entries", feed.Title, feed.FeedType, len(feed.Items))
		}
		kinds := map[string]int{}
		for _, it := range feed.Items {
			for _, c := range it.Categories {
				kinds[c]++
			}
			if it.Link == "" || it.UpdatedParsed == nil || it.GUID == "" {
				t.Errorf("entry without link, time or id: %+v", it)
			}
		}
		if kinds["tie"] < 4 || kinds["evidence"] < 1 {
			t.Errorf("entry kinds %v: want a tie per relation and the second document's evidence", kinds)
		}
		if rec := raw("/feeds/entities/company:none-" + w.tag + ".atom"); rec.Code != 404 {
			t.Errorf("unknown entity feed: %d", rec.Code)
		}
		if rec := raw("/feeds/entities/" + url.PathEscape(w.holding.ID)); rec.Code != 404 {
			t.Errorf("feed without .atom: %d", rec.Code)
		}
	})

	t.Run("graph view collapses hubs", func(t *testing.T) {
		var g GraphAnswer
		if code := get(t, h, "/api/entities/"+url.PathEscape(w.holding.ID)+"/graph?depth=2", &g); code != 200 {
			t.Fatalf("graph: %d", code)
		}
		has := func(id string) bool {
			for _, n := range g.Nodes {
				if n.ID == id {
					return true
				}
			}
			return false
		}
		if !has(w.ofac.ID) || !has(w.park.ID) || len(g.Collapsed) == 0 {
			t.Fatalf("graph: %d nodes, collapsed %v", len(g.Nodes), g.Collapsed)
		}
		// OFAC sanctions three: a hub, drawn but not walked through. The tycoon's 32 links stay
		// under the hub degree, so his shells are drawn at depth 2.
		if len(g.Collapsed) != 1 || g.Collapsed[0] != w.ofac.ID || !has(w.shells[0].ID) {
			t.Errorf("collapsed %v; shells drawn: %v", g.Collapsed, has(w.shells[0].ID))
		}
		if code := get(t, h, "/api/entities/"+url.PathEscape(w.holding.ID)+"/graph?min_grade=official&predicates=OWNS", &g); code != 200 || len(g.Edges) != 1 || g.Edges[0].Object != w.sub.ID {
			t.Errorf("official OWNS only: %d %+v", code, g.Edges)
		}
		if code, _ := errorOf(t, h, "GET", "/api/entities/"+url.PathEscape(w.holding.ID)+"/graph?until=soon", ""); code != 400 {
			t.Errorf("bad date: %d", code)
		}
	})

	t.Run("export what you see", func(t *testing.T) {
		ids := strings.Join([]string{w.holding.ID, w.sub.ID, w.park.ID}, ",")
		rec := raw("/api/export?" + url.Values{"format": {"graphml"}, "ids": {ids}}.Encode())
		out := rec.Body.String()
		if rec.Code != 200 || !strings.Contains(out, "<graphml") || !strings.Contains(out, w.sub.ID) || strings.Contains(out, w.general.ID) {
			t.Fatalf("graphml: %d\n%s", rec.Code, out)
		}
		if n := strings.Count(out, "<edge "); n != 2 {
			t.Errorf("graphml has %d edges, want holding OWNS sub and sub OPERATES park", n)
		}
		rec = raw("/api/export?" + url.Values{"format": {"csv"}, "ids": {ids}, "min_grade": {"official"}}.Encode())
		zr, err := zip.NewReader(bytes.NewReader(rec.Body.Bytes()), int64(rec.Body.Len()))
		if rec.Code != 200 || err != nil || len(zr.File) != 2 {
			t.Fatalf("csv zip: %d %v", rec.Code, err)
		}
		f, _ := zr.File[1].Open()
		edges, _ := io.ReadAll(f)
		if zr.File[1].Name != "edges.csv" || strings.Count(strings.TrimSpace(string(edges)), "\n") != 1 {
			t.Errorf("official edges among the three:\n%s", edges)
		}
		rec = raw("/api/export?" + url.Values{"format": {"ftm"}, "ids": {ids}}.Encode())
		if rec.Code != 200 || !strings.Contains(rec.Body.String(), `"schema"`) || !strings.Contains(rec.Body.String(), doc.URL) {
			t.Errorf("ftm: %d\n%s", rec.Code, rec.Body.String())
		}
		for _, bad := range []string{"format=pdf&ids=a", "format=csv", "format=csv&ids=a&min_grade=great"} {
			if code, _ := errorOf(t, h, "GET", "/api/export?"+bad, ""); code != 400 {
				t.Errorf("%s: %d, want 400", bad, code)
			}
		}
	})

	// Names in scripts written without spaces between words: Khmer, Burmese, Thai, Chinese.
	khmer := ent(model.Person, "ហ៊ុនតូ "+w.tag)
	burmese := ent(model.Compound, "Shwe Kokko Zone "+w.tag)
	burmese.Aliases = []string{"ရွှေကုက္ကိုလ်စီမံကိန်း " + w.tag}
	thai := ent(model.Company, "บริษัทโกลเด้นไทรแองเกิล "+w.tag)
	han := ent(model.Company, "金三角集团 "+w.tag)
	scripts := model.Document{URL: w.docURL + "/scripts", Title: "Scripts " + w.tag, Text: "scripts", Language: "km",
		Entities: []model.Entity{khmer, burmese, thai, han}}
	if _, err := s.Load(ctx, graphdb.SourceInfo{Name: "web-test-" + w.tag, Kind: "news"}, []model.Document{scripts}, time.Now()); err != nil {
		t.Fatal(err)
	}

	t.Run("entity page keeps a few co-mention quotes", func(t *testing.T) {
		var docs []model.Document
		for i := range 7 {
			docs = append(docs, model.Document{URL: fmt.Sprintf("%s/co/%d", w.docURL, i), Title: "Co " + w.tag, Text: "co", Language: "en",
				Entities: []model.Entity{khmer, han}, Relations: []model.Relation{{Subject: khmer.ID, Predicate: model.MentionedWith, Object: han.ID,
					Grade: model.CoMentioned, Quote: fmt.Sprintf("%s and %s, sentence %d", khmer.Name, han.Name, i), Confidence: 0.5}}})
		}
		if _, err := s.Load(ctx, graphdb.SourceInfo{Name: "web-test-" + w.tag, Kind: "news"}, docs, time.Now()); err != nil {
			t.Fatal(err)
		}
		var d graphdb.EntityDetail
		if code := get(t, h, "/api/entities/"+url.PathEscape(khmer.ID), &d); code != 200 || len(d.Relations) != 1 {
			t.Fatalf("entity: %d %+v", code, d.Relations)
		}
		if r := d.Relations[0]; r.Predicate != model.MentionedWith || len(r.Evidence) != 5 || r.EvidenceCount != 7 {
			t.Errorf("co-mention: %s with %d quotes of %d", r.Predicate, len(r.Evidence), r.EvidenceCount)
		}
	})

	t.Run("search forgives typos and accents, in every script", func(t *testing.T) {
		for _, c := range []struct{ q, want string }{
			{"តូ " + w.tag, khmer.ID}, // part of a Khmer name
			{"ကုက္ကိုလ်စီမံကိန်း " + w.tag, burmese.ID}, // part of a Burmese alias
			{"โกลเด้น", thai.ID},                        // a word inside a Thai name
			{"三角集团 " + w.tag, han.ID},                   // part of a Chinese name
			{"shwe kokko zome " + w.tag, burmese.ID},    // a typo in the Latin name
			{"holdng grop " + w.tag, w.holding.ID},
			{"Hóldìng Group " + w.tag, w.holding.ID},
			{"park zome " + w.tag, w.park.ID},
		} {
			var hits []graphdb.EntityHit
			if code := get(t, h, q("/api/entities", "q", c.q), &hits); code != 200 || len(hits) == 0 || hits[0].ID != c.want {
				t.Errorf("search %q: %d %+v, want %s first", c.q, code, hits, c.want)
			}
		}
	})
}

// A path search that runs out of time is the reader's question being too big: a 400 that says
// what to ask instead, never a gateway timeout.
func TestPathSearchError(t *testing.T) {
	for _, c := range []struct {
		err  error
		all  bool
		want string
	}{
		{fmt.Errorf("paths: %w", &graphdb.QueryError{Kind: graphdb.ErrTimeout, Detail: "The transaction has been terminated.", Err: io.ErrUnexpectedEOF}), true, "too many simple paths"},
		{fmt.Errorf("paths: %w", context.DeadlineExceeded), false, "fewer links"},
		{&graphdb.QueryError{Kind: graphdb.ErrBadQuery, Detail: "bad", Err: io.ErrUnexpectedEOF}, true, ""},
		{io.EOF, false, ""},
	} {
		msg, ok := pathSearchError(c.err, c.all, 6, time.Second)
		if ok != (c.want != "") || !strings.Contains(msg, c.want) {
			t.Errorf("%v: %q %v, want %q", c.err, msg, ok, c.want)
		}
	}
}

// The explorer runs under script-src 'self' and style-src 'self': no inline script or style
// in the page, every vendored script embedded, and the palette names every type and grade.
func TestExplorerAssets(t *testing.T) {
	page, err := staticFiles.ReadFile("static/index.html")
	if err != nil {
		t.Fatal(err)
	}
	html := string(page)
	for _, bad := range []string{"style=", "<style", "onclick", "onload", "javascript:", "http://", "https://"} {
		if strings.Contains(html, bad) {
			t.Errorf("index.html contains %q", bad)
		}
	}
	for _, s := range regexp.MustCompile(`<script[^>]*>`).FindAllString(html, -1) {
		m := regexp.MustCompile(`src="([^"]+)"`).FindStringSubmatch(s)
		if m == nil {
			t.Errorf("inline script %s", s)
			continue
		}
		if _, err := staticFiles.Open("static/" + m[1]); err != nil {
			t.Errorf("script %s is not embedded: %v", m[1], err)
		}
	}
	var pal struct {
		Types  map[string]struct{ Color, Border, Shape string }
		Grades map[string]struct {
			Color string
			Width float64
			Dash  string
		}
	}
	b, err := staticFiles.ReadFile("static/palette.json")
	if err != nil || json.Unmarshal(b, &pal) != nil {
		t.Fatalf("palette.json: %v", err)
	}
	for _, typ := range model.EntityTypes {
		if v := pal.Types[typ]; v.Color == "" || v.Shape == "" {
			t.Errorf("palette lacks type %s", typ)
		}
	}
	for _, g := range model.Grades {
		if v := pal.Grades[g]; v.Color == "" || v.Width == 0 {
			t.Errorf("palette lacks grade %s", g)
		}
	}
	if pal.Grades[model.Alleged].Dash == "" || pal.Grades[model.Official].Dash != "" {
		t.Errorf("alleged edges are dashed, official ones solid: %+v", pal.Grades)
	}
}
