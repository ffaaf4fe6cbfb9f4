package extract

import "strings"

// A sentence that names nobody may still tie two things the text named before: "The developer
// built the resort's nine blocks." "The company runs the compound." Its definite descriptions
// are read as references (references.go) when it holds two of them, so the pair rules see
// both ends; a sentence with one description and no name ties nothing and is not read.

// twoDescriptions reports whether a sentence holds two definite descriptions whose heads are
// reference heads ("the developer ... the resort"), a subject pronoun counting as one ("He
// owns 60 percent of the company.").
func twoDescriptions(st sentence) bool {
	n := 0
	toks := st.toks
	for k := 0; k+1 < len(toks); k++ {
		if subjectPronouns[toks[k].low] {
			// "He owns 60 percent of the company.": a pronoun stands for a name too.
			n++
			if n == 2 {
				return true
			}
			continue
		}
		if toks[k].low != "the" {
			continue
		}
		if classNouns[toks[k+1].low] != nil || k+2 < len(toks) && classNouns[toks[k+2].low] != nil {
			n++
			if n == 2 {
				return true
			}
		}
	}
	return false
}

// subjectPronouns are the pronouns references.go resolves to a name named before.
var subjectPronouns = set("he", "she", "it")

// activityHeads are the agent nouns a firm's name states by its activity: "the developer" for
// "Lucky Star Development Co., Ltd.".
var activityHeads = map[string]string{"developer": "development"}

// activityHead reports whether the name's words f (lower case) end, before a legal form's
// tail, in the activity of the agent noun head.
func activityHead(f []string, head string) bool {
	act := activityHeads[head]
	if act == "" {
		return false
	}
	n := legalTail(f)
	return n < len(f) && strings.TrimRight(f[len(f)-1-n], ".,") == act
}
