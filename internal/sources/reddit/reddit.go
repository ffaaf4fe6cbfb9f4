// Package reddit is the reddit source kind: Reddit search and subreddit listings (JSON),
// paged with after=.
package reddit

import (
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
	return sources.OneSeed(sources.WithParams(addr, false, "q", s.Source.Query, "sort", "new", "limit", "100", "restrict_sr", restrict, "raw_json", "1"))
}

// Parse reads one listing and the after= cursor to the next.
func (Kind) Parse(r sources.Response) (*sources.Parsed, error) {
	l, err := Parse(r.Body)
	if err != nil {
		return nil, err
	}
	base := partBase(r.URL)
	part := func(post Post) (sources.Part, bool) { return postPart(base, post) }
	return sources.PostsPage(Name, l.Posts, item, part, sources.NextPage(r.Asked, "after", l.After), l.Skipped), nil
}

// item remembers a post by its fullname, or its permalink when it has none.
func item(post Post) sources.Item {
	return sources.Item{ID: Name + ":" + cmp.Or(post.Name, post.Permalink), At: &post.Created}
}

// partBase is the address permalinks are made absolute against: the page's, but
// www.reddit.com for the oauth and api hosts, which answer for it.
func partBase(pageURL string) string {
	if u, err := url.Parse(pageURL); err == nil {
		if h := strings.ToLower(u.Hostname()); h == "oauth.reddit.com" || h == "api.reddit.com" {
			return "https://www.reddit.com/"
		}
	}
	return pageURL
}

// postPart is the document of one post: its title and text. A post without an address or
// text gives none.
func postPart(base string, post Post) (sources.Part, bool) {
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
	return part, part.URL != "" && text != ""
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
	if sources.HeadHolds(body, '{', `"kind"`, `"Listing"`, `"children"`) || sources.HeadHolds(body, '[', `"kind"`, `"Listing"`) {
		return 2
	}
	return 0
}
