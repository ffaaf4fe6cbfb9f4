package extract

import (
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// What a name says of its bearer's gender before any pronoun stands for them, so that "he"
// and "his" are not read back to a woman, nor "she" and "her" to a man:
// the title or particle written with the name: "Ms Tran", "Daw Khin Myo", "Siti Hajar binti
// Ahmad" (a daughter of), "Mohd Faizal bin Rahman" (a son of). Evidence both ways leaves the
// gender open, as a chain's own pronouns do (ref_chains.go). (A pronoun after the one person
// a sentence names is no such evidence: read so, it cost more right readings than it saved.)

// femaleTitles and maleTitles are titles written before a name that say its gender.
var (
	femaleTitles = set("ms", "mrs", "miss", "madam", "madame", "mme", "daw", "datin", "puan", "mdm")
	maleTitles   = set("mr", "sir")
)

// femaleParticles and maleParticles are words inside a Malay or Indonesian name that say its
// bearer's gender ("binti": daughter of; "bin": son of).
var (
	femaleParticles = set("binti", "binte", "bte", "bt")
	maleParticles   = set("bin")
)

// nameGender returns 'f' or 'm' when the title before mention c or a particle in it says the
// person's gender, else 0.
func nameGender(text string, c candidate) byte {
	for _, w := range strings.Fields(strings.ToLower(c.text)) {
		switch {
		case femaleParticles[w]:
			return 'f'
		case maleParticles[w]:
			return 'm'
		}
	}
	before := strings.Fields(strings.ToLower(text[max(0, c.s-12):c.s]))
	if len(before) == 0 || c.s > 0 && text[c.s-1] != ' ' {
		return 0
	}
	w := strings.TrimSuffix(before[len(before)-1], ".")
	switch {
	case femaleTitles[w]:
		return 'f'
	case maleTitles[w]:
		return 'm'
	}
	return 0
}

// seedGender records, before references are read, the genders that names' titles and
// particles say.
func (rc *refChain) seedGender(text string, cands []candidate, ents []*docEntity) {
	for _, c := range cands {
		if c.ent < 0 || ents[c.ent].typ != model.Person {
			continue
		}
		if g := nameGender(text, c); g != 0 {
			if had, ok := rc.gender[c.ent]; ok && had != g {
				g = 'x'
			}
			rc.gender[c.ent] = g
		}
	}
}
