package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A site's tenant operates it: the firm a site's buildings, floors or premises are leased or
// rented to, or the firm set off as "a tenant" in an apposition, runs what goes on there (the
// labelled sets tie such tenants to the site as its operators). The site is named before the
// tenant in its sentence, or told in the two sentences before and the only site there: "the
// floors" of a bare description are the parts of the site just told (a bridging reference,
// as in sitework.go). Cases in tenants_test.go:
//
//   - "the owner leased the buildings to an operator known as X", "the floors were leased to
//     a Chinese-run company, X", "had rented them to X": X operates the site;
//   - "the scam floors were run by a tenant, X", "chief executive of the tenant, X", "X, a
//     tenant that rented three buildings": X operates the site;
//   - a site's management handed to a firm, "management of the resort was contracted to X",
//     and the firm a site holds, "the company inside is called X": X operates the site;
//   - a site run for a firm: "A managed the compound on behalf of X", "A ran the fraud
//     operation at S on behalf of X": X operates S (the site named just before).
var (
	// reLetToTenant ends right before the tenant: a verb of letting, the parts let (or "them",
	// "it"), "to" and the tenant's description.
	reLetToTenant = regexp.MustCompile(`(?i)\b(?:leased|leases|rented|rents|let|lets|sublet|subleased)\s+(?:out\s+)?(?:(?:the|its|their|his|her|some|all|part\s+of\s+the|(?:two|three|four|five|six|\d+)(?:\s+of\s+the)?)\s+)?(?:(?:[\w-]+\s+){0,3}?(?:buildings?|floors?|towers?|villas?|premises|blocks?|office\s+space|space|units?|compound|site|property|complex|casino|hotel|hectares|acres|land|plot|lot)` + partsOf + `|them|it)\s+(?:(?:in|since)\s+(?:\w+\s+)?\d{4}\s+|for\s+\d+\s+years\s+)?to\s+` + tenantDesc)
	// reLetPartsTo is the passive: "the floors were leased to", "Floors 6 to 14 of the hotel
	// tower were rented to"; group 1 the lessor, "were let by RPR to".
	reLetPartsTo = regexp.MustCompile(`(?i)\b(?:buildings?|floors?|towers?|villas?|premises|blocks?|office\s+space|space|units?)(?:\s+\d+\s+(?:to|and|-)\s+\d+)?` + partsOf + `\s+(?:is|are|was|were|has\s+been|had\s+been|have\s+been)\s+(?:(?:also|reportedly|allegedly|later|then)\s+)*(?:leased|rented|let|sublet|subleased)\s+(?:out\s+)?(by\s+(?:the\s+)?[A-Z][\w.&-]*(?:\s+[A-Z][\w.&-]*){0,4}\s+)?(?:(?:in|since)\s+(?:\w+\s+)?\d{4}\s+)?to\s+` + tenantDesc)
	// reAndTenant joins a second tenant of the same letting: "X and ".
	reAndTenant = regexp.MustCompile(`^\s*,?\s*and\s+(?:the\s+)?$`)
	// reOwnedParts ends right before parts let that are a named owner's: "Ouk Group's office ".
	reOwnedParts = regexp.MustCompile(`['’]s\s+(?:[\w-]+\s+){0,2}$`)
	// reTenantAppos is "a tenant," set off before the name: "run by a tenant, ", "of the
	// tenant, ".
	reTenantAppos = regexp.MustCompile(`(?i)\b(?:by|of|to|from|with|is|was)\s+(?:a|the|its|one)\s+(?:(?:[\w-]+\s+){0,2}?)tenants?\s*,\s*$`)
	// reContractedTo is a site's management handed to a firm: "Day-to-day management of the
	// gaming floor has been contracted, according to two managers, to a Chinese firm,".
	reContractedTo = regexp.MustCompile(`(?i)\b(?:management|operation|running|operations)\s+(?:of\s+(?:the\s+)?[^,;.()]{1,60}?\s+)?(?:has\s+been|had\s+been|have\s+been|was|were|is|are)\s+(?:(?:also|reportedly|allegedly|later|then|since)\s+)*(?:contracted|outsourced|entrusted|subcontracted|handed\s+over)(?:\s+out)?\s*(?:,\s*(?:according\s+to|said|says)\s+[^,;.]{1,60}?,\s*)?(?:\s+in\s+\d{4})?\s*to\s+` + tenantDesc)
	// reFirmInside is the firm a site holds, named by a copula: "the company inside is called",
	// "the firm running it was named".
	reFirmInside = regexp.MustCompile(`(?i)(?:\bthe\s+|^\s*)(?:company|firm|outfit|operator|business)\s+(?:inside|in\s+there|there|behind\s+it|running\s+(?:it|the\s+(?:place|compound|site|park|building|tower))|in\s+charge)\s+(?:is|was)\s+(?:(?:called|named|known\s+as)\s+)?["“]?$`)
	// reRunByFirmCalled ends right before the firm a site is run by, told as "a company
	// called": "is run by some company called", "the whole tower is run by a company called";
	// group 1 is a bare description of the site before the verb.
	reRunByFirmCalled = regexp.MustCompile(`(?i)(\bthe\s+(?:whole\s+|entire\s+)?(?:place|compound|tower|building|park|complex)\s+)?\b(?:is|was|are|were)\s+(?:(?:reportedly|supposedly|apparently|actually|all)\s+)?(?:run|operated|managed)\s+by\s+(?:some|a|an|one)\s+(?:[\w-]+\s+){0,2}?(?:company|firm|outfit)\s+(?:called|named|known\s+as)\s+["“]?$`)
	// reSitePrepBefore ends in a preposition: a site named after it ("the casino near S") is no
	// subject.
	reSitePrepBefore = regexp.MustCompile(`(?i)\b(?:near|of|at|in|from|behind|beside|next\s+to|outside|inside|opposite|by)\s+(?:the\s+)?$`)
	// reOnBehalfOf follows a site run for another: " on behalf of the ".
	reOnBehalfOf = regexp.MustCompile(`(?i)^\s+(?:(?:compound|complex|site|park|casino|resort)\s+)?(?:(?:day[- ]to[- ]day|for\s+years|since\s+\d{4})\s+)?on\s+behalf\s+of\s+(?:the\s+)?$`)
	// reRanForBefore is the verb of running before the site: "managed the fraud operation at".
	reRanForBefore = regexp.MustCompile(`(?i)\b(?:ran|runs|run|running|managed|manages|managing|operated|operates|operating|oversaw|oversees|overseeing|supervised|supervises|controlled|controls)\s+(?:(?:the|its|a)\s+)?(?:(?:day-to-day\s+)?(?:fraud|scam|gambling|gaming|online|call[- ]cent(?:re|er))?\s*(?:operations?|floors?|business)\s+(?:at|of|in|inside)\s+(?:the\s+)?)?$`)
	// reTenantAfter is "a tenant" set off after the name: "X, a tenant that rented".
	reTenantAfter = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:a|the|one)\s+(?:(?:[\w-]+\s+){0,2}?)tenant\b`)
)

// partsOf is the whole the parts let belong to, a building or a site's: "the fifth and sixth
// floors of the hotel building", "the upper floors of the resort's two hotel towers".
const partsOf = `(?:\s+of\s+(?:the\s+)?(?:(?:resort|compound|complex|casino|hotel|site|park)['’]s\s+)?(?:[\w-]+\s+){0,3}?(?:buildings?|towers?|blocks?|hotel|casino|complex|resort|compound))?`

// tenantDesc is what may stand between "to" and the tenant's name: "an operator known as", "a
// Chinese-run company,".
const tenantDesc = `(?:the\s+)?(?:(?:a|an|another|one)\s+(?:[\w-]+\s+){0,3}?(?:company|firm|operator|tenant|outfit|group|business|enterprise|entity)\s*(?:(?:called|named|known\s+as)\s+|,\s*)?|(?:two|three|four|several)\s+(?:[\w-]+\s+)?(?:companies|firms|operators|tenants)\s*(?:,\s*|:\s*))?["“]?$`

// tenants reads who leases a site's parts. emit gets the sentence, the tenant, the site, the
// sentence the site is named in and the span read. ms lists each sentence's mentions,
// references included.
func tenants(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, siteSent, s, e int)) {
	isSite := siteMention(ents)
	// onlySite is the one site named before off in sentence si or the two before it; -1 when
	// none or more than one is.
	onlySite := func(si, off int) (int, int) {
		site, siteSent := -1, -1
		for sj := si; sj >= 0 && sj >= si-2; sj-- {
			for _, m := range bySent[sj] {
				c := cands[m]
				if !isSite(c) || sj == si && c.e > off {
					continue
				}
				if site >= 0 && c.ent != site {
					return -1, -1
				}
				if site < 0 || sj > siteSent {
					site, siteSent = c.ent, sj
				}
			}
		}
		return site, siteSent
	}
	for si, st := range sents {
		lastLet := letTie{end: -1}
		for _, m := range bySent[si] {
			c := cands[m]
			if c.ent < 0 || ents[c.ent].typ != model.Company {
				continue
			}
			from := max(st.s, c.s-160)
			before := text[from:c.s]
			// "X managed the compound on behalf of Y": Y runs the site through X.
			if site, siteM := siteBefore(cands, ents, bySent[si], c.s); site >= 0 {
				sc := cands[siteM]
				if reOnBehalfOf.MatchString(text[sc.e:c.s]) && reRanForBefore.MatchString(text[max(st.s, sc.s-60):sc.s]) {
					emit(si, c.ent, site, si, sc.s, c.e)
					continue
				}
			}
			if lastLet.end >= 0 && lastLet.end <= c.s && reAndTenant.MatchString(text[lastLet.end:c.s]) {
				// "rented to two companies, X and Y": Y is let the same parts.
				emit(si, c.ent, lastLet.site, lastLet.siteSent, lastLet.s, c.e)
				lastLet.end = c.e
				continue
			}
			// skip ends the lessor named in a passive, a name the span may hold; site is set
			// when the parts let are a named site's ("the upper floors of the resort's two
			// towers"), whose mention the span may hold too.
			skip, skipEnd, letParts := -1, -1, false
			loc := reLetToTenant.FindStringIndex(before)
			if loc == nil {
				if sm := reLetPartsTo.FindStringSubmatchIndex(before); sm != nil {
					loc = sm[:2]
					if sm[2] >= 0 {
						skip, skipEnd = from+sm[2], from+sm[3]
					}
				}
			}
			letParts = loc != nil
			if loc == nil {
				loc = reTenantAppos.FindStringIndex(before)
			}
			if loc == nil {
				loc = reFirmInside.FindStringIndex(before)
			}
			if loc == nil {
				// The site may be named in the clause: "management of S was contracted to X".
				if loc = reContractedTo.FindStringIndex(before); loc != nil {
					if site, siteSent, ok := siteIn(cands, ents, bySent[si], from+loc[0], c.s, si); ok {
						if site >= 0 {
							emit(si, c.ent, site, siteSent, from+loc[0], c.e)
						}
						continue
					}
				}
			}
			if loc == nil {
				// "S is run by some company called X", "the whole tower is run by a company
				// called X": the site is the subject, named or described.
				if sm := reRunByFirmCalled.FindStringSubmatchIndex(before); sm != nil && !mentionBetween(cands, bySent[si], from+sm[0], c.s) {
					if sm[2] >= 0 {
						if site, siteSent := onlySite(si, from+sm[0]); site >= 0 {
							emit(si, c.ent, site, siteSent, from+sm[0], c.e)
						}
					} else if site, siteM := siteBefore(cands, ents, bySent[si], from+sm[0]); site >= 0 && strings.TrimSpace(text[cands[siteM].e:from+sm[0]]) == "" && !reSitePrepBefore.MatchString(text[max(st.s, cands[siteM].s-12):cands[siteM].s]) {
						emit(si, c.ent, site, si, cands[siteM].s, c.e)
					}
					continue
				}
			}
			if loc == nil && reTenantAfter.MatchString(text[c.e:min(st.e, c.e+40)]) {
				loc = []int{len(before), len(before)}
			}
			if loc == nil {
				continue
			}
			if letParts {
				// The parts let may be told as a site's, and a passive may name the lessor:
				// only those names may stand in the span.
				start := from + loc[0]
				// "Ouk Group's office tower were rented to": the parts' possessor is in the span.
				if p := reOwnedParts.FindStringIndex(before[:loc[0]]); p != nil {
					for _, m := range bySent[si] {
						if o := cands[m]; o.ent >= 0 && o.e == from+p[0] {
							start = o.s
						}
					}
				}
				if site, ok := letSite(cands, bySent[si], isSite, start, c.s, skip, skipEnd); ok {
					siteSent := si
					if site < 0 {
						site, siteSent = onlySite(si, from+loc[0])
					}
					if site >= 0 {
						emit(si, c.ent, site, siteSent, from+loc[0], c.e)
						lastLet = letTie{c.e, site, siteSent, from + loc[0]}
					}
				}
				continue
			}
			if mentionBetween(cands, bySent[si], from+loc[0], c.s) {
				continue
			}
			if site, siteSent := onlySite(si, from+loc[0]); site >= 0 {
				emit(si, c.ent, site, siteSent, from+loc[0], c.e)
			}
		}
	}
}

// letTie is the last tenant placed in a sentence by a letting: where its name ends, the site,
// the site's sentence and where the span read begins.
type letTie struct{ end, site, siteSent, s int }

// letSite reads the span [s, e) of a letting: the one site whose mention it holds (-1 when
// none), and false when it holds another name than the lessor's, which begins in [ls, le).
func letSite(cands []candidate, ms []int, isSite func(candidate) bool, s, e, ls, le int) (int, bool) {
	site := -1
	for _, m := range ms {
		c := cands[m]
		if c.ent < 0 || c.s < s || c.s >= e || c.s >= ls && c.s < le {
			continue
		}
		if !isSite(c) || site >= 0 && site != c.ent {
			return -1, false
		}
		site = c.ent
	}
	return site, true
}

// mentionBetween reports whether a mention of ms begins in [s, e): a name inside the span read.
func mentionBetween(cands []candidate, ms []int, s, e int) bool {
	for _, m := range ms {
		if c := cands[m]; c.ent >= 0 && c.s >= s && c.s < e {
			return true
		}
	}
	return false
}

// siteIn gives the one site whose mention among ms begins in [s, e); ok is false when the span
// names no site or also names something else.
func siteIn(cands []candidate, ents []*docEntity, ms []int, s, e, si int) (site, siteSent int, ok bool) {
	site, siteSent = -1, -1
	for _, m := range ms {
		c := cands[m]
		if c.ent < 0 || c.s < s || c.s >= e {
			continue
		}
		if ents[c.ent].typ != model.Compound || site >= 0 && site != c.ent {
			return -1, -1, false
		}
		site, siteSent = c.ent, si
	}
	if site < 0 {
		return -1, -1, false
	}
	return site, siteSent, true
}

// siteBefore gives the site of the last mention among ms that ends before off, and that
// mention, when it is a site; -1 otherwise.
func siteBefore(cands []candidate, ents []*docEntity, ms []int, off int) (int, int) {
	last := -1
	for _, m := range ms {
		if c := cands[m]; c.ent >= 0 && c.e <= off && (last < 0 || c.e > cands[last].e) {
			last = m
		}
	}
	if last < 0 || ents[cands[last].ent].typ != model.Compound {
		return -1, -1
	}
	return cands[last].ent, last
}
