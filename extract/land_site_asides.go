package extract

import (
	"regexp"
	"strings"
)

// A site named inside the subject's description, or described at length, before the land it
// sits on. Senate-hearing and raid reports across the development sets tell a compound's
// landowner as "the complex, marketed as S, sits on 8.2 hectares owned by A", "the compound
// in Concepcion, Tarlac, known locally as the S hub, sits on property registered to A" and
// "S, a walled 10-hectare compound in Capas, Tarlac, that was raided by the PAOCC on
// February 11, sits on land owned by A": A owns S. reSiteOnLandOf (leases.go) reads the verb
// right after the site or after one short aside; these read the name that closes a naming
// apposition ("marketed as S,") and an aside of up to 140 bytes.

var (
	// reNamedAsBefore ends the words before a site that its description names: "marketed
	// as ", "known locally as the ", "called ".
	reNamedAsBefore = regexp.MustCompile(`\b(?:(?:known|marketed|branded|billed|referred\s+to)\s+(?:locally\s+|publicly\s+|commonly\s+)?as|called|named|dubbed)\s+(?:the\s+)?$`)
	// reSiteClassWord is a class word after a site's name that belongs to it: " hub,".
	reSiteClassWord = regexp.MustCompile(`^\s*(?:hub|compound|complex|park|zone|tower|building|resort|site)\b`)
	// reNameAfterLandVerb is a typed name (typedGap) after the land's verb: "registered to
	// firm mayor ".
	reNameAfterLandVerb = regexp.MustCompile(`\b(?:by|to|of)\s+(?:the\s+)?(?:[a-z.-]+\s+)?(?:firm|person|org|site|loc)\b[^,;]{0,30}$`)
	// reSiteOnLandNamed is the gap after a site that closes a naming apposition.
	reSiteOnLandNamed = regexp.MustCompile(`^\s*,\s*` + siteOnLandTail)
	// reSiteOnLandLongAside is the gap after a site with a long aside set off by commas.
	reSiteOnLandLongAside = regexp.MustCompile(`^\s*,[^;]{81,140}?,\s*` + siteOnLandTail)
)

// siteOnLandAside reports that the typed gap after the site named at [s, e) in text reads
// its land's owner after a naming apposition or a long aside.
func siteOnLandAside(text string, s int, gap string) bool {
	// "the Golden Hive hub, sits on": the class word after the name is part of it.
	if m := reSiteClassWord.FindString(gap); m != "" {
		gap = gap[len(m):]
	}
	// "registered to Primeland Corp. Mayor Lacson": a name between the verb and the owner
	// takes the land, not the one after it.
	if reNameAfterLandVerb.MatchString(gap) {
		return false
	}
	if reSiteOnLandLongAside.MatchString(gap) {
		return true
	}
	before := strings.ToLower(text[max(0, s-40):s])
	return reNamedAsBefore.MatchString(before) && reSiteOnLandNamed.MatchString(gap)
}

var (
	// reSiteLandVerb is the site's verb siteOnLandTail opens with.
	reSiteLandVerb = regexp.MustCompile(`\b(?:built|constructed|erected|located|situated|set\s+up|sits|sat|stands|stood|lies|lay)\b`)
	// reOnLandOpen is where siteOnLandTail's land begins: "on land", "on a plot", "on 8.2 hectares".
	reOnLandOpen = regexp.MustCompile(`\bon\s+(?:a\s+|the\s+)?(?:(?:[\d.,]+[- ](?:hectare|acre)s?\s+)?(?:[a-z-]+\s+)?(?:land|lot|plot|property|parcel|estate|concession)|[\d.,]+\s+(?:hectares|acres|rai))\b`)
	// reLandClauseOpen opens a new clause: ", and the warehouse sits", "until a casino went up".
	reLandClauseOpen = regexp.MustCompile(`,\s*and\b|\b(?:while|but|until|whereas|after|before)\b`)
)

// landAcrossClause reports a gap whose stretch from the site's verb to the land crosses into a
// new clause: "was built by Zhen Construction, and the warehouse sits on land owned by", "stood
// empty until a new casino went up on land owned by". The land there is another thing's.
func landAcrossClause(gap string) bool {
	v := reSiteLandVerb.FindStringIndex(gap)
	if v == nil {
		return false
	}
	lands := reOnLandOpen.FindAllStringIndex(gap, -1)
	if lands == nil || lands[len(lands)-1][0] < v[1] {
		return false
	}
	return reLandClauseOpen.MatchString(gap[v[1]:lands[len(lands)-1][0]])
}
