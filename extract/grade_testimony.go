package extract

import (
	"regexp"

	"github.com/scamgraph/scamgraph/model"
)

// A release or judgment recounts what witnesses say as well as what the authority did or found:
// "Witnesses who had been held in the park testified that it was guarded by armed men they
// identified as soldiers of the DKBA", "Rescued workers stated that Sergeant T escorted vans to
// the building". The conduct they tell of (who guards, runs, owns a site) is their account,
// alleged, though the sentence also names an act ("identified", "rescued") that would keep an
// authority's own statement official. The authority's acts (a raid, a sanction) and the posts and
// places it identifies stay official.
var reTestimony = regexp.MustCompile(`(?i)\btestif(?:ied|ies|y|ying)\b|\b(?:witnesses|workers|survivors|victims|escapees|residents)\s+(?:[\w'’-]+\s+){0,3}?(?:said|say|says|stated|told|recounted|described)\b`)

// testimonyConduct reports a relation told as conduct in a sentence that recounts witnesses;
// lead is the sentence up to the relation's last name, so witnesses told of in a clause after
// it ("Golden Phoenix Garden, where survivors have described being beaten") do not count.
func testimonyConduct(pred, lead string) bool {
	switch pred {
	case model.Raided, model.SanctionedBy, model.Directs, model.EmployedBy, model.MemberOf, model.LocatedIn:
		return false
	}
	return reTestimony.MatchString(lead)
}
