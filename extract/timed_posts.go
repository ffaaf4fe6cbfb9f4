package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A post stated with a time between the verb and the post: "U Myo Thant was until last year
// an adviser to the Karen State government", "Heng has served since 2023 as an adviser to the
// Council of Ministers", "Lim was, from 2016 to 2021, a director of X", "Sok Dara was until
// 2020 an aide to Hun Manet". The time says when the tie held, not what it is; the post
// reads as it would without it (the role table for a body, the associate and kin nouns for a
// person).

// timeSpan is a time phrase that may stand between a copula and a post.
const timeSpan = `(?:(?:until|since|from|in|between|through|till|before|after)\s+(?:last\s+year|this\s+year|early\s+|late\s+|mid-?)?(?:\d{4}|[a-z]+\s+\d{4}|last\s+year|this\s+year|then)?(?:\s*(?:to|and|until|-|–)\s*\d{4})?|for\s+(?:years|decades|a\s+decade|(?:two|three|four|five|six|seven|eight|nine|ten|many|several|\d+)\s+years)|(?:once|briefly|long|formerly|previously|also))`

// reTimedPost is the gap of "X was until last year an adviser to ", with the post in group 1.
var reTimedPost = regexp.MustCompile(`^\s*(?:,\s*who\s+|,?\s+)(?:is|was|has\s+been|had\s+been|have\s+been|has|had|have|served|serves|has\s+served|had\s+served|worked|works|has\s+worked)\s*,?\s+` + timeSpan + `(?:\s*,)?\s+(?:been\s+)?(?:as\s+)?(?:a|an|the)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:of|at|to|for|in|with)\s+(?:the\s+)?$` +
	// "X, a Lao national who until 2019 was a deputy director at Y", "X, who between 2018 and
	// 2021 served as an adviser to Y": the time between "who" and the verb.
	`|^\s*,\s*(?:(?:a|an|the)\s+[^,;:()]{1,40}?\s+)?who\s*,?\s+` + timeSpan + `(?:\s*,)?\s+(?:was|had\s+been|served\s+as|worked\s+as)\s+(?:a|an|the)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:of|at|to|for|in|with)\s+(?:the\s+)?$`)

// rePrepObjectBefore ends an apposition whose last word before a name is a preposition: the
// name is its object (", the husband of ", ", a lawyer for ").
var rePrepObjectBefore = regexp.MustCompile(`,\s*(?:the|a|an|his|her|their|its)\s+(?:[\w'’-]+\s+){0,3}?(?:of|for|to|with|by)\s+(?:the\s+)?$`)

// lowerRanks open a post under the head of a body: "deputy department director".
var lowerRanks = set("deputy", "assistant", "vice")

// reObjectBefore ends the words before a name that is the object of a preposition or verb.
var reObjectBefore = regexp.MustCompile(`\b(?:of|to|for|with|at|by|from|in|on|and|met|named|told)\s*$`)

// timedPostPair reads the post between mentions ms[p] (a person) and ms[q].
func timedPostPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64), setRole func(string)) {
	if q != p+1 {
		return
	}
	ca, cb := cands[ms[p]], cands[ms[q]]
	if ca.ent < 0 || cb.ent < 0 || ca.ent == cb.ent || cb.s < ca.e || cb.s-ca.e > 160 || ents[ca.ent].typ != model.Person {
		return
	}
	gap := trimNameTitles(stripNameAsides(strings.ToLower(text[ca.e:cb.s]))) // ", 36, known as "Big","
	m := reTimedPost.FindStringSubmatch(gap)
	if m == nil {
		return
	}
	whoFirst := m[1] == "" // "X, a Lao national who until 2019 was ...": the clause is X's
	if whoFirst {
		m[1] = m[2]
		// "Y, the husband of X, who until 2019 was ...": X is a preposition's object inside
		// another's apposition; "who" may be Y's.
		if rePrepObjectBefore.MatchString(trimNameTitles(strings.ToLower(text[max(0, ca.s-40):ca.s]))) {
			return
		}
	}
	// "Hun To, a cousin of Hun Manet, was once ...": a name that ends an inserted phrase is
	// not the subject of the verb after it; "Her husband, U Myo Thant, was ..." is.
	if !whoFirst && strings.HasPrefix(strings.TrimSpace(gap), ",") && !strings.HasPrefix(strings.TrimSpace(gap)[1:], " who") &&
		reObjectBefore.MatchString(trimNameTitles(strings.ToLower(text[max(0, ca.s-40):ca.s]))) {
		return
	}
	switch tb := ents[cb.ent].typ; tb {
	case model.Person:
		if w := strings.Join(strings.Fields(m[1]), " "); associateWords[w] || familyWords[w] || actingFor[w] {
			add(ca.ent, cb.ent, tiePred(w), 0.75)
		} else if f := strings.Fields(w); len(f) > 1 && (associateWords[f[len(f)-1]] || actingFor[f[len(f)-1]]) {
			add(ca.ent, cb.ent, model.AssociateOf, 0.75) // "special aide", "business partner"
		}
	case model.Organization, model.Company:
		w, pred := rolePhrase(m[1])
		if f := strings.Fields(m[1]); pred == "" && whoFirst && len(f) > 1 && (staffHeads[f[len(f)-1]] || lowerRanks[f[0]] && roleWords[f[len(f)-1]] != "") {
			w, pred = strings.Join(f, " "), model.EmployedBy // "a personal assistant at", "a deputy department director at"
		}
		// "who until 2019 was a shareholder of A": a holding with its end told; the post
		// readers mark the end of a post, nothing marks it on a holding.
		if whoFirst && pred == model.Owns {
			return
		}
		if pred != "" && typed(pred, model.Person, tb, ents[cb.ent].name) {
			setRole(w)
			add(ca.ent, cb.ent, pred, 0.75)
		}
	}
}
