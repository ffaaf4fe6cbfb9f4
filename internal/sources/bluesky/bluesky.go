// Package bluesky is the bluesky source kind: app.bsky.feed.searchPosts and the feed
// endpoints (getAuthorFeed, getTimeline, getFeed, getListFeed), paged by cursor; it logs in
// with an app password when user_env and password_env are set.
package bluesky

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/url"
	"strings"
	"time"

	"github.com/scamgraph/scamgraph/internal/config"
	"github.com/scamgraph/scamgraph/internal/sources"
)

// Name is the kind as written in sources.yaml.
const Name = "bluesky"

// Kind is a Bluesky search or feed; each post is a document.
type Kind struct{}

// Spec describes the kind.
func (Kind) Spec() sources.Spec {
	return sources.Spec{Name: Name, Publisher: "Bluesky", Form: sources.Posts, Expect: sources.ExpectJSON, Accept: sources.AcceptJSON}
}

// Validate checks that a login names both variables and that an author feed names an account.
func (Kind) Validate(src config.Source) error {
	if (src.UserEnv != "" || src.PasswordEnv != "") && (src.UserEnv == "" || src.PasswordEnv == "") {
		return fmt.Errorf("bluesky needs both user_env and password_env")
	}
	for _, addr := range src.Addresses() {
		if _, err := searchURL(addr, src.Query, ""); err != nil {
			return err
		}
	}
	return nil
}

// Seeds adds the query and since to a search, or the page size (and account) to a feed.
func (Kind) Seeds(addr string, s sources.Start) ([]sources.Link, map[string]string, error) {
	since := ""
	if !s.Since.IsZero() {
		since = s.Since.UTC().Format(time.RFC3339)
	}
	return sources.OneSeed(searchURL(addr, s.Source.Query, since))
}

// searchURL adds the query parameters an XRPC endpoint takes: searchPosts searches (q, sort,
// since); the feed endpoints (getAuthorFeed, getTimeline, getFeed, getListFeed) take only a
// page size, and getAuthorFeed the account, from query when the address does not name it.
func searchURL(addr, query, since string) (string, error) {
	u, err := url.Parse(addr)
	if err != nil {
		return "", fmt.Errorf("bad address %q: %w", addr, err)
	}
	method := strings.ToLower(u.Path[strings.LastIndex(u.Path, "/")+1:])
	switch method {
	case "app.bsky.feed.getauthorfeed":
		if u.Query().Get("actor") == "" && strings.TrimSpace(query) == "" {
			return "", fmt.Errorf("bluesky getAuthorFeed needs an account: actor=<handle> in the url, or query")
		}
		return sources.WithParams(addr, false, "actor", strings.TrimSpace(query), "limit", "100")
	case "app.bsky.feed.gettimeline", "app.bsky.feed.getfeed", "app.bsky.feed.getlistfeed":
		return sources.WithParams(addr, false, "limit", "100")
	}
	return sources.WithParams(addr, false, "q", query, "sort", "latest", "limit", "100", "since", since)
}

// Login logs in with an app password (com.atproto.server.createSession on the source's
// host) and returns the access token.
func (Kind) Login(ctx context.Context, hc *http.Client, l sources.Login) (string, error) {
	addr := l.Source.Addresses()
	if len(addr) == 0 {
		return "", fmt.Errorf("no url")
	}
	u, err := url.Parse(addr[0])
	if err != nil {
		return "", err
	}
	// The session endpoint sits under the same /xrpc/ base as the search.
	prefix := ""
	if i := strings.Index(u.Path, "/xrpc/"); i >= 0 {
		prefix = u.Path[:i]
	}
	u.Path, u.RawQuery = prefix+"/xrpc/com.atproto.server.createSession", ""
	body, _ := json.Marshal(map[string]string{"identifier": l.User, "password": l.Password})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, u.String(), bytes.NewReader(body))
	if err != nil {
		return "", err
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set("User-Agent", l.UserAgent)
	resp, err := hc.Do(req)
	if err != nil {
		return "", fmt.Errorf("bluesky login at %s: %w", u.Host, err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		return "", fmt.Errorf("bluesky login at %s: %w", u.Host, err)
	}
	if resp.StatusCode != http.StatusOK {
		return "", fmt.Errorf("bluesky login at %s: HTTP %d (check %s and %s)", u.Host, resp.StatusCode, l.Source.UserEnv, l.Source.PasswordEnv)
	}
	s, err := ParseSession(b)
	if err != nil {
		return "", fmt.Errorf("bluesky login at %s: %w", u.Host, err)
	}
	if s.AccessJwt == "" {
		return "", fmt.Errorf("bluesky login at %s: no access token in the answer", u.Host)
	}
	return s.AccessJwt, nil
}

// Parse reads one page of posts and the cursor to the next.
func (Kind) Parse(r sources.Response) (*sources.Parsed, error) {
	page, err := Parse(r.Body)
	if err != nil {
		return nil, err
	}
	return sources.PostsPage(Name, page.Posts, item, postPart, sources.NextPage(r.Asked, "cursor", page.Cursor), page.Skipped), nil
}

// item remembers a post by its uri.
func item(post Post) sources.Item {
	return sources.Item{ID: Name + ":" + post.URI, At: post.CreatedAt}
}

// postPart is the document of one post: its text and the link card it shows. A post
// without an address or text gives none.
func postPart(post Post) (sources.Part, bool) {
	link := post.Permalink()
	text := strings.TrimSpace(post.Text)
	if link == "" || text == "" {
		return sources.Part{}, false
	}
	title := sources.FirstLine(text)
	if c := post.Card; c != nil {
		// The link card is what the post shows of the page it links to.
		text += "\n\n" + strings.Join(sources.NonEmpty(c.Title, c.Description, c.URI), "\n\n")
	}
	return sources.Part{
		URL:       link,
		Title:     title,
		Author:    sources.FirstOf(post.AuthorHandle, post.AuthorDID),
		Kind:      Name,
		Published: post.CreatedAt,
		Text:      text,
	}, true
}

// ByURL recognises the XRPC feed methods on any host.
func (Kind) ByURL(u *url.URL, _ []byte) bool {
	return sources.PathEndsWith(u, "/xrpc/app.bsky.feed.searchposts", "/xrpc/app.bsky.feed.getauthorfeed", "/xrpc/app.bsky.feed.gettimeline",
		"/xrpc/app.bsky.feed.getfeed", "/xrpc/app.bsky.feed.getlistfeed")
}

// ByContent recognises posts of the app.bsky.feed.post record type.
func (Kind) ByContent(_ string, body []byte) int {
	if sources.HeadHolds(body, '{', `"posts"`, `app.bsky.feed.post`) || sources.HeadHolds(body, '{', `"feed"`, `app.bsky.feed.post`) {
		return 2
	}
	return 0
}
