package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// The speaker's own pronoun: "Senator Ramon Cruz, who chairs the committee, said he would
// ask ..." The pronoun that opens what a person is reported to say is that person, so it
// says the person's gender before any later "his" or "her" is read back ("Her brother, X"
// is then never the senator's). Only this narrow shape is read: a pronoun after the one
// person a sentence names is otherwise no evidence (ref_gender.go). Cases are in
// ref_speech_gender_test.go.

// reSpeakerPronoun follows a name: an optional apposition or relative clause set off by
// commas, a verb of saying, and the pronoun that opens the reported clause.
var reSpeakerPronoun = regexp.MustCompile(`^(?:\s*,\s*(?:who|a|an|the|\d{1,3})\b[^.;:"“”()]{0,120}?,)?\s+(?:said|says|told\s+(?:reporters|journalists|the\s+[a-z]+|[a-z]+)|added|insisted|claimed|stated|testified)\s+(?:that\s+)?(he|she)\s`)

// seedSpeechGender records the gender a speaker's own pronoun says, before references are
// read.
func (rc *refChain) seedSpeechGender(text string, cands []candidate, ents []*docEntity) {
	for _, c := range cands {
		if c.ent < 0 || ents[c.ent].typ != model.Person {
			continue
		}
		m := reSpeakerPronoun.FindStringSubmatch(text[c.e:min(len(text), c.e+200)])
		if m == nil {
			continue
		}
		g := pronounGender(strings.ToLower(m[1]))
		if had, ok := rc.gender[c.ent]; ok && had != g {
			g = 'x'
		}
		rc.gender[c.ent] = g
	}
}
