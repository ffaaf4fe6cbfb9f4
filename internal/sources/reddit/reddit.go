// Package reddit is the reddit source kind: Reddit search and subreddit listings (JSON),
// paged with after=.
package reddit

import (
	"bytes"
	"cmp"
	"net/url"
	"strings"

	"github.com/scamgraph/scamgraph/internal/sources"
)

// Name is the kind as written in sources.yaml.
const Name = "reddit"

// Kind is a Reddit search; each post is a document.
type Kind struct{}

// Spec describes the kind.
func (Kind) Spec() sources.Spec {
	return sources.Spec{Name: Name, Publisher: "Reddit", Form: sources.Posts, Expect: sources.ExpectJSON, Accept: sources.AcceptJSON}
}

// Seeds adds the query, newest first; a subreddit address searches only that subreddit.
func (Kind) Seeds(addr string, s sources.Start) ([]sources.Link, map[string]string, error) {
	restrict := ""
	if strings.Contains(addr, "/r/") {
		restrict = "1"
	}
	u, err := sources.WithParams(addr, false, "q", s.Source.Query, "sort", "new", "limit", "100", "restrict_sr", restrict, "raw_json", "1")
	if err != nil {
		return nil, nil, err
	}
	return []sources.Link{{URL: u}}, nil, nil
}

// Parse reads one listing and the after= cursor to the next.
func (Kind) Parse(r sources.Response) (*sources.Parsed, error) {
	l, err := Parse(r.Body)
	if err != nil {
		return nil, err
	}
	p := &sources.Parsed{Kind: Name, Skipped: l.Skipped, Document: len(l.Posts) > 0}
	for _, post := range l.Posts {
		c := post.Created
		p.Items = append(p.Items, sources.Item{ID: "reddit:" + cmp.Or(post.Name, post.Permalink), At: &c})
	}
	if l.After != "" {
		if next, err := sources.WithParams(r.Asked, true, "after", l.After); err == nil {
			p.Next = &sources.Link{URL: next}
		}
	}
	p.Parts = parts(r.URL, l)
	return p, nil
}

func parts(pageURL string, l *Listing) []sources.Part {
	base := pageURL
	if u, err := url.Parse(pageURL); err == nil {
		// oauth.reddit.com and api hosts answer for www.reddit.com.
		if h := strings.ToLower(u.Hostname()); h == "oauth.reddit.com" || h == "api.reddit.com" {
			base = "https://www.reddit.com/"
		}
	}
	parts := make([]sources.Part, 0, len(l.Posts))
	for _, post := range l.Posts {
		text := strings.TrimSpace(strings.Join(sources.NonEmpty(post.Title, strings.TrimSpace(post.Selftext)), "\n\n"))
		part := sources.Part{
			URL:    sources.AbsoluteItemURL(base, post.Permalink, "/r/", "/search.json", "/user/"),
			Title:  post.Title,
			Author: post.Author,
			Kind:   Name,
			Text:   text,
		}
		if !post.Created.IsZero() {
			t := post.Created
			part.Published = &t
		}
		if part.URL == "" || text == "" {
			continue
		}
		parts = append(parts, part)
	}
	return parts
}

// ByURL recognises /search.json, /r/<sub>/search.json and /r/<sub>/new.json; off Reddit's
// hosts the path is generic, so the body must agree.
func (k Kind) ByURL(u *url.URL, body []byte) bool {
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	path := strings.ToLower(strings.TrimRight(u.Path, "/"))
	segs := strings.Split(strings.Trim(path, "/"), "/")
	n := len(segs)
	if strings.HasSuffix(path, "/search.json") || (n >= 3 && segs[n-3] == "r" && strings.HasSuffix(segs[n-1], ".json")) {
		return strings.HasSuffix(host, "reddit.com") || k.ByContent("", body) > 0
	}
	return false
}

// ByContent recognises a Listing.
func (Kind) ByContent(_ string, body []byte) int {
	head := sources.Head(body, 64<<10)
	if len(head) == 0 {
		return 0
	}
	has := func(s string) bool { return bytes.Contains(head, []byte(s)) }
	switch head[0] {
	case '{':
		if has(`"kind"`) && has(`"Listing"`) && has(`"children"`) {
			return 2
		}
	case '[':
		if has(`"kind"`) && has(`"Listing"`) {
			return 2
		}
	}
	return 0
}
