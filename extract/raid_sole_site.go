package extract

import (
	"regexp"

	"github.com/scamgraph/scamgraph/model"
)

// "The raid on May 7 was led by the Provincial Police" when the page told the raid before
// only without its site ("a hub that was raided last year", "the complex in Capas that
// authorities raided last month"): "the raid" is the page's raid, and when the page has named
// one site and only one before it, that site was raided. A raid told before only on something
// else ("police raided a hotel in Manila", "the home of a lawyer") is no raid of the site. Two sites named before, no raid
// spoken of before ("workers were freed in May"), or "the operation" (which may be the
// scam's own) leave it open.

var (
	// reTheRaidNoun is the singular raid noun the fallback reads.
	reTheRaidNoun = regexp.MustCompile(`(?i)\bthe\s+raid\b`)
	// reRaidWord is a raid spoken of in an earlier sentence.
	reRaidWord = regexp.MustCompile(`(?i)\b(?:raid|raided|stormed)\b`)
	// reRaidOtherObject is a raid told on something that is no site: "raided a hotel in
	// Manila", "raided the home of a local lawyer", "a house that was raided", "In a separate
	// case, police raided".
	reRaidOtherObject = regexp.MustCompile(`(?i)\b(?:raid(?:ed|s)?|stormed)\s+(?:(?:on|at|of|into)\s+)?(?:(?:his|her|their)\s+|(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?)(?:hotel|home|house|apartment|flat|residence|office|restaurant|bar|shop|store|warehouse|bank|villa|condo|condominium|karaoke|farm|car|vehicle)s?\b|\b(?:home|house|residence|office)s?\s+of\b|\bin\s+a\s+separate\s+(?:case|raid|operation)\b|\b(?:hotel|home|house|apartment|residence|office|warehouse|restaurant|villa)s?\s+(?:that\s+|which\s+)?(?:was|were|had\s+been)\s+(?:later\s+|also\s+)?raided\b`)
)

// raidWords are what reRaidWord needs, tried first (fold_gates.go).
var raidWords = []string{"raid", "stormed"}

// soleSite tracks the compounds named in the sentences read so far.
type soleSite struct {
	ent, sent  int
	many, told bool
}

// add records the compounds of sentence si and whether it speaks of a raid (st its text).
func (o *soleSite) add(st string, cands []candidate, ents []*docEntity, ms []int, si int) {
	if !o.told && hasFoldWord(st, raidWords) && reRaidWord.MatchString(st) && !reRaidOtherObject.MatchString(st) {
		o.told = true
	}
	for _, m := range ms {
		c := cands[m]
		if c.ent < 0 || ents[c.ent].typ != model.Compound {
			continue
		}
		if o.sent >= 0 && o.ent != c.ent {
			o.many = true
		}
		o.ent, o.sent = c.ent, si
	}
}

// site returns the one compound named before, and its last sentence; -1 when none or many.
func (o *soleSite) site() (int, int) {
	if o.many || o.sent < 0 || !o.told {
		return -1, -1
	}
	return o.ent, o.sent
}
