package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A holder's share told with the holder set off by commas, or with the firm left unsaid. Each
// shape has recall and precision cases in apposed_stakes_test.go:
//
//   - the holder is an apposition of a description before it, or carries one after it: "a
//     Chinese national, Huang Zhenwei, holds 40 percent of the realty firm", "Zhang's wife,
//     Vanhxay Phommachanh, holds 20 percent of Kinglong Phoenix", "Major Saw Kyaw Lin, an
//     officer in the militia's 2nd Battalion, who holds a further 5 percent of Dongmei";
//   - the firm is left unsaid after a share, the firm whose shares the text is dividing:
//     "Records list A as Luckyhub's president and the holder of 60 percent of its shares. His
//     younger brother, B, holds 25 percent", "C, who holds 20 percent of the company, and D,
//     who holds 40 percent": the firm is found as for "the remaining 30 percent"
//     (shareFirm, share_refs.go).
//
// The holder is the name right before the verb; a name inside the holder's description (after
// "of", "in", or a possessor: "a member of the City Council, who holds") is passed over.

var (
	// reApposedStake is the verb and the share; group 1 is what follows the share: "of", "in"
	// (a firm named next) or nothing (the firm left unsaid).
	reApposedStake = regexp.MustCompile(`(?i)\b(?:holds|held|owns|owned)\s+(?:a\s+further\s+|another\s+|an?\s+)?(?:\d+(?:\.\d+)?\s*(?:%|percent\b|per\s+cent\b)|(?:ten|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-[a-z]+)?\s+(?:percent|per\s+cent)\b)(?:\s*\(\d+(?:\.\d+)?%\))?(?:\s+(?:stake|interest|shareholding)\s+(in)|\s+(of)\s+(?:the\s+(?:issued\s+|outstanding\s+)?(?:shares|equity|stock)\s+(?:of|in)\s+)?|\s*[,;.]|\s+(?:and|while|whereas)\b|\s*$)`)
	// reApposedHolderGap is what stands between the holder and the verb: a comma that closes
	// the holder's apposition (a description and "who" is reWhoHolderGap).
	reApposedHolderGap = regexp.MustCompile(`^\s*,\s*(?:(?:also|still|now|reportedly|allegedly|himself|herself|itself|jointly)\s+)*$`)
	// reApposedBefore ends a description the holder is the apposition of: "a Chinese
	// national, ", "Zhang's wife, ", "His younger brother, ".
	reApposedBefore = regexp.MustCompile(`(?:\b(?:[Aa]n?|[Tt]he|[Hh]is|[Hh]er|[Tt]heir)|[\w.-]['’]s)\s+(?:[\w'’-]+\s+){0,3}?[a-z][a-z-]*\s*,\s*$`)
	// reWhoHolderGap is a holder followed by "who": ", who holds", ", a lawyer, who holds".
	reWhoHolderGap = regexp.MustCompile(`^\s*,\s*(?:(?:a|an|the)\s+[^;()]{1,90}?,\s*)?who\s+(?:(?:also|still|now|reportedly|allegedly|jointly)\s+)*$`)
)

// apposedStakes reads the shapes above over each sentence; emit gets the sentence, the
// holder's and the firm's mentions (indexes into all; the firm's may be a reference or in an
// earlier sentence) and the span read.
func apposedStakes(text string, sents []sentence, all []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, hm, fm, s, e int)) {
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) == 0 {
			continue
		}
		seg := text[st.s:st.e]
		if low := strings.ToLower(seg); !mentionsAny(low, "percent", "%", "per cent") {
			continue
		}
		for _, m := range reApposedStake.FindAllStringSubmatchIndex(seg, 4) {
			vs, ve := st.s+m[0], st.s+m[1]
			hm := apposedHolder(text, st, all, ents, ms, vs)
			if hm < 0 {
				continue
			}
			fm := -1
			if m[2] >= 0 || m[4] >= 0 {
				// The firm named next: a company's name or its description.
				for _, mi := range ms {
					c := all[mi]
					if c.s < ve {
						continue
					}
					// "of the X" ends the match at "of", "a stake in the X" at "in": an article may stand between.
					if g := strings.TrimSpace(strings.ToLower(text[ve:c.s])); c.s-ve <= 5 && (g == "" || g == "the") &&
						c.ent >= 0 && ents[c.ent].typ == model.Company && !possessedName(text, c.e) {
						fm = mi
					}
					break
				}
			} else {
				// The firm left unsaid: the one whose shares the text divides.
				fm = shareFirm(text, sents, all, ents, bySent, si, all[hm].s)
			}
			if fm < 0 || all[fm].ent == all[hm].ent {
				continue
			}
			emit(si, hm, fm, all[hm].s, ve)
		}
	}
}

// apposedHolder returns the mention of the holder before the verb at vs, or -1: the nearest
// name before it that is not inside a description (after a preposition, or a possessor), set
// off by commas as an apposition or followed by "who".
func apposedHolder(text string, st sentence, all []candidate, ents []*docEntity, ms []int, vs int) int {
	for i := len(ms) - 1; i >= 0; i-- {
		c := all[ms[i]]
		if c.e > vs {
			continue
		}
		if c.ent < 0 {
			return -1
		}
		if possessed := possessedName(text, c.e); possessed || prepositionBefore(text, c.s) || articleAfterPreposition(text, c.s) {
			if ents[c.ent].typ == model.Person && !possessed {
				return -1 // "the wife of Gao Ming, who owns": the clause may be his
			}
			continue // "a member of the City Council, who": the council describes the holder
		}
		if pronounRef(c) || !agentType(ents[c.ent].typ) {
			return -1
		}
		gap := text[c.e:vs]
		if reWhoHolderGap.MatchString(gap) {
			return ms[i]
		}
		if reApposedHolderGap.MatchString(gap) &&
			reApposedBefore.MatchString(text[max(st.s, c.s-60):c.s]) {
			return ms[i]
		}
		return -1
	}
	return -1
}

// articleAfterPreposition reports "of the" or a possessor ("the militia's") right before
// start: the name is inside a description ("a member of the City Council", "an officer in
// the militia's 2nd Battalion").
func articleAfterPreposition(text string, start int) bool {
	f := strings.Fields(strings.ToLower(text[max(0, start-24):start]))
	if len(f) == 0 {
		return false
	}
	if w := f[len(f)-1]; strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		return true
	}
	return len(f) >= 2 && f[len(f)-1] == "the" && stakeObjectWords[f[len(f)-2]]
}
