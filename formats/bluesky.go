package formats

import (
	"encoding/json"
	"fmt"
	"net/url"
	"strings"
	"time"
)

// BlueskyPage is one page of app.bsky.feed.searchPosts.
type BlueskyPage struct {
	// Cursor fetches the next page; "" on the last.
	Cursor  string
	Posts   []BlueskyPost
	Skipped []error
}

// BlueskyPost is one post view.
type BlueskyPost struct {
	URI, CID                            string
	AuthorHandle, AuthorDID, AuthorName string
	Text                                string
	CreatedAt, IndexedAt                *time.Time
}

// Permalink gives the post's web address, https://bsky.app/profile/<handle>/post/<rkey>
// (the DID stands in for a missing handle), or "" when the URI is not a post record.
func (p BlueskyPost) Permalink() string {
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
	URI    flexString `json:"uri"`
	CID    flexString `json:"cid"`
	Author struct {
		Handle      flexString `json:"handle"`
		DID         flexString `json:"did"`
		DisplayName flexString `json:"displayName"`
	} `json:"author"`
	Record struct {
		Text      flexString `json:"text"`
		CreatedAt flexString `json:"createdAt"`
	} `json:"record"`
	IndexedAt flexString `json:"indexedAt"`
}

// ParseBluesky parses a searchPosts answer. XRPC error answers
// ({"error": "AuthMissing", "message": ...}, sent with 401/403) are reported as errors.
func ParseBluesky(body []byte) (*BlueskyPage, error) {
	var env struct {
		Cursor  flexString        `json:"cursor"`
		Posts   []json.RawMessage `json:"posts"`
		Error   flexString        `json:"error"`
		Message flexString        `json:"message"`
	}
	if err := decodeJSON("bluesky searchPosts", body, &env); err != nil {
		return nil, err
	}
	if env.Posts == nil && env.Error != "" {
		return nil, fmt.Errorf("bluesky searchPosts: XRPC error %s: %s", env.Error, env.Message)
	}
	if env.Posts == nil {
		return nil, fmt.Errorf("bluesky searchPosts: no posts array (body starts %s)", snippet(body))
	}
	out := &BlueskyPage{Cursor: strings.TrimSpace(string(env.Cursor))}
	for i, raw := range env.Posts {
		var p blueskyPostJSON
		if err := json.Unmarshal(raw, &p); err != nil {
			out.Skipped = append(out.Skipped, fmt.Errorf("bluesky post #%d: %w", i+1, err))
			continue
		}
		post := BlueskyPost{
			URI:          clean(string(p.URI)),
			CID:          clean(string(p.CID)),
			AuthorHandle: clean(string(p.Author.Handle)),
			AuthorDID:    clean(string(p.Author.DID)),
			AuthorName:   clean(string(p.Author.DisplayName)),
			Text:         string(p.Record.Text),
			CreatedAt:    optTime(string(p.Record.CreatedAt), isoLayouts...),
			IndexedAt:    optTime(string(p.IndexedAt), isoLayouts...),
		}
		if post.URI == "" {
			out.Skipped = append(out.Skipped, fmt.Errorf("bluesky post #%d: no uri", i+1))
			continue
		}
		out.Posts = append(out.Posts, post)
	}
	return out, nil
}

// BlueskySession is the answer of com.atproto.server.createSession (app-password login).
type BlueskySession struct {
	AccessJwt, RefreshJwt, Handle, DID string
}

// ParseBlueskySession parses a createSession answer; an answer without an access token
// (e.g. {"error": "AuthenticationRequired"}) is an error.
func ParseBlueskySession(body []byte) (*BlueskySession, error) {
	var s struct {
		AccessJwt  flexString `json:"accessJwt"`
		RefreshJwt flexString `json:"refreshJwt"`
		Handle     flexString `json:"handle"`
		DID        flexString `json:"did"`
		Error      flexString `json:"error"`
		Message    flexString `json:"message"`
	}
	if err := decodeJSON("bluesky createSession", body, &s); err != nil {
		return nil, err
	}
	if strings.TrimSpace(string(s.AccessJwt)) == "" {
		if s.Error != "" {
			return nil, fmt.Errorf("bluesky createSession: XRPC error %s: %s", s.Error, s.Message)
		}
		return nil, fmt.Errorf("bluesky createSession: no accessJwt in answer")
	}
	return &BlueskySession{
		AccessJwt:  strings.TrimSpace(string(s.AccessJwt)),
		RefreshJwt: strings.TrimSpace(string(s.RefreshJwt)),
		Handle:     clean(string(s.Handle)),
		DID:        clean(string(s.DID)),
	}, nil
}
