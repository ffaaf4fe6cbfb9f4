package extract

import (
	"regexp"
	"strings"
)

// "Suspect" is a noun as often as a hedge: "The three suspects, A, B and C, together hold 51
// percent of X", "The second suspect, P, has worked since 2021 as an aide to K", "a firm run by
// the suspect's brother". The noun names who is under investigation; it does not hedge what
// the sentence states of them. The hedge lexicon reads "suspect(s)" as the verb ("police
// suspect that ..."), so the noun is blanked before the cues are read: after a determiner,
// number or ordinal, or as a possessive. "identified as a suspect" stays a hedge, and so do
// the adjective "suspected" and "suspect(s) that".
var reSuspectNoun = regexp.MustCompile(`(?i)\b(?:(?:the|a|one|each|another|first|second|third|fourth|fifth|main|prime|key|chief|principal|sole|last)\s+suspect|(?:the|two|three|four|five|six|seven|eight|nine|ten|\d+|other|remaining|several|both|all|many|some|these|those|more|fellow)\s+suspects|suspect['’]s|suspects['’])\b`)

// reSuspectKept is what keeps a matched noun a hedge: it is what someone is identified or
// named as ("identified as a suspect"), or a clause follows it ("the suspects that").
var (
	reSuspectAsBefore = regexp.MustCompile(`(?i)\bas\s+$`)
	reSuspectThat     = regexp.MustCompile(`^\s*that\b`)
)

// maskSuspectNouns blanks the word "suspect(s)" where it is a noun, keeping every offset.
func maskSuspectNouns(sent string) string {
	locs := reSuspectNoun.FindAllStringIndex(sent, -1)
	if len(locs) == 0 {
		return sent
	}
	b := []byte(sent)
	for _, loc := range locs {
		if reSuspectAsBefore.MatchString(sent[max(0, loc[0]-8):loc[0]]) || reSuspectThat.MatchString(sent[loc[1]:]) {
			continue
		}
		for i := loc[0]; i+7 <= loc[1]; i++ {
			if strings.EqualFold(sent[i:i+7], "suspect") {
				e := i + 7
				if e < loc[1] && (sent[e] == 's' || sent[e] == 'S') {
					e++
				}
				blank(b, i, e)
				break
			}
		}
	}
	return string(b)
}
