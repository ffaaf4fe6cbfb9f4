// Package mastodon is the mastodon source kind: a Mastodon hashtag timeline, paged by its
// Link header.
package mastodon

import (
	"cmp"
	"fmt"
	"net/url"
	"strings"

	"github.com/scamgraph/scamgraph/internal/config"
	"github.com/scamgraph/scamgraph/internal/formats"
	"github.com/scamgraph/scamgraph/internal/sources"
)

// Name is the kind as written in sources.yaml.
const Name = "mastodon"

// Kind is a Mastodon tag timeline; each status is a document.
type Kind struct{}

// Spec describes the kind.
func (Kind) Spec() sources.Spec {
	return sources.Spec{Name: Name, Form: sources.Posts, Expect: sources.ExpectJSON, Accept: sources.AcceptJSON}
}

// Validate checks that every address names a tag timeline or the source has a tag.
func (Kind) Validate(src config.Source) error {
	for _, addr := range src.Addresses() {
		if _, err := timelineURL(addr, src); err != nil {
			return err
		}
	}
	return nil
}

// Seeds turns an instance address and the source's tag into the tag timeline.
func (Kind) Seeds(addr string, s sources.Start) ([]sources.Link, map[string]string, error) {
	return sources.OneSeed(timelineURL(addr, s.Source))
}

func timelineURL(addr string, src config.Source) (string, error) {
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
	return sources.WithParams(u.String(), false, "limit", "40")
}

// Parse reads one page of statuses and the next page from the Link header.
func (Kind) Parse(r sources.Response) (*sources.Parsed, error) {
	statuses, skipped, err := ParseStatuses(r.Body)
	if err != nil {
		return nil, err
	}
	part := func(s Status) (sources.Part, bool) { return statusPart(r.URL, s) }
	return sources.PostsPage(Name, statuses, item, part, NextLink(r.Header), skipped), nil
}

// item remembers a status by its address, or its id when it has none.
func item(s Status) sources.Item {
	return sources.Item{ID: Name + ":" + cmp.Or(s.URL, s.ID), At: &s.CreatedAt}
}

// statusPart is the document of one status, signed with the account's global name. A status
// without text or an address gives none.
func statusPart(pageURL string, s Status) (sources.Part, bool) {
	text := formats.HTMLToText(s.ContentHTML)
	link := sources.AbsoluteItemURL(pageURL, s.URL, "/api/")
	if text == "" || link == "" {
		return sources.Part{}, false
	}
	author := s.Acct
	if author != "" && !strings.Contains(author, "@") {
		// Local accounts are written without their instance; add it so that the name is global.
		if u, err := url.Parse(link); err == nil && u.Host != "" {
			author += "@" + u.Host
		}
	}
	part := sources.Part{
		URL:    link,
		Title:  sources.FirstLine(text),
		Author: author,
		Kind:   Name,
		HTML:   s.ContentHTML,
		Text:   text,
	}
	if !s.CreatedAt.IsZero() {
		t := s.CreatedAt
		part.Published = &t
	}
	return part, true
}

// ByURL recognises a tag timeline path on any host.
func (Kind) ByURL(u *url.URL, _ []byte) bool {
	return strings.Contains(strings.ToLower(strings.TrimRight(u.Path, "/")), "/api/v1/timelines/tag/")
}

// ByContent recognises an array of statuses. It is surer than Reddit's array marker.
func (Kind) ByContent(_ string, body []byte) int {
	if sources.HeadHolds(body, '[', `"account"`, `"created_at"`, `"content"`) {
		return 3
	}
	return 0
}
