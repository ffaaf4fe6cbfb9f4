package extract

import "regexp"

// A holder named with an apposition that ties them to someone else by kin: "records list
// Chen Yuhang, the tycoon's nephew, as sole director of B", "the documents list Naw Mu Lar
// Paw, wife of Colonel Saw Kyaw Htet Naing, as the owner of 30 percent of B". The relative
// named inside the apposition is no party to the post after it; the post readers that refuse
// a person between the two names read the gap with the apposition taken out.

// reKinApposition opens a gap with a kin apposition whose relative is a name (written
// "person" in a typed gap) or a reference ("the tycoon's"): ", the tycoon's nephew,", ",
// wife of colonel person,", ", person's eldest daughter,".
var reKinApposition = regexp.MustCompile(`^\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:(?:the|a|an)\s+)?(?:(?:(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:person|[a-z-]+)?['’]s?\s+)` + kinNoun + `|` + kinNoun + `\s+of\s+(?:the\s+)?(?:[a-z.-]+\s+){0,3}?person)\s*,`)

// withoutKinApposition returns the typed gap with a leading kin apposition taken out, and
// whether one was.
func withoutKinApposition(gap string) (string, bool) {
	m := reKinApposition.FindStringIndex(gap)
	if m == nil {
		return gap, false
	}
	return gap[m[1]:], true
}
