package bluesky

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/url"
	"sort"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/scamgraph/scamgraph/internal/formats"
)

// Page is one page of app.bsky.feed.searchPosts ({"posts": [...]}) or of a feed
// endpoint (getAuthorFeed, getTimeline, getFeed, getListFeed: {"feed": [{"post": ...}]}).
type Page struct {
	// Cursor fetches the next page; "" on the last.
	Cursor  string
	Posts   []Post
	Skipped []error
}

// Post is one post view.
type Post struct {
	URI, CID                            string
	AuthorHandle, AuthorDID, AuthorName string
	// Text is the post text with every link facet's shortened label
	// ("open.substack.com/pub/christac...") replaced by the full address it links to.
	Text                 string
	CreatedAt, IndexedAt *time.Time
	// Links are the addresses of the post's link facets and link card, in order, once each.
	Links []string
	// Card is the link card (app.bsky.embed.external) the post shows, if any.
	Card *Card
	// RepostedBy is the handle of the account whose repost put the post in a feed.
	RepostedBy string
}

// Card is a post's link preview.
type Card struct {
	URI, Title, Description string
}

// Permalink gives the post's web address, https://bsky.app/profile/<handle>/post/<rkey>
// (the DID stands in for a missing handle), or "" when the URI is not a post record.
func (p Post) Permalink() string {
	rest, ok := strings.CutPrefix(p.URI, "at://")
	if !ok {
		return ""
	}
	parts := strings.Split(rest, "/")
	if len(parts) != 3 || parts[1] != "app.bsky.feed.post" || parts[2] == "" {
		return ""
	}
	who := p.AuthorHandle
	if who == "" || who == "handle.invalid" {
		who = parts[0]
	}
	return "https://bsky.app/profile/" + url.PathEscape(who) + "/post/" + url.PathEscape(parts[2])
}

type blueskyPostJSON struct {
	URI    formats.FlexString `json:"uri"`
	CID    formats.FlexString `json:"cid"`
	Author struct {
		Handle      formats.FlexString `json:"handle"`
		DID         formats.FlexString `json:"did"`
		DisplayName formats.FlexString `json:"displayName"`
	} `json:"author"`
	Record struct {
		Text      formats.FlexString `json:"text"`
		CreatedAt formats.FlexString `json:"createdAt"`
		Facets    []blueskyFacet     `json:"facets"`
		Embed     *blueskyEmbed      `json:"embed"`
	} `json:"record"`
	Embed     *blueskyEmbed      `json:"embed"`
	IndexedAt formats.FlexString `json:"indexedAt"`
}

type blueskyFacet struct {
	Index struct {
		ByteStart formats.FlexInt `json:"byteStart"`
		ByteEnd   formats.FlexInt `json:"byteEnd"`
	} `json:"index"`
	Features []struct {
		Type formats.FlexString `json:"$type"`
		URI  formats.FlexString `json:"uri"`
	} `json:"features"`
}

// blueskyEmbed reads both the record's embed and the view's: a link card sits at external
// (app.bsky.embed.external) or at media.external (app.bsky.embed.recordWithMedia).
type blueskyEmbed struct {
	External *blueskyExternal `json:"external"`
	Media    *struct {
		External *blueskyExternal `json:"external"`
	} `json:"media"`
}

type blueskyExternal struct {
	URI         formats.FlexString `json:"uri"`
	Title       formats.FlexString `json:"title"`
	Description formats.FlexString `json:"description"`
}

func (e *blueskyEmbed) card() *Card {
	if e == nil {
		return nil
	}
	ext := e.External
	if ext == nil && e.Media != nil {
		ext = e.Media.External
	}
	if ext == nil || formats.Clean(string(ext.URI)) == "" {
		return nil
	}
	return &Card{URI: formats.Clean(string(ext.URI)), Title: formats.Clean(string(ext.Title)), Description: formats.Clean(string(ext.Description))}
}

// expandLinks replaces the label of each link facet by its full address. Bluesky clients
// shorten long links in the text ("example.com/a/very-lo...") and keep the address only in
// the facet; byte offsets count UTF-8 bytes of the text. Facets out of range, overlapping or
// not on character boundaries are left as written.
func expandLinks(text string, facets []blueskyFacet) (string, []string) {
	type span struct {
		start, end int
		uri        string
	}
	var spans []span
	var links []string
	for _, f := range facets {
		for _, ft := range f.Features {
			if !strings.HasSuffix(string(ft.Type), "#link") {
				continue
			}
			uri := formats.Clean(string(ft.URI))
			if uri == "" {
				continue
			}
			links = appendOnce(links, uri)
			start, end := int(f.Index.ByteStart), int(f.Index.ByteEnd)
			if start < 0 || end > len(text) || start >= end || !utf8.RuneStart(text[start]) ||
				(end < len(text) && !utf8.RuneStart(text[end])) {
				continue
			}
			spans = append(spans, span{start, end, uri})
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].start < spans[j].start })
	var b strings.Builder
	last := 0
	for _, sp := range spans {
		if sp.start < last {
			continue // overlaps the previous facet
		}
		b.WriteString(text[last:sp.start])
		b.WriteString(sp.uri)
		last = sp.end
	}
	b.WriteString(text[last:])
	return b.String(), links
}

func appendOnce(list []string, s string) []string {
	for _, v := range list {
		if v == s {
			return list
		}
	}
	return append(list, s)
}

// Parse parses a searchPosts answer or a feed answer (getAuthorFeed, getTimeline,
// getFeed, getListFeed). XRPC error answers ({"error": "AuthMissing", "message": ...}, sent
// with 401/403) are reported as errors, and so is JSON with neither array.
func Parse(body []byte) (*Page, error) {
	var env struct {
		Cursor  formats.FlexString `json:"cursor"`
		Posts   []json.RawMessage  `json:"posts"`
		Feed    []json.RawMessage  `json:"feed"`
		Error   formats.FlexString `json:"error"`
		Message formats.FlexString `json:"message"`
	}
	if err := formats.DecodeJSON("bluesky", body, &env); err != nil {
		return nil, err
	}
	if env.Posts == nil && env.Feed == nil && env.Error != "" {
		return nil, fmt.Errorf("bluesky: XRPC error %s: %s", env.Error, env.Message)
	}
	if env.Posts == nil && env.Feed == nil {
		return nil, fmt.Errorf("bluesky: neither a posts array (searchPosts) nor a feed array (getAuthorFeed, getTimeline) in the answer (body starts %s)", formats.Snippet(body))
	}
	out := &Page{Cursor: strings.TrimSpace(string(env.Cursor))}
	raws := env.Posts
	reposts := make([]string, len(raws))
	for i, item := range env.Feed {
		var fi struct {
			Post   json.RawMessage `json:"post"`
			Reason struct {
				By struct {
					Handle formats.FlexString `json:"handle"`
				} `json:"by"`
			} `json:"reason"`
		}
		if err := json.Unmarshal(item, &fi); err != nil || len(fi.Post) == 0 {
			if err == nil {
				err = errors.New("no post")
			}
			out.Skipped = append(out.Skipped, fmt.Errorf("bluesky feed item #%d: %w", i+1, err))
			continue
		}
		raws = append(raws, fi.Post)
		reposts = append(reposts, formats.Clean(string(fi.Reason.By.Handle)))
	}
	read := func(n int, p blueskyPostJSON) (Post, error) { return post(n, p, reposts[n-1]) }
	posts, skipped := formats.DecodeItems("bluesky post", raws, read)
	out.Posts, out.Skipped = posts, append(out.Skipped, skipped...)
	return out, nil
}

// post reads one post, with its links and card, and who reposted it into a feed ("" when
// nobody did); a post without a uri cannot be linked to.
func post(n int, p blueskyPostJSON, repostedBy string) (Post, error) {
	text, links := expandLinks(string(p.Record.Text), p.Record.Facets)
	card := p.Embed.card()
	if card == nil {
		card = p.Record.Embed.card()
	}
	if card != nil {
		links = appendOnce(links, card.URI)
	}
	out := Post{
		URI:          formats.Clean(string(p.URI)),
		CID:          formats.Clean(string(p.CID)),
		AuthorHandle: formats.Clean(string(p.Author.Handle)),
		AuthorDID:    formats.Clean(string(p.Author.DID)),
		AuthorName:   formats.Clean(string(p.Author.DisplayName)),
		Text:         text,
		CreatedAt:    formats.OptTime(string(p.Record.CreatedAt), formats.ISOLayouts...),
		IndexedAt:    formats.OptTime(string(p.IndexedAt), formats.ISOLayouts...),
		Links:        links,
		Card:         card,
		RepostedBy:   repostedBy,
	}
	if out.URI == "" {
		return out, fmt.Errorf("bluesky post #%d: no uri", n)
	}
	return out, nil
}

// Session is the answer of com.atproto.server.createSession (app-password login).
type Session struct {
	AccessJwt, RefreshJwt, Handle, DID string
}

// ParseSession parses a createSession answer; an answer without an access token
// (e.g. {"error": "AuthenticationRequired"}) is an error.
func ParseSession(body []byte) (*Session, error) {
	var s struct {
		AccessJwt  formats.FlexString `json:"accessJwt"`
		RefreshJwt formats.FlexString `json:"refreshJwt"`
		Handle     formats.FlexString `json:"handle"`
		DID        formats.FlexString `json:"did"`
		Error      formats.FlexString `json:"error"`
		Message    formats.FlexString `json:"message"`
	}
	if err := formats.DecodeJSON("bluesky createSession", body, &s); err != nil {
		return nil, err
	}
	if strings.TrimSpace(string(s.AccessJwt)) == "" {
		if s.Error != "" {
			return nil, fmt.Errorf("bluesky createSession: XRPC error %s: %s", s.Error, s.Message)
		}
		return nil, fmt.Errorf("bluesky createSession: no accessJwt in answer")
	}
	return &Session{
		AccessJwt:  strings.TrimSpace(string(s.AccessJwt)),
		RefreshJwt: strings.TrimSpace(string(s.RefreshJwt)),
		Handle:     formats.Clean(string(s.Handle)),
		DID:        formats.Clean(string(s.DID)),
	}, nil
}
