package extract

import (
	"regexp"
	"strings"
)

// Protection told as a warning of raids given to a site's managers, or as an accusation of
// shielding a site whose object is the person accused.
var (
	// reWarnsOfRaids follows a person or body up to its warning a site's managers of raids:
	// " visited the tower regularly and warned managers of inspections", ", who tipped off
	// the bosses about raids".
	reWarnsOfRaids = regexp.MustCompile(`(?i)^[^;.]{0,100}?\b(?:warned|warns|warn|warning|tipped\s+off|tips\s+off|tip\s+off|alerted|alerts|alert)\s+(?:the\s+)?(?:(?:its|their|compound['’]s|site['’]s|park['’]s|casino['’]s|resort['’]s|scam)\s+)?(?:managers|operators|bosses|owners|staff|management)\s+(?:of|about|to|before|ahead\s+of)\s+(?:any\s+|upcoming\s+|planned\s+|impending\s+|coming\s+|police\s+)*(?:raids?|inspections?|checks|crackdowns?|operations)\b`)
	// reSiteNounRef is a site named by its noun ("the tower"), which may name another site
	// than the one of the sentences before.
	reSiteNounRef = regexp.MustCompile(`(?i)\b(?:the|that|this)\s+(?:tower|compound|complex|park|resort|casino|site|zone|hub|building|plaza|estate)\b`)
	// reAccusedBefore ends right before a person accused; reOfShielding follows that person
	// (and an apposition) up to the site shielded: ", the vice chairman of the zone's
	// committee, of shielding the".
	reAccusedBefore = regexp.MustCompile(`(?i)\b(?:accused|accuse|accuses|accusing|suspected|suspects|suspect)\s+$`)
	reOfShielding   = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,20}\)\s*)?(?:,[^;.]{1,140}?,\s*)?of\s+(?:(?:long|secretly|openly)\s+)?(?:shielding|protecting|guarding|covering\s+for|providing\s+(?:protection|cover)\s+(?:for|to))\s+(?:the\s+)?$`)
)

// tipOffs reads the two forms above. A warning of raids protects the site the sentence names
// (the first after the actor, else the last before it), else the one site of the two
// sentences before when the sentence names no site by its noun; an accusation of shielding
// names its site right after. emit gets the sentence, the person or body, the site, the site's
// sentence and the span read.
func tipOffs(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, siteSent, s, e int)) {
	isSite := siteMention(ents)
	actor := protectorMention(ents)
	for si, st := range sents {
		low := lowerASCII(text[st.s:st.e])
		warn := strings.Contains(low, "warn") || strings.Contains(low, "tip") || strings.Contains(low, "alert")
		shield := strings.Contains(low, "accus") || strings.Contains(low, "suspect")
		if !warn && !shield {
			continue
		}
		ms := bySent[si]
		for i, m := range ms {
			c := cands[m]
			if !actor(c) {
				continue
			}
			if shield && reAccusedBefore.MatchString(text[max(st.s, c.s-30):c.s]) {
				for _, n := range ms[i+1:] {
					o := cands[n]
					if o.s-c.e > 180 {
						break
					}
					if isSite(o) && reOfShielding.MatchString(text[c.e:o.s]) {
						emit(si, c.ent, o.ent, si, c.s, o.e)
						break
					}
				}
			}
			if !warn {
				continue
			}
			loc := reWarnsOfRaids.FindStringIndex(text[c.e:min(st.e, c.e+220)])
			if loc == nil {
				continue
			}
			// No other person or body stands between the actor and the warning.
			end := c.e + loc[1]
			between := false
			for _, n := range ms[i+1:] {
				if o := cands[n]; o.s < end && actor(o) && o.ent != c.ent {
					between = true
				}
			}
			if between {
				continue
			}
			site, siteSent := -1, -1
			for _, n := range ms {
				if o := cands[n]; isSite(o) {
					site, siteSent = o.ent, si
					if o.s > c.s {
						break
					}
				}
			}
			if site < 0 && !reSiteNounRef.MatchString(text[st.s:st.e]) {
				// "He warned the managers of raids." after the site's sentence: the one site
				// of the two sentences before. A site noun left unresolved ("visited the
				// tower") may point elsewhere: no site then.
				site, siteSent = siteOfSentencesBefore(cands, bySent, isSite, si)
			}
			if site >= 0 {
				emit(si, c.ent, site, siteSent, c.s, end)
			}
		}
	}
}
