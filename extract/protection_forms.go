package extract

import (
	"regexp"

	"github.com/scamgraph/scamgraph/model"
)

// Protection told through what surrounds the protector's name rather than a verb between it
// and the site, each a PROTECTS from the body or officer to the site:
//   - "the compound was under Colonel Sok Dara's protection";
//   - "the compound paid a monthly security fee to the militia", "the park pays the army a
//     fee for protection" (the site opens the clause);
//   - "soldiers of the army are stationed at the park", "troops from X were posted at Y";
//   - "Colonel X has used officers under his command to guard the perimeter of X",
//     "officers under Colonel X guarded the gates of X".
// A site is the one named right after the words read, or for the first two shapes the last
// one named before them in the sentence.

// guardCrew are the members of a body or an officer's command through whom they guard.
const guardCrew = `(?:troops|soldiers|men|officers|fighters|militiamen|guards|members|forces|personnel|policemen|police\s+officers|gunmen|units)`

var (
	// reUnderProtBefore and reUnderProtAfter surround the protector of "under X's protection".
	reUnderProtBefore = regexp.MustCompile(`(?i)\b(?:under|enjoys?|enjoyed|enjoying)\s+(?:the\s+)?$`)
	reUnderProtAfter  = regexp.MustCompile(`^['’]s?\s+(?:armed\s+|personal\s+|direct\s+|de\s+facto\s+)?(?:protection|patronage)\b`)
	// rePaidFeeTo ends right before the body a site pays for its security: "paid a monthly
	// "security fee" to the ".
	rePaidFeeTo = regexp.MustCompile(`(?i)\b(?:pays|paid|pay|paying|hands|handed|remits|remitted)\s+(?:a\s+|an\s+)?(?:(?:monthly|weekly|yearly|annual|regular|large|hefty|fixed)\s+)?["“]?(?:security|protection)["”]?\s+(?:fees?|money|payments?|charges?)["”]?\s+to\s+(?:the\s+)?$`)
	// rePaysBodyFee and rePaysForProt surround the body of "pays the army a fee for protection".
	rePaysBodyFee = regexp.MustCompile(`(?i)\b(?:pays|paid|pay|paying)\s+(?:the\s+)?$`)
	rePaysForProt = regexp.MustCompile(`^\s+(?:(?:a|an)\s+)?(?:(?:monthly|weekly|yearly|annual|regular|large|fixed)\s+)?(?:fee|fees|sum|share|cut|money|payments?)?\s*(?:for|in\s+exchange\s+for)\s+(?:its\s+|their\s+)?(?:protection|security)\b`)
	// reCrewOf ends right before a body whose men are stationed at a site; reCrewStationedAt
	// follows the body. (The body's men named after it, "army troops were posted at", are
	// shield.go's.)
	reCrewOf          = regexp.MustCompile(`(?i)\b` + guardCrew + `\s+(?:of|from)\s+(?:the\s+)?$`)
	reCrewStationedAt = regexp.MustCompile(`(?i)^\s+(?:are|were|is|was|have\s+been|had\s+been|remain|remained)\s+(?:(?:permanently|reportedly|also|still|openly)\s+)*(?:stationed|posted|deployed|based|garrisoned)\s+(?:at|inside|in|around)\s+(?:the\s+)?$`)
	// reCrewToGuard follows an officer who sends his men to guard a site.
	reCrewToGuard = regexp.MustCompile(`(?i)^\s+(?:has\s+|had\s+|have\s+)?(?:(?:also|reportedly|allegedly)\s+)?(?:used|uses|deployed|deploys|sent|sends|assigned|assigns|posted|posts)\s+(?:armed\s+|uniformed\s+)?` + guardCrew + `\s+(?:under\s+(?:his|her)\s+command\s+)?to\s+(?:guard|protect|secure|patrol|man)\s+(?:the\s+)?(?:(?:perimeter|gates?|entrance|checkpoints?|fences?)\s+(?:of|at|around)\s+(?:the\s+)?)?$`)
	// reCrewUnder and reCrewUnderGuarded surround the officer of "officers under Colonel X
	// guarded the gates of".
	reCrewUnder        = regexp.MustCompile(`(?i)\b` + guardCrew + `\s+under\s+(?:the\s+command\s+of\s+)?$`)
	reCrewUnderGuarded = regexp.MustCompile(`(?i)^(?:['’]s?\s+command)?\s+(?:(?:also|reportedly|allegedly)\s+)?(?:guarded|guard|guards|protected|protect|protects|manned|patrolled|secured)\s+(?:the\s+)?(?:(?:perimeter|gates?|entrance|checkpoints?|fences?)\s+(?:of|at|around)\s+(?:the\s+)?)?$`)
)

// protectionForms calls emit(si, protector, site, siteSent, s, e) for each shape above in
// sentence si; cands and bySent hold each sentence's mentions, references included.
func protectionForms(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, siteSent, s, e int)) {
	isSite := siteMention(ents)
	body := func(c candidate) bool { return c.ent >= 0 && ents[c.ent].typ == model.Organization }
	officer := func(c candidate) bool { return c.ent >= 0 && ents[c.ent].typ == model.Person }
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) < 2 {
			continue
		}
		// siteBefore is the last site named before off in the sentence.
		siteBefore := func(off int) int {
			site := -1
			for _, m := range ms {
				if c := cands[m]; isSite(c) && c.e <= off {
					site = c.ent
				}
			}
			return site
		}
		for i, m := range ms {
			c := cands[m]
			if !body(c) && !officer(c) {
				continue
			}
			before := trimNameTitles(lowerASCII(text[max(st.s, c.s-120):c.s]))
			after := text[c.e:min(st.e, c.e+160)]
			// nextSite is the site named right after the words re reads after the name.
			nextSite := func(re *regexp.Regexp) int {
				if i+1 >= len(ms) {
					return -1
				}
				if n := cands[ms[i+1]]; isSite(n) && n.s >= c.e && n.s-c.e <= 160 && re.MatchString(text[c.e:n.s]) {
					return n.ent
				}
				return -1
			}
			site := -1
			switch {
			case reUnderProtBefore.MatchString(before) && reUnderProtAfter.MatchString(after):
				site = siteBefore(c.s)
			case body(c) && rePaidFeeTo.MatchString(before):
				site = siteBefore(c.s)
			case body(c) && rePaysBodyFee.MatchString(before) && rePaysForProt.MatchString(after):
				site = siteBefore(c.s)
			case body(c) && reCrewOf.MatchString(before):
				site = nextSite(reCrewStationedAt)
			case officer(c) && containsFoldASCII(before, "under") && reCrewUnder.MatchString(before):
				site = nextSite(reCrewUnderGuarded)
			case officer(c):
				site = nextSite(reCrewToGuard)
			}
			if site >= 0 {
				emit(si, c.ent, site, si, st.s, st.e)
			}
		}
	}
}
