package formats

import (
	"bytes"
	"fmt"

	"github.com/mmcdole/gofeed"
)

// ParseFeed parses an RSS, Atom or JSON Feed document. gofeed converts a legacy charset
// declared in the XML prolog; ParseFeed adds the size bound and tolerates a byte-order mark or
// blank lines before the prolog, which WordPress plugins often emit and strict XML rejects.
func ParseFeed(body []byte) (*gofeed.Feed, error) {
	if err := checkSize("feed", body); err != nil {
		return nil, err
	}
	body = bytes.TrimLeft(trimBOM(body), " \t\r\n")
	feed, err := gofeed.NewParser().Parse(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("feed: %w (body starts %s)", err, snippet(body))
	}
	if feed.Title == "" && feed.Link == "" && len(feed.Items) == 0 {
		// gofeed reads any JSON object as an empty JSON Feed; an API error answer is not a feed.
		return nil, fmt.Errorf("feed: no title, link or items (body starts %s)", snippet(body))
	}
	return feed, nil
}
