// Package telegram is the telegram source kind: the public web preview of a channel,
// t.me/s/<channel>, paged with before=.
package telegram

import (
	"bytes"
	"net/url"
	"strings"

	"github.com/scamgraph/scamgraph/internal/sources"
)

// Name is the kind as written in sources.yaml.
const Name = "telegram"

// Kind is a Telegram channel preview; each post is a document.
type Kind struct{ sources.Addresses }

// Spec describes the kind.
func (Kind) Spec() sources.Spec {
	return sources.Spec{Name: Name, Publisher: "Telegram", Form: sources.Posts, Expect: sources.ExpectHTML, Accept: sources.AcceptHTML}
}

// Parse reads the posts of one preview page and the link to older posts.
func (Kind) Parse(r sources.Response) (*sources.Parsed, error) {
	page, err := Parse(r.Body, r.URL)
	if err != nil {
		return nil, err
	}
	p := &sources.Parsed{Kind: Name, Skipped: page.Skipped, Document: len(page.Posts) > 0}
	for _, post := range page.Posts {
		p.Items = append(p.Items, sources.Item{ID: "telegram:" + post.ID, At: post.Time})
	}
	if page.Before != "" {
		p.Next = &sources.Link{URL: page.Before}
	}
	p.Parts = parts(page)
	return p, nil
}

func parts(page *Page) []sources.Part {
	parts := make([]sources.Part, 0, len(page.Posts))
	for _, post := range page.Posts {
		text := post.Text
		if lp := post.LinkPreview; lp != nil && text == "" {
			// A bare shared link: the card is all the post says.
			text = strings.TrimSpace(strings.Join(sources.NonEmpty(lp.Title, lp.Description), "\n\n"))
		}
		if text == "" {
			continue // photo or sticker without caption
		}
		parts = append(parts, sources.Part{
			URL:       post.Permalink,
			Title:     sources.FirstLine(text),
			Author:    sources.FirstOf(post.Author, page.Title, page.Channel),
			Kind:      Name,
			Published: post.Time,
			HTML:      post.TextHTML,
			Text:      text,
		})
	}
	return parts
}

// ByURL recognises t.me/s/<channel> and t.me/s/<channel>/<id>; off Telegram's hosts the
// path is generic, so the body must agree.
func (k Kind) ByURL(u *url.URL, body []byte) bool {
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	path := strings.ToLower(strings.TrimRight(u.Path, "/"))
	segs := strings.Split(strings.Trim(path, "/"), "/")
	n := len(segs)
	if (n >= 2 && segs[n-2] == "s" && segs[n-1] != "") || (n >= 3 && segs[n-3] == "s" && sources.IsDigits(segs[n-1])) {
		return host == "t.me" || host == "telegram.me" || k.ByContent("", body) > 0
	}
	return false
}

// ByContent recognises the preview's widget classes.
func (Kind) ByContent(_ string, body []byte) int {
	head := sources.Head(body, 64<<10)
	if len(head) > 0 && head[0] == '<' && (bytes.Contains(head, []byte("tgme_widget_message")) || bytes.Contains(head, []byte("tgme_channel_info"))) {
		return 2
	}
	return 0
}
