package extract

import "regexp"

// court_asides.go widens the asides postNPBefore (offices.go) skips between a person and the
// copula of "X ... was the chairman of Y", in the shapes indictments and filings set off
// after a defendant's name:
//   - "X, also known as "Leo Lin," ...", "X, a/k/a "Chairman Liu" ("LIU"), ...": an alias,
//     with the short name the filing uses after it;
//   - "X ("TAN"), a citizen of Malaysia, was": a parenthesis after an earlier aside;
//   - "X, a citizen of the People's Republic of China residing in Laos, was": a citizenship
//     or nationality with a place of residence;
//   - "X resided in Alhambra, California, and was the owner of Y": a residence coordinated
//     before the copula.
// Each aside is one segment; postNPBefore skips them in turn, up to maxCourtAsides, with its
// own asides between.

const maxCourtAsides = 4

var rePostSkipCourt = regexp.MustCompile(`^\s*(?:` +
	`,?\s*(?:also\s+known\s+as|alias|a\.k\.a\.|a/k/a|aka)\s+["“][^"”]{1,40}["”](?:\s*\([^()]{0,40}\))?\s*,?\s*` +
	`|\([^()]{0,40}\)\s*,?\s*` +
	`|,?\s*(?:a|an)\s+(?:citizen|national|resident)\s+of\s+(?:the\s+)?(?:[a-z'’-]+\s+){0,3}?(?:of\s+)?loc(?:\s*,?\s+(?:residing|living|based)\s+in\s+loc(?:\s*,\s*loc)*)?\s*,\s*` +
	`|,?\s*(?:a|an)\s+(?:[a-z-]+\s+){0,3}?(?:national|citizen|resident)\s+(?:residing|living|based)\s+in\s+loc(?:\s*,\s*loc)*\s*,\s*` +
	`|,?\s*(?:resided|resides|lived|lives)\s+in\s+loc(?:\s*,\s*loc)*\s*,?\s*and\s+` +
	`)`)

// rePostNPAfterEnded follows the body of "X was the chairman of Y" and tells the post as over
// in a clause of its own: "before he sold it in 2019", "until he resigned in 2018", "until
// both resigned". An end year right after "until" is left to postEndYear (ended_posts.go),
// which marks the tie former with its end.
var rePostNPAfterEnded = regexp.MustCompile(`(?i)^\s*,?\s*(?:before|until|till|prior\s+to)\s+(?:he|she|they|it|both|his|her|their|the)\b`)

// rePostNPOwnBoard follows the body of "X is a member of Y's board": the board is Y's own.
var rePostNPOwnBoard = regexp.MustCompile(`^['’]s\s+(?:board|governing\s+board|executive\s+board|board\s+of\s+directors)\b`)

// skipPostAsides drops the asides of rePostSkip and rePostSkipCourt at the start of gap.
func skipPostAsides(gap string) string {
	for i := 0; i < maxCourtAsides; i++ {
		n := len(gap)
		if m := rePostSkip.FindString(gap); m != "" {
			gap = " " + gap[len(m):]
		}
		if m := rePostSkipCourt.FindString(gap); m != "" {
			gap = " " + gap[len(m):]
		}
		if len(gap) >= n {
			break
		}
	}
	return gap
}
