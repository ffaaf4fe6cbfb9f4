package extract

import (
	"regexp"

	"github.com/scamgraph/scamgraph/model"
)

// Who works a site's floors and who guards it, told about the site's parts rather than the
// site: "the resort's scam floors were run by X, and security was provided by men from Y",
// "Z managed the compound's floors", "the scam floors were managed by W" (the floors of the
// site just told: a bridging reference, Vieira & Poesio 2000). The site is a name or a
// reference before the parts; a bare "the scam floors" stands for the nearest site in its
// sentence or the three before it, like a definite description.
var (
	// reFloorsBy ends right before the body or person that runs a site's parts. Group 1 is
	// the possessive of a site named just before; group 2 a bare "the scam floors".
	reFloorsBy = regexp.MustCompile(`(?i)(?:(['’]s)\s+|\b(the\s+scam)\s+)(?:[\w"“”'’-]+\s+){0,3}?(?:floors?|operations?|management\s+contract)\s+(?:is|are|was|were|has\s+been|had\s+been|have\s+been)\s+(?:(?:also|reportedly|allegedly|largely|mostly|actually|supposedly|now|then)\s+)*(?:run|managed|operated|controlled|held|overseen|supervised)\s+by\s+(?:the\s+)?(?:(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:company|firm|man|woman|businessman|businesswoman|national|group|syndicate|gang)\s+(?:called|named|known\s+as)\s+)?["“]?$`)
	// reFloorsAnd joins a second operator: `"Ah Long" and a local accomplice, Y`.
	reFloorsAnd = regexp.MustCompile(`^["”]?\s*,?\s*and\s+(?:(?:a|an|the|his|her|its)\s+(?:[\w-]+\s+){0,3}?(?:accomplice|partner|associate|deputy|manager|man|woman|national|firm|company)\s*,\s*)?$`)
	// reRanFloors follows a person or firm that ran parts of a site: "managed the", "who
	// oversees". The site (a name or reference) comes next, then reSitesParts.
	reRanFloors  = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,30}\)\s*)?,?\s*(?:who\s+|which\s+)?(?:(?:also|allegedly|reportedly|personally)\s+)*(?:ran|runs|run|managed|manages|oversaw|oversees|controlled|controls|supervised|supervises)\s+$`)
	reSitesParts = regexp.MustCompile(`(?i)^['’]s\s+(?:[\w"“”'’-]+\s+){0,3}?(?:floors?|operations?)\b`)
	// reRanScamFloors is the same act with no site named: "Tang ran the scam floors herself".
	reRanScamFloors = regexp.MustCompile(`(?i)^\s*(?:(?:also|allegedly|reportedly|personally)\s+)*(?:ran|runs|managed|manages|oversaw|oversees|controlled|controls|supervised|supervises)\s+the\s+scam\s+(?:floors?|operations?)\b(?:\s+(?:herself|himself|themselves))?\s*(?:[,.;]|and\b|$)`)
	// reGuardedPartsBy ends right before a body that guards a site: "security was provided by men
	// from the army's", "Security inside the zone is handled by a private company,".
	reGuardedPartsBy = regexp.MustCompile(`(?i)\bsecurity\s+(?:(?:at|for|of|inside|in|within)\s+(?:the\s+)?[\w'’ -]{1,40}?\s+)?(?:is|was|were|has\s+been|had\s+been|have\s+been)\s+(?:(?:also|reportedly|allegedly|largely|mostly)\s+)*(?:provided|handled|supplied|run)\s+by\s+(?:(?:men|guards|soldiers|troops|members|officers|personnel)\s+(?:from|of)\s+)?(?:the\s+)?(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:company|firm|agency|contractor)\s*,?\s+(?:called\s+|named\s+)?)?(?:[\w-]+\s+){0,2}?(?:[\w-]+['’]s\s+)?$`)
)

// siteWork reads who runs and who guards a site's parts. emit gets the sentence, the actor,
// the site, the sentence the site is named in, the predicate and the span read. ms lists
// each sentence's mentions, references included.
func siteWork(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, siteSent int, pred string, s, e int)) {
	isSite := siteMention(ents)
	isActor := func(c candidate) bool {
		return c.ent >= 0 && (ents[c.ent].typ == model.Person || ents[c.ent].typ == model.Company)
	}
	// nearestSite is the site named last before off in sentence si or the three before it.
	nearestSite := func(si, off int) (int, int) {
		for sj := si; sj >= 0 && sj >= si-3; sj-- {
			ms := bySent[sj]
			for i := len(ms) - 1; i >= 0; i-- {
				if c := cands[ms[i]]; isSite(c) && (sj < si || c.e <= off) {
					return c.ent, sj
				}
			}
		}
		return -1, -1
	}
	for si, st := range sents {
		ms := bySent[si]
		floorSite, floorSent := -1, -1
		for i, m := range ms {
			c := cands[m]
			if c.ent < 0 {
				continue
			}
			from := max(st.s, c.s-220)
			if isActor(c) {
				// "the resort's scam floors were run by X (and Y)".
				if loc := reFloorsBy.FindStringSubmatchIndex(text[from:c.s]); loc != nil {
					site, siteSent := -1, -1
					if loc[2] >= 0 {
						at := from + loc[2]
						for _, n := range ms[:i] {
							if o := cands[n]; o.e == at && isSite(o) {
								site, siteSent = o.ent, si
							}
						}
					} else {
						site, siteSent = nearestSite(si, from+loc[4])
					}
					if site >= 0 {
						floorSite, floorSent = site, siteSent
						emit(si, c.ent, site, siteSent, model.Operates, from+loc[0], c.e)
						for j := i + 1; j < len(ms); j++ {
							prev, o := cands[ms[j-1]], cands[ms[j]]
							if o.s < prev.e || !isActor(o) || !reFloorsAnd.MatchString(text[prev.e:o.s]) {
								break
							}
							emit(si, o.ent, site, siteSent, model.Operates, from+loc[0], o.e)
						}
					}
				}
				// "Tang ran the scam floors herself".
				if reRanScamFloors.MatchString(text[c.e:min(st.e, c.e+120)]) {
					if site, siteSent := nearestSite(si, c.s); site >= 0 {
						emit(si, c.ent, site, siteSent, model.Operates, c.s, min(st.e, c.e+60))
					}
				}
				// "Z, who managed the compound's floors".
				if i+1 < len(ms) {
					o := cands[ms[i+1]]
					if isSite(o) && o.s >= c.e && reRanFloors.MatchString(text[c.e:o.s]) && reSitesParts.MatchString(text[o.e:min(st.e, o.e+80)]) {
						actor := c.ent
						// "Bai Xiaoming, the chairman of Yuhui Group, oversees": the act is
						// the person's, not that of the body in his title.
						// "Bay Star, a subsidiary of LVR Group, manages": the subsidiary's.
						if h := apposOfHead(text, cands, ents, ms, i); h >= 0 {
							actor = h
						}
						emit(si, actor, o.ent, si, model.Operates, c.s, o.e)
					}
				}
			}
			if ents[c.ent].typ == model.Organization {
				// "security was provided by men from the army's Brigade 42".
				loc := reGuardedPartsBy.FindStringIndex(text[from:c.s])
				if loc == nil {
					continue
				}
				if i+1 < len(ms) && text[c.e:min(len(text), c.e+2)] == "'s" && ents[cands[ms[i+1]].ent].typ == model.Organization {
					continue // "the Cambodian army's Brigade 42": the unit after it guards
				}
				site, siteSent := floorSite, floorSent
				if site < 0 {
					// A site named (or referred to) in the sentence before the body.
					for _, n := range ms[:i] {
						if o := cands[n]; isSite(o) {
							site, siteSent = o.ent, si
						}
					}
				}
				if site >= 0 {
					emit(si, c.ent, site, siteSent, model.Protects, from+loc[0], c.e)
				}
			}
		}
	}
}
