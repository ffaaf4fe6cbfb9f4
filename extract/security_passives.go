package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Security passives: a site's security said to be provided by a body, the site the subject.
//   - "Security around the towers is provided by the KPA", "Armed security at the gates is
//     provided by the TPDF": the site is a reference or a part, so it is the last site named
//     before in the sentence or, failing that, in the nearest of the three sentences before.
//   - "Protection for Silver Lotus Park was provided by the KIA", "security at the gates of
//     X has been provided by Y": the site named in the subject.
// The pair readers see no verb of protection between the body and a site named a sentence
// before, and guard_acts.go reads only guarding verbs. A sentence that tells a raid, rescue
// or arrest, or a denial (denied_guards.go), is left alone; security for people ("for the
// workers", "for Heng") names no site and is not read.

var (
	// reSiteSecurityProvidedBy ends right before the body of the passive; group 1 is the subject
	// after the preposition: "the towers", "the gates of X", "X".
	reSiteSecurityProvidedBy = regexp.MustCompile(`(?i)\b(?:armed\s+|round-the-clock\s+|physical\s+)?(?:security|protection)\s+(?:for|at|around|of|on|inside)\s+([^,;:.()"“”]{1,70}?)\s+(?:is|was|are|were|(?:has|had|have)\s+(?:(?:long|always|reportedly|allegedly)\s+)?been|is\s+being|was\s+being)\s+(?:(?:also|reportedly|allegedly|still|now|largely|mostly|long|openly)\s+)*provided\s+by\s+(?:the\s+)?$`)
	// reSiteReference is a subject that refers to a site named before: "the towers", "its
	// gates", "that compound".
	reSiteReference = regexp.MustCompile(`(?i)^(?:the|its|their|that|this)\s+(?:(?:main|front|outer|back|rear|side|whole|entire)\s+)?(?:towers?|gates?|perimeter|compound|site|park|zone|complex|buildings?|premises|grounds|checkpoints?|entrances?|casino|resort|hub|estate|blocks?|facility)$`)
	// reSecurityDenial marks a sentence that denies the security it tells of.
	reSecurityDenial = regexp.MustCompile(`(?i)\b(?:denied|denies|deny|denying|not|never|no\s+longer)\b`)
)

// securityPassives reads the shapes above and calls emit(si, body, site, siteSent, s, e).
func securityPassives(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, siteSent, s, e int)) {
	isSite := siteMention(ents)
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) == 0 {
			continue
		}
		low := lowerASCII(text[st.s:st.e])
		if !mentionsAny(low, "security", "protection") || !strings.Contains(low, "provided by") {
			continue // cheap test before the regular expressions
		}
		if reRaidScene.MatchString(text[st.s:st.e]) || reSecurityDenial.MatchString(text[st.s:st.e]) {
			continue
		}
		for _, m := range ms {
			c := cands[m]
			if c.ent < 0 || ents[c.ent].typ != model.Organization {
				continue
			}
			from := max(st.s, c.s-140)
			loc := reSiteSecurityProvidedBy.FindStringSubmatchIndex(text[from:c.s])
			if loc == nil {
				continue
			}
			subjS, subjE := from+loc[2], from+loc[3]
			site, siteSent := -1, si
			// A site named in the subject, alone or through its part.
			for _, n := range ms {
				d := cands[n]
				if !isSite(d) || d.s < subjS || d.e > subjE {
					continue
				}
				gap := text[subjS:d.s]
				tail := strings.TrimSpace(text[d.e:subjE])
				if (strings.TrimSpace(gap) == "" || strings.EqualFold(strings.TrimSpace(gap), "the") || rePartOfSite.MatchString(gap)) &&
					(tail == "" || reSiteWholeAfter.MatchString(text[d.e:subjE]) && strings.HasPrefix(tail, "'")) {
					site = d.ent
				}
				break
			}
			if site < 0 && reSiteReference.MatchString(strings.TrimSpace(text[subjS:subjE])) {
				// The last site named before the subject in this sentence, else up to three before.
				for _, n := range ms {
					if d := cands[n]; isSite(d) && d.e <= subjS {
						site = d.ent
					}
				}
				for back := si - 1; site < 0 && back >= 0 && back >= si-3; back-- {
					for _, n := range bySent[back] {
						if d := cands[n]; isSite(d) {
							site, siteSent = d.ent, back
						}
					}
				}
			}
			if site < 0 || site == c.ent {
				continue
			}
			emit(si, c.ent, site, siteSent, st.s, c.e)
		}
	}
}
