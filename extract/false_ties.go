package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Guards against ties a rule would read from words about someone else: a relative clause
// about the subject's kin, or a post that is not a staff job.

// reWhoseClause is a relative clause about something the name has ("X, whose son was hired
// by Y"): what follows tells of the son, not of X.
var reWhoseClause = regexp.MustCompile(`(?i)^\s*,?\s*whose\b`)

// whoseClause reports a gap that opens a "whose" clause.
func whoseClause(gap string) bool { return reWhoseClause.MatchString(gap) }

// reWorkedAs is the post in "worked as a partner for Y".
var reWorkedAs = regexp.MustCompile(`\bas\s+(?:a|an|the)\s+([a-z-]+)\s+for$`)

// stakeWords are posts of those who put money into a firm rather than work for it.
var stakeWords = map[string]bool{
	"shareholder": true, "investor": true, "co-investor": true, "stakeholder": true,
	"co-owner": true, "owner": true, "backer": true, "financier": true,
}

// nonStaffPost reports a post held in a firm without being its staff: a partner, an
// associate, kin or an investor shares in the business, it does not employ them.
func nonStaffPost(w string) bool { return associateWords[w] || familyWords[w] || stakeWords[w] }

// workedAsNonStaff reports "worked as a partner for": the verb of work with a post that is
// not a job.
func workedAsNonStaff(verb string) bool {
	m := reWorkedAs.FindStringSubmatch(strings.ToLower(strings.TrimSpace(verb)))
	return m != nil && nonStaffPost(m[1])
}

// companyOnlyPosts are posts only a firm has: a ministry or a police force has no managing
// director or shareholder.
var companyOnlyPosts = set("managing director", "ceo", "chief executive", "chief executive officer", "general manager",
	"company secretary", "corporate secretary", "shareholder", "major shareholder", "majority shareholder")

// firmPostOfState reports a firm's post said of a state body ("Its managing director" read
// back to the Treasury that sanctioned the firm): the post belongs to a firm the words
// point at, not to the body.
func firmPostOfState(role string, obj *docEntity) bool {
	if obj.typ != model.Organization || !companyOnlyPosts[cleanRole(role)] {
		return false
	}
	return stateSectors[sectorOf(obj.name)] // references.go
}

// reThroughPossessive is a possessive pronoun after a preposition of means: "A owns B
// through its subsidiary C", where "its" is A's, the clause's agent, not B's.
var reThroughPossessive = regexp.MustCompile(`(?i)\b(?:through|via|by\s+way\s+of|by\s+means\s+of|using)\s*$`)

// meansPossessive reports a reference that is a possessive pronoun of means whose antecedent
// in the same sentence is not the sentence's first name (its agent): read back to the nearer
// object it would give the object the agent's subsidiary.
func meansPossessive(text string, r reference, all []candidate, bySent map[int][]int) bool {
	switch strings.ToLower(r.cand.text) {
	case "its", "their", "his", "her":
	default:
		return false
	}
	if r.from != r.cand.sent || !reThroughPossessive.MatchString(text[max(0, r.cand.s-20):r.cand.s]) {
		return false
	}
	ms := bySent[r.cand.sent]
	return len(ms) > 0 && all[ms[0]].ent != r.cand.ent && all[ms[0]].s < r.cand.s
}

// rePersonDeed is the main verb, after a clause that named the site, of a deed done to a
// person: in "X, who ran the Golden Fortune compound, was arrested after a raid by the NBI",
// the raid is on the man. ("KK Park, where 200 workers were detained after a raid" and "the
// compound was emptied and 80 workers detained" keep the site raided.)
var rePersonDeed = regexp.MustCompile(`^[^,]{0,30},\s*(?:was|were|had\s+been|has\s+been|is|are)\s+(?:(?:later|then|reportedly|also|eventually|finally)\s+)?(?:arrested|detained|caught|apprehended|nabbed|deported|extradited|charged|indicted|convicted|sentenced|jailed|killed|shot|questioned|interrogated)\b`)

// reRaidOwnObject is the raid's own object after its agent: "a raid by the NBI on his
// apartment".
var reRaidOwnObject = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,20}\)\s*)?(?:on|at|of|into)\s+(?:(?:his|her|their)\s+|(?:a|an|the)\s+(?:[\w-]+\s+)?(?:apartment|flat|home|house|residence|condominium|condo|villa|hotel\s+room|room|car|vehicle|office)\b)`)

// raidOnOther reports a site named before a body's raid that the sentence tells was on a
// person or on another place: the site was not raided.
func raidOnOther(text string, ents []*docEntity, ca, cb candidate, gap string) bool {
	if ents[ca.ent].typ != model.Compound || ents[cb.ent].typ != model.Organization {
		return false
	}
	return rePersonDeed.MatchString(gap) || reRaidOwnObject.MatchString(text[cb.e:min(len(text), cb.e+60)])
}

// reOthersOfBody follows a body to people who are not its own: "the DKBA's allies", "the
// KNU's rivals". What they do is not the body's deed.
var reOthersOfBody = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,20}\)\s*)?['’]s?\s+(?:[\w-]+\s+)?(?:allies|ally|rivals?|enemies|enemy|foes?|opponents?|adversaries|partners?|proxies|proxy|neighbou?rs?|backers?|friends?|splinter\s+groups?|breakaway\s+factions?|former\s+members|defectors?)\b`)

// othersOfBody reports a body mention ending at end that is followed by others than its men.
func othersOfBody(text string, end int) bool {
	return reOthersOfBody.MatchString(text[end:min(len(text), end+50)])
}

// firmOverState takes "its" before a firm's post ("Its managing director is X") back to the
// firm a state body acted on in the sentence before ("OFAC designated Prince Holding Group")
// rather than to the body: the sentence is about the firm, the body only its agent. ent and
// from are the antecedent found and its sentence; the firm and its sentence are returned
// instead when the body opens a sentence before si that names a firm after it.
func firmOverState(cands []candidate, ents []*docEntity, bySent map[int][]int, si, ent, from int) int {
	if ent < 0 || from < 0 || from >= si || ents[ent].typ != model.Organization || !stateSectors[sectorOf(ents[ent].name)] { // references.go
		return ent
	}
	seen := false
	for _, m := range bySent[from] {
		c := cands[m]
		if c.ent < 0 {
			continue
		}
		if c.ent == ent {
			seen = true
		} else if seen && ents[c.ent].typ == model.Company {
			return c.ent
		}
	}
	return ent
}
