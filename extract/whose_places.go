package extract

import (
	"regexp"
	"strings"
)

// whose_places.go widens the "whose" post reader of offices.go to three shapes it left:
//   - "Y of Kampala, whose managing director is X": the firm's town set between the firm and
//     the comma. Only a firm, and only a firm's post, since "whose" may point to the town:
//     "Y of Nairobi, whose governor is X" names the town's governor;
//   - "Y, a firm registered in Phnom Penh whose sole listed director is X": the kind noun
//     "firm", which the typed gap also writes for a firm's name, read as the noun when no name
//     but places stands between the firm and the holder;
//   - "Y, a company ... whose only director is a Malaysian national, X": a nationality or an
//     occupation set before the holder after the copula.
// The rewritten gap goes through reWhosePost and its checks, as in offices.go.

var (
	// reWhoseOfPlace is the town between the firm and the comma: " of loc, whose ".
	reWhoseOfPlace = regexp.MustCompile(`^\s*(?:of|in|from)\s+loc(?:\s*,\s*loc)*\s*,\s*(whose\s)`)
	// reWhoseFirmNoun is the kind noun "firm" right after the article of the description.
	reWhoseFirmNoun = regexp.MustCompile(`^(\s*,\s*(?:a|an)\s+(?:[a-z'’-]+\s+){0,3}?)firm(\s)`)
	// reWhoseOccupation is the nationality or occupation after the copula, before the holder.
	reWhoseOccupation = regexp.MustCompile(`(\swhose\s+[a-z][a-z -]{1,60}?\s+(?:is|was))\s+(?:a|an)\s+(?:[a-z-]+\s+){0,2}?` +
		`(?:national|citizen|businessman|businesswoman|tycoon|entrepreneur|investor|magnate|lawyer|accountant)\s*,\s*$`)
	// reFirmPostHead is a post a place cannot hold, for the town shape: a town or a state has
	// a chairman, a director, a manager or an executive of its own ("Wa State, whose chairman
	// is X"), never an owner or a managing director.
	reFirmPostHead = regexp.MustCompile(`^(?:owner|co-owner|founder|shareholder|proprietor|managing\s+director|managing\s+partner)$`)
	// reWhoseIsCopula is the town shape's holder told with the present copula: "whose owner is
	// X". The appositive ("whose managing director, X, resigned") tells the post in the clause
	// after the holder, which may end it; the past ("was") may tell it as over.
	reWhoseIsCopula = regexp.MustCompile(`^whose\s+[a-z][a-z -]{1,60}?\s+is\s`)
)

// whosePlacedGap rewrites gap for the shapes above and reports whether it changed and
// whether only a firm's post may be read. onlyPlaces says no name but places lies between.
func whosePlacedGap(gap string, firm, onlyPlaces bool) (string, bool, bool) {
	g, firmOnly := gap, false
	if m := reWhoseOfPlace.FindStringSubmatchIndex(g); m != nil {
		if !firm {
			return gap, false, false
		}
		g, firmOnly = ", "+g[m[2]:], true
	}
	if onlyPlaces {
		g = reWhoseFirmNoun.ReplaceAllString(g, "${1}company${2}")
	}
	if m := reWhoseOccupation.FindStringSubmatchIndex(g); m != nil {
		g = g[:m[3]] + " "
	}
	return g, g != gap, firmOnly
}

// whosePlacedPosts returns the posts of the rewritten gap, or nil.
// after is the text after the holder's name.
func whosePlacedPosts(gap, after string, firm, onlyPlaces bool) []post {
	g, changed, firmOnly := whosePlacedGap(gap, firm, onlyPlaces)
	if !changed {
		return nil
	}
	m := reWhosePost.FindStringSubmatch(trimHonorifics(g))
	if m == nil {
		return nil
	}
	if desc := m[0][:strings.Index(m[0], "whose")]; rePostBreak.MatchString(desc) || !plainDescription(desc) {
		return nil
	}
	posts := postsOf(m[1])
	if firmOnly {
		// "whose owner is X until 2019", "whose owner is X, who sold it": only a plain end.
		if !reWhoseIsCopula.MatchString(m[0][strings.Index(m[0], "whose"):]) || !reWhosePlaceBound.MatchString(after) ||
			untilYear(after) != "" || reWhoseListEnded.MatchString(strings.ToLower(clauseOf(after))) {
			return nil
		}
		for _, ps := range posts {
			if !reFirmPostHead.MatchString(strings.TrimSpace(ps.role)) {
				return nil
			}
		}
	}
	return posts
}

// reWhosePlaceBound is what may follow the holder of the town shape: the clause ends.
var reWhosePlaceBound = regexp.MustCompile(`^(?:\s*$|\s*[,.;:)])`)

// clauseOf is after up to its first sentence or clause break.
func clauseOf(after string) string {
	if i := strings.IndexAny(after, ".;:!?"); i >= 0 {
		return after[:i]
	}
	return after
}
