package formats

import (
	"bytes"
	"encoding/json"
	"fmt"
	"math"
	"time"
)

// RedditListing is one page of a Reddit listing (search.json, new.json...).
type RedditListing struct {
	// After is the fullname cursor of the next page ("t3_abc"), "" on the last.
	After   string
	Posts   []RedditPost
	Skipped []error
}

// RedditPost is one submission.
type RedditPost struct {
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
	ID         flexString `json:"id"`
	Name       flexString `json:"name"`
	Title      flexString `json:"title"`
	Selftext   flexString `json:"selftext"`
	Author     flexString `json:"author"`
	Permalink  flexString `json:"permalink"`
	URL        flexString `json:"url"`
	Subreddit  flexString `json:"subreddit"`
	CreatedUTC float64    `json:"created_utc"`
}

// ParseReddit parses a listing. A comments page (an array of two listings) yields the first
// listing's posts. Error answers ({"error": 429, "message": ...}) are reported as errors.
func ParseReddit(body []byte) (*RedditListing, error) {
	if err := checkSize("reddit listing", body); err != nil {
		return nil, err
	}
	b := bytes.TrimSpace(trimBOM(body))
	if len(b) > 0 && b[0] == '[' {
		var many []json.RawMessage
		if err := decodeJSON("reddit listing", b, &many); err != nil {
			return nil, err
		}
		if len(many) == 0 {
			return nil, fmt.Errorf("reddit listing: empty array")
		}
		b = many[0]
	}
	var thing redditThing
	if err := decodeJSON("reddit listing", b, &thing); err != nil {
		return nil, err
	}
	if thing.Kind != "Listing" {
		var e struct {
			Message flexString `json:"message"`
			Error   flexString `json:"error"`
			Reason  flexString `json:"reason"`
		}
		_ = json.Unmarshal(b, &e)
		if e.Error != "" || e.Message != "" {
			return nil, fmt.Errorf("reddit listing: API error %s: %s %s", e.Error, e.Message, e.Reason)
		}
		return nil, fmt.Errorf("reddit listing: kind %q, want \"Listing\"", thing.Kind)
	}
	var data struct {
		After    flexString    `json:"after"`
		Children []redditThing `json:"children"`
	}
	if err := json.Unmarshal(thing.Data, &data); err != nil {
		return nil, fmt.Errorf("reddit listing: data: %w", err)
	}
	out := &RedditListing{After: clean(string(data.After))}
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
		post := RedditPost{
			ID:        clean(string(p.ID)),
			Name:      clean(string(p.Name)),
			Title:     clean(string(p.Title)),
			Selftext:  string(p.Selftext),
			Author:    clean(string(p.Author)),
			Permalink: clean(string(p.Permalink)),
			URL:       clean(string(p.URL)),
			Subreddit: clean(string(p.Subreddit)),
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
