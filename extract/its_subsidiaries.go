package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A firm's subsidiary named after "its": "Its wholly owned subsidiary, Y, holds the lease",
// "The company operates through its wholly owned subsidiary, Y", "Z Group, through its
// subsidiary Y, built the park", "Through its wholly owned subsidiary, Y, Z owned the
// compound", "froze the assets of the company and its subsidiaries, among them Y": the firm
// "its" stands for owns Y. A subsidiary belongs to a firm, so "its" stands only for a firm:
//
//   - the subject of its sentence, or a firm joined to "its" by "and" ("Z and its subsidiary
//     Y"): in "A acquired B through its subsidiary C", "its" is A's, never B's;
//   - a firm named after Y when "Through its subsidiary, Y," opens the sentence: its subject;
//   - else, with no name before it, the firm of the sentences before (shareAntecedent).
//
// A subsidiary sold or spun off is no longer the firm's: nothing is read after "sold its";
// "its former subsidiary" is left out by reItsSubsidiary, which takes no such modifier. Recall and precision cases are in its_subsidiaries_test.go.

var (
	// reItsSubsidiary is "its" and the subsidiary's noun, up to where Y is named; group 1 is
	// "its", group 2 the noun's plural ending.
	reItsSubsidiary = regexp.MustCompile(`(?i)\b(its)\s+(?:(?:wholly|fully|majority|100%)[- ]owned\s+|(?:local|main|principal|operating|onshore|offshore|cambodian|lao|thai|myanmar|burmese|philippine|malaysian|hong\s+kong)\s+)*subsidiar(y|ies)\b(?:\s*,\s*|\s+)(?:(?:including|among\s+them|such\s+as|namely|include|included|includes|incl\.)\s*,?\s*)?(?:the\s+)?`)
	// reSubsidiaryLost is a verb or word before "its" that ends the tie: "sold its", "spun
	// off its", "the sale of its".
	reSubsidiaryLost = regexp.MustCompile(`(?i)\b(?:sold|sells|sell|selling|divested|divests|divesting|disposed\s+of|spun\s+off|spin\s+off|transferred|sale\s+of|disposal\s+of|closed|liquidated|dissolved)\s+(?:(?:all|most|part|some)\s+(?:of\s+)?)?$`)
	// reUnnamedAnd ends a gap on a firm told without a name and joined to "its": "sued the
	// developer and its subsidiaries", "a lease with a Chinese firm and its subsidiary"; "its"
	// is that firm's, not the subject's.
	reUnnamedAnd = regexp.MustCompile(`\b(?:the|a|an|this|that|another)\s+(?:[\w-]+\s+){1,3}and\s*$`)
	// reCataphoraClose closes Y's apposition before the sentence's subject: "(\"Y\"), ".
	reCataphoraClose = regexp.MustCompile(`^\s*(?:\([^()]{1,60}\)\s*)*,\s*(?:the\s+)?$`)
	// reSubsidiaryNext joins one more subsidiary of a list: ", ", " and ", ", and ".
	reSubsidiaryNext = regexp.MustCompile(`^\s*(?:\([^()]{1,60}\)\s*)?(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?$`)
)

// itsSubsidiaries reads the shape above in each sentence; emit gets the sentence, the parent
// firm, the sentence that names it, the subsidiary's mention (an index into all) and the span
// read.
func itsSubsidiaries(text string, sents []sentence, all []candidate, ents []*docEntity, bySent, typedSent map[int][]int, emit func(si, parent, ps, sm, s, e int)) {
	firm := func(c candidate) bool {
		return c.ent >= 0 && !pronounRef(c) && ents[c.ent].typ == model.Company
	}
	for si, st := range sents {
		ms := typedSent[si]
		if len(ms) == 0 {
			continue
		}
		seg := text[st.s:st.e]
		if !strings.Contains(strings.ToLower(seg), "subsidiar") {
			continue
		}
		for _, m := range reItsSubsidiary.FindAllStringSubmatchIndex(seg, 3) {
			its, end := st.s+m[2], st.s+m[1]
			plural := strings.EqualFold(seg[m[4]:m[5]], "ies")
			if reSubsidiaryLost.MatchString(text[max(st.s, its-40):its]) {
				continue
			}
			// The subsidiaries: a firm named right where the words end, and for the plural
			// the firms listed after it.
			var subs []int
			at := end
			for _, mi := range ms {
				c := all[mi]
				if c.s < at || c.ent < 0 || pronounRef(c) {
					continue
				}
				if len(subs) > 0 && c.ent == all[subs[len(subs)-1]].ent {
					at = c.e // the name again ("Y (\"Y\")")
					continue
				}
				gap := text[at:c.s]
				if len(subs) == 0 && strings.TrimSpace(gap) != "" || len(subs) > 0 && !reSubsidiaryNext.MatchString(gap) {
					break
				}
				if !firm(c) {
					break
				}
				subs = append(subs, mi)
				at = c.e
				if !plural {
					break
				}
			}
			if len(subs) == 0 {
				continue
			}
			parent, ps := subsidiaryParent(text, sents, st, all, ents, bySent, ms, si, its, all[subs[len(subs)-1]], firm)
			if parent < 0 {
				continue
			}
			for _, sm := range subs {
				if all[sm].ent != parent {
					emit(si, parent, ps, sm, min(its, all[sm].s), all[sm].e)
				}
			}
		}
	}
}

// subsidiaryParent finds the firm "its" at offset its stands for, and the sentence naming it;
// last is the last subsidiary read.
func subsidiaryParent(text string, sents []sentence, st sentence, all []candidate, ents []*docEntity, bySent map[int][]int, ms []int, si, its int, last candidate, firm func(candidate) bool) (int, int) {
	// The nearest name before "its" other than a place.
	before := -1
	for _, mi := range ms {
		c := all[mi]
		if c.e > its {
			break
		}
		if c.ent >= 0 && !pronounRef(c) && ents[c.ent].typ != model.Location {
			before = mi
		}
	}
	if before >= 0 {
		c := all[before]
		if !firm(c) {
			return -1, -1
		}
		if describedAgain(all, ms, c) {
			return -1, -1 // "Z sued the developer and its subsidiaries": the developer is no Z
		}
		gap := strings.ToLower(text[c.e:its])
		subject := true
		for _, mi := range ms {
			if d := all[mi]; d.s < c.s && d.ent >= 0 && !pronounRef(d) && ents[d.ent].typ != model.Location && d.ent != c.ent {
				subject = false
			}
		}
		// "Z and its subsidiary Y": the firm joined to "its".
		if strings.TrimSpace(gap) == "and" || subject && !strings.Contains(gap, ";") && !reUnnamedAnd.MatchString(gap) {
			return c.ent, si
		}
		return -1, -1
	}
	// "Through its wholly owned subsidiary, Y, Z owned ...": the subject after Y.
	if lead := strings.ToLower(strings.TrimSpace(text[st.s:its])); lead == "through" {
		for _, mi := range ms {
			c := all[mi]
			if c.s < last.e || c.ent < 0 || c.ent == last.ent {
				continue
			}
			if firm(c) && reCataphoraClose.MatchString(text[last.e:c.s]) {
				return c.ent, si
			}
			break
		}
		return -1, -1
	}
	if strings.TrimSpace(text[st.s:its]) != "" {
		return -1, -1 // "Police said its subsidiary ...": the words before "its" name no firm
	}
	return shareAntecedent(text, sents, all, ents, bySent, si, its)
}

// describedAgain reports a firm told by a description ("the developer") in the sentence that
// already names it before: a sentence seldom describes its own subject again, so the
// description stands for another firm and "its" after it is not the subject's.
func describedAgain(all []candidate, ms []int, c candidate) bool {
	if c.text == "" || c.text[0] < 'a' || c.text[0] > 'z' {
		return false
	}
	for _, mi := range ms {
		if d := all[mi]; d.e <= c.s && d.ent == c.ent && d.text != "" && (d.text[0] < 'a' || d.text[0] > 'z') {
			return true
		}
	}
	return false
}
