// Package telegram is the telegram source kind: the public web preview of a channel,
// t.me/s/<channel>, paged with before=.
package telegram

import (
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
	part := func(post Post) (sources.Part, bool) { return postPart(page, post) }
	return sources.PostsPage(Name, page.Posts, item, part, page.Before, page.Skipped), nil
}

// item remembers a post by its channel/number id.
func item(post Post) sources.Item {
	return sources.Item{ID: Name + ":" + post.ID, At: post.Time}
}

// postPart is the document of one post, signed by its author or else the channel. A post
// without text (a photo or sticker without caption) gives none.
func postPart(page *Page, post Post) (sources.Part, bool) {
	text := post.Text
	if lp := post.LinkPreview; lp != nil && text == "" {
		// A bare shared link: the card is all the post says.
		text = strings.TrimSpace(strings.Join(sources.NonEmpty(lp.Title, lp.Description), "\n\n"))
	}
	if text == "" {
		return sources.Part{}, false
	}
	return sources.Part{
		URL:       post.Permalink,
		Title:     sources.FirstLine(text),
		Author:    sources.FirstOf(post.Author, page.Title, page.Channel),
		Kind:      Name,
		Published: post.Time,
		HTML:      post.TextHTML,
		Text:      text,
	}, true
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
	if sources.HeadHolds(body, '<', "tgme_widget_message") || sources.HeadHolds(body, '<', "tgme_channel_info") {
		return 2
	}
	return 0
}
