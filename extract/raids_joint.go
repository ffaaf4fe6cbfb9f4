package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Raids told with a date between the verb and its agent, with a partner body set beside the
// raider, or as an operation a body conducted at a site.
var (
	// raidPartner is the phrase that joins a second body to a raid: "with the assistance
	// of the", ", in cooperation with the", "together with".
	raidPartner = `(?:with\s+the\s+(?:assistance|support|help|backing|cooperation|participation)\s+of|in\s+(?:cooperation|collaboration|coordination|partnership)\s+with|together\s+with|alongside|assisted\s+by|supported\s+by|joined\s+by)`
	// reRaidedDatedBy follows a site raided on a date written with commas, up to its raider:
	// " was raided on March 13, 2024 by the".
	reRaidedDatedBy = regexp.MustCompile(`^\s*,?\s*(?:(?:which|that)\s+)?(?:was|were|had\s+been|has\s+been)\s+(?:(?:later|also|first|reportedly|jointly)\s+)*(?:raided|stormed|searched)\s+(?:(?:on|in|last|this|early|late|earlier)\s+[\w ,]{1,30}?\s+)?by\s+(?:the\s+)?(?:` + raidMen + `)?$`)
	// reRaidedByPartner runs from a site raided by a body up to that body's partner: " was
	// raided on 3 May by the PAOCC (PAOCC) with the assistance of the".
	reRaidedByPartner = regexp.MustCompile(`^\s*,?\s*(?:(?:which|that)\s+)?(?:was|were|had\s+been|has\s+been)\s+(?:(?:later|also|first|reportedly|jointly)\s+)*(?:raided|stormed|searched)\s+(?:(?:on|in|last|this|early|late|earlier)\s+[\w ,]{1,30}?\s+)?by\s+(?:the\s+)?[^;.()]{3,100}?\s*(?:\([^()]{1,20}\)\s*)?,?\s*` + raidPartner + `\s+(?:the\s+)?$`)
	// reConductedOperationAt: a body that conducted an operation at a site: " conducted an
	// operation to crack down on an online fraud base located at the", ", in cooperation with
	// the CID, carried out a raid on".
	reConductedOperationAt = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*` + raidPartner + `\s+[^;.]{1,120}?,\s*)?(?:(?:jointly|also|then|on\s+\w+)\s+)*(?:conducted|carried\s+out|launched|mounted|staged|led)\s+(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:raid|operation|crackdown|sweep)\s+(?:(?:to|aimed\s+at)\s+[^;.,]{0,60}?\s)?(?:on|at|against|targeting|inside|in)\s+(?:the\s+)?$`)
	// reOperationByBefore ends right before the raider of an operation named as a noun,
	// before a partner set off by commas: "an operation conducted by the".
	reOperationByBefore = regexp.MustCompile(`(?i)\b(?:raid|raids|operation|crackdown|sweep)\s+(?:(?:carried\s+out|conducted|led|mounted|launched)\s+)?by\s+(?:the\s+)?$`)
	// reOperationPartnerBefore ends right before the partner of such an operation's raider:
	// "an operation conducted by the Kampot police, in cooperation with the".
	reOperationPartnerBefore = regexp.MustCompile(`(?i)\b(?:raid|raids|operation|crackdown|sweep)\s+(?:(?:carried\s+out|conducted|led|mounted|launched)\s+)?by\s+(?:the\s+)?[^,;.]{3,100}?\s*(?:\([^()]{1,20}\)\s*)?,\s*` + raidPartner + `\s+(?:the\s+)?$`)
	// reOperationAtGap follows the raider or partner of such an operation to its site: ", in
	// cooperation with the CID of the national police, at the", ", at the".
	reOperationAtGap = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*` + raidPartner + `\s+[^;.]{1,120}?)?,\s*(?:at|on|against|targeting|inside)\s+(?:the\s+)?$`)
)

// A raid told as a noun of the site and its agent, or as a body that entered a site and held
// or freed people there.
var (
	// reRaidOfBefore ends right before the site of a raid named as a noun: "a sweep of the",
	// "the raid on".
	reRaidOfBefore = regexp.MustCompile(`(?i)\b(?:raid|raids|sweep|search|crackdown|storming)\s+(?:of|on|at)\s+(?:the\s+)?$`)
	// reOfSiteBy follows that site up to the body that made the raid: " compound by the",
	// " on 2 April by troops of the".
	reOfSiteBy = regexp.MustCompile(`^\s*(?:compound|casino|resort|park|complex|hub)?\s*(?:(?:on|in|last)\s+[\w ,]{1,25}?\s+)?(?:carried\s+out\s+|conducted\s+|led\s+)?by\s+(?:the\s+)?(?:` + raidMen + `)?$`)
	// reEnteredSite follows a body up to a site it entered: " (CIDG) entered the", " had
	// entered". reHeldInside follows the site: people held, freed or arrested there, or a
	// warrant served.
	reEnteredSite = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:troops|soldiers|officers|agents|police|forces)\s+)?(?:(?:had|have|has|then|forcibly|also|jointly)\s+)*(?:entered|stormed\s+into|swept\s+into|moved\s+into)\s+(?:the\s+)?$`)
	reHeldInside  = regexp.MustCompile(`(?i)^[^.;]{0,120}?\b(?:holding|detaining|detained|arresting|arrested|rescuing|rescued|freeing|freed|seizing|seized|apprehending|apprehended|removing|removed|evacuating|evacuated|with\s+a\s+(?:search\s+)?warrant|to\s+serve\s+(?:a\s+)?(?:search\s+)?warrants?)\b`)
)

// raidJointPair reads the raid shapes above between two mentions of one sentence; it reports
// whether it read one. ca is the first mention, gap the lower-cased words between.
func raidJointPair(text string, ents []*docEntity, ca, cb candidate, gap string, add func(a, b int, pred string, conf float64)) bool {
	a, b := ca.ent, cb.ent
	ta, tb := ents[a].typ, ents[b].typ
	switch {
	case ta == model.Compound && tb == model.Organization && (reRaidedDatedBy.MatchString(gap) || reRaidedByPartner.MatchString(gap) && mayJoinRaid(ents[b])):
		// "Golden Coast Hub was raided on March 13, 2024 by the PAOCC with the assistance
		// of the Philippine National Police": both bodies raided.
		add(b, a, model.Raided, 0.8)
	case ta == model.Organization && tb == model.Compound && (reConductedOperationAt.MatchString(gap) ||
		strings.HasPrefix(gap, ",") && reConductedOperationAt.MatchString(gap[1:]) && rePartnerBefore.MatchString(text[max(0, ca.s-60):ca.s])):
		// "the Svay Rieng police, in cooperation with the AHTJPD, conducted an operation
		// ... at the Royal Crown Casino".
		add(a, b, model.Raided, 0.8)
	case ta == model.Organization && tb == model.Compound && reOperationAtGap.MatchString(gap) &&
		(reOperationByBefore.MatchString(text[max(0, ca.s-60):ca.s]) || reOperationPartnerBefore.MatchString(text[max(0, ca.s-260):ca.s])):
		// "an operation conducted by the Kampot police, in cooperation with the DACC, at the
		// Phoenix Bay compound".
		add(a, b, model.Raided, 0.8)
	case ta == model.Compound && tb == model.Organization && reOfSiteBy.MatchString(gap) && reRaidOfBefore.MatchString(text[max(0, ca.s-40):ca.s]):
		// "following a sweep of the compound by the Democratic Karen Buddhist Army".
		add(b, a, model.Raided, 0.8)
	case ta == model.Organization && tb == model.Compound && reEnteredSite.MatchString(gap) && reHeldInside.MatchString(entryAfterDeeds(ents[a], text[cb.e:min(len(text), cb.e+160)])):
		// "the CIDG entered the Sunrise Bay Technology Park shortly before dawn, holding
		// 418 foreign nationals".
		add(a, b, model.Raided, 0.75)
	default:
		return false
	}
	return true
}

// rePartnerBefore ends right before a partner named inside commas: ", in cooperation with
// the".
var rePartnerBefore = regexp.MustCompile(`(?i),\s*` + raidPartner + `\s+(?:the\s+)?$`)

// rePartnerGap joins a raider to its partner: " (PAOCC) with the assistance of the", ", in
// cooperation with the".
var rePartnerGap = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?,?\s*` + raidPartner + `\s+(?:the\s+)?$`)

// raidPartners reads the partner of a body that raided a site in the passive: "Golden Coast
// Hub was raided on 13 March by the PAOCC with the assistance of the Philippine National
// Police": the partner raided the site too. emit gets the sentence, the partner, the site,
// the site's mention (a name or a reference) and the span read.
func raidPartners(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, siteM, s, e int)) {
	for si, st := range sents {
		ms := bySent[si]
		for p := 0; p < len(ms); p++ {
			site := cands[ms[p]]
			if site.ent < 0 || ents[site.ent].typ != model.Compound {
				continue
			}
			for q := p + 1; q < len(ms) && q <= p+3; q++ {
				raider := cands[ms[q]]
				if raider.ent < 0 || ents[raider.ent].typ != model.Organization || raider.s-site.e > 160 ||
					!reRaidedDatedBy.MatchString(strings.ToLower(text[site.e:raider.s])) {
					continue
				}
				for r := q + 1; r < len(ms) && r <= q+3; r++ {
					partner := cands[ms[r]]
					if partner.ent < 0 || partner.ent == raider.ent {
						continue
					}
					if mayJoinRaid(ents[partner.ent]) && partner.s-raider.e < 80 && rePartnerGap.MatchString(strings.ToLower(text[raider.e:partner.s])) {
						emit(si, partner.ent, site.ent, ms[p], site.s, min(st.e, partner.e))
					}
					break
				}
				break
			}
		}
	}
}
