package extract

import "regexp"

// A tie told with a copula right after the first name ("X is the brother of Y", "X was a
// business partner of Y") is what the sentence claims, not a description of X: an attribution
// or hedge of the sentence reaches it ("Police said X is the brother of Y", "X is a partner of
// Y, investigators said"). The same tie set off as an apposition or a relative clause (", the
// brother of Y,", ", who is the brother of Y,") stays the writer's description.
var reCopulaTie = regexp.MustCompile(`(?i)^\s*,?\s*(?:is|was)\s`)

// copulaTie reports a gap between two names that opens with a bare copula, no comma before it.
func copulaTie(gap string) bool { return reCopulaTie.MatchString(gap) }
