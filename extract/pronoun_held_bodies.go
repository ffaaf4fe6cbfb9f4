package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A body described after its name as what a pronoun's person holds: "X moved money through
// Y, a Labuan company that she owns and directs", "the EU sanctioned X and Y, the
// conglomerate he founded in 2009". The description's head is a noun of a firm, the verbs
// (one, or two joined by "and") are of owning or of heading, and the pronoun stands for the
// one person the sentence names before the body (onlyPersonBefore, of_which_pronoun.go), or
// for the sentence's subject when its name tells the pronoun's gender ("Nurul Huda binti
// Rahman laundered funds for X through Y, a company that she owns and directs"). A bare
// relative ("Y, which he chairs") and a body's short form in brackets before the comma are
// read the same way. Cases in pronoun_held_bodies_test.go.

// rePronounHeld is the description after the body: ", a Labuan-registered company that she
// owns and directs", ", which he chairs" (group 1 the head noun, group 2 the pronoun, groups
// 3 and 4 the verbs).
var rePronounHeld = regexp.MustCompile(`^\s*(?:\([^()]{1,40}\)|\))?\s*,\s*(?:(?:a|an|the)\s+(?:[a-z'’-]+\s+){0,4}?(company|firm|conglomerate|group|business|venture|holding\s+company|subsidiary)\s+(?:that\s+|which\s+)?|which\s+)(he|she)\s+(?:also\s+|still\s+|jointly\s+|later\s+)?([a-z-]+(?:\s+up)?)(?:\s+and\s+(?:also\s+|still\s+)?([a-z-]+(?:\s+up)?))?\s*(?:[.,;:)]|$|\s+(?:in|since|until|from|with|after|before|through|until)\b)`)

// pronounHeldVerbs are the verbs the description may hold, with the tie each tells.
var pronounHeldVerbs = map[string]string{
	"owns": model.Owns, "owned": model.Owns, "co-owns": model.Owns, "co-owned": model.Owns, "majority-owns": model.Owns,
	"runs": model.Directs, "ran": model.Directs, "heads": model.Directs, "headed": model.Directs,
	"chairs": model.Directs, "chaired": model.Directs, "directs": model.Directs, "directed": model.Directs,
	"manages": model.Directs, "managed": model.Directs, "founded": model.Directs, "co-founded": model.Directs,
	"set up": model.Directs, "established": model.Directs,
}

// pronounHeldPair reads "PERSON ... BODY, a DESCRIPTION that he/she VERB [and VERB]" between
// the person ms[p] and the body ms[q].
func pronounHeldPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64)) {
	ca, cb := cands[ms[p]], cands[ms[q]]
	if ca.ent < 0 || cb.ent < 0 || ca.ent == cb.ent || cb.s < ca.e || pronounRef(ca) || pronounRef(cb) ||
		ents[ca.ent].typ != model.Person || ents[cb.ent].typ != model.Company || !(onlyPersonBefore(cands, ents, ms, p, q) || p == 0 && subjectStart(text, cands, ms, p)) {
		return
	}
	m := rePronounHeld.FindStringSubmatch(strings.ToLower(text[cb.e:min(len(text), cb.e+140)]))
	if m == nil {
		return
	}
	var preds []string
	if g := nameGender(text, ca); !onlyPersonBefore(cands, ents, ms, p, q) && (g == 0 || g != pronounGender(m[2])) {
		return // several named before: the subject, when its gender is told and agrees
	}
	for _, v := range m[3:5] {
		if v == "" {
			continue
		}
		pred, ok := pronounHeldVerbs[v]
		if !ok {
			return // "a company she sued and owns": every verb must hold the body
		}
		preds = append(preds, pred)
	}
	for i, pred := range preds {
		if i == 0 || pred != preds[0] {
			add(ca.ent, cb.ent, pred, 0.7)
		}
	}
}
