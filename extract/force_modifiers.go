package extract

import "github.com/scamgraph/scamgraph/internal/lexicon"

// forceModifiedNouns follow a phrase for a state's forces that only modifies them.
var forceModifiedNouns = lexicon.ForceModifiedNouns()

// forceModifier reports a lower-case noun at toks[k] that the phrase for a state's forces
// before it modifies ("Cambodian police officers were seen inside", "a Lao government
// statement", "the Thai army spokesman said"): the phrase is a noun's modifier there, and
// names no body that acts; the people or the document after it do.
func forceModifier(toks []token, k int) bool {
	return k < len(toks) && toks[k].kind == tokWord && !isCap(toks[k]) && forceModifiedNouns[toks[k].low]
}

// genericForce reports a span toks[i:j] written as a state's demonym and lower-case words
// for its forces ("Lao government", "Thai police"), as some listed names are.
func genericForce(toks []token, i, j int) bool {
	if j-i < 2 || !forceDemonyms[toks[i].low] {
		return false
	}
	for _, t := range toks[i+1 : j] {
		if t.kind != tokWord || isCap(t) || !forceWords[t.low] {
			return false
		}
	}
	return true
}
