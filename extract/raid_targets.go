package extract

import (
	"regexp"
	"strings"
)

// What a raid reached. "Thai police raided Silver Bay Park's neighbour, Kirin Bay Park" and
// "raided the office of Silver Bay Park's lawyer" raid what the site's possessive names, not
// the site; "raided Silver Bay Park's main building", "the resort's east wing", "the hotel's
// ninth to twelfth floors" raid the site itself. "Thai police planned a raid on Silver Bay Park
// that never happened" and "a planned raid on X was called off" tell a raid that did not (yet)
// take place, unless the sentence says it went ahead. Cases in raid_targets_test.go.

// reRaidNotSite is a noun after a site's possessive that names someone or something other than
// the site: its neighbour, its lawyer, its owner, its other compound. Any other noun ("the
// resort's east wing", "Kirin Bay Park's dorms", "its scam centre") is a part of the site, and
// a raid on it is a raid on the site.
var reRaidNotSite = regexp.MustCompile(`^['’]s\s+(?:[\w-]+\s+){0,2}?(?:neighbou?rs?|lawyers?|attorneys?|owners?|parent|sister|other|affiliates?|rivals?|partners?|operators?|landlords?|directors?|chair(?:man|woman|person)?|boss(?:es)?|managers?|founders?|investors?|backers?|shareholders?|accountants?|suppliers?|clients?|competitors?|subsidiar(?:y|ies)|relatives?|family|wife|husband|sons?|daughters?|brothers?|sisters?|guards?|recruiters?|agents?|bankers?|financiers?)\b`)

// possessedTarget reports a site mention ending at end followed by a possessive of someone or
// something that is not part of the site.
func possessedTarget(text string, end int) bool {
	rest := text[end:min(len(text), end+60)]
	if !strings.HasPrefix(rest, "'s") && !strings.HasPrefix(rest, "’s") {
		return false
	}
	return reRaidNotSite.MatchString(strings.ToLower(rest))
}

// rePlannedRaid ends the words before a site a raid was only planned, prepared or threatened
// on, or called off: "planned a raid on ", "a planned raid on the ", "preparing to raid ".
var rePlannedRaid = regexp.MustCompile(`(?i)\b(?:(?:planned|proposed|aborted|cancell?ed|called-off|threatened|expected|imminent|possible|would-be|rumou?red|intended|foiled)\s+(?:[a-z-]+\s+)?(?:raids?|crackdown|operation|search)|(?:plann(?:ed|ing)|plans?|prepar(?:ed|ing)|threaten(?:ed|ing|s)?|vow(?:ed|s)|promis(?:ed|es)|intend(?:ed|s)|sought|hop(?:ed|es))\s+(?:to\s+(?:carry\s+out|conduct|launch|stage)\s+)?(?:a|an|another|new)\s+(?:[a-z-]+\s+)?(?:raid|crackdown|operation|search))\s+(?:on|of|at|against|into)\s+(?:the\s+)?$`)

// reRaidWentAhead is a planned raid the sentence says took place: "and the raid went ahead on
// Friday".
var reRaidWentAhead = regexp.MustCompile(`(?i)\b(?:went\s+ahead|took\s+place|(?:was|were)\s+(?:carried\s+out|conducted|launched))\b`)

// plannedRaidOn reports that the site mention starting at start, in sentence st, follows the
// words of a raid not carried out.
func plannedRaidOn(text string, st sentence, start int) bool {
	before := text[max(st.s, start-90):start]
	return rePlannedRaid.MatchString(before) && !reRaidWentAhead.MatchString(text[start:min(len(text), max(start, st.e))])
}

// unraidedSite reports that every mention of site b inside the relation's span [ms, me) of
// sentence st is a possessor of something else or the object of a raid not carried out; a
// span with no mention of b (a reference, another sentence) is left to the readers.
func unraidedSite(text string, st sentence, all []candidate, sm []int, b, ms, me int) bool {
	return everyMentionIn(all, sm, b, ms, me, func(c candidate) bool { return unraidedMention(text, st, c) }) // open_clauses.go
}

// unraidedMention reports that site mention c of sentence st is the possessor of something
// else, the object of a raid not carried out, or a landmark that places another site.
func unraidedMention(text string, st sentence, c candidate) bool {
	return possessedTarget(text, c.e) || plannedRaidOn(text, st, c.s) || siteLandmark(st, c) // "raided a compound near X" (open_clauses.go)
}
