package bluesky

import (
	"path/filepath"
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/internal/sharedtest"
)

// These tests read real responses of the service, captured by public projects, from
// ../shared/captures beside the repository (each folder's SOURCE.txt names their origin). They
// fail, not skip, when the captures are missing.

func TestBlueskyCaptures(t *testing.T) {
	for _, c := range []struct {
		file, cursor, firstURI, firstHandle string
		posts, links, cards                 int
	}{
		// Feed endpoints ({"feed": [{"post": ...}]}) gave "no posts array" before.
		{"bluesky/app.bsky.feed.getAuthorFeed-d3a6a5.json", "1696301352905::bafyreifijeifzyh724gobyh3s2cswupnzib3wdbhrtmozbt4abb3wmyvaa",
			"at://did:plc:eijqdygh72wuei7faamrclpc/app.bsky.feed.post/3kau6tviybe2w", "hansilowang.bsky.social", 3, 1, 0},
		{"bluesky/app.bsky.feed.getTimeline.json", "1696516174958::bafyreigwq4fwclsevapzuiv6gfn4rhdsrcb2d7cd3ywiuz2t6chkpnxpzy",
			"at://did:plc:mmzzps7ujtzias5cph45wkd6/app.bsky.feed.post/3kazcxhe5b52v", "mirya.bsky.social", 50, 24, 10},
		{"bluesky/getAuthorFeed_2025.json", "2024-03-21T23:36:16.378Z",
			"at://did:plc:wpe35pganb6d4pg4ekmfy6u5/app.bsky.feed.post/3lof7sovfok2h", "chriskenny.bsky.social", 50, 27, 15},
		{"bluesky/app.bsky.feed.searchPosts-5d343d.json", "25",
			"at://did:plc:xrs7uicyfcp5qbnhnqy7kucb/app.bsky.feed.post/3kghpycppiw2n", "planetcarnival.bsky.social", 23, 11, 9},
		{"bluesky/searchPosts_2025.json", "25",
			"at://did:plc:kkergqgbhb56ptpwj2wenkje/app.bsky.feed.post/3lpk2u6qo222m", "socpaperbot.bsky.social", 25, 12, 4},
	} {
		t.Run(filepath.Base(c.file), func(t *testing.T) {
			p, err := Parse(sharedtest.Capture(t, c.file))
			if err != nil {
				t.Fatal(err)
			}
			links, cards := 0, 0
			for _, post := range p.Posts {
				links += len(post.Links)
				if post.Card != nil {
					cards++
				}
				if post.CreatedAt == nil || post.AuthorHandle == "" || post.Permalink() == "" {
					t.Errorf("post %s: created %v, handle %q", post.URI, post.CreatedAt, post.AuthorHandle)
				}
			}
			if len(p.Posts) != c.posts || len(p.Skipped) != 0 || p.Cursor != c.cursor || links != c.links || cards != c.cards {
				t.Errorf("%d posts (%d skipped), cursor %q, %d links, %d cards; want %d, %q, %d, %d",
					len(p.Posts), len(p.Skipped), p.Cursor, links, cards, c.posts, c.cursor, c.links, c.cards)
			}
			if len(p.Posts) > 0 && (p.Posts[0].URI != c.firstURI || p.Posts[0].AuthorHandle != c.firstHandle) {
				t.Errorf("first post %s by %s", p.Posts[0].URI, p.Posts[0].AuthorHandle)
			}
		})
	}
}

// TestBlueskyLinkFacets: a client shortens a long link in the text; the facet has the address.
func TestBlueskyLinkFacets(t *testing.T) {
	p, err := Parse(sharedtest.Capture(t, "bluesky/searchPosts_2025.json"))
	if err != nil {
		t.Fatal(err)
	}
	const full = "https://open.substack.com/pub/christackett/p/the-pawn-or-the-collaborator?r=92vnq&utm_medium=ios"
	for _, post := range p.Posts {
		if post.URI != "at://did:plc:s7savtl25cqhm3ddqc7jeljx/app.bsky.feed.post/3lpk2r5h5ec2j" {
			continue
		}
		if strings.Contains(post.Text, "christac...") || !strings.HasSuffix(post.Text, "share it!\n\n"+full) {
			t.Errorf("text %q: the link label was not replaced by its address", post.Text)
		}
		if post.Card == nil || post.Card.URI != full || post.Card.Title != "The Pawn or the Collaborator?" ||
			!strings.Contains(post.Card.Description, "Tarrant County Judge Tim O’Hare") {
			t.Errorf("card %+v", post.Card)
		}
		if len(post.Links) != 1 || post.Links[0] != full {
			t.Errorf("links %q", post.Links)
		}
		return
	}
	t.Fatal("post with the shortened substack link not found")
}
