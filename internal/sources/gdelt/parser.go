package gdelt

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"

	"github.com/scamgraph/scamgraph/internal/formats"
)

// List is a GDELT DOC 2.0 answer in mode=artlist, format=json.
type List struct {
	Articles []Article
	// Skipped reports articles left out (no URL, unreadable record).
	Skipped []error
}

// Article is one article GDELT has seen.
type Article struct {
	URL, URLMobile, Title string
	// SeenDate is when GDELT first saw the article ("20251015T083000Z" in the API), in UTC;
	// zero when the API gave no readable date.
	SeenDate                                     time.Time
	SocialImage, Domain, Language, SourceCountry string
}

type gdeltArticleJSON struct {
	URL           formats.FlexString `json:"url"`
	URLMobile     formats.FlexString `json:"url_mobile"`
	Title         formats.FlexString `json:"title"`
	SeenDate      formats.FlexString `json:"seendate"`
	SocialImage   formats.FlexString `json:"socialimage"`
	Domain        formats.FlexString `json:"domain"`
	Language      formats.FlexString `json:"language"`
	SourceCountry formats.FlexString `json:"sourcecountry"`
}

// Parse parses a DOC 2.0 artlist answer. GDELT answers an empty query window with "{}"
// (no articles, no error) and a throttled or malformed query with a plain-text message, which
// is returned as an error quoting the message.
func Parse(body []byte) (*List, error) {
	if err := formats.CheckSize("gdelt artlist", body); err != nil {
		return nil, err
	}
	if t := bytes.TrimSpace(formats.TrimBOM(body)); len(t) > 0 && t[0] != '{' {
		return nil, fmt.Errorf("gdelt artlist: not JSON, GDELT says %s", formats.Snippet(t))
	}
	var env map[string]json.RawMessage
	if err := formats.DecodeJSON("gdelt artlist", body, &env); err != nil {
		return nil, err
	}
	var articles []json.RawMessage
	if raw, ok := env["articles"]; ok {
		if err := json.Unmarshal(raw, &articles); err != nil {
			return nil, fmt.Errorf("gdelt artlist: articles is not an array: %w", err)
		}
	} else if len(env) > 0 {
		return nil, fmt.Errorf("gdelt artlist: no articles array (body starts %s)", formats.Snippet(body))
	}
	out := &List{}
	out.Articles, out.Skipped = formats.DecodeItems("gdelt article", articles, article)
	return out, nil
}

// article reads one record; an article without an address cannot be fetched.
func article(n int, a gdeltArticleJSON) (Article, error) {
	if formats.Clean(string(a.URL)) == "" {
		return Article{}, fmt.Errorf("gdelt article #%d: no url", n)
	}
	art := Article{
		URL:           formats.Clean(string(a.URL)),
		URLMobile:     formats.Clean(string(a.URLMobile)),
		Title:         formats.Clean(string(a.Title)),
		SocialImage:   formats.Clean(string(a.SocialImage)),
		Domain:        formats.Clean(string(a.Domain)),
		Language:      formats.Clean(string(a.Language)),
		SourceCountry: formats.Clean(string(a.SourceCountry)),
	}
	if t, err := formats.ParseTime(string(a.SeenDate), "20060102T150405Z", "20060102150405", time.RFC3339); err == nil {
		art.SeenDate = t.UTC()
	}
	return art, nil
}
