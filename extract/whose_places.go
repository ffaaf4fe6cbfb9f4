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
	// reFirmPostHead is a post only a firm has, for the town shape.
	reFirmPostHead = regexp.MustCompile(`(?:^|\s)(?:director|directors|owner|co-owner|founder|co-founder|shareholder|stockholder|manager|executive|executive\s+officer|proprietor|partner|managing\s+partner|chairman|chairwoman|chairperson)$`)
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
func whosePlacedPosts(gap string, firm, onlyPlaces bool) []post {
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
		for _, ps := range posts {
			if !reFirmPostHead.MatchString(strings.TrimSpace(ps.role)) {
				return nil
			}
		}
	}
	return posts
}
