package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Items of a list of a body's people (listedPosts) written with a dash between the people and
// their posts: "Ah Feng, a Malaysian Chinese man — general manager of the company, in charge
// of day-to-day operations;", "Tran Quoc Bao and Nguyen Minh Tuan — team leaders supervising
// Vietnamese-speaking workers." The people named before the dash share the item's posts; the
// words before the dash describe them, the post is read from the words after it up to what it
// is for ("of the company", "supervising ...").

// reListItemDash splits an item at its dash.
var reListItemDash = regexp.MustCompile(`\s[—–]\s|\s-\s`)

// itemHolders returns the people an item names before its dash (the first one always) and
// the words after the dash; with no dash, the first person and rest as they were.
func itemHolders(text string, cands []candidate, ents []*docEntity, ims []int, first candidate, rest string) ([]int, string) {
	holders := []int{first.ent}
	loc := reListItemDash.FindStringIndex(rest)
	if loc == nil {
		return holders, rest
	}
	dashAt := first.e + loc[0]
	for _, ci := range ims[1:] {
		c := cands[ci]
		if c.s >= dashAt {
			break
		}
		if c.ent >= 0 && c.ent != first.ent && ents[c.ent].typ == model.Person && c.s >= first.e &&
			strings.TrimSpace(strings.ToLower(text[first.e:c.s])) == "and" {
			holders = append(holders, c.ent)
		}
	}
	return holders, " " + rest[loc[1]:]
}

// reItemPostTail is what follows a post in a list item: "of the company", "supervising ...".
var reItemPostTail = regexp.MustCompile(`\s+(?:of|for|at|in|within)\s+the\s+(?:company|firm|group|compound|organisation|organization|business)$|\s+[a-z]+ing\b.*$`)

// itemPost cuts what the post is for from an item's post phrase.
func itemPost(part string) string {
	return strings.TrimSpace(reItemPostTail.ReplaceAllString(part, ""))
}
