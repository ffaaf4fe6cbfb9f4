package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A speaker's own tie told in his reported clause: "Manalastas admitted on cross-examination
// that Zhou had been his business partner since 2019", "Mercado, a provincial board member,
// told senators that Zhou had been her "business consultant"". The possessive pronoun of the
// that-clause is the speaker's: the one person named before the verb of speech. The pair
// readers take a possessive only after a name ("Y's business partner"), so they stop here.
// Cases are in speaker_partners_test.go.
//
// Only a person speaks for himself; a body's statement ("Police said that Zhou was his
// partner") leaves "his" open. A verb of speech with no "that", another clause between the
// speaker and the verb, or a name with its own possessive ("that Zhou's brother was his
// partner") is no such shape.

var (
	// reSpeakerLead is the gap of "SPEAKER[, a description,] VERB [whom, where] that " before
	// the partner's name.
	reSpeakerLead = regexp.MustCompile(`^\s*(?:,\s*([^,;:()"“”]{1,90}?),\s*)?(?:(?:also|later|again|earlier|openly|previously)\s+)?(?:admitted|acknowledged|conceded|confirmed|said|says|told|testified|insisted|disclosed|revealed|stated|claimed|denied|maintained)\s+(?:([^,;:()"“”]{1,60}?)\s+)?that\s+$`)
	// reSpeakerLeadBreak is what the description or the words after the verb may not hold:
	// another clause or a second speaker.
	reSpeakerLeadBreak = regexp.MustCompile(`\b(?:who|whom|whose|which|and|or|but|when|after|before|because|if|while|said|says|told|lawyer|counsel|attorney|spokesman|spokeswoman|spokesperson)\b`)
	// reSpeakerPartnerAfter is what follows the partner's name: a copula, the pronoun and the
	// tie noun (peer_ties.go's, and a consultant), the noun perhaps in quotation marks;
	// rePeerEnd must follow it.
	reSpeakerPartnerAfter = regexp.MustCompile(`^\s+(?:had\s+been|has\s+been|was|is|had\s+become|became|remained)\s+(?:(?:also|once|long|only|still)\s+)?(his|her)\s+["“]?(?:(?:longtime|long-time|close|trusted|silent|former|main|chief)\s+)?(` + peerNouns + `|business\s+consultant|consultant)\b`)
)

// speakerPartnerPair reads the shape above between the speaker ms[p] and the partner ms[q],
// with no person between them.
func speakerPartnerPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64)) {
	ca, cb := cands[ms[p]], cands[ms[q]]
	if !peoplePair(cands, ents, ms, p, q, 160) || !noPersonBetween(cands, ents, ms, p, q) || pronounRef(ca) || pronounRef(cb) {
		return
	}
	m := reSpeakerLead.FindStringSubmatch(strings.ToLower(text[ca.e:cb.s]))
	if m == nil || reSpeakerLeadBreak.MatchString(m[1]) || reSpeakerLeadBreak.MatchString(m[2]) {
		return
	}
	after := reSpeakerPartnerAfter.FindStringSubmatch(strings.ToLower(text[cb.e:min(len(text), cb.e+90)]))
	if after == nil || !rePeerEnd.MatchString(strings.ToLower(text[cb.e+len(after[0]):min(len(text), cb.e+len(after[0])+40)])) {
		return // "had been his partner's driver": the tie is another's
	}
	// A title or particle that tells the speaker's gender must agree with the pronoun.
	if g := nameGender(text, ca); g != 0 && g != pronounGender(after[1]) {
		return
	}
	add(ca.ent, cb.ent, model.AssociateOf, 0.75)
}
