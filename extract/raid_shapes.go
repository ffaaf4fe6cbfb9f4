package extract

import (
	"regexp"

	"github.com/scamgraph/scamgraph/model"
)

// Raids told in shapes raids.go and raids_joint.go leave out:
//
//   - a raid named as a noun whose site comes first and whose leader comes after a passive:
//     "The raid on X was led by the NBI" (the leader raided the site; he does not run it);
//   - a body's verb of a sweep: "the PNP swept X", "police busted X";
//   - a site named after the class noun the verb takes: "raided the compound, known as X".
var (
	// reRaidLedBy follows the site of a raid named as a noun up to its leader: " was led
	// by the", " compound were carried out by troops of the".
	reRaidLedBy = regexp.MustCompile(`^\s*(?:compound|casino|resort|park|complex|hub)?\s*,?\s*(?:(?:on|in|last)\s+[\w ,]{1,25}?\s+)?(?:was|were|had\s+been|has\s+been)\s+(?:(?:jointly|also|reportedly)\s+)?(?:led|carried\s+out|conducted|mounted|launched|staged|headed)\s+(?:(?:on|in|last)\s+[\w ,]{1,25}?\s+)?by\s+(?:the\s+)?(?:` + raidMen + `)?$`)
	// reSweptSite is a body's verb of a sweep before the site: " swept", " busted", " swept
	// through the".
	reSweptSite = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:also|jointly|then|later|reportedly|on\s+\w+)\s+)*(?:swept|busted|stormed)\s+(?:through\s+|into\s+)?(?:the\s+)?$`)
	// reRaidedKnownAs is a raid verb, the site's class noun, and the name it is known by: "
	// raided the compound, known as", " stormed a casino complex called".
	reRaidedKnownAs = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:also|jointly|then|later|reportedly|on\s+\w+)\s+)*(?:raided|stormed|swept|busted)\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:compound|complex|casino|resort|hub|park|site|building|tower|zone),?\s+(?:(?:known|called|named)\s+(?:locally\s+)?(?:as\s+)?|dubbed\s+)(?:the\s+)?$`)
)

// raidShapePair reads the shapes above between two mentions; it reports whether it read one.
// ca is the first mention, gap the lower-cased words between.
func raidShapePair(text string, ents []*docEntity, ca, cb candidate, gap string, add func(a, b int, pred string, conf float64)) bool {
	ta, tb := ents[ca.ent].typ, ents[cb.ent].typ
	switch {
	case ta == model.Compound && tb == model.Organization && reRaidLedBy.MatchString(gap) && reRaidBefore.MatchString(lowerASCII(text[max(0, ca.s-40):ca.s])):
		// "The raid on Silver Moon Hub was led by the NBI."
		add(cb.ent, ca.ent, model.Raided, 0.8)
	case ta == model.Organization && tb == model.Compound && (reSweptSite.MatchString(gap) || reRaidedKnownAs.MatchString(gap)):
		// "The PNP swept Silver Moon Hub"; "the PNP raided the compound, known as X".
		add(ca.ent, cb.ent, model.Raided, 0.8)
	default:
		return false
	}
	return true
}

// parentNamed reports a body named after "of" ("the Department of Anti-Cyber Crime of the
// General Commissariat of National Police"): the parent of the unit before it, which did not
// itself take part.
func parentNamed(text string, start int) bool {
	return reParentOf.MatchString(lowerASCII(text[max(0, start-12):start]))
}

// reParentOf ends the words before a parent body: " of the ", " of ".
var reParentOf = regexp.MustCompile(`\sof\s+(?:the\s+)?$`)

// An operation named as a noun, its raider after "by", a partner set off by commas, then its
// site: "in an operation conducted by the Kampot police, in cooperation with the Department
// of Anti-Cyber Crime of the National Police, at the Phoenix Bay compound". The gap rules stop
// at the length of such a sentence; this reads it over its mentions.
var (
	// reOperationBy ends the words right before the raider: "operation conducted by the".
	reOperationBy = regexp.MustCompile(`(?i)\b(?:operation|raid|crackdown|sweep)\s+(?:(?:jointly\s+)?(?:carried\s+out|conducted|led|mounted|launched))\s+by\s+(?:the\s+)?$`)
	// rePartnerOpen follows the raider up to its partner: ", in cooperation with the".
	rePartnerOpen = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,20}\)\s*)?,\s*` + raidPartner + `\s+(?:the\s+)?$`)
	// reAtSiteAfter follows the partner (or its parent) up to the site: ", at the".
	reAtSiteAfter = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,20}\)\s*)?,\s*(?:at|on|against|targeting|inside)\s+(?:the\s+)?$`)
)

// operationPartners reads the sentences above. emit gets the sentence, the raider, the site,
// and the span read.
func operationPartners(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, s, e int)) {
	org := func(c candidate) bool { return c.ent >= 0 && ents[c.ent].typ == model.Organization }
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) < 3 {
			continue
		}
		for i := 0; i+2 < len(ms); i++ {
			a := cands[ms[i]]
			if !org(a) || !reOperationBy.MatchString(text[max(st.s, a.s-60):a.s]) {
				continue
			}
			b := cands[ms[i+1]]
			if !org(b) || b.s < a.e || !rePartnerOpen.MatchString(text[a.e:b.s]) || !mayJoinRaid(ents[b.ent]) {
				continue
			}
			// The partner's parent ("of the General Commissariat of National Police").
			j, last := i+2, b
			if p := cands[ms[j]]; org(p) && p.s >= b.e && reParentOf.MatchString(lowerASCII(text[b.e:p.s])) && j+1 < len(ms) {
				j, last = j+1, p
			}
			site := cands[ms[j]]
			if site.ent < 0 || ents[site.ent].typ != model.Compound || site.s < last.e || !reAtSiteAfter.MatchString(text[last.e:site.s]) {
				continue
			}
			emit(si, a.ent, site.ent, a.s, site.e)
			emit(si, b.ent, site.ent, a.s, site.e)
		}
	}
}
