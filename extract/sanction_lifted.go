package extract

import (
	"regexp"
	"strings"
)

// Sanctions told as lifted in the same sentence: "X was sanctioned by the US Treasury in
// 2020 before the sanctions were lifted in 2023", "The UK sanctioned X in 2021 and removed
// it from the list in 2023", "OFAC designated X in 2019; he was delisted in 2022". The
// designation is history, and SANCTIONED_BY carries no end, so the sentence gives no
// current sanction. The lifting must follow the sanction with no other name between the
// two (a name between may be the one delisted: "X was sanctioned and Y delisted"), and a
// negation before it keeps the sanction ("the sanctions were not lifted").
var reSanctionLifted = regexp.MustCompile(`(?i)\b(?:lifted|delisted|de-listed|unblocked|rescinded|revoked|removed\s+(?:\w+\s+){0,3}from\s+(?:\w+\s+){0,4}list|taken\s+off\s+(?:\w+\s+){0,4}list|dropped\s+from\s+(?:\w+\s+){0,4}list)\b`)

var reLiftNegated = regexp.MustCompile(`(?i)\b(?:not|never|no|refused|declined|rejected|denied|sought|seeks|seeking|calls?|called|asked|urged|appeal\w*|petition\w*|bid|effort|efforts|attempt\w*|until|unless|if|without)\b[^.;,]{0,40}$`)

// sanctionLifted reports a lifting told after the sanction pair ending at me, before the
// sentence end, with no other mention of the sentence between.
func sanctionLifted(text string, all []candidate, ms []int, me, sentEnd int) bool {
	if me < 0 || me >= len(text) || sentEnd <= me {
		return false
	}
	end := min(sentEnd, len(text), me+160)
	loc := reSanctionLifted.FindStringIndex(text[me:end])
	if loc == nil {
		return semicolonLifted(text, me, sentEnd)
	}
	at := me + loc[0]
	for _, k := range ms {
		if k >= 0 && k < len(all) && all[k].s >= me && all[k].s < at {
			return false
		}
	}
	before := text[me:at]
	if reLiftNegated.MatchString(before) || strings.Contains(strings.ToLower(before), "upheld") {
		return false
	}
	return true
}

// reLiftedClause is a clause after a semicolon whose subject is the sanctioned party's
// pronoun or the sanction itself: "; he was delisted in 2022", "; the measures were revoked".
var reLiftedClause = regexp.MustCompile(`(?i)^\s*(?:he|she|it|they|the\s+(?:sanctions?|measures?|designations?|listings?|penalt(?:y|ies)|asset\s+freezes?))\s+(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:later\s+|subsequently\s+|since\s+)?(?:lifted|delisted|de-listed|unblocked|rescinded|revoked|removed\s+from\s+(?:\w+\s+){0,4}list)\b`)

// semicolonLifted reads the clause after a semicolon that ends the sanction's sentence
// ("OFAC designated X in 2019; he was delisted in 2022").
func semicolonLifted(text string, me, sentEnd int) bool {
	i := sentEnd
	for i > me && i <= len(text) && (text[i-1] == ' ' || text[i-1] == '\n') {
		i--
	}
	if i <= me || i > len(text) {
		return false
	}
	switch {
	case text[i-1] == ';':
	case i < len(text) && text[i] == ';':
		i++
	default:
		return false
	}
	rest := text[i:min(len(text), i+120)]
	if j := strings.IndexAny(rest, ".;"); j >= 0 {
		rest = rest[:j]
	}
	return reLiftedClause.MatchString(rest)
}
