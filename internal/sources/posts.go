package sources

import (
	"bytes"
	"net/url"
	"strings"
)

// Helpers the posts kinds (JSON APIs answering with many posts, releases or search hits a
// page) share to start a pass, read a page and recognise their answers.

// OneSeed is the Seeds answer of a kind that starts from one address and keeps no cursor;
// it takes the address and error of the call that built it.
func OneSeed(u string, err error) ([]Link, map[string]string, error) {
	if err != nil {
		return nil, nil, err
	}
	return []Link{{URL: u}}, nil, nil
}

// PostsPage is the Parsed of one page of a posts API: an Item for each result, so that
// paging stops where the last pass began, and a Part for each result part gives one (ok
// false leaves it out). The page holds documents when it has results, even if none gave a
// part. next is the next page's address, "" on the last page.
func PostsPage[T any](kind string, results []T, item func(T) Item, part func(T) (Part, bool), next string, skipped []error) *Parsed {
	p := &Parsed{Kind: kind, Skipped: skipped, Document: len(results) > 0, Parts: make([]Part, 0, len(results))}
	for _, r := range results {
		p.Items = append(p.Items, item(r))
		if pt, ok := part(r); ok {
			p.Parts = append(p.Parts, pt)
		}
	}
	if next != "" {
		p.Next = &Link{URL: next}
	}
	return p
}

// NextPage is the asked address with param set to value, for an API paged by a cursor or a
// page number. It is "" when value is "" (the last page) or the address cannot carry it, so
// that paging stops rather than fetching the same page again.
func NextPage(asked, param, value string) string {
	if value == "" {
		return ""
	}
	next, err := WithParams(asked, true, param, value)
	if err != nil {
		return ""
	}
	return next
}

// PathEndsWith reports an address whose path ends with one of suffixes, given in lower
// case, whatever the host: an API is recognised on a mirror as well. Case and a trailing
// slash do not count.
func PathEndsWith(u *url.URL, suffixes ...string) bool {
	path := strings.ToLower(strings.TrimRight(u.Path, "/"))
	for _, s := range suffixes {
		if strings.HasSuffix(path, s) {
			return true
		}
	}
	return false
}

// HeadHolds reports a body whose first 64 KiB, past a byte order mark and white space, open
// with the byte open ('{', '[' or '<') and hold every marker. Markers in the head are
// enough to tell an API's answers apart without reading a large body.
func HeadHolds(body []byte, open byte, markers ...string) bool {
	head := Head(body, 64<<10)
	if len(head) == 0 || head[0] != open {
		return false
	}
	for _, m := range markers {
		if !bytes.Contains(head, []byte(m)) {
			return false
		}
	}
	return true
}
