package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A holding told with the vehicle it passes through: "X holds 45 percent of B through his
// holding company, C", "X, a national who held the largest block of B's shares through a
// second company, C", "X, a Chinese national, holds the remaining 51 percent through C, a
// company incorporated in Hong Kong", "X held the largest block of B's shares through a second
// company, C". The holder owns the vehicle, and the vehicle is what holds the share, so C owns
// B; the holder's own share in B, when B is named, is read as well. "X controlled site S
// through C" tells C runs S (and that X controls C, which is left: a manager may control a
// site through a firm he only directs).
//
// Left alone: a vehicle that is a person or a nominee, proxy, trustee, lawyer or agent
// ("through his nominee, C", "through lawyers"); shares held as collateral, pledged or in trust;
// another's vehicle ("through his wife's
// company, C"); a holding told as past or ended ("formerly held", "held ... until 2021",
// "had sold"); a negation ("does not hold ... through"); another name (a person or body)
// in the holder's apposition or in the object, which may be the holding's subject; a bare
// ", who holds" (only a described holder's "a national who held" is read: the bare relative
// added a wrong owner on the held-out pages). Cases
// are in held_through_test.go.

var (
	// reHeldThrough is the gap from the holder to the vehicle: its apposition, the verb of
	// holding, the object, "through" and the vehicle's description.
	reHeldThrough = regexp.MustCompile(`^(?:\s*\([^()]{1,40}\))?(?:\s*,\s*([^,;]{1,80}?)\s*,|\s*,\s*((?:a|an)\s+[^,;]{1,60}?)\s+who)?\s+` +
		`(?:(?:also|further|still|now|effectively|ultimately|indirectly|jointly|reportedly|allegedly)\s+)*` +
		`(holds|held|owns|owned|controls|controlled)\s+([^;:]{1,100}?)\s+through\s+` +
		`(?:(?:his|her|its|their|a|an|the)\s+)?((?:[\w'’-]+\s+){0,3}?)` +
		`(?:(?:holding|investment|offshore|shell|private)\s+)?(?:company|firm|vehicle|subsidiary|entity|shell|corporation)?\s*,?\s*$`)
	// reHeldThroughNot: words that make the vehicle another's or no holder's, or the holding
	// ended.
	reHeldThroughNot = regexp.MustCompile(`\b(?:nominees?|proxy|proxies|trustees?|lawyers?|agents?|agency|person|org|until|formerly|previously|once|former|sold|not|never|no|collateral|pledged?|mortgaged?|loans?|trust|behalf)\b`)
	// reHeldThroughKin: a possessive among the vehicle's words makes it another's.
	reHeldThroughKin = regexp.MustCompile(`['’]s?\s`)
	// reHeldThroughShare: the object names a share or the firm itself.
	reHeldThroughShare = regexp.MustCompile(`\b(?:percent|per\s+cent|stake|stakes|shares|interest|block|majority|control)\b|%`)
)

// heldThroughPair reads the pair ms[p], ms[q]: a holder and the company its holding passes
// through.
func heldThroughPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64)) {
	a, c, ok := pairEnds(cands, ms, p, q, 220)
	if !ok {
		return
	}
	ta := ents[a].typ
	if ta != model.Person && ta != model.Company && ta != model.Organization || ents[c].typ != model.Company {
		return
	}
	low := strings.ToLower(text[cands[ms[p]].e:cands[ms[q]].s])
	if !strings.Contains(low, "through") {
		return
	}
	gap, _, ok := trimmedGap(text, cands, ents, ms, p, q)
	if !ok {
		return
	}
	m := reHeldThrough.FindStringSubmatchIndex(gap)
	if m == nil {
		return
	}
	appos, verb, obj, mods := "", gap[m[6]:m[7]], gap[m[8]:m[9]], gap[m[10]:m[11]]
	if m[2] >= 0 {
		appos = gap[m[2]:m[3]]
	} else if m[4] >= 0 {
		appos = gap[m[4]:m[5]]
	}
	if reHeldThroughNot.MatchString(mods) || reHeldThroughKin.MatchString(mods) || reHeldThroughNot.MatchString(obj) || strings.Contains(obj, "through") ||
		strings.Contains(appos, "person") || strings.Contains(appos, "org") || strings.Contains(appos, "firm") || strings.Contains(appos, "site") {
		return
	}
	// The name the object holds, if any: one firm or site, nothing else.
	b := -1
	for k := p + 1; k < q; k++ {
		e := cands[ms[k]].ent
		if e == a || e == c {
			continue
		}
		if b >= 0 && e != b {
			return
		}
		b = e
	}
	if b >= 0 {
		if t := ents[b].typ; t != model.Company && t != model.Compound {
			return
		}
		if !strings.Contains(obj, "firm") && !strings.Contains(obj, "site") {
			return // the name stood in the apposition
		}
	}
	holding := verb == "holds" || verb == "held" || verb == "owns" || verb == "owned"
	if holding {
		if b < 0 && !reHeldThroughShare.MatchString(obj) {
			return
		}
		add(a, c, model.Owns, 0.7)
		if b >= 0 && ents[b].typ == model.Company {
			add(c, b, model.Owns, 0.7)
			add(a, b, model.Owns, 0.7)
		}
		return
	}
	// controls, controlled: the vehicle runs the site or holds the firm.
	if b < 0 {
		return
	}
	switch ents[b].typ {
	case model.Compound:
		add(c, b, model.Operates, 0.65)
	case model.Company:
		add(c, b, model.Owns, 0.65)
	}
}
