package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A tie or post that others ascribe to a person in the person's own clause: "X, a Chinese
// businessman whom local officials describe as Y's longtime business partner", "X, 44, whom
// investigators describe as a senior member of the Y", "X, whom two workers identified as a
// manager at Y", "X, a businessman described by police as Y's partner". The clause must be
// the person's (a comma, an optional short apposition and an optional "who ..." clause
// coordinated before "whom"), and the name the description reaches must follow "as" at once
// or after the post's noun and its preposition, so neither the source ("PAOCC officials",
// "the CIDG") nor a name inside the apposition is read as the tie's other end. The grade
// rules read the attribution. Cases in described_as_ties_test.go.

var (
	// reDescribedAsLead is the person's clause up to "as": ", a Chinese businessman who has
	// invested in casinos since 2018 and whom two traders described as ", ", described by
	// police as ".
	reDescribedAsLead = `^["”’]?\s*,\s*["“”’]?\s*(?:\d{1,3}\s*,\s*)?(?:(?:a|an|the)\s+[^,;()"“”]{1,50}?\s+)?` +
		`(?:(?:who\s+[^,;()"“”]{1,100}?\s+and\s+)?whom\s+(?:[^,;()"“”\s]+\s+){1,4}?(?:described|describe|describes|identified|identify|identifies|regarded|regard|regards)\s+|` +
		`(?:described|identified|regarded)\s+by\s+(?:[^,;()"“”\s]+\s+){1,4}?)as\s+`
	// reDescribedAsPoss ends at the possessor of the post or tie: "... as ".
	reDescribedAsPoss = regexp.MustCompile(reDescribedAsLead + `$`)
	// reDescribedAsOf ends at the body or person the noun is "of": "... as a longtime business
	// partner of the ", "... as a manager at ". Group 1 is the noun with its modifiers, group 2
	// the preposition.
	reDescribedAsOf = regexp.MustCompile(reDescribedAsLead + `(?:a|an|the)\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(of|to|at|with|in|for)\s+(?:the\s+)?$`)
	// reDescribedTieAfter follows the possessor of a tie: "'s longtime business partner". A
	// possessive after the noun ("Y's partner's driver") makes the tie another's.
	reDescribedTieAfter = regexp.MustCompile(`^['’]s\s+(?:(?:longtime|long-time|close|trusted|former|business|key|top|chief|personal|main|silent)\s+)*(business\s+partner|partner|associate|ally|aide|confidant|right-hand\s+man|lieutenant|frontman|front\s+man|proxy|fixer)\b(?:[^'’]|$|['’][^s]|['’]s\w)`)
	// reDisowned is a source that withholds or retracts the description: "whom officials have
	// never described as", "whom officials declined to describe as", "whom officials wrongly
	// identified as".
	reDisowned = regexp.MustCompile(`\b(?:never|not|no|longer|declined|refused|refuse|refuses|wrongly|mistakenly|falsely|erroneously|to)\s+(?:[a-z]+\s+)?(?:described|describe|describes|identified|identify|identifies|regarded|regard|regards)\b|n['’]t\s`)
)

// describedAsTies reads the shapes above; emit is possessedPosts'.
func describedAsTies(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(si, mi, mj, a, b int, pred, role string, appos bool)) {
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) < 2 || !mentionsAny(lowerASCII(text[st.s:st.e]), " as ") {
			continue // cheap test before the regular expressions
		}
		for i, mi := range ms {
			ca := cands[mi]
			if ca.ent < 0 || ents[ca.ent].typ != model.Person || pronounRef(ca) {
				continue
			}
			for _, mj := range ms[i+1:] {
				cb := cands[mj]
				if cb.s < ca.e || cb.s-ca.e > 260 {
					break
				}
				if cb.ent < 0 || cb.ent == ca.ent || pronounRef(cb) {
					continue
				}
				gap := lowerASCII(text[ca.e:cb.s]) // byte for byte, so offsets in gap are offsets in text
				if strings.ContainsAny(gap, ";.") {
					break
				}
				if pred, role, ok := describedAsTie(text, gap, cb, ents[cb.ent]); ok && !personInApposition(cands, ents, ms[i+1:], ca.e, gap) {
					emit(si, mi, mj, ca.ent, cb.ent, pred, role, false)
					break
				}
			}
		}
	}
}

// personInApposition reports a person named in the apposition before the clause ("X, a
// friend of Z whom police described as ..."): the clause may then be that person's.
func personInApposition(cands []candidate, ents []*docEntity, ms []int, from int, gap string) bool {
	end := len(gap)
	if m := reClauseStart.FindStringIndex(gap); m != nil {
		end = m[0]
	}
	for _, m := range ms {
		c := cands[m]
		if c.s >= from+end {
			break
		}
		if c.ent >= 0 && ents[c.ent].typ == model.Person {
			return true
		}
	}
	return false
}

// reClauseStart opens the clause after the apposition.
var reClauseStart = regexp.MustCompile(`\b(?:who|whom|described|identified|regarded)\b`)

// describedAsTie reads the tie the gap before mention cb (of entity obj) ascribes.
func describedAsTie(text, gap string, cb candidate, obj *docEntity) (pred, role string, ok bool) {
	typ := obj.typ
	if reDisowned.MatchString(gap) {
		return "", "", false
	}
	if reDescribedAsPoss.MatchString(gap) {
		after := lowerASCII(text[cb.e:min(len(text), cb.e+60)])
		if typ == model.Person {
			if reDescribedTieAfter.MatchString(after) {
				return model.AssociateOf, "", true
			}
			return "", "", false
		}
		if typ != model.Company && typ != model.Organization {
			return "", "", false
		}
		m := rePostAfterPossessor.FindStringSubmatch(after)
		if m == nil {
			return "", "", false
		}
		post := m[1]
		if fieldInPost(post) {
			post = strings.Fields(post)[0]
		}
		w, p := rolePhrase(post)
		if p == "" || p == model.Owns || w != post || militaryPostOfFirm(typ, w) {
			return "", "", false
		}
		// "Y's head of security": heading a part of the body is employment in the whole.
		if p == model.Directs && (m[2] == "for" || m[2] == "in" || m[2] == "at" || m[2] == "on" || fieldInPost(m[1])) {
			p = model.EmployedBy
		}
		return p, m[1], true
	}
	m := reDescribedAsOf.FindStringSubmatch(gap)
	if m == nil {
		return "", "", false
	}
	w, p := rolePhrase(m[1])
	if typ == model.Person {
		if (m[2] == "of" || m[2] == "to") && associateWords[w] && !familyWords[w] {
			return model.AssociateOf, "", true
		}
		return "", "", false
	}
	if typ != model.Company && typ != model.Organization || p == "" || p == model.Owns || militaryPostOfFirm(typ, w) {
		return "", "", false
	}
	if p == model.MemberOf && m[2] != "of" && m[2] != "in" {
		return "", "", false
	}
	// "a manager at Y": one of the firm's managers, which headPost would read as its head.
	if headPost(p, w, obj) != p {
		return "", "", false
	}
	return p, w, true
}
