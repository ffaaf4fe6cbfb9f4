package graphdb

import (
	"context"
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"net/url"
	"sort"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"

	"github.com/scamgraph/scamgraph/model"
)

// One document, one vote. The same report reached through two sources (a feed and GDELT),
// two addresses (http and https, "www." or not, tracking parameters, a redirect) or two
// crawl paths is one Document: its evidence counts once. A document's identity is its
// canonical address (CanonicalURL); failing that, the same main text of some length, or the
// same text from the same capture, is the same document.

// trackingParams are query parameters that only say how a reader arrived.
var trackingParams = map[string]bool{"fbclid": true, "gclid": true, "dclid": true, "msclkid": true, "yclid": true,
	"mc_cid": true, "mc_eid": true, "igshid": true, "ref": true, "ref_src": true, "ref_url": true, "cmpid": true,
	"ocid": true, "_ga": true, "_gl": true, "spm": true, "share": true, "smid": true, "s_cid": true, "xtor": true,
	"amp": true, "outputtype": true, "via": true, "src": true, "from": true, "rss": true, "feature": true}

// CanonicalURL is the address two fetches of one document share: scheme and "www." folded,
// host in lower case, default port, tracking parameters ("utm_*", "fbclid", ...) and an empty
// query or trailing slash dropped, remaining parameters sorted. The fragment is kept: list
// entries are told apart by it ("...SDN.XML#4632").
func CanonicalURL(raw string) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil || u.Host == "" {
		return strings.TrimSpace(raw)
	}
	host := strings.ToLower(u.Hostname())
	host = strings.TrimPrefix(host, "www.")
	host = strings.TrimPrefix(host, "m.")
	host = strings.TrimPrefix(host, "amp.")
	if strings.Contains(host, ":") {
		host = "[" + host + "]" // an IPv6 address
	}
	if p := u.Port(); p != "" && p != "80" && p != "443" {
		host += ":" + p
	}
	q := u.Query()
	keys := make([]string, 0, len(q))
	for k := range q {
		lk := strings.ToLower(k)
		if trackingParams[lk] || strings.HasPrefix(lk, "utm_") {
			continue
		}
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var qs []string
	for _, k := range keys {
		vs := q[k]
		sort.Strings(vs)
		for _, v := range vs {
			qs = append(qs, url.QueryEscape(k)+"="+url.QueryEscape(v))
		}
	}
	path := u.EscapedPath()
	path = strings.TrimSuffix(path, "/amp")
	if len(path) > 1 {
		path = strings.TrimRight(path, "/")
	}
	if path == "" {
		path = "/"
	}
	out := "//" + host + path
	if len(qs) > 0 {
		out += "?" + strings.Join(qs, "&")
	}
	if u.Fragment != "" {
		out += "#" + u.EscapedFragment()
	}
	return out
}

// minSharedText is the length from which the same main text at two addresses is one document
// (shorter texts, a title or a one-line post, repeat without being the same report).
const minSharedText = 280

// minCaptureText is the length from which the same text from the same capture (one response
// archived under two addresses) is one document.
const minCaptureText = 80

func textSHA(text string) string {
	if strings.TrimSpace(text) == "" {
		return ""
	}
	h := sha256.Sum256([]byte(strings.Join(strings.Fields(text), " ")))
	return hex.EncodeToString(h[:])
}

const (
	qDocIdentitySchema1 = "CREATE INDEX document_url_key IF NOT EXISTS FOR (d:Document) ON (d.url_key)"
	qDocIdentitySchema2 = "CREATE INDEX document_text_sha IF NOT EXISTS FOR (d:Document) ON (d.text_sha)"
)

// sameDocuments rewrites the address of each document that is already in the graph, or
// earlier in docs, under another address to that address, and returns, by address kept, the
// other addresses it was reached at.
func (s *Store) sameDocuments(ctx context.Context, docs []model.Document) ([]model.Document, map[string][]string, error) {
	for _, q := range []string{qDocIdentitySchema1, qDocIdentitySchema2} {
		if s.docIndexes.Load() {
			break
		}
		if _, err := writeTx(ctx, s, func(ctx context.Context, tx neo4j.ManagedTransaction) (struct{}, error) {
			return struct{}{}, exec(ctx, tx, q, nil)
		}); err != nil && !createdElsewhere(err) {
			return nil, nil, fmt.Errorf("document identity index: %w", err)
		}
	}
	s.docIndexes.Store(true)
	rows := make([]map[string]any, 0, len(docs))
	for i, d := range docs {
		if u := strings.TrimSpace(d.URL); u == "" || len(u) > maxURL {
			continue // refused by the loader anyway
		}
		sha := textSHA(d.Text)
		long := len(d.Text) >= minSharedText
		rows = append(rows, map[string]any{"i": i, "url": strings.TrimSpace(d.URL), "key": CanonicalURL(d.URL),
			"sha": sha, "long": long, "mid": len(d.Text) >= minCaptureText, "capture": d.Capture})
	}
	recs, err := s.collect(ctx, `UNWIND $rows AS row
		OPTIONAL MATCH (k:Document {url_key: row.key}) WHERE k.url <> row.url
		WITH row, min(k.url) AS byKey
		OPTIONAL MATCH (t:Document {text_sha: row.sha})
		  WHERE row.sha <> '' AND t.url <> row.url AND (row.long OR (row.mid AND row.capture <> '' AND t.capture = row.capture))
		WITH row, byKey, min(t.url) AS byText
		OPTIONAL MATCH (self:Document {url: row.url})
		RETURN row.i AS i, CASE WHEN self IS NOT NULL THEN null ELSE coalesce(byKey, byText) END AS url`,
		map[string]any{"rows": rows})
	if err != nil {
		return nil, nil, fmt.Errorf("find documents already in %s: %w", s.cfg.URI, err)
	}
	existing := map[int]string{}
	for _, r := range recs {
		if u := asString(get(r, "url")); u != "" {
			existing[int(asInt(get(r, "i")))] = u
		}
	}
	out := make([]model.Document, len(docs))
	alts := map[string][]string{}
	type seenText struct{ url, capture string }
	firstByKey, firstByText := map[string]string{}, map[string]seenText{}
	byIndex := map[int]map[string]any{}
	for _, row := range rows {
		byIndex[row["i"].(int)] = row
	}
	for i, d := range docs {
		orig := strings.TrimSpace(d.URL)
		keep := existing[i]
		row, ok := byIndex[i]
		if !ok {
			out[i] = d
			continue
		}
		if keep == "" {
			keep = firstByKey[row["key"].(string)]
		}
		if sha := row["sha"].(string); keep == "" && sha != "" {
			if f, ok := firstByText[sha]; ok && (row["long"].(bool) || row["mid"].(bool) && d.Capture != "" && d.Capture == f.capture) {
				keep = f.url
			}
		}
		if keep == "" || keep == orig {
			keep = orig
			if _, ok := firstByKey[row["key"].(string)]; !ok {
				firstByKey[row["key"].(string)] = orig
			}
			if sha := row["sha"].(string); sha != "" {
				if _, ok := firstByText[sha]; !ok {
					firstByText[sha] = seenText{orig, d.Capture}
				}
			}
		} else {
			alts[keep] = append(alts[keep], orig)
		}
		d.URL = keep
		out[i] = d
	}
	return out, alts, nil
}
