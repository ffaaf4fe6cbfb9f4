package extract

import "regexp"

// A court record recites what a party says as well as what the court finds: "The government
// contends that Chen is the nephew of ...", "the government further proffers that ...", "The
// prosecution stated that Huaxin Garden is run by ...", "According to the government, ...". A
// party's contention is a claim, alleged though the court publishes it and though it tells of
// an official act ("The government also represents that the police raided ..."); it reaches
// the descriptions inside the clause it opens.
var reContends = regexp.MustCompile(`(?i)\b(?:government|prosecution|prosecutors?|defen[cs]e|plaintiffs?|defendants?|USAO|applicants?|respondents?|petitioners?|complainants?|claimants?)\b[^.;:]{0,40}?(?:\b(?:contends?|contended|proffers?|proffered|argues?|argued|arguing|asserts?|asserted|submits?|averred|avers?)\b` +
	`|\b(?:represents|represented|stated|states|maintains|maintained|claims|claimed)\s+(?:that\b|,))` +
	`|\baccording\s+to\s+the\s+(?:government|prosecution|defen[cs]e|plaintiffs?|defendants?)\b`)

// So are a party's characterisation ("The Prosecution described Zhao as ..."), what counsel
// submits ("Counsel for Goh submitted that ...") and a pleading's "upon information and
// belief", which states what the pleader believes, not what it knows. "The government" is left
// out here: on an executive's own page (a Treasury or Justice release) it is the issuer, and
// what it describes is its own finding. The party is the subject of "described": the verb is
// followed by what is described, not by a preposition ("The defendants described in Count One
// as ..." is a participle, no party's description).
var reContendsParty = regexp.MustCompile(`(?i)\b(?:prosecution|prosecutors?|defen[cs]e|plaintiffs?|defendants?|USAO|applicants?|respondents?|petitioners?|complainants?|claimants?|counsel)\b[^.;:]{0,40}?\bsubmitted\b` +
	`|\bcounsel\b[^.;:]{0,40}?\b(?:contends?|contended|argues?|argued|arguing|asserts?|asserted|submits?|averred|avers?)\b` +
	`|\b(?:prosecution|prosecutors?|defen[cs]e|plaintiffs?|defendants?|USAO|applicants?|respondents?|petitioners?|complainants?|claimants?|counsel)(?:['’]s?)?(?:\s+(?:also|further|then|repeatedly|had|has|have))?\s+(?:describes|described|characteri[sz]es|characteri[sz]ed)\s+(?:([\w'’.-]+)\s+(?:[\w'’.-]+\s+){0,3}?as\b|$)` +
	`|\b(?:upon|on)\s+information\s+and\s+belief\b`)

// reNotParty blanks the words that name no party though they hold a party's word: a defence
// ministry or its minister, a company's general counsel.
var reNotParty = regexp.MustCompile(`(?i)\b(?:department|ministry|secretary|minister|office|dept\.?)\s+of\s+(?:national\s+)?defen[cs]e\b|\bdefen[cs]e\s+(?:minister|ministry|secretary|department|forces?|officials?|attach[eé]s?|chief|spokes\w+|contractors?|industry|budget|policy|pact|treaty)\b|\b(?:general|legal|in-house|chief)\s+counsel\b`)

// reFinding is the court's own finding or the parties' common ground: what follows it is the
// record's, whatever a party submitted before it ("Having considered what counsel submitted,
// the Court finds that ...", "Although counsel submitted otherwise, I find that ...", "It is
// common ground, as counsel accepted and submitted, that ...").
var reFinding = regexp.MustCompile(`(?i)\b(?:court|tribunal|judge|panel|I|we)\s+(?:also\s+|further\s+|therefore\s+)?(?:finds?|found|holds?|held|concludes?|concluded|is\s+satisfied|am\s+satisfied|are\s+satisfied|determines?|determined)\b|\bcommon\s+ground\b|\bnot\s+in\s+dispute\b|\bundisputed\b`)

// contendedBefore reports a party's contention in the words before the names, unless the
// court's own finding or common ground follows the contention's start.
func contendedBefore(pre string) bool {
	var party [][]int
	for _, m := range reContendsParty.FindAllStringSubmatchIndex(blankMatches(reNotParty, pre, nil), -1) {
		if m[2] >= 0 && reNotDescribed.MatchString(pre[m[2]:m[3]]) {
			continue // "The defendants described in Count One as ...": a participle
		}
		party = append(party, m[:2])
	}
	old := reContends.FindAllStringIndex(pre, -1)
	if len(party) == 0 && len(old) == 0 {
		return false
	}
	first := len(pre)
	if len(old) > 0 {
		first = old[0][0]
	}
	if len(party) > 0 && party[0][0] < first {
		first = party[0][0]
	}
	if loc := reFinding.FindStringIndex(pre); loc != nil {
		if loc[0] > first || len(old) == 0 && reCommonGround.MatchString(pre) {
			return false
		}
	}
	return true
}

var reCommonGround = regexp.MustCompile(`(?i)\bcommon\s+ground\b|\bnot\s+in\s+dispute\b|\bundisputed\b`)

// reNotDescribed is a word after "described" that shows the verb a participle, not the
// party's act: what it describes would follow it.
var reNotDescribed = regexp.MustCompile(`(?i)^(?:in|by|at|on|under|within|above|below|herein|earlier|previously|later|elsewhere|only|therein|hereinafter)$`)
