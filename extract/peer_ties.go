package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Ties between two people whose tie noun the word rules of pair read only with a fixed set of
// modifiers or verbs. Each shape has recall and precision cases in peer_ties_test.go:
//
//   - the tie noun follows the second name's possessive, after a copula, an apposition's comma
//     or an "as" of description: "X had been Y's business partner since 2021", "X, Y's
//     long-standing business associate,", "X, described in the notice as Y's long-time
//     partner", "X, acting as Y's personal financial adviser",
//     the noun perhaps in quotation marks: "X as Y's “right-hand man”";
//   - the same after X's own description and a copula: "X, a Fujian-born investor who has
//     been Y's business partner since 2016", "X, a Chinese national who took citizenship in
//     2017, has been the senator's partner" (only places may be named in the description);
//   - the possessor's tie noun is the subject of a copula: "Y's long-time adviser is X";
//   - "X is a long-standing business partner of Y", with any modifiers, and with a description
//     of Y set off before the name: "a business partner of the group's chairman, Y", "only a
//     partner of a Chinese national, Y", or naming Y after it: "a partner of an army battalion
//     commander called Y". The description must name a person by a post, a tie or a word
//     such as "national" or "investor": "a partner of the law firm, Y" describes no one.
//
// Agents' nouns (a lawyer, counsel) stay out: a lawyer speaks for a client in one case, he is
// not the client's associate.

// peerNouns are the nouns of a tie between equals or of a person at another's side.
const peerNouns = `business\s+partner|business\s+associate|partner|associate|confidant|right-hand\s+man|ally|aide|adviser|advisor|frontman|front\s+man|proxy|nominee|financier|fixer|accomplice|co-conspirator|henchman|middleman|go-between`

// peerDenied is the subject's own denial of the tie, "X denied being Y's partner", "X denies
// ever having been a business partner of Y": the tie is kept with its denial (the grade reads
// the denial and marks it), as the contract keeps denials.
const peerDenied = `(?:denied|denies|deny|denying)\s+(?:ever\s+)?(?:being|having\s+been)\s+`

var (
	// rePeerLead is the gap between X and Y before "Y's [modifiers] NOUN": a copula, the comma
	// of an apposition, or an "as" of description or service.
	rePeerLead = regexp.MustCompile(`^\s*(?:,\s*(?:(?:who|whom)\s+(?:[a-z]+\s+){0,3}?)?)?(?:(?:is|was|has\s+been|had\s+been|have\s+been|became|becomes|remains|remained|(?:is|was)\s+(?:said|believed|thought|known)\s+to\s+be)\s+(?:also\s+|now\s+|still\s+|long\s+|reportedly\s+|allegedly\s+|once\s+)?|(?:(?:is|was|were|are|been)\s+)?(?:described|identified|named|listed|known|presented|introduced|cited)\s+(?:(?:in|by|to)\s+[^,;:()]{1,40}?\s+)?as\s+|(?:described|identified|named|called)\s+(?:him|her|them)?\s*as\s+|(?:acting|acted|acts|serving|served|serves|working|worked|works)\s+as\s+|as\s+|` + peerDenied + `)?$`)
	// rePeerLeadDesc is the gap of a copula after X's own description, an apposition closed
	// by its comma or ended by "who": "X, a Chinese national who acquired citizenship in
	// 2017, has been ", "X, a Fujian-born investor who has been " (before "Y's partner").
	rePeerLeadDesc = regexp.MustCompile(`^\s*,\s*(?:a|an)\s+(?:[^,;:()"“”]{1,80}?,\s*|[a-z0-9 -]{1,40}?\s+who\s+)(?:is|was|has\s+been|had\s+been|became|remains)\s+(?:also\s+|now\s+|still\s+|long\s+)?$`)
	// rePeerAfter is "'s [modifiers] NOUN" after Y.
	rePeerAfter = regexp.MustCompile(`^['’]s?\s+["“]?(?:[a-z-]+\s+){0,3}?(` + peerNouns + `)\b`)
	// rePeerEnd is what may follow the noun: the end of the phrase, not a name it introduces
	// nor a possessive ("Y's partner's lawyer").
	rePeerEnd = regexp.MustCompile(`^(?:\s*$|\s*[,.;:!?)"”]|\s+(?:since|until|for|in|and|who|which|from|at|during|with|on|when|before|after|of\s+(?:many|several|\d+|long|some)|,)\b)`)
	// rePeerSubject is the gap of "Y's [modifiers] NOUN is " before X.
	rePeerSubject = regexp.MustCompile(`^['’]s?\s+(?:[a-z-]+\s+){0,3}?(` + peerNouns + `|` + kinWords + `)\s+(?:is|was|has\s+been|had\s+been|remains|became)\s+(?:also\s+|now\s+|still\s+)?$`)
	// rePeerOf is the gap of "X is a [modifiers] NOUN of [a description of Y,] " before Y.
	rePeerOf = regexp.MustCompile(`^\s*(?:,\s*(?:who\s+(?:is|was|has\s+been|had\s+been|became|remains)\s+)?|\s+(?:is|was|has\s+been|had\s+been|became|becomes|remains|remained)\s+|\s+` + peerDenied + `|,\s*(?:(?:a|an)\s+[a-z -]{1,40}?\s+who\s+(?:is|was|has\s+been|had\s+been|became|remains)\s+)?)(?:also\s+|now\s+|once\s+|long\s+|still\s+|reportedly\s+|allegedly\s+|only\s+|merely\s+|just\s+)?(?:a|an)\s+(?:[a-z-]+\s+){0,3}?(` + peerNouns + `)\s+(?:of|to)\s+(?:((?:(?:the|our|his|her|their|its)\s+)?[^,;:()"“”]{1,50}?)\s*,\s*|((?:a|an|the|our)\s+[^,;:()"“”]{1,50}?)\s+(?:called|named|known\s+as|identified\s+as)\s+)?$`)
	// rePeerCommaCopula is a copula straight after a comma: the comma closes an apposition
	// about someone else, whose subject stands before it ("Y, a friend of X, is W's partner").
	// It is read on the gap before ages are stripped: "X, 36, is W's partner" stays a tie, and
	// so does a name itself set off after its post: "The firm's director, X, is W's partner".
	rePeerCommaCopula = regexp.MustCompile(`^\s*,\s*(?:is|was|has\s+been|had\s+been|have\s+been|became|becomes|remains|remained)\b`)
	// rePeerOfBreak is what the description of Y may not hold: a clause, another tie, or
	// another person or firm it is told through ("the nephew of a Chinese investor named Y",
	// "a company run by a man called Y": the partner is the nephew's, the company's).
	rePeerOfBreak = regexp.MustCompile(`\b(?:who|which|that|and|or|said|says|told|but|of|by)\b`)
)

// peerTiePair reads the shapes above between mentions ms[p] and ms[q] of one sentence.
func peerTiePair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64)) {
	ca, cb := cands[ms[p]], cands[ms[q]]
	if ca.ent < 0 || cb.ent < 0 || ca.ent == cb.ent || cb.s < ca.e || cb.s-ca.e > 160 ||
		ents[ca.ent].typ != model.Person || ents[cb.ent].typ != model.Person || pronounRef(ca) || pronounRef(cb) {
		return
	}
	raw := strings.ToLower(text[ca.e:cb.s])
	gap := trimNameTitles(stripNameAsides(raw))
	if strings.ContainsAny(gap, ";") {
		return
	}
	after := strings.ToLower(text[cb.e:min(len(text), cb.e+80)])
	if q > p+1 && rePeerLeadDesc.MatchString(gap) && placesOnlyBetween(cands, ents, ms, p, q) {
		// "X, a Fujian-born investor who has been Y's partner": a place in X's description.
		if m := rePeerAfter.FindStringSubmatchIndex(after); m != nil && rePeerEnd.MatchString(after[m[3]:]) && !professionalTie(gap, after[:m[3]]) {
			add(ca.ent, cb.ent, model.AssociateOf, 0.8)
		}
		return
	}
	if q == p+1 {
		// "X had been Y's business partner": the noun after Y's possessive.
		if (rePeerLead.MatchString(gap) && !(rePeerCommaCopula.MatchString(raw) && !setOffBefore(text, ca.s))) || rePeerLeadDesc.MatchString(gap) {
			if m := rePeerAfter.FindStringSubmatchIndex(after); m != nil && rePeerEnd.MatchString(after[m[3]:]) && !professionalTie(gap, after[:m[3]]) {
				add(ca.ent, cb.ent, model.AssociateOf, 0.8)
				return
			}
		}
		// "Y's long-time adviser is X".
		if m := rePeerSubject.FindStringSubmatch(gap); m != nil && !possessiveFollows(text, cb.e) {
			add(cb.ent, ca.ent, tiePred(m[1]), 0.8)
			return
		}
	}
	// "X is a long-standing business partner of [the group's chairman,] Y".
	if m := rePeerOf.FindStringSubmatch(gap); m != nil && !possessiveFollows(text, cb.e) {
		if m[3] != "" { // "a partner of a battalion commander called Y": the description is Y's
			m[2] = m[3]
		}
		if m[2] != "" && !personDescription(m[2]) || rePeerOfBreak.MatchString(m[2]) || speechFollows(text, cb.e) {
			return // "a partner of the law firm, Y said": no description of Y
		}
		for k := p + 1; k < q; k++ {
			if c := cands[ms[k]]; c.ent >= 0 && ents[c.ent].typ == model.Person {
				return // "a partner of Lim, Y's brother": the nearer person is the partner
			}
		}
		add(ca.ent, cb.ent, model.AssociateOf, 0.8)
	}
}

// peerHeads are nouns that describe a person by what he is to others, besides the posts of
// roleWords and the kin nouns: "our boss, Y", "the tycoon, Y", "some guy Y" (also read by
// possessed_partners.go).
var peerHeads = set("boss", "employer", "tycoon", "businessman", "businesswoman", "patron", "mentor", "friend",
	"national", "investor", "citizen", "trader", "entrepreneur", "developer", "financier", "guy", "man", "woman")

// personDescription reports a description that names a person by a post or tie: "the group's
// chairman", "our boss".
func personDescription(desc string) bool {
	f := strings.Fields(desc)
	if len(f) == 0 {
		return false
	}
	w := strings.Trim(f[len(f)-1], ".")
	if familyWords[w] || peerHeads[w] {
		return true
	}
	_, pred := rolePhrase(w)
	return pred == model.Directs || pred == model.EmployedBy
}

// placesOnlyBetween reports that every mention between ms[p] and ms[q] is a place ("a
// Fujian-born investor"): a description of the first person, with no one else in it.
func placesOnlyBetween(cands []candidate, ents []*docEntity, ms []int, p, q int) bool {
	for k := p + 1; k < q; k++ {
		if c := cands[ms[k]]; c.ent < 0 || ents[c.ent].typ != model.Location {
			return false
		}
	}
	return true
}

// setOffBefore reports a name preceded by a comma (an apposition to a post before it: "the
// firm's director, X,") or standing at the start of the text.
func setOffBefore(text string, s int) bool {
	before := strings.TrimRight(text[:s], " \t")
	return before == "" || strings.HasSuffix(before, ",")
}

// reProfessional is a profession that serves a client: "a Fujian-born lawyer who has been
// Y's legal adviser" is counsel, not an associate; reProfessionalMod is the same told on the
// noun ("Y's legal adviser", "Y's tax adviser").
var (
	reProfessional    = regexp.MustCompile(`\b(?:lawyers?|attorneys?|counsel|solicitors?|barristers?|accountants?|auditors?|notary)\b`)
	reProfessionalMod = regexp.MustCompile(`\b(?:legal|tax|accounting|audit)\b|\blaw\s+firm`)
)

// professionalTie reports a tie of service told in the gap before Y or on the noun after
// Y's possessive (noun: the text from the possessive to the end of the noun).
func professionalTie(gap, noun string) bool {
	return reProfessional.MatchString(gap) || reProfessionalMod.MatchString(noun)
}
