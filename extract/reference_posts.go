package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A body's post told through "its" with no name right after it: "Accused Zhou, a Chinese
// national, was its president.", "Its legal representative is Liu Haoran.", "its Filipino
// human resources officer, Maricel Lopez". A post is held in a firm or a body, so "its" here
// stands for a company or an organisation, never a site. Its antecedent is the one such body
// named before it in its own sentence, else the most salient one of the nearest earlier
// sentence (up to two back) that names any: the first named there (in English the subject
// comes first; Grosz, Joshi & Weinstein 1995), passing over a body only cited as a source or
// a regulator ("records from the Securities and Exchange Commission", "revoked by PAGCOR").

// bodyPostTypes are the types a post told through "its" may belong to.
var bodyPostTypes = []string{model.Company, model.Organization}

// postLeadWords may stand between "its" and the post: "its former president", "its Filipino
// human resources officer".
var postLeadWords = set("former", "current", "then", "acting", "interim", "new", "longtime", "long-time", "sole", "main", "local", "top", "only", "registered")

// itsPost returns the index of the token after a post that follows "its" at token k ("its
// [former] [Filipino] legal representative"), or 0 when no post of a person follows.
func itsPost(toks []token, k int) int {
	j := k + 1
	for n := 0; n < 2 && j < len(toks) && (postLeadWords[toks[j].low] || nationalities[toks[j].low] || demonyms[toks[j].low] || countWords[toks[j].low]); n++ {
		j++
	}
	for n := 3; n >= 1; n-- {
		if j+n > len(toks) {
			continue
		}
		ws := make([]string, n)
		ok := true
		for i := range ws {
			if toks[j+i].kind != tokWord {
				ok = false
				break
			}
			ws[i] = toks[j+i].low
		}
		if !ok {
			continue
		}
		phrase := strings.Join(ws, " ")
		w, pred := rolePhrase(phrase)
		if pred == "" || w != phrase {
			phrase, w, pred = pluralPost(phrase) // "its shareholders are" (possessed_counts.go)
		}
		if w != phrase || pred != model.Directs && pred != model.EmployedBy && pred != model.Owns {
			continue
		}
		end := j + n
		// "its president's son", "its director general": the post is not the phrase's end.
		if end < len(toks) && (toks[end].kind == tokWord && !isCap(toks[end]) && roleWords[toks[end].low] != "" || strings.HasPrefix(toks[end].text, "'") || strings.HasPrefix(toks[end].text, "’")) {
			return 0
		}
		return end
	}
	return 0
}

// reCitedBody ends the words before a body named only as a source or a regulator.
var reCitedBody = regexp.MustCompile(`(?i)(?:according\s+to|on\s+file\s+(?:with|at)|records?\s+(?:from|of|filed\s+with|at)|filings?\s+(?:with|at|from)|documents?\s+(?:from|filed\s+with)|registered\s+with|filed\s+with|licen[cs]ed\s+by|revoked\s+by|cancelled\s+by|canceled\s+by|told|by\s+the\s+)\s*(?:the\s+)?$`)

// reCoordItsGap joins "its" to the body just before it: " and ", ", the developer of the
// park, and ".
var reCoordItsGap = regexp.MustCompile(`^\s*(?:,[^,;]{0,80},)?\s*,?\s*(?:and|as\s+well\s+as)\s+$`)

// postAntecedent resolves "its" before a post at offset off of sentence si: the one body
// named before it in its sentence (of two, the one "its" is coordinated with), else the first
// body not cited as a source in the nearest earlier sentence (up to two back) naming one.
func postAntecedent(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, si, off int) (int, int) {
	fits := func(c candidate) bool {
		return c.ent >= 0 && (ents[c.ent].typ == model.Company || ents[c.ent].typ == model.Organization)
	}
	// In its own sentence, the one body before it; of two, the nearest only when "its" is
	// coordinated with it ("OFAC designated X, the developer of the park, and its director").
	if own, named := soleEntity(cands, bySent[si], func(c candidate) bool { return c.e <= off && fits(c) }); named {
		if own >= 0 {
			return own, si
		}
		ms := bySent[si]
		for i := len(ms) - 1; i >= 0; i-- {
			if c := cands[ms[i]]; c.e <= off && fits(c) {
				if reCoordItsGap.MatchString(text[c.e:off]) {
					return c.ent, si
				}
				break
			}
		}
		return -1, -1
	}
	for sj := si - 1; sj >= 0 && sj >= si-2; sj-- {
		if paragraphBetween(text, sents, sj, si) {
			break // a new paragraph opens a new topic (board_refs.go)
		}
		first, any := -1, false
		for _, m := range bySent[sj] {
			c := cands[m]
			if !fits(c) {
				continue
			}
			any = true
			if reCitedBody.MatchString(text[max(sents[sj].s, c.s-40):c.s]) ||
				reSanctioner.MatchString(text[c.e:min(len(text), c.e+60, sents[sj].e)]) {
				// A cited body, or a body designating others ("OFAC sanctioned X. Its chairman,
				// W, ..."): "its" is the designated party's, never the designator's.
				continue
			}
			first = c.ent
			break
		}
		if any {
			if first < 0 {
				return -1, -1
			}
			return first, sj
		}
	}
	return -1, -1
}

// itsBefore reports that the word ending at offset end is "its": a mention there is the
// pronoun read as a reference, a name in the possessive.
func itsBefore(text string, end int) bool {
	return end >= 3 && strings.EqualFold(text[end-3:end], "its") && (end == 3 || !isWordByte(text[end-4]))
}

// headVerbs are verbs the tagger may read as plural nouns after a description's head ("the
// 18-hectare plot belongs to"): they end the noun phrase.
var headVerbs = set("belongs", "sits", "lies", "stands", "houses", "borders")

// landHeads name the ground a site stands on ("the land is owned by", "the 18-hectare plot
// belongs to"): the site named before, for its owner. landModifiers after one make a new
// description ("the land on which the hub stands", "the plot in Kampot"), pointing back to
// nothing.
var (
	landHeads     = set("land", "plot", "property", "premises", "building", "lot", "parcel")
	landModifiers = set("on", "under", "beneath", "where", "in", "at", "near", "which", "that", "along", "across", "next", "around")
)

// sameHeadRef returns the entity a description with the same head noun stood for in its own
// sentence or the three before it (the latest such reference), and the sentence of its name:
// a repeated definite description continues its referent (Vieira & Poesio 2000), before any
// nearer name that never carried the noun.
func sameHeadRef(out []reference, si int, head string, types []string) (int, int) {
	for i := len(out) - 1; i >= 0 && out[i].cand.sent >= si-3; i-- {
		r := out[i]
		f := strings.Fields(strings.ToLower(r.cand.text))
		if len(f) < 2 || f[0] != "the" && f[0] != "this" || f[len(f)-1] != head || !slices.Contains(types, r.cand.typ) {
			continue
		}
		return r.cand.ent, r.from
	}
	return -1, -1
}

// reApposArticle reads the first words of an apposition with an article after a name.
var reApposArticle = regexp.MustCompile(`^\s*(?:\([^)]{1,20}\)\s*)?,\s*(?:a|an|the)\s+((?:[a-z-]+\s+){0,3}[a-z-]+)`)

// apposStops end the noun phrase of an apposition.
var apposStops = set("of", "for", "to", "in", "at", "with", "from", "by", "on", "that", "which", "who", "whose", "and", "or")

// apposHeads holds, per entity, the head nouns the text described it with in an apposition
// ("the Dawna Brigade, an armed group operating in ..."), and the offset of the first.
type apposHeads map[int]map[string]int

// describedHeads reads the apposition after each name: an entity so described is what a
// later description with that head ("the group") may stand for, even where the mention then
// is only its name ("The Dawna Brigade provides security. The group is led by X").
func describedHeads(text string, cands []candidate) apposHeads {
	out := apposHeads{}
	for _, c := range cands {
		if c.ent < 0 || c.e >= len(text) || text[c.e] != ',' && text[c.e] != ' ' && text[c.e] != '(' {
			continue
		}
		m := reApposArticle.FindStringSubmatch(strings.ToLower(text[c.e:min(len(text), c.e+60)]))
		if m == nil {
			continue
		}
		// The first class noun among the apposition's words: ", an armed group operating in".
		for _, w := range strings.Fields(m[1]) {
			if apposStops[w] {
				break // "the wife of Senator X": what follows describes someone else
			}
			if classNouns[w] == nil || namedHeads[w] {
				continue
			}
			if out[c.ent] == nil {
				out[c.ent] = map[string]int{}
			}
			if _, ok := out[c.ent][w]; !ok {
				out[c.ent][w] = c.s
			}
			break
		}
	}
	return out
}

// has reports that mention c's entity was described with head before c.
func (d apposHeads) has(c candidate, head string) bool {
	at, ok := d[c.ent][head]
	return ok && c.ent >= 0 && at <= c.s
}
