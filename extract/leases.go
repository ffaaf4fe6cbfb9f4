package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Leases and land: who owns the ground a compound stands on owns the compound in the
// vocabulary's sense, and the firm that leases a site and runs it operates it. The rules read
// the words between the two names (typedGap) and, for "the land under X", the words before the
// site; each has recall and precision cases in offices_test.go:
//
//   - "A, the registered owner of the lot on which X was built", "A leased out the land on
//     which X stands", "A holds the title to the land beneath X": A owns X ("A leased the
//     land on which X stands" without "out" or "to B" tells a tenant: nothing);
//   - "A, a company owned by B that owns the land on which X is built": A owns X;
//   - "the land under X belongs to A", "the plot on which X stands is owned by A": A owns X;
//   - "X was built on land owned by A", "X stands on 40 acres registered to A": A owns X
//     (not the builder's tie the participle "built ... by" would read);
//   - "X is leased from A by B": A owns X and B operates it;
//   - "X was built in 2021 by B, a Chinese firm, on land owned by A": A owns X;
//   - "X is owned by A through his company B": B owns X (and A owns B, which pair reads);
//   - "X was sold to A", "B sold X to A": A owns X; "A leases X to B", "B rents X from A": A
//     owns X and B operates it.

const landNouns = `(?:land|lot|plot|property|parcel|grounds?|site|concession|estate)`

// siteOnLandTail is the site's verb and the land's owner after it: "sits on land owned by",
// "was built in 2021 on 8 hectares registered to".
const siteOnLandTail = `(?:(?:is|was|were|are|has\s+been|had\s+been)\s+)?(?:built|constructed|erected|located|situated|set\s+up|sits|sat|stands|stood|lies|lay)\b[^;]{0,100}?\bon\s+(?:a\s+|the\s+)?(?:(?:[\d.,]+[- ](?:hectare|acre)s?\s+)?(?:[a-z-]+\s+)?(?:land|lot|plot|property|parcel|estate|concession)|[\d.,]+\s+(?:hectares|acres|rai))\s+(?:(?:that|which)\s+(?:[a-z ]{0,40}?\s+(?:say|says|said)\s+)?(?:is|was)\s+)?(?:(?:owned|held)\s+by|registered\s+(?:to|in\s+the\s+names?\s+of)|titled\s+to|belonging\s+to)\s+(?:the\s+)?(?:[a-z.-]+\s+){0,2}?$`

var (
	// The owner before the site: "the registered owner of the 7.8-hectare property on which".
	reLandOwnerBefore = regexp.MustCompile(`^\s*(?:\([^()]{0,40}\)\s*)?(?:,\s*(?:a|an|the)\s+[^,;()]{1,60},\s*|,\s*(?:(?:a|an|the)\s+[^,;()]{1,60}?\s+(?:owned|controlled|run|founded)\s+by\s+(?:person|firm|org)\s+)?(?:who\s+|which\s+|that\s+)?|\s+(?:who\s+|which\s+|that\s+)?)(?:also\s+|reportedly\s+|allegedly\s+)?(?:(?:is|was)\s+)?(?:(?:the|a|an)\s+(?:registered\s+|legal\s+|sole\s+|current\s+|original\s+)?(?:owner|landlord|lessor|title\s*holder)\s+of|owns|owned|holds\s+(?:the\s+)?title(?:\s+deed)?\s+to|held\s+(?:the\s+)?title(?:\s+deed)?\s+to|leased\s+out|leases\s+out|leased|leases|rented\s+out|rents\s+out)\s+(?:the\s+)?(?:[\d.,]+[- ](?:hectare|acre|square[- ]metre|square[- ]meter|rai)s?\s+)?` + landNouns + `\s+(?:on|upon|beneath|under|underneath)\s+which\s+(?:the\s+)?$`)
	// A tenant's words after the site: "... stands from its owner" is no landlord's lease.
	reLeasedFrom = regexp.MustCompile(`^[^.;]{0,60}?\bfrom\b`)
	// "leased out the land": the owner lets it.
	reLeaseOut = regexp.MustCompile(`\b(?:leased|leases|rented|rents)\s+out\b`)
	// The party after the site a landlord leases to: "... stands to Kylin Group", "... was
	// built to the corporation" (not "to build a casino").
	// "according to Reuters", "next to the river", "due to its debts", "owes rent to" name no
	// lessee.
	reLeasedToParty = regexp.MustCompile(`^[^.;]{0,60}?\b[Tt]o\s+(?:(?:the|a|an|his|her|its|their)\s|them\b|[A-Z])`)
	reNotLessee     = regexp.MustCompile(`(?i)\b(?:according|next|close|due|owing|owes?|owed|rent|rents|thanks|prior|compared|similar|near|back|return(?:ed)?|paid|pays?)\s+[Tt]o\s+[^\s]+$`)
	// The land before the site: "the land under", "the plot on which".
	reLandBeforeSite = regexp.MustCompile(`\b` + landNouns + `\s+(?:under|beneath|underneath|below|(?:on|upon)\s+which)\s+(?:the\s+)?$`)
	// The owner after "the land under X": "reportedly belongs to", "stands is owned by".
	reLandOwnedAfter = regexp.MustCompile(`^\s*(?:(?:stands|stood|sits|sat|lies|is\s+built|was\s+built|was\s+erected|is\s+located)\s*,?\s+)?(?:(?:supposedly|reportedly|allegedly|also|still)\s+)?(?:belongs|belonged|(?:is|was|has\s+been|had\s+been)\s+(?:(?:supposedly|reportedly|allegedly|also|still)\s+)?(?:owned|held)\s+by|(?:is|was)\s+(?:registered|titled)\s+to)\s*(?:to\s+)?(?:the\s+)?(?:[a-z.-]+\s+){0,2}?$`)
	// "built on land owned by": the participle before "by" is the land's.
	reLandOwnedBy = regexp.MustCompile(`\bon\s+(?:a\s+|the\s+)?(?:[\d.,]+[- ](?:hectare|acre)s?\s+)?(?:[a-z-]+\s+)?` + landNouns + `\s+(?:(?:that|which)\s+(?:[a-z ]{0,40}?\s+(?:say|says|said)\s+)?(?:is|was)\s+)?(?:owned|held)\s+by\s+(?:the\s+)?$`)
	// "X was built in 2021 by B, a Chinese firm, on land owned by A": the last agent is the
	// land's owner.
	reSiteOnLandOf = regexp.MustCompile(`^\s*(?:,[^;]{0,80}?,\s*)?` + siteOnLandTail)
	// "X is owned by A through his company B": B holds X for A.
	reOwnedThroughFirm = regexp.MustCompile(`^\s*,?\s*(?:(?:which|that)\s+)?(?:is|was|are|were|has\s+been|had\s+been)\s+(?:also\s+|reportedly\s+|allegedly\s+|ultimately\s+)?(?:owned|controlled|held)\s+by\s+(?:[a-z.-]+\s+){0,3}?person\s+through\s+(?:his|her|their|its|person|the\s+family['’]s)\s+(?:[a-z-]+\s+)?(?:company|firm|conglomerate|holding\s+company|group|vehicle)\s*,?\s*$`)
	// "Y was sold to A", "Y was transferred in 2021 to A": the buyer owns Y.
	reSoldTo = regexp.MustCompile(`^\s*,?\s*(?:(?:which|that)\s+)?(?:is|was|were|has\s+been|had\s+been)\s+(?:later\s+|then\s+|eventually\s+|quietly\s+)?(?:sold|transferred|handed\s+over)\s+(?:in\s+(?:\w+\s+)?\d{4}\s+)?to\s+(?:the\s+)?$`)
	// "A sold Y to", "A leases Y to", "B rents Y from": the verb before the site.
	reSiteDealBefore = regexp.MustCompile(`\b(sold|sells|leased|leases|rented|rents|let|lets)\s+(?:out\s+)?(?:the\s+)?$`)
	// The words after the site that name the other party: " to ", " in 2021 to ", " from ".
	reDealTo   = regexp.MustCompile(`^\s+(?:out\s+)?(?:in\s+(?:\w+\s+)?\d{4}\s+)?to\s+(?:the\s+)?$`)
	reDealFrom = regexp.MustCompile(`^\s+(?:in\s+(?:\w+\s+)?\d{4}\s+)?from\s+(?:the\s+)?$`)
	// "A leases Y": the words between a party and the site.
	reDealVerb = regexp.MustCompile(`^\s+(?:also\s+|later\s+|then\s+)?(leased|leases|rented|rents|let|lets)\s+(?:out\s+)?(?:the\s+)?$`)
	// "X is leased from A": A is the landlord.
	reLeasedFromOwner = regexp.MustCompile(`^\s*,?\s*(?:which\s+)?(?:is|was|are|were|has\s+been|had\s+been)\s+(?:also\s+)?(?:leased|rented)\s+from\s+(?:the\s+)?$`)
	// "X is leased from A by B": B is the tenant that runs it.
	reLeasedFromBy = regexp.MustCompile(`^\s*,?\s*(?:which\s+)?(?:is|was|are|were|has\s+been|had\s+been)\s+(?:also\s+)?(?:leased|rented)\s+from\s+(?:the\s+)?(?:org|firm|person|(?:loc\s+)?(?:[a-z-]+\s+){0,2}?(?:administration|authority|government|council|ministry|department|office|family|owner|landlord|state))\s+by\s+(?:the\s+)?$`)
)

// landPair reads the land and lease rules above on a pair; gap is typedGap's reading.
func landPair(text string, ca, cb candidate, ta, tb string, a, b int, gap string, add func(a, b int, pred string, conf float64)) bool {
	owner := agentType
	if owner(ta) && tb == model.Compound && !whoPassesOver(ta, gap) { // who_antecedents.go
		// "a company owned by B that owns the land": the clause is the company's, not B's.
		agent := strings.HasSuffix(strings.TrimSpace(strings.ToLower(text[max(0, ca.s-20):ca.s])), " by")
		if m := reLandOwnerBefore.FindString(gap); m != "" && !strings.Contains(strings.Replace(m, "by person", "", 1), "person") && !agent {
			lease := strings.Contains(m, "lease") || strings.Contains(m, "rent")
			after := strings.ToLower(text[cb.e:min(len(text), cb.e+80)])
			// "A leased the land on which X stands" tells a tenant; only "leased out" or
			// "leased ... to B" tells the landlord.
			landlord := !lease || reLeaseOut.MatchString(m) || leasedToParty(text[cb.e:min(len(text), cb.e+80)])
			if landlord && (!lease || !reLeasedFrom.MatchString(after)) {
				add(a, b, model.Owns, 0.75)
				return true
			}
		}
	}
	if (ta == model.Compound || ta == model.Company) && owner(tb) {
		if reSoldTo.MatchString(gap) {
			add(b, a, model.Owns, 0.7)
			return true
		}
		// "A sold Y to B": B owns Y; "B rents Y from A": A owns Y.
		if v := reSiteDealBefore.FindStringSubmatch(strings.ToLower(text[max(0, ca.s-20):ca.s])); v != nil {
			switch {
			case (reDealTo.MatchString(gap) || reSoldWhenTo.MatchString(gap)) && (v[1] == "sold" || v[1] == "sells"): // land_titles.go
				if !ownershipEnded(text, cb.e) {
					add(b, a, model.Owns, 0.7)
				}
				return true
			case reDealTo.MatchString(gap) && ta == model.Compound:
				add(b, a, model.Operates, 0.7) // the tenant runs the site
				return true
			case reDealFrom.MatchString(gap) && v[1] != "sold" && v[1] != "sells":
				add(b, a, model.Owns, 0.7) // the landlord
				return true
			}
		}
	}
	// "A leases Y to B": A is the landlord; "B rents Y from A": B is the tenant who runs it.
	if owner(ta) && tb == model.Compound && !strings.Contains(gap, "person") {
		if m := reDealVerb.FindStringSubmatch(gap); m != nil {
			after := strings.ToLower(text[cb.e:min(len(text), cb.e+40)])
			switch {
			case strings.HasPrefix(strings.TrimLeft(after, " "), "to ") || strings.HasPrefix(strings.TrimLeft(after, " "), "out to "):
				add(a, b, model.Owns, 0.7)
				return true
			case strings.HasPrefix(strings.TrimLeft(after, " "), "from "):
				add(a, b, model.Operates, 0.7)
				return true
			}
		}
	}
	if ta == model.Compound && owner(tb) {
		before := strings.ToLower(text[max(0, ca.s-40):ca.s])
		if reLandBeforeSite.MatchString(before) && reLandOwnedAfter.MatchString(gap) || landInNameOf(before, gap) {
			if !ownershipEnded(text, cb.e) {
				add(b, a, model.Owns, 0.75)
			}
			return true
		}
		if (reSiteOnLandOf.MatchString(gap) || siteOnLandAside(text, ca.s, gap)) && tb != model.Location && !landAcrossClause(gap) { // land_site_asides.go
			add(b, a, model.Owns, 0.75)
			return true
		}
		if tb == model.Company && reOwnedThroughFirm.MatchString(gap) {
			add(b, a, model.Owns, 0.75)
			return true
		}
		if reLeasedFromOwner.MatchString(gap) {
			add(b, a, model.Owns, 0.7)
			return true
		}
		if (tb == model.Company || tb == model.Organization) && reLeasedFromBy.MatchString(gap) {
			add(b, a, model.Operates, 0.75)
			return true
		}
	}
	return false
}

// landOwnedVerb returns "owned" when the participle of a passive belongs to the land under a
// site ("was built on land owned by"), else verb.
func landOwnedVerb(gap, verb string) string {
	if reLandOwnedBy.MatchString(gap) {
		return "owned"
	}
	return verb
}

// leasedToParty reports a lessee named after the site ("... stands to Kylin Group", "to them"),
// not a "to" of another phrase ("according to Reuters", "owes rent to the army").
func leasedToParty(after string) bool {
	loc := reLeasedToParty.FindStringIndex(after)
	return loc != nil && !reNotLessee.MatchString(strings.TrimSpace(after[:loc[1]]))
}
