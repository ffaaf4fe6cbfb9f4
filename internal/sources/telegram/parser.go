package telegram

import (
	"bytes"
	"fmt"
	"net/url"
	"strconv"
	"strings"
	"time"

	"github.com/PuerkitoBio/goquery"
	"golang.org/x/net/html/charset"

	"github.com/scamgraph/scamgraph/internal/formats"
)

// Page is one page of a public channel preview (https://t.me/s/<channel>).
type Page struct {
	// Channel is the channel's username as the post ids spell it; Title its display name.
	Channel, Title string
	Posts          []Post
	// Before is the absolute URL of the next older page, "" on the oldest.
	Before string
	// Skipped reports posts left out (no data-post id).
	Skipped []error
}

// Post is one message of the preview.
type Post struct {
	// ID is the data-post attribute, "channel/123".
	ID string
	// Permalink is the message's own address (https://t.me/channel/123).
	Permalink, Author string
	Time              *time.Time
	// TextHTML is the inner HTML of the message text; Text its plain rendering.
	TextHTML, Text string
	// Views is the counter as displayed ("1.2K").
	Views       string
	LinkPreview *LinkPreview
}

// LinkPreview is the card Telegram shows for a link in a message.
type LinkPreview struct {
	URL, SiteName, Title, Description string
}

// Parse parses a t.me/s/<channel> preview page. pageURL is the address the page was
// fetched from; links are resolved against it, and Before keeps its scheme, host and path
// (only the before= query changes), so that mirrors served under a path prefix page correctly.
func Parse(body []byte, pageURL string) (*Page, error) {
	if err := formats.CheckSize("telegram preview", body); err != nil {
		return nil, err
	}
	base, err := url.Parse(pageURL)
	if err != nil {
		return nil, fmt.Errorf("telegram preview: page URL %q: %w", pageURL, err)
	}
	r, err := charset.NewReader(bytes.NewReader(body), "text/html")
	if err != nil {
		return nil, fmt.Errorf("telegram preview %s: charset: %w", pageURL, err)
	}
	doc, err := goquery.NewDocumentFromReader(r)
	if err != nil {
		return nil, fmt.Errorf("telegram preview %s: %w", pageURL, err)
	}
	page := &Page{}
	info := doc.Find(".tgme_channel_info").First()
	page.Title = formats.Clean(info.Find(".tgme_channel_info_header_title").First().Text())
	if page.Title == "" {
		page.Title = formats.Clean(doc.Find(`meta[property="og:title"]`).AttrOr("content", ""))
	}
	msgs := doc.Find("div.tgme_widget_message[data-post]")
	if msgs.Length() == 0 && info.Length() == 0 {
		return nil, fmt.Errorf("telegram preview %s: no channel info and no messages (not a t.me/s/ page?)", pageURL)
	}
	msgs.Each(func(i int, m *goquery.Selection) {
		if len(page.Posts) >= formats.MaxEntries {
			return
		}
		post, err := telegramPost(m, base)
		if err != nil {
			page.Skipped = append(page.Skipped, fmt.Errorf("telegram message #%d: %w", i+1, err))
			return
		}
		page.Posts = append(page.Posts, post)
	})
	for _, p := range page.Posts {
		if ch, _, ok := strings.Cut(p.ID, "/"); ok && ch != "" {
			page.Channel = ch
			break
		}
	}
	if page.Channel == "" {
		page.Channel = strings.TrimPrefix(formats.Clean(info.Find(".tgme_channel_info_header_username").First().Text()), "@")
	}
	if page.Channel == "" {
		page.Channel = channelFromPath(base.Path)
	}
	if more := doc.Find("a.tme_messages_more[data-before]").First(); more.Length() > 0 {
		before := strings.TrimSpace(more.AttrOr("data-before", ""))
		if _, err := strconv.ParseUint(before, 10, 64); err == nil {
			next := *base
			q := next.Query()
			q.Del("after")
			q.Set("before", before)
			next.RawQuery = q.Encode()
			next.Fragment = ""
			page.Before = next.String()
		}
	}
	return page, nil
}

func telegramPost(m *goquery.Selection, base *url.URL) (Post, error) {
	id := strings.TrimSpace(m.AttrOr("data-post", ""))
	ch, num, ok := strings.Cut(id, "/")
	if !ok || ch == "" || num == "" {
		return Post{}, fmt.Errorf("data-post %q is not channel/number", id)
	}
	if _, err := strconv.ParseUint(num, 10, 64); err != nil {
		return Post{}, fmt.Errorf("data-post %q is not channel/number", id)
	}
	p := Post{ID: id}
	date := m.Find("a.tgme_widget_message_date").First()
	if href, ok := date.Attr("href"); ok {
		p.Permalink = resolve(base, href)
	}
	if p.Permalink == "" {
		p.Permalink = "https://t.me/" + id
	}
	if dt, ok := date.Find("time[datetime]").First().Attr("datetime"); ok {
		p.Time = formats.OptTime(dt, formats.ISOLayouts...)
	}
	p.Author = formats.Clean(m.Find(".tgme_widget_message_owner_name").First().Text())
	if a := formats.Clean(m.Find(".tgme_widget_message_from_author").First().Text()); a != "" {
		p.Author = a // signed channel posts name the person who posted
	}
	text := m.Find(".tgme_widget_message_text").FilterFunction(func(_ int, s *goquery.Selection) bool {
		return s.ParentsFiltered(".tgme_widget_message_reply").Length() == 0
	}).First()
	if text.Length() > 0 {
		h, err := text.Html()
		if err == nil {
			p.TextHTML = strings.TrimSpace(h)
			p.Text = formats.HTMLToText(p.TextHTML)
		}
	}
	p.Views = formats.Clean(m.Find(".tgme_widget_message_views").First().Text())
	if lp := m.Find("a.tgme_widget_message_link_preview").First(); lp.Length() > 0 {
		p.LinkPreview = &LinkPreview{
			URL:         resolve(base, lp.AttrOr("href", "")),
			SiteName:    formats.Clean(lp.Find(".link_preview_site_name").First().Text()),
			Title:       formats.Clean(lp.Find(".link_preview_title").First().Text()),
			Description: formats.HTMLToText(htmlOf(lp.Find(".link_preview_description").First())),
		}
	}
	return p, nil
}

func htmlOf(s *goquery.Selection) string {
	if s.Length() == 0 {
		return ""
	}
	h, err := s.Html()
	if err != nil {
		return ""
	}
	return h
}

// resolve makes href absolute against base; unparsable or non-web links give "".
func resolve(base *url.URL, href string) string {
	href = strings.TrimSpace(href)
	if href == "" {
		return ""
	}
	u, err := base.Parse(href)
	if err != nil || (u.Scheme != "http" && u.Scheme != "https") {
		return ""
	}
	return u.String()
}

// channelFromPath reads <channel> from a ".../s/<channel>" path.
func channelFromPath(p string) string {
	parts := strings.Split(strings.Trim(p, "/"), "/")
	for i := len(parts) - 2; i >= 0; i-- {
		if parts[i] == "s" {
			return parts[i+1]
		}
	}
	return ""
}
