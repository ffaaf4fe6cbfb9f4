package extract

import (
	"bytes"
	"net/url"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/scamgraph/scamgraph/formats"
)

// Part is one post, release or search result cut out of a page that holds many: a Telegram
// preview page, a DOJ, CourtListener or Federal Register API answer, a Reddit, Bluesky or
// Mastodon listing. Each part becomes its own document.
type Part struct {
	// URL is the item's own permalink, absolute.
	URL string
	// Title is the release title or case name, or the first line of a post.
	Title string
	// Author is the channel, account, court or issuing office.
	Author string
	// Kind names the source format: "telegram", "doj", "courtlistener", "federalregister",
	// "reddit", "bluesky" or "mastodon".
	Kind      string
	Published *time.Time
	// HTML is the item's body as an HTML fragment when the source gives HTML; "" otherwise.
	HTML string
	// Text is the plain text of the item, paragraphs separated by blank lines; always set
	// (rendered from HTML when the source gives HTML).
	Text string
}

// Post page kinds, as in the crawl configuration.
const (
	kindTelegram        = "telegram"
	kindDOJ             = "doj"
	kindCourtListener   = "courtlistener"
	kindFederalRegister = "federalregister"
	kindReddit          = "reddit"
	kindBluesky         = "bluesky"
	kindMastodon        = "mastodon"
)

// maxTitleRunes bounds a title made from the first line of a post.
const maxTitleRunes = 120

// SplitPosts cuts a multi-item page into parts. The page's Kind selects the format; an empty
// Kind (or "page") is detected from the URL path, on any host, then from the content.
// ok is false when the page is not one of these formats; an error means it is, but could not
// be read.
func SplitPosts(p Page) (parts []Part, ok bool, err error) {
	kind := PostKind(p)
	if kind == "" {
		return nil, false, nil
	}
	switch kind {
	case kindTelegram:
		parts, err = telegramParts(p)
	case kindDOJ:
		parts, err = dojParts(p)
	case kindCourtListener:
		parts, err = courtListenerParts(p)
	case kindFederalRegister:
		parts, err = federalRegisterParts(p)
	case kindReddit:
		parts, err = redditParts(p)
	case kindBluesky:
		parts, err = blueskyParts(p)
	case kindMastodon:
		parts, err = mastodonParts(p)
	}
	if err != nil {
		return nil, true, err
	}
	kept := parts[:0]
	for _, part := range parts {
		part.Text = strings.TrimSpace(part.Text)
		if part.Text == "" {
			part.Text = strings.TrimSpace(part.Title)
		}
		if part.URL != "" && part.Text != "" {
			kept = append(kept, part)
		}
	}
	return kept, true, nil
}

// PostKind names the multi-item format of a page ("telegram", "doj", ...), or "" when it is
// none of them. A configured Kind wins; otherwise the URL path decides (so mirrors under a
// path prefix, such as the sample world's, are recognised), then the content.
func PostKind(p Page) string {
	switch p.Kind {
	case kindTelegram, kindDOJ, kindCourtListener, kindFederalRegister, kindReddit, kindBluesky, kindMastodon:
		return p.Kind
	case "", "page":
	default:
		return ""
	}
	if k := postKindFromURL(p.URL, p.Body); k != "" {
		return k
	}
	return postKindFromContent(p.Body)
}

// postKindFromURL matches the API and preview paths of the real services by path suffix.
// API paths are specific enough on any host. The Telegram preview path (/s/<channel>) and
// Reddit's /search.json are generic, so off their own hosts they also need the body to agree.
func postKindFromURL(raw string, body []byte) string {
	u, err := url.Parse(strings.TrimSpace(raw))
	if err != nil {
		return ""
	}
	host := strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	path := strings.ToLower(strings.TrimRight(u.Path, "/"))
	segs := strings.Split(strings.Trim(path, "/"), "/")
	n := len(segs)
	switch {
	case strings.HasSuffix(path, "/api/v1/press_releases.json") || strings.HasSuffix(path, "/api/v1/press_releases"):
		return kindDOJ
	case strings.Contains(path, "/api/rest/v4/search") || strings.Contains(path, "/api/rest/v3/search"):
		return kindCourtListener
	case strings.HasSuffix(path, "/api/v1/documents.json") || strings.HasSuffix(path, "/api/v1/documents"):
		return kindFederalRegister
	case strings.HasSuffix(path, "/xrpc/app.bsky.feed.searchposts") || strings.HasSuffix(path, "/xrpc/app.bsky.feed.getauthorfeed") ||
		strings.HasSuffix(path, "/xrpc/app.bsky.feed.gettimeline") || strings.HasSuffix(path, "/xrpc/app.bsky.feed.getfeed") ||
		strings.HasSuffix(path, "/xrpc/app.bsky.feed.getlistfeed"):
		return kindBluesky
	case strings.Contains(path, "/api/v1/timelines/tag/"):
		return kindMastodon
	case strings.HasSuffix(path, "/search.json") || (n >= 3 && segs[n-3] == "r" && strings.HasSuffix(segs[n-1], ".json")):
		// /search.json, /r/<sub>/search.json, /r/<sub>/new.json
		if strings.HasSuffix(host, "reddit.com") || postKindFromContent(body) == kindReddit {
			return kindReddit
		}
	case (n >= 2 && segs[n-2] == "s" && segs[n-1] != "") || (n >= 3 && segs[n-3] == "s" && isDigits(segs[n-1])):
		// t.me/s/<channel>, t.me/s/<channel>/<id>
		if host == "t.me" || host == "telegram.me" || postKindFromContent(body) == kindTelegram {
			return kindTelegram
		}
	}
	return ""
}

func isDigits(s string) bool {
	if s == "" {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

// postKindFromContent recognises the formats by markers near the start of the body.
func postKindFromContent(body []byte) string {
	head := body
	if len(head) > 64<<10 {
		head = head[:64<<10]
	}
	head = bytes.TrimSpace(bytes.TrimPrefix(head, []byte("\xef\xbb\xbf")))
	if len(head) == 0 {
		return ""
	}
	has := func(s string) bool { return bytes.Contains(head, []byte(s)) }
	switch head[0] {
	case '<':
		if has("tgme_widget_message") || has("tgme_channel_info") {
			return kindTelegram
		}
	case '{':
		switch {
		case has(`"resultset"`) && has(`"results"`):
			return kindDOJ
		case has(`"caseName"`) || has(`"docketNumber"`):
			return kindCourtListener
		case has(`"document_number"`) && has(`"html_url"`):
			return kindFederalRegister
		case has(`"kind"`) && has(`"Listing"`) && has(`"children"`):
			return kindReddit
		case (has(`"posts"`) || has(`"feed"`)) && has(`app.bsky.feed.post`):
			return kindBluesky
		}
	case '[':
		if has(`"account"`) && has(`"created_at"`) && has(`"content"`) {
			return kindMastodon
		}
		if has(`"kind"`) && has(`"Listing"`) {
			return kindReddit
		}
	}
	return ""
}

func telegramParts(p Page) ([]Part, error) {
	page, err := formats.ParseTelegram(p.Body, p.URL)
	if err != nil {
		return nil, err
	}
	parts := make([]Part, 0, len(page.Posts))
	for _, post := range page.Posts {
		text := post.Text
		if lp := post.LinkPreview; lp != nil && text == "" {
			// A bare shared link: the card is all the post says.
			text = strings.TrimSpace(strings.Join(nonEmpty(lp.Title, lp.Description), "\n\n"))
		}
		if text == "" {
			continue // photo or sticker without caption
		}
		parts = append(parts, Part{
			URL:       post.Permalink,
			Title:     firstLine(text),
			Author:    firstOf(post.Author, page.Title, page.Channel),
			Kind:      kindTelegram,
			Published: post.Time,
			HTML:      post.TextHTML,
			Text:      text,
		})
	}
	return parts, nil
}

func dojParts(p Page) ([]Part, error) {
	page, err := formats.ParseDOJ(p.Body)
	if err != nil {
		return nil, err
	}
	parts := make([]Part, 0, len(page.Results))
	for _, r := range page.Results {
		text := formats.HTMLToText(r.BodyHTML)
		if text == "" {
			text = formats.HTMLToText(r.Teaser)
		}
		part := Part{
			URL:    absoluteItemURL(p.URL, r.URL, "/api/"),
			Title:  r.Title,
			Author: "U.S. Department of Justice",
			Kind:   kindDOJ,
			HTML:   r.BodyHTML,
			Text:   text,
		}
		if len(r.Components) > 0 {
			part.Author = r.Components[len(r.Components)-1] // the issuing office, e.g. a USAO
		}
		if !r.Date.IsZero() {
			t := r.Date
			part.Published = &t
		}
		parts = append(parts, part)
	}
	return parts, nil
}

func courtListenerParts(p Page) ([]Part, error) {
	page, err := formats.ParseCourtListener(p.Body)
	if err != nil {
		return nil, err
	}
	parts := make([]Part, 0, len(page.Results))
	for _, r := range page.Results {
		var paras, facts []string
		if r.Court != "" {
			facts = append(facts, r.Court)
		}
		if r.DocketNumber != "" {
			facts = append(facts, "docket "+r.DocketNumber)
		}
		if r.DateFiled != nil {
			facts = append(facts, "filed "+r.DateFiled.Format("2006-01-02"))
		}
		head := r.CaseName
		if len(facts) > 0 {
			head = strings.TrimSpace(head + "\n" + strings.Join(facts, ", ") + ".")
		}
		paras = append(paras, head)
		if len(r.Parties) > 0 {
			paras = append(paras, "Parties: "+strings.Join(r.Parties, "; ")+".")
		}
		if s := formats.HTMLToText(r.Snippet); s != "" {
			paras = append(paras, s)
		}
		for _, d := range r.RECAPDocuments {
			line := "Filing"
			if d.DocumentNumber != "" {
				line += " " + d.DocumentNumber
			}
			if d.EntryDateFiled != nil {
				line += " (" + d.EntryDateFiled.Format("2006-01-02") + ")"
			}
			if d.Description != "" {
				line += ": " + d.Description
			}
			if s := formats.HTMLToText(d.Snippet); s != "" {
				line += "\n" + s
			}
			paras = append(paras, line)
		}
		part := Part{
			URL:       absoluteItemURL(p.URL, r.AbsoluteURL, "/api/rest/"),
			Title:     r.CaseName,
			Author:    r.Court,
			Kind:      kindCourtListener,
			Published: r.DateFiled,
			Text:      strings.Join(paras, "\n\n"),
		}
		if part.URL == "" {
			continue
		}
		parts = append(parts, part)
	}
	return parts, nil
}

func federalRegisterParts(p Page) ([]Part, error) {
	page, err := formats.ParseFederalRegister(p.Body)
	if err != nil {
		return nil, err
	}
	parts := make([]Part, 0, len(page.Results))
	for _, d := range page.Results {
		paras := []string{d.Title}
		if d.Type != "" || len(d.Agencies) > 0 {
			line := d.Type
			if len(d.Agencies) > 0 {
				line = strings.TrimSpace(line + " by " + strings.Join(d.Agencies, ", "))
			}
			if d.PublicationDate != nil {
				line += ", published " + d.PublicationDate.Format("2006-01-02")
			}
			paras = append(paras, line+".")
		}
		if d.Abstract != "" {
			paras = append(paras, d.Abstract)
		} else if s := formats.HTMLToText(d.Excerpts); s != "" {
			paras = append(paras, s)
		}
		link := d.HTMLURL
		if link == "" && d.DocumentNumber != "" {
			link = "https://www.federalregister.gov/d/" + url.PathEscape(d.DocumentNumber)
		}
		part := Part{
			URL:       absoluteItemURL(p.URL, link, "/api/"),
			Title:     d.Title,
			Author:    strings.Join(d.Agencies, ", "),
			Kind:      kindFederalRegister,
			Published: d.PublicationDate,
			Text:      strings.Join(nonEmpty(paras...), "\n\n"),
		}
		if part.URL == "" {
			continue
		}
		parts = append(parts, part)
	}
	return parts, nil
}

func redditParts(p Page) ([]Part, error) {
	l, err := formats.ParseReddit(p.Body)
	if err != nil {
		return nil, err
	}
	base := p.URL
	if u, err := url.Parse(p.URL); err == nil {
		// oauth.reddit.com and api hosts answer for www.reddit.com.
		if h := strings.ToLower(u.Hostname()); h == "oauth.reddit.com" || h == "api.reddit.com" {
			base = "https://www.reddit.com/"
		}
	}
	parts := make([]Part, 0, len(l.Posts))
	for _, post := range l.Posts {
		text := strings.TrimSpace(strings.Join(nonEmpty(post.Title, strings.TrimSpace(post.Selftext)), "\n\n"))
		part := Part{
			URL:    absoluteItemURL(base, post.Permalink, "/r/", "/search.json", "/user/"),
			Title:  post.Title,
			Author: post.Author,
			Kind:   kindReddit,
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
	return parts, nil
}

func blueskyParts(p Page) ([]Part, error) {
	page, err := formats.ParseBluesky(p.Body)
	if err != nil {
		return nil, err
	}
	parts := make([]Part, 0, len(page.Posts))
	for _, post := range page.Posts {
		link := post.Permalink()
		text := strings.TrimSpace(post.Text)
		if link == "" || text == "" {
			continue
		}
		title := firstLine(text)
		if c := post.Card; c != nil {
			// The link card is what the post shows of the page it links to.
			text += "\n\n" + strings.Join(nonEmpty(c.Title, c.Description, c.URI), "\n\n")
		}
		parts = append(parts, Part{
			URL:       link,
			Title:     title,
			Author:    firstOf(post.AuthorHandle, post.AuthorDID),
			Kind:      kindBluesky,
			Published: post.CreatedAt,
			Text:      text,
		})
	}
	return parts, nil
}

func mastodonParts(p Page) ([]Part, error) {
	statuses, _, err := formats.ParseMastodonStatuses(p.Body)
	if err != nil {
		return nil, err
	}
	parts := make([]Part, 0, len(statuses))
	for _, s := range statuses {
		text := formats.HTMLToText(s.ContentHTML)
		link := absoluteItemURL(p.URL, s.URL, "/api/")
		if text == "" || link == "" {
			continue
		}
		author := s.Acct
		if author != "" && !strings.Contains(author, "@") {
			// Local accounts are written without their instance; add it so that the name is global.
			if u, err := url.Parse(link); err == nil && u.Host != "" {
				author += "@" + u.Host
			}
		}
		part := Part{
			URL:    link,
			Title:  firstLine(text),
			Author: author,
			Kind:   kindMastodon,
			HTML:   s.ContentHTML,
			Text:   text,
		}
		if !s.CreatedAt.IsZero() {
			t := s.CreatedAt
			part.Published = &t
		}
		parts = append(parts, part)
	}
	return parts, nil
}

// absoluteItemURL makes an item link absolute. A site-relative link ("/docket/1/x/") is joined
// to the page's scheme and host plus the path prefix before the first of markers in the page
// path, so that a mirror serving the API under a prefix (http://127.0.0.1:8999/courtlistener/
// api/rest/v4/search/) yields links under the same prefix. Non-web links give "".
func absoluteItemURL(pageURL, link string, markers ...string) string {
	link = strings.TrimSpace(link)
	if link == "" {
		return ""
	}
	base, err := url.Parse(strings.TrimSpace(pageURL))
	if err != nil {
		base = &url.URL{}
	}
	ref, err := url.Parse(link)
	if err != nil {
		return ""
	}
	if ref.IsAbs() || strings.HasPrefix(link, "//") {
		u := base.ResolveReference(ref)
		if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
			return ""
		}
		return u.String()
	}
	if base.Host == "" {
		return ""
	}
	if strings.HasPrefix(ref.Path, "/") {
		prefix := ""
		for _, m := range markers {
			if i := strings.Index(base.Path, m); i >= 0 {
				prefix = base.Path[:i]
				break
			}
		}
		ref.Path = strings.TrimRight(prefix, "/") + ref.Path
	}
	u := base.ResolveReference(ref)
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" {
		return ""
	}
	return u.String()
}

// firstLine gives the first non-empty line of text, cut at a word boundary to maxTitleRunes.
func firstLine(text string) string {
	for _, line := range strings.Split(text, "\n") {
		line = strings.Join(strings.Fields(line), " ")
		if line == "" {
			continue
		}
		if utf8.RuneCountInString(line) <= maxTitleRunes {
			return line
		}
		r := []rune(line)[:maxTitleRunes]
		cut := string(r)
		if i := strings.LastIndex(cut, " "); i > maxTitleRunes/2 {
			cut = cut[:i]
		}
		return strings.TrimRight(cut, " ,;:-") + "…"
	}
	return ""
}

func firstOf(vals ...string) string {
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			return v
		}
	}
	return ""
}

func nonEmpty(vals ...string) []string {
	out := make([]string, 0, len(vals))
	for _, v := range vals {
		if v = strings.TrimSpace(v); v != "" {
			out = append(out, v)
		}
	}
	return out
}
