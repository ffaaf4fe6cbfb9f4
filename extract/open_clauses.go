package extract

import (
	"regexp"
	"strings"
)

// Constructions that name a tie without stating it. A name set aside by "not", "rather
// than" or "instead of" ("The Myanmar Army, not the Royal Thai Police, raided X") is not an
// end of the tie the sentence states. A post its role calls pretended or not yet
// held ("a fake officer of X", "a would-be director of Y") is not held. A conditional ("If Wang Li owned Silver
// Bay Park, he would be liable", "unless Golden Reed Co., Ltd. runs the site") supposes the tie:
// a relation whose span ends inside a clause opened by "if" or "unless" (the clause runs to the
// next comma, semicolon, colon or dash) gives none. An "if" or "whether" that an inquiry asks
// ("police are investigating whether the station protected the hub", "asked if X owns Y") is an
// allegation: graded alleged. A clause that closed before the
// span ("If convicted, Wang Li, who owns Silver Bay Park, faces ten years") does not reach it.
// And a site named only to place something else ("raided a compound near Silver Bay Park",
// "the land next to Silver Bay Park is owned by Wang Li") is not what is owned, run, guarded
// or raided. Cases in open_clauses_test.go.

// reOpenClause is a word that opens a conditional.
var reOpenClause = regexp.MustCompile(`(?i)\b(?:if|unless)\b`)

// reAskedIf ends the words before an "if" that asks rather than supposes: "investigating if",
// "asked if". What an inquiry looks into is an allegation, graded as one, not a supposition.
// Only an inquiry's verb counts: "asked if", "wonder if", "know if", "see if", "check if"
// report a question, which states nothing, and give no tie.
var reAskedIf = regexp.MustCompile(`(?i)\b(?:investigat\w*|examin\w*|determin\w*|establish\w*|verif\w*|prob\w*|look\w*\s+into)\s+$`)

// reClauseEnd is a word that ends an if-clause and opens another: "seize it if needed because
// X owns Y", "if asked, but X runs Y".
var reClauseEnd = regexp.MustCompile(`(?i)\b(?:because|since|so|while|but)\b`)

// reApposInClause is an apposition set off by commas right after a name: ", the casino boss,",
// ", a Chinese national,", ", 45,".
var reApposInClause = regexp.MustCompile(`^\s*,\s*(?:(?:the|a|an)\s[^,;:()]{1,60}?|\d{1,3})\s*,`)

// reSpeechInAppos is a speech verb inside what looks like an apposition: ", a lawyer said,"
// is an aside that ends the clause, not a description of the name.
var reSpeechInAppos = regexp.MustCompile(`(?i)\b(?:said|says|say|told|added|claimed|alleged|believed)\b`)

// reNotBefore is a "not" before a "but" that sets one name against another inside the
// clause: "if not Zhao Ming but Li Qiang owns Y" is still supposed.
var reNotBefore = regexp.MustCompile(`(?i)\bnot\b`)

// clauseEnded reports a word of reClauseEnd in the words after an "if" (rest); a "but" after
// a "not" ends nothing.
func clauseEnded(rest string) bool {
	for _, loc := range reClauseEnd.FindAllStringIndex(rest, -1) {
		if strings.EqualFold(rest[loc[0]:loc[1]], "but") && reNotBefore.MatchString(rest[:loc[0]]) {
			continue
		}
		return true
	}
	return false
}

// reMainStill opens a main clause after a comma-less if-clause, right after its subject:
// "Even if the court clears him Zhao Ming still owns Y".
var reMainStill = regexp.MustCompile(`^\s+(?:still|now|also)\b`)

// conditionalSpan reports that the relation's span [ms, me) of sentence st ends inside a clause
// opened by "if" or "unless" at or before its last word (supposed), or inside one an inquiry
// asks (asked). The commas inside a name among the sentence's mentions sm ("Golden Reed Co.,
// Ltd.") close no clause.
func conditionalSpan(text string, st sentence, all []candidate, sm []int, ms, me int) (supposed, asked bool) {
	if ms < st.s || me > st.e || ms >= me {
		return false, false
	}
	s := text[st.s:me]
	opens := reOpenClause.FindAllStringIndex(s, -1)
	if opens == nil {
		return false, false
	}
	b := []byte(s)
	for _, m := range sm {
		c := all[m]
		for i := max(c.s, st.s); i < min(c.e, me); i++ {
			b[i-st.s] = 'x'
		}
		// "If Zhao Ming, the casino boss, owned Y": an apposition's commas close no clause.
		if c.e >= st.s && c.e < me {
			if loc := reApposInClause.FindStringIndex(s[c.e-st.s:]); loc != nil && !reSpeechInAppos.MatchString(s[c.e-st.s:c.e-st.s+loc[1]]) {
				b[c.e-st.s+strings.IndexByte(s[c.e-st.s:], ',')], b[c.e-st.s+loc[1]-1] = ' ', ' '
			}
		}
	}
	s = string(b)
	// A comma-less clause to the sentence's end: a mention past the if's first word and
	// followed by "still", "now" or "also" opens the main clause.
	commaless := !strings.ContainsAny(text[me:st.e], ",;:—–")
	for _, loc := range opens {
		if strings.ContainsAny(s[loc[1]:], ",;:—–") || strings.Contains(s[loc[1]:], " - ") || clauseEnded(s[loc[1]:]) {
			continue
		}
		if commaless && mainAfterIf(text, st, all, sm, st.s+loc[1], me) {
			continue
		}
		if reAskedIf.MatchString(s[:loc[0]]) {
			asked = true
		} else {
			return true, false
		}
	}
	return false, asked
}

// reClauseObject ends the if-clause's words before a clause it reports or weighs: "if the
// court rules Zhao Ming also owns Y" supposes the ownership.
var reClauseObject = regexp.MustCompile(`(?i)\b(?:that|rules?|ruled|finds?|found|agrees?|agreed|decides?|decided|says?|said|shows?|showed|shown|proves?|proved|proven|believes?|believed|thinks?|thought|confirms?|confirmed|holds?|held|knows?|knew|learns?|learned|suspects?|suspected|claims?|claimed|alleges?|alleged|establish(?:es|ed)?|determines?|determined|accepts?|accepted)\s+(?:the\s+)?$`)

// mainAfterIf reports a mention among sm that starts inside [from, me) after at least one
// word of the if-clause and is followed by "still", "now" or "also": the subject of the main
// clause ("if the court clears him Zhao Ming still owns Y"), not of the if-clause ("if Zhao
// Ming still owns Y").
func mainAfterIf(text string, st sentence, all []candidate, sm []int, from, me int) bool {
	for _, m := range sm {
		c := all[m]
		if c.s <= from || c.s >= me || c.e > st.e || strings.TrimSpace(text[from:c.s]) == "" || reClauseObject.MatchString(text[from:c.s]) {
			continue
		}
		if reMainStill.MatchString(text[c.e:st.e]) {
			return true
		}
	}
	return false
}

// landmarkSite reports that every mention of site b inside the relation's span [ms, me) of
// sentence st places something else ("near b", "next to b", "south of b"); a span with no
// mention of b (a reference, another sentence) is left to the readers.
func landmarkSite(st sentence, all []candidate, sm []int, b, ms, me int) bool {
	return everyMentionIn(all, sm, b, ms, me, func(c candidate) bool { return siteLandmark(st, c) })
}

// everyMentionIn reports that entity e has a mention among sm inside the span [ms, me) and
// that holds is true of each such mention: a block that reads how an end is named applies
// only when every naming of it in the span reads so.
func everyMentionIn(all []candidate, sm []int, e, ms, me int, holds func(candidate) bool) bool {
	seen := false
	for _, m := range sm {
		c := all[m]
		if c.ent != e || c.s < ms || c.e > me {
			continue
		}
		if !holds(c) {
			return false
		}
		seen = true
	}
	return seen
}

// siteLandmark reports a site mention that places something else (landmarks.go), but not one
// "nearby" describes: "the nearby Dongmei Park" is the site itself.
func siteLandmark(st sentence, c candidate) bool {
	return landmarkMention(st, c) && !(c.ti > 0 && c.ti <= len(st.toks) && st.toks[c.ti-1].low == "nearby")
}

// shamPostWords mark a post as not held: "a fake officer of the Royal Thai Police", "a
// self-styled adviser to", "a would-be director of".
var shamPostWords = set("fake", "bogus", "sham", "phoney", "phony", "false", "self-styled", "self-proclaimed",
	"so-called", "would-be", "wannabe", "impostor", "imposter", "pretend", "prospective", "aspiring", "nominated", "purported")

// shamPost reports that a post's role names it as pretended or not yet held ("nominated as
// chairman" included).
func shamPost(role string) bool {
	for _, w := range strings.Fields(strings.ToLower(role)) {
		if shamPostWords[w] {
			return true
		}
	}
	return false
}

// reNominatedAs is a post only put forward, right before the body: "was nominated as
// chairman of", "is tipped to become director of".
var reNominatedAs = regexp.MustCompile(`(?i)\b(?:nominated|proposed|tipped|shortlisted)\s+(?:as|for|to\s+be(?:come)?)\s+(?:the\s+|a\s+|an\s+|its\s+)?(?:[a-z-]+\s+){0,3}?(?:of|to|at|in)\s+(?:the\s+)?$`)

// rePostTaken after the body tells a post put forward as then taken: "nominated as director
// of A in 2020 and took the seat in 2021", "proposed as director of A and elected unanimously".
var rePostTaken = regexp.MustCompile(`(?i)^[^.;!?]{0,60}?\b(?:and|but|before|then)\s+(?:(?:was|were|being|he\s+was|she\s+was)\s+)?(?:(?:took|assumed|taking|assuming)\s+(?:up\s+)?(?:the|his|her|its)\s+(?:seat|post|position|office|role|job|chair)|(?:elected|appointed|confirmed|installed|sworn\s+in)\b)`)

// shamGap reports that the short gap between the holder and the body names the post as
// pretended ("a self-styled adviser to") or only put forward ("was nominated as chairman
// of"). Only a sham word right before the post noun at the gap's end counts ("the bogus
// chairman of", "a fake police officer of"): one elsewhere tells something else ("who gave
// police a false name, is chairman of", "an aspiring politician, is the director of"), and
// "nominated" elsewhere in it may tell how a held post came.
func shamGap(gap, after string) bool {
	if reNominatedAs.MatchString(gap) {
		return !rePostTaken.MatchString(after)
	}
	ws := strings.Fields(strings.ToLower(gap))
	n := len(ws)
	if n > 0 && (ws[n-1] == "the" || ws[n-1] == "its") {
		n--
	}
	if n < 2 || !shamGapPreps[ws[n-1]] {
		return false
	}
	// The sham word and at most two words of the post after it ("fake police officer").
	for i := n - 2; i >= 0 && i >= n-4; i-- {
		w := ws[i]
		if strings.ContainsAny(w, ",;:()\"") {
			return false
		}
		if shamPostWords[w] && w != "nominated" {
			return true
		}
		if shamGapStops[w] {
			return false
		}
	}
	return false
}

// shamGapPreps join a post to its body; shamGapStops end the post's words ("fake passports
// is a member of" is no sham member).
var (
	shamGapPreps = set("of", "to", "at", "in", "for", "with")
	shamGapStops = set("a", "an", "the", "is", "was", "are", "were", "be", "been", "as", "who", "which", "and", "or", "now", "also", "still", "became", "becomes", "remains", "named", "appointed")
)

// reNotThisOne ends the words before a name the sentence sets aside: "The Myanmar Army, not
// the Royal Thai Police, raided", "the Royal Thai Police, rather than the army,", "instead
// of X". "not only X but also Y" keeps X.
var reNotThisOne = regexp.MustCompile(`(?i)(?:^|[\s,(—–-])(?:not|rather\s+than|instead\s+of)\s+(?:the\s+|a\s+|an\s+)?$`)

// setAsideEnd reports that every mention of entity e inside the relation's span [ms, me) of
// sentence st follows a "not", "rather than" or "instead of": the sentence says the tie is
// another's. A span with no mention of e is left to the readers.
func setAsideEnd(text string, st sentence, all []candidate, sm []int, e, ms, me int) bool {
	return everyMentionIn(all, sm, e, ms, me, func(c candidate) bool {
		return reNotThisOne.MatchString(text[max(st.s, c.s-20):c.s])
	})
}
