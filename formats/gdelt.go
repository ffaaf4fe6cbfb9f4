package formats

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"
)

// GDELTList is a GDELT DOC 2.0 answer in mode=artlist, format=json.
type GDELTList struct {
	Articles []GDELTArticle
	// Skipped reports articles left out (no URL, unreadable record).
	Skipped []error
}

// GDELTArticle is one article GDELT has seen.
type GDELTArticle struct {
	URL, URLMobile, Title string
	// SeenDate is when GDELT first saw the article ("20251015T083000Z" in the API), in UTC;
	// zero when the API gave no readable date.
	SeenDate                                     time.Time
	SocialImage, Domain, Language, SourceCountry string
}

type gdeltArticleJSON struct {
	URL           flexString `json:"url"`
	URLMobile     flexString `json:"url_mobile"`
	Title         flexString `json:"title"`
	SeenDate      flexString `json:"seendate"`
	SocialImage   flexString `json:"socialimage"`
	Domain        flexString `json:"domain"`
	Language      flexString `json:"language"`
	SourceCountry flexString `json:"sourcecountry"`
}

// ParseGDELT parses a DOC 2.0 artlist answer. GDELT answers an empty query window with "{}"
// (no articles, no error) and a throttled or malformed query with a plain-text message, which
// is returned as an error quoting the message.
func ParseGDELT(body []byte) (*GDELTList, error) {
	if err := checkSize("gdelt artlist", body); err != nil {
		return nil, err
	}
	if t := bytes.TrimSpace(trimBOM(body)); len(t) > 0 && t[0] != '{' {
		return nil, fmt.Errorf("gdelt artlist: not JSON, GDELT says %s", snippet(t))
	}
	var env map[string]json.RawMessage
	if err := decodeJSON("gdelt artlist", body, &env); err != nil {
		return nil, err
	}
	var articles []json.RawMessage
	if raw, ok := env["articles"]; ok {
		if err := json.Unmarshal(raw, &articles); err != nil {
			return nil, fmt.Errorf("gdelt artlist: articles is not an array: %w", err)
		}
	} else if len(env) > 0 {
		return nil, fmt.Errorf("gdelt artlist: no articles array (body starts %s)", snippet(body))
	}
	out := &GDELTList{}
	for i, raw := range articles {
		var a gdeltArticleJSON
		if err := json.Unmarshal(raw, &a); err != nil {
			out.Skipped = append(out.Skipped, fmt.Errorf("gdelt article #%d: %w", i+1, err))
			continue
		}
		if clean(string(a.URL)) == "" {
			out.Skipped = append(out.Skipped, fmt.Errorf("gdelt article #%d: no url", i+1))
			continue
		}
		art := GDELTArticle{
			URL:           clean(string(a.URL)),
			URLMobile:     clean(string(a.URLMobile)),
			Title:         clean(string(a.Title)),
			SocialImage:   clean(string(a.SocialImage)),
			Domain:        clean(string(a.Domain)),
			Language:      clean(string(a.Language)),
			SourceCountry: clean(string(a.SourceCountry)),
		}
		if t, err := parseTime(string(a.SeenDate), "20060102T150405Z", "20060102150405", time.RFC3339); err == nil {
			art.SeenDate = t.UTC()
		}
		out.Articles = append(out.Articles, art)
	}
	return out, nil
}
