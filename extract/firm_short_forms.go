package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// joinFirmShortForms joins a name only its shape and the words around it called a person's
// ("A year later Golden Reef signed a lease", "said Golden Reef was only a landlord") to the
// one firm of the document whose registered name, legal form and all, begins with it ("Golden
// Reef Development Co., Ltd."). joinPrefixShortForms leaves such a name alone once a verb or
// an aside raised it, since an owner may give a firm his name ("Tep Sokheng" beside "Tep
// Sokheng Group"); a person is told apart by what no firm takes: a title (conf 0.85 and
// above), ", who", or an aside giving a person's post or kin ("Chea Sokhom, the senator").
func joinFirmShortForms(text string, cands []candidate, ents []*docEntity) {
	joinPersonPrefixes(cands, ents, func(c candidate) bool {
		return c.conf <= 0.75 && !personAside(text, c.e) && !theBefore(text, c.s)
	}, func(f *docEntity, n int) bool {
		w := strings.Fields(f.nkey)
		return f.gaz < 0 && f.typ == model.Company && len(w) > n+1 && legalForms[w[len(w)-1]]
	})
}

// joinPersonPrefixes moves each listed-nowhere name of two or three words typed a person to
// the one longer entity target accepts whose name begins with it, when every mention of the
// name passes mention (a person-typed mention whose words say no more than its shape).
func joinPersonPrefixes(cands []candidate, ents []*docEntity, mention func(candidate) bool, target func(f *docEntity, n int) bool) {
	for k, e := range ents {
		if e.typ != model.Person || e.gaz >= 0 || len(e.cands) == 0 {
			continue
		}
		n := len(strings.Fields(e.nkey))
		if n < 2 || n > 3 {
			continue
		}
		only := true
		for _, ci := range e.cands {
			if c := cands[ci]; c.typ != model.Person || !mention(c) {
				only = false
				break
			}
		}
		if !only {
			continue
		}
		if t := soleLongerForm(ents, k, func(f *docEntity) bool { return target(f, n) }); t >= 0 {
			moveMentions(cands, ents, k, t)
		}
	}
}

// rePersonAside follows a person's name: ", who", ", whose", or an aside opening with an
// article or a possessive and a word (checked against the posts and kin words).
var rePersonAside = regexp.MustCompile(`^\s*,\s+(?:(who|whose)\b|(?:a|an|the|his|her)\s+(?:former\s+)?([a-z-]+))`)

// personAside reports an aside after offset e that says a person: ", who", ", the senator",
// ", his wife".
func personAside(text string, e int) bool {
	m := rePersonAside.FindStringSubmatch(text[e:min(len(text), e+60)])
	if m == nil {
		return false
	}
	if m[1] != "" {
		return true
	}
	w := m[2]
	return personPostWords[w] || isPersonTitle(w) || familyWords[w] || roleWords[w] != ""
}

// theBefore reports "the " right before offset s: a site is written so ("the Golden
// Lotus"), a firm's short form seldom.
func theBefore(text string, s int) bool {
	return s >= 4 && strings.EqualFold(text[s-4:s], "the ")
}
