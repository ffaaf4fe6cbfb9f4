package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// More ways a designation is told between a party and the body that designates it (an
// asset or account freeze is left out here: sets label a police freeze in a criminal case
// either way; a body that "froze the accounts of" named parties is read by account_freezes.go):
//   - a passive with an adverb of time or manner: "X was previously sanctioned by the
//     United Kingdom in 2024", "X had itself been designated by OFAC";
//   - a party placed under, or facing, a body's sanctions: "X was placed under European Union
//     sanctions in 2023", "X is subject to UK sanctions";
//   - a party added to a body's list named after the list: "X was added to the sanctions
//     list of the Office of Foreign Assets Control";
//   - a body that targeted a party in a round of sanctions: "OFAC targeted X in a new round
//     of sanctions";
//   - the sanctions of a body that name their targets: "the sanctions imposed by the EU
//     target X".
var (
	// reSanctionedByAdverb follows a party up to the body of a passive designation with an
	// adverb the plain passive does not take: " was previously sanctioned by the".
	reSanctionedByAdverb = regexp.MustCompile(`^\s*(?:\([^()]{1,30}\)\s*)?,?\s*(?:(?:which|who)\s+)?(?:is|was|were|are|has\s+been|have\s+been|had\s+been|had\s+(?:itself|himself|herself|themselves|already|previously)\s+been)\s+(?:(?:previously|formally|first|already|subsequently|separately|itself|himself|herself|themselves|also|later|jointly|since\s+\d{4}|once|both|all|then)\s+)*(?:sanctioned|designated|blacklisted)\s+(?:(?:on|in|last|this|earlier|during|since)\s+[\w ,]{1,25}?\s+)?by\s+(?:the\s+)?$`)
	// rePutUnder follows a party up to a body whose sanctions it was put under or faces:
	// " was placed under ", " is subject to the ", " has faced ".
	rePutUnder = regexp.MustCompile(`^\s*(?:\([^()]{1,30}\)\s*)?,?\s*(?:(?:which|who)\s+)?(?:(?:is|was|were|are|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|later|previously|first|since\s+\d{4})\s+)*(?:placed|put|brought)\s+under|(?:is|are|was|were|remains?|remained)\s+(?:also\s+)?(?:subject\s+to|under)|(?:faces|faced|face|facing|has\s+faced|came\s+under|comes\s+under))\s+(?:(?:in|on)\s+\d{4}\s+)?(?:the\s+)?(?:new\s+)?$`)
	// reBodySanctionsAfter follows the body of those: " sanctions", " (EU) asset freezes".
	reBodySanctionsAfter = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?(?:['’]s\s+)?(?:financial\s+|targeted\s+|economic\s+|new\s+)?(?:sanctions|asset\s+freezes?|restrictive\s+measures|travel\s+bans?)\b`)
	// reAddedToListOf follows a party up to the body a list is named after: " was added to
	// the sanctions list of the", " were added to the consolidated list maintained by".
	reAddedToListOf = regexp.MustCompile(`^\s*(?:\([^()]{1,30}\)\s*)?,?\s*(?:(?:which|who)\s+)?(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|later|quietly|first|previously)\s+)*(?:added|named|placed|put)\s+(?:(?:in|on)\s+[\w ]{1,20}?\s+)?(?:to|on)\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,3}?(?:sanctions\s+list|sdn\s+list|blacklist|consolidated\s+list|designation\s+list|list\s+of\s+(?:specially\s+designated|sanctioned|designated)[a-z ]{0,30}?)\s+(?:of|maintained\s+by|kept\s+by|issued\s+by|published\s+by)\s+(?:the\s+)?$`)
	// reTargetedParty follows a body up to the party it targeted: " targeted ".
	reTargetedParty = regexp.MustCompile(`^\s*(?:\([^()]{1,30}\)\s*)?(?:(?:has|have|had|also|on\s+\w+|last\s+\w+)\s+)*(?:targeted|targets|target)\s+(?:the\s+)?$`)
	// reInSanctionsRound follows that party: " in a new round of sanctions", " with
	// sanctions".
	reInSanctionsRound = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,20}\)\s*)?(?:in|with|under)\s+(?:a\s+|an\s+|its\s+|the\s+|new\s+|fresh\s+)?(?:(?:new|fresh|latest|further|first|second|third)\s+)?(?:(?:round|package|wave|set|tranche|batch)\s+of\s+)?(?:[\w-]+\s+){0,2}?(?:sanctions|designations|asset\s+freezes)\b`)
	// reSanctionsOfBodyBefore ends right before a body whose sanctions name their targets:
	// "the sanctions imposed by the". reSanctionsNameGap follows the body to the party.
	reSanctionsOfBodyBefore = regexp.MustCompile(`(?i)\b(?:sanctions|designations|asset\s+freezes)\s+(?:(?:announced|imposed|adopted|issued|unveiled)\s+)?by\s+(?:the\s+)?$`)
	reSanctionsNameGap      = regexp.MustCompile(`^\s*(?:\([^()]{1,30}\)\s*)?(?:(?:on\s+\w+|today|last\s+\w+|in\s+\d{4})\s+)?(?:target|targets|targeted|cover|covers|covered|name|names|named|hit|hits)\s+(?:the\s+)?$`)
)

// sanctionMorePair reads the shapes above between two mentions of one sentence; it reports
// whether it read one. ca is the first mention, gap the lower-cased words between.
func sanctionMorePair(text string, ents []*docEntity, ca, cb candidate, gap string, add func(a, b int, pred string, conf float64)) bool {
	a, b := ca.ent, cb.ent
	party := func(e int) bool {
		t := ents[e].typ
		return t == model.Person || t == model.Company || t == model.Organization || t == model.Compound
	}
	after := strings.ToLower(text[cb.e:min(len(text), cb.e+60)])
	switch {
	case party(a) && canSanction(ents[b]) && !sameEntityName(ents[a], ents[b]) &&
		(reSanctionedByAdverb.MatchString(gap) || reAddedToListOf.MatchString(gap) ||
			rePutUnder.MatchString(gap) && reBodySanctionsAfter.MatchString(after)):
		// "X was previously sanctioned by the United Kingdom", "X was placed under EU
		// sanctions", "X was added to the sanctions list of OFAC".
		add(a, b, model.SanctionedBy, 0.8)
	case canSanction(ents[a]) && party(b) && ents[b].typ != model.Compound &&
		(reTargetedParty.MatchString(gap) && reInSanctionsRound.MatchString(after) ||
			reSanctionsNameGap.MatchString(gap) && reSanctionsOfBodyBefore.MatchString(text[max(0, ca.s-60):ca.s])):
		// "OFAC targeted X in a new round of sanctions"; "the sanctions imposed by the EU
		// target X".
		add(b, a, model.SanctionedBy, 0.8)
	default:
		return false
	}
	return true
}

// sameEntityName reports two mentions of one entity under two records.
func sameEntityName(x, y *docEntity) bool { return strings.EqualFold(x.name, y.name) }
