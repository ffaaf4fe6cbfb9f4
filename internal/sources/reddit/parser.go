package reddit

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"time"

	"github.com/scamgraph/scamgraph/internal/formats"
)

// Listing is one page of a Reddit listing (search.json, new.json...).
type Listing struct {
	// After is the fullname cursor of the next page ("t3_abc"), "" on the last.
	After   string
	Posts   []Post
	Skipped []error
}

// Post is one submission.
type Post struct {
	// ID is the base-36 id; Name the fullname ("t3_" + ID).
	ID, Name, Title, Selftext, Author string
	// Permalink is site-relative ("/r/cambodia/comments/abc/slug/"); URL is the link target
	// (the post itself for text posts).
	Permalink, URL, Subreddit string
	Created                   time.Time
}

type redditThing struct {
	Kind string          `json:"kind"`
	Data json.RawMessage `json:"data"`
}

type redditPostJSON struct {
	ID         formats.FlexString `json:"id"`
	Name       formats.FlexString `json:"name"`
	Title      formats.FlexString `json:"title"`
	Selftext   formats.FlexString `json:"selftext"`
	Author     formats.FlexString `json:"author"`
	Permalink  formats.FlexString `json:"permalink"`
	URL        formats.FlexString `json:"url"`
	Subreddit  formats.FlexString `json:"subreddit"`
	CreatedUTC float64            `json:"created_utc"`
}

// Parse parses a listing. A comments page (an array of two listings) yields the first
// listing's posts. Error answers ({"error": 429, "message": ...}) are reported as errors.
func Parse(body []byte) (*Listing, error) {
	if err := formats.CheckSize("reddit listing", body); err != nil {
		return nil, err
	}
	b := bytes.TrimSpace(formats.TrimBOM(body))
	if len(b) > 0 && b[0] == '[' {
		var many []json.RawMessage
		if err := formats.DecodeJSON("reddit listing", b, &many); err != nil {
			return nil, err
		}
		if len(many) == 0 {
			return nil, fmt.Errorf("reddit listing: empty array")
		}
		b = many[0]
	}
	var thing redditThing
	if err := formats.DecodeJSON("reddit listing", b, &thing); err != nil {
		return nil, err
	}
	if thing.Kind != "Listing" {
		var e struct {
			Message formats.FlexString `json:"message"`
			Error   formats.FlexString `json:"error"`
			Reason  formats.FlexString `json:"reason"`
		}
		_ = json.Unmarshal(b, &e)
		if e.Error != "" || e.Message != "" {
			return nil, fmt.Errorf("reddit listing: API error %s: %s %s", e.Error, e.Message, e.Reason)
		}
		return nil, fmt.Errorf("reddit listing: kind %q, want \"Listing\"", thing.Kind)
	}
	var data struct {
		After    formats.FlexString `json:"after"`
		Children []redditThing      `json:"children"`
	}
	if err := json.Unmarshal(thing.Data, &data); err != nil {
		return nil, fmt.Errorf("reddit listing: data: %w", err)
	}
	out := &Listing{After: formats.Clean(string(data.After))}
	for i, c := range data.Children {
		if c.Kind != "t3" {
			out.Skipped = append(out.Skipped, fmt.Errorf("reddit child #%d: kind %q is not a post (t3)", i+1, c.Kind))
			continue
		}
		var p redditPostJSON
		if err := json.Unmarshal(c.Data, &p); err != nil {
			out.Skipped = append(out.Skipped, fmt.Errorf("reddit post #%d: %w", i+1, err))
			continue
		}
		post := Post{
			ID:        formats.Clean(string(p.ID)),
			Name:      formats.Clean(string(p.Name)),
			Title:     formats.Clean(string(p.Title)),
			Selftext:  string(p.Selftext),
			Author:    formats.Clean(string(p.Author)),
			Permalink: formats.Clean(string(p.Permalink)),
			URL:       formats.Clean(string(p.URL)),
			Subreddit: formats.Clean(string(p.Subreddit)),
		}
		if p.CreatedUTC > 0 && p.CreatedUTC < 1<<40 && !math.IsNaN(p.CreatedUTC) {
			sec, frac := math.Modf(p.CreatedUTC)
			post.Created = time.Unix(int64(sec), int64(frac*1e9)).UTC()
		}
		if post.Permalink == "" {
			out.Skipped = append(out.Skipped, fmt.Errorf("reddit post #%d %q: no permalink", i+1, post.ID))
			continue
		}
		out.Posts = append(out.Posts, post)
	}
	return out, nil
}
