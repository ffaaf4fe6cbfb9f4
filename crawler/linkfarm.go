package crawler

import (
	"bytes"
	"fmt"
	"strings"

	"golang.org/x/net/html"

	"github.com/scamgraph/scamgraph/internal/formats"
)

// maxFarmLinks bounds the links one link farm adds to the frontier.
const maxFarmLinks = 1000

// linkFarm checks an HTML page that would be handed over as a document: a page that is mostly
// links (an index, a tag cloud, a farm of links) is not a document. When it is the source's
// own page and its links are followed, its links on the same host are queued as pages
// instead, up to maxFarmLinks; max_pages still bounds what is fetched.
func (r *run) linkFarm(sr *srcRun, t *task, res *result, body []byte, f *found) {
	st := formats.PageLinkStats(body)
	if !st.LinkFarm() {
		return
	}
	f.document = false
	note := fmt.Sprintf("%s: %d links make %d%% of its text; a link farm or index, not a document",
		res.URL, st.Links, 100*st.LinkText/max(st.Text, 1))
	if t.Role == roleList && sr.src.FollowLinks() {
		links := sameHostLinks(res.URL, body, maxFarmLinks)
		for _, u := range links {
			f.children = append(f.children, &task{Role: rolePage, URL: u})
		}
		note += fmt.Sprintf("; %d of its links on the same host queued", len(links))
	}
	f.notes = append(f.notes, note)
}

// sameHostLinks lists up to limit distinct http(s) links of a page to its own host.
func sameHostLinks(pageURL string, body []byte, limit int) []string {
	host := hostOf(pageURL)
	seen := map[string]bool{}
	var out []string
	z := html.NewTokenizer(bytes.NewReader(body))
	for len(out) < limit {
		tt := z.Next()
		if tt == html.ErrorToken {
			break
		}
		if tt != html.StartTagToken && tt != html.SelfClosingTagToken {
			continue
		}
		name, hasAttr := z.TagName()
		if string(name) != "a" {
			continue
		}
		for hasAttr {
			var k, v []byte
			k, v, hasAttr = z.TagAttr()
			if !strings.EqualFold(string(k), "href") {
				continue
			}
			u, err := resolve(pageURL, string(v))
			if err != nil || hostOf(u) != host || !strings.HasPrefix(u, "http") {
				continue
			}
			if c := canonicalURL(u); !seen[c] && c != canonicalURL(pageURL) {
				seen[c] = true
				out = append(out, u)
			}
		}
	}
	return out
}
