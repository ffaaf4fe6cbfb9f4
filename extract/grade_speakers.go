package extract

import (
	"regexp"
	"strings"
)

// The names of who speaks or denies are the writer's, with the description the writer gives
// them: "The brigade's commander, Maj. Gen. Nhem Sarun, denied the account", "DKDC spokesman Saw
// Ler Moo denied that ...", "Chea Sokhom, who has sat in the Senate since 2018, said ...". A tie
// read inside the subject of the sentence's speech or denial verb is a description of the
// speaker, not what is said or denied: the quote, hedge or denial that follows does not reach it.
var (
	// reSpeakerVerb is the speech or denial verb that closes the speaker's noun phrase, after the
	// rest of an apposition or relative clause set off by commas (at most two), or directly.
	reSpeakerVerb = regexp.MustCompile(`^((?:[^.;:"“”]{0,120}?,){0,2})\s*(?:has\s+|have\s+|had\s+|also\s+|later\s+|again\s+)?` +
		`(?:said|says|told|tells|denied|denies|dismissed|rejected|confirmed|insisted|stated|added|declined|responded|countered|acknowledged|admitted|called\s+(?:the|it|them|this|these|those|such)\b)\b`)
	// reSpeakerClause is a relative clause on a name, set off by a comma: its verbs are the
	// description's, not the sentence's.
	reSpeakerClause = regexp.MustCompile(`(?i),\s*(?:who|whose|which|whom)\b[^,]*`)
	// reMainVerb is a verb a sentence states a tie with ("owns", "was run by"): a subject holds
	// none outside its relative clauses.
	reMainVerb = regexp.MustCompile(`(?i)\b(?:owns|owned|own|runs|ran|run|operates|operated|operate|controls|controlled|control|leads|led|heads|headed|manages|managed|holds|held|chairs|chaired|directs|directed|commands|commanded|guards|guarded|protects|protected|built|founded|bought|sold|leases|leased|rents|rented|raided|sanctioned|designated|employs|employed|hired|pays|paid|works|worked|serves|served)\b`)
	// reSpeakerOpen is an apposition or relative clause opened by a comma inside the subject.
	reSpeakerOpen = regexp.MustCompile(`(?i),\s*(?:who|whose|which|a|an|the|its|his|her|their|[\w'’.-]+['’]s)\b`)
)

// speakerDescribed reports that the two names of a relation (pre, in and post are the sentence
// before, between and after them) lie in the subject of the sentence's speech or denial verb.
func speakerDescribed(pre, in, post string) bool {
	if len(pre) > 60 || len(in) > 160 || reNotRole.MatchString(pre) || reHedge.MatchString(pre) || reSaid.MatchString(pre) || reDenial.MatchString(pre) {
		return false
	}
	if reHedge.MatchString(in) || reSaid.MatchString(in) || reDenial.MatchString(in) {
		return false
	}
	m := reSpeakerVerb.FindStringSubmatch(post)
	if m == nil || reHedge.MatchString(m[1]) || reSaid.MatchString(m[1]) {
		return false
	}
	rest := reSpeakerClause.ReplaceAllString(in, "")
	if reMainVerb.MatchString(rest) || reNotRole.MatchString(rest) {
		return false
	}
	chunk := m[1]
	if chunk == "" {
		// The verb follows the second name directly ("spokesman Saw Ler Moo denied"): the
		// subject is one phrase, no comma in it.
		return !strings.Contains(in, ",")
	}
	if strings.Trim(chunk, " ,\n\t") == "" {
		// ", said ...": the comma closes an apposition or relative clause opened between the
		// names, or the verb is inverted after a clause ("X owns Y, said the ministry").
		return reSpeakerOpen.MatchString(in) || referredSpeaker(in) // grade_referred.go
	}
	if reMainVerb.MatchString(reSpeakerClause.ReplaceAllString(","+chunk, "")) {
		return false
	}
	return true
}
