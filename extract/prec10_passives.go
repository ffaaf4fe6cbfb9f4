package extract

import (
	"regexp"
	"strings"
)

// reInsideBefore ends the words before a name that is the object of "inside" or "within" in
// a longer phrase: "the 14-storey tower inside the ".
var reInsideBefore = regexp.MustCompile(`(?i)[a-z0-9,)]\s+(?:inside|within)\s+(?:the\s+|its\s+)?$`)

// enclosingSubject reports that the passive's subject mention at start only says where the
// phrase's head stands ("the tower inside the zone was operated by B"): B runs the tower,
// which the text leaves unnamed, not the zone.
func enclosingSubject(text string, start int) bool {
	if start > len(text) {
		return false
	}
	before := text[max(0, start-40):start]
	if i := strings.LastIndexAny(before, ".;\n"); i >= 0 {
		before = before[i+1:]
	}
	return reInsideBefore.MatchString(before) || reStructureAtBefore.MatchString(before) && !reSitePartIn.MatchString(before)
}

// reSitePartIn ends the words before a site named as where its own parts stand: "the floors at
// ", "every building in the " ("another building in the zone" is another structure). Whoever
// runs or owns those runs or owns part of the site, so the passive after the site still reaches
// it ("the floors at Golden Lotus were run by Y").
var reSitePartIn = regexp.MustCompile(`(?i)\b(?:the|every|all(?:\s+the)?|its)\s+(?:[a-z-]+\s+)?(?:buildings?|towers?|blocks?|dormitor(?:y|ies)|floors?|wings?)\s+(?:at|in|inside)\s+(?:the\s+|its\s+)?$`)

// reStructureAtBefore ends the words before a site named only as where a building, a road or
// a business inside it stands: "a hotel at ", "the road to ", "two casinos in the ". The
// passive after the site is the structure's ("A hotel at Silver Bay Park is owned by Y": Y
// owns the hotel). Land and plots are left: "the land at X is owned by Y" tells the site's
// ground (land_pairs.go).
var reStructureAtBefore = regexp.MustCompile(`(?i)\b(?:hotels?|casinos?|buildings?|towers?|blocks?|roads?|bridges?|dormitor(?:y|ies)|offices?|shops?|restaurants?|clinics?|bars?|warehouses?|factor(?:y|ies)|malls?|markets?|stores?|clubs?|schools?|hospitals?|villas?|karaoke|banks?|wings?|floors?|gates?|checkpoints?|jett(?:y|ies)|piers?|ports?|airstrips?)\s+(?:at|on|in|near|beside|outside|behind|to|opposite|next\s+to)\s+(?:the\s+|its\s+)?$`)

// agentPrepositions open a phrase between the passive's verb and its "by".
var agentPrepositions = set("on", "in", "with", "from", "using", "over", "under", "onto")

// otherParticiple reports that the agent after "by" belongs to a second participle inside
// the phrase that follows the passive's verb ("was built on land allocated by B", "was run
// with money supplied by B"): B allocated the land, it did not build the site.
func otherParticiple(gap, verb string) bool {
	i := strings.Index(gap, verb)
	if i < 0 {
		return false
	}
	rest := strings.ToLower(gap[i+len(verb):])
	j := strings.LastIndex(rest, " by")
	if j < 0 {
		return false
	}
	w := strings.Fields(rest[:j])
	if len(w) < 3 || !agentPrepositions[w[0]] {
		return false
	}
	last := w[len(w)-1]
	return strings.HasSuffix(last, "ed") && w[len(w)-2] != "and" && w[len(w)-2] != "or" || participleForms[last]
}

// participleForms are irregular past participles a phrase may end in before "by".
var participleForms = set("given", "held", "paid", "sold", "lent", "leased", "granted", "made", "built", "taken")
