package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A staff post narrowed by its field with "in", "on" or "for" before the body the holder works
// at: "X, a lecturer in finance law at Universiti Malaya", "X, a senior researcher on
// migration at Mahidol University", "X, an analyst for regional security with the Y
// Institute". The field says what the post covers, so the holder works at the body
// (EMPLOYED_BY, the post noun as role). Only posts of staff are read (lecturer, researcher,
// analyst, adviser ...): a director or manager "for" a field may head the body's part or the
// body, which this shape does not tell. No name may stand in the field ("a country director
// for Burma at Y" reads nothing), and the field has at most three words. Cases are in
// field_posts_at_test.go.

// reFieldPostAt is the gap between the person and the body: ", a lecturer in finance law at
// the ". Group 1 is the post noun.
var reFieldPostAt = regexp.MustCompile(`^\s*,\s*(?:(?:a|an|the)\s+)?(?:(?:former|senior|associate|assistant|visiting|adjunct|principal|lead|junior|chief|deputy|regional)\s+){0,2}(lecturer|professor|researcher|research\s+fellow|fellow|analyst|economist|scholar|specialist|expert|adviser|advisor|coordinator|consultant|investigator|economist|lawyer|instructor|teacher|officer)\s+(?:in|on|of|for)\s+(?:[a-z'’-]+\s+){1,3}?(?:at|with)\s+(?:the\s+)?$`)

// fieldPostAtPair reads the shape above between mentions ms[p] (the person) and ms[q] (the
// body), adjacent in the sentence.
func fieldPostAtPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64), setRole func(string)) {
	ca, cb := cands[ms[p]], cands[ms[q]]
	if q != p+1 || ca.ent < 0 || cb.ent < 0 || cb.s < ca.e || cb.s-ca.e > 90 || ents[ca.ent].typ != model.Person || pronounRef(ca) || pronounRef(cb) {
		return
	}
	if t := ents[cb.ent].typ; t != model.Company && t != model.Organization {
		return
	}
	m := reFieldPostAt.FindStringSubmatch(strings.ToLower(text[ca.e:cb.s]))
	if m == nil {
		return
	}
	setRole(strings.Join(strings.Fields(m[1]), " "))
	add(ca.ent, cb.ent, model.EmployedBy, 0.7)
}
