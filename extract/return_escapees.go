package extract

import (
	"regexp"
	"strings"
)

// Returned escapees: a body's men who bring back the workers that fled a site shield it, told
// with no site after the verb ("uniformed officers of the provincial police returned workers
// who escaped", "arranged for officers of X to return workers who escaped"). The site is the
// one told before in the sentence or near it (guardActs' siteBefore). Men who return people
// home, to their families or to an embassy rescue them, also when the destination comes after
// a comma ("returned workers who had escaped, along with their passports, to the Thai
// embassy"): nothing is read.

// escapeesW are the people who fled: "escapees", "workers who had escaped".
const escapeesW = `(?:(?:the|any|some|several|many)\s+)?(?:escapees|escaped\s+workers|runaways|(?:workers|people|those|anyone|victims|employees|foreigners)\s+who\s+(?:had\s+)?(?:escaped|fled|ran\s+away|tried\s+to\s+(?:escape|flee|leave)|attempted\s+to\s+(?:escape|flee|leave)))`

// reReturnsEscapees follows the men of a body up to the end of what they return: the verb
// ("returned", or "brought ... back"), the escapees, then the end of the clause or the captors
// they go back to.
var reReturnsEscapees = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,20}\)\s*)?(?:to\s+)?(?:(?:also|reportedly|allegedly|repeatedly|routinely|regularly|then|would|had|have|has)\s+)*(?:(?:return|returns|returned|returning)\s+` + escapeesW + `|(?:bring|brings|brought|bringing|take|takes|took|taking|hand|hands|handed|handing|drive|drives|drove|driving)\s+(?:back\s+` + escapeesW + `|` + escapeesW + `\s+back))(?:\s+back)?(?:\s*[.;,]|\s*$|\s+to\s+(?:their|the)\s+(?:captors|employers|bosses|managers|compound|site|park|company|guards)\b)`)

// reRescueDest is a destination named after a comma that ends the returned escapees: ",
// along with their passports, to the Thai embassy", ", by bus, home", ", to Thailand".
var reRescueDest = regexp.MustCompile(`(?i)\bhome\b|\bto\s+(?:safety|freedom|(?:the|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?:embassy|embassies|consulate|families|family|homes?|country|countries|homeland|shelters?|authorities|relatives|parents))\b|\bto\s+[A-Z][a-z]+`)

// rescueAfterComma reports a return whose clause goes on past a comma to a destination of
// rescue; rest is the text after the match, which ended on the comma.
func rescueAfterComma(matched, rest string) bool {
	if !strings.HasSuffix(strings.TrimSpace(matched), ",") {
		return false
	}
	rest = rest[:min(len(rest), 80)]
	if i := strings.IndexAny(rest, ".;"); i >= 0 {
		rest = rest[:i]
	}
	return reRescueDest.MatchString(rest)
}
