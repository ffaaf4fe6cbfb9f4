package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Two ways a record or a report states who holds a firm without a verb of owning:
//   - the firm's filing "lists" a person "as its" posts: "Red Kapok Trading, registered in
//     Mae Sot, lists Heng Sovann as its director and majority shareholder";
//   - a share "held by" the holder, with the share said: "Lotus Crest Co., which in turn is
//     70 percent held by X", "is wholly held by X". Without a share, "held by" may be a
//     detention ("was held by the police") and is not read;
//   - a post of the firm coordinated with a share of "its" stock: "the president of Sunrise
//     Realty Corp. and holder of 40 percent of its shares".

var (
	// reListsHolder is the gap of "FIRM[, description,] lists/names PERSON".
	reListsHolder = regexp.MustCompile(`^\s*(?:,\s*[^,;]{1,60}?,\s*)?(?:lists|listed|names|named|records|recorded|shows|showed|identifies|identified)\s+(?:the\s+)?(?:accused\s+)?$`)
	// reAsItsPosts is what follows the person: " as its director and majority shareholder".
	reAsItsPosts = regexp.MustCompile(`^\s*,?\s*as\s+(?:its|the\s+(?:company|firm)['’]s|a|an|the)\s+([a-z][a-z ,-]{1,60}?)\s*(?:[.;:)]|$|\s+(?:since|until|from|in|at|between|when|while|before|after|and\s+(?:his|her|its))\b)`)
	// reShareHeldBy is the gap of "FIRM, which in turn is 70 percent held by HOLDER".
	// reItsShareAfter follows a firm that ends a post: " and holder of 40 percent of its shares".
	reItsShareAfter = regexp.MustCompile(`^\s*,?\s+and\s+(?:the\s+|a\s+)?(?:holder|owner)\s+of\s+(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)|a\s+majority|half|most|all)\s+of\s+its\s+(?:shares|stock|equity|capital)\b`)
	// rePostOfEnd is a gap that ends in a post of the firm: "was the president of ".
	rePostOfEnd   = regexp.MustCompile(`(?:^\s*,|\s(?:is|was|as|became|remains|remained))\s+(?:the\s+|a\s+|an\s+)?[a-z][a-z -]{1,40}?\s+of\s+(?:the\s+)?$`)
	reShareHeldBy = regexp.MustCompile(`^\s*,?\s*(?:(?:which|that)\s+)?(?:in\s+turn\s+)?(?:is|was|are|were|has\s+been|had\s+been)\s+(?:also\s+|in\s+turn\s+|now\s+)?(?:\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)|wholly|majority|fully|jointly|partly)\s+held\s+by\s+(?:the\s+)?(?:(?:[a-z-]+\s+)?(?:businessman|businesswoman|tycoon|investor|oknha)\s+)?$`)
)

// listedHolderPair reads the pair with the two rules above and reports whether one fired.
func listedHolderPair(text, gap string, cands []candidate, ents []*docEntity, ms []int, q int, a, b int, person bool,
	emit func(holder, in int, posts []post) bool, add func(a, b int, pred string, conf float64)) bool {
	ta, tb := ents[a].typ, ents[b].typ
	if ta == model.Person && tb == model.Company && !person && rePostOfEnd.MatchString(gap) {
		cb := cands[ms[q]]
		if reItsShareAfter.MatchString(strings.ToLower(text[cb.e:min(len(text), cb.e+80)])) {
			add(a, b, model.Owns, 0.75)
			return false // the post itself is read by the post rules
		}
	}
	if ta != model.Company || person {
		return false
	}
	if tb == model.Person && reListsHolder.MatchString(gap) {
		cb := cands[ms[q]]
		end := min(len(text), cb.e+90)
		if q+1 < len(ms) && cands[ms[q+1]].s >= cb.e && cands[ms[q+1]].s < end {
			end = cands[ms[q+1]].s
		}
		if m := reAsItsPosts.FindStringSubmatch(strings.ToLower(text[cb.e:end])); m != nil && !hasStop(m[1]) {
			if posts := postsOf(m[1]); len(posts) > 0 {
				return emit(b, a, posts)
			}
		}
	}
	if (tb == model.Person || tb == model.Company) && reShareHeldBy.MatchString(gap) {
		add(b, a, model.Owns, 0.75)
		return true
	}
	return false
}
