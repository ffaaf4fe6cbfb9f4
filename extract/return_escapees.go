package extract

import "regexp"

// Returned escapees: a body's men who bring back the workers that fled a site shield it, told
// with no site after the verb ("uniformed officers of the provincial police returned workers
// who escaped", "arranged for officers of X to return workers who escaped"). The site is the
// one told before in the sentence or near it (guardActs' siteBefore). Men who return people
// home, to their families or to an embassy rescue them: nothing is read.

// escapeesW are the people who fled: "escapees", "workers who had escaped".
const escapeesW = `(?:(?:the|any|some|several|many)\s+)?(?:escapees|escaped\s+workers|runaways|(?:workers|people|those|anyone|victims|employees|foreigners)\s+who\s+(?:had\s+)?(?:escaped|fled|ran\s+away|tried\s+to\s+(?:escape|flee|leave)|attempted\s+to\s+(?:escape|flee|leave)))`

// reReturnsEscapees follows the men of a body up to the end of what they return: the verb
// ("returned", or "brought ... back"), the escapees, then the end of the clause or the captors
// they go back to.
var reReturnsEscapees = regexp.MustCompile(`(?i)^\s*(?:\([^()]{1,20}\)\s*)?(?:to\s+)?(?:(?:also|reportedly|allegedly|repeatedly|routinely|regularly|then|would|had|have|has)\s+)*(?:(?:return|returns|returned|returning)\s+` + escapeesW + `|(?:bring|brings|brought|bringing|take|takes|took|taking|hand|hands|handed|handing|drive|drives|drove|driving)\s+(?:back\s+` + escapeesW + `|` + escapeesW + `\s+back))(?:\s+back)?(?:\s*[.;,]|\s*$|\s+to\s+(?:their|the)\s+(?:captors|employers|bosses|managers|compound|site|park|company|guards)\b)`)
