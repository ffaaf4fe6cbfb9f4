package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Antecedents a description or a pronoun must not miss or mistake:
//   - the head as written: "Kings Romans Group ... The group's chairman, X" stands for the
//     firm whose mention ends in "Group" even when the gazetteer files it under another name
//     ("Kings Romans International");
//   - "the group" is a firm called a group: when the nearest firm is not ("Kirin Land Co.,
//     Ltd."), the one firm named earlier whose name ends in "Group" is meant;
//   - "He Wenbo": "He" (or "She") before a capitalised word is a surname, not a pronoun;
//   - "its chief executive, X": a firm's post belongs to a firm or a body, never to the
//     site the previous sentence opened with.

// writtenHead reports a name mention whose own words end in the head noun: "Kings Romans
// Group" for "the group". A description ("the group") is no name.
func writtenHead(c candidate, head string) bool {
	w := strings.Fields(strings.ToLower(c.text))
	return len(w) > 1 && w[0] != "the" && w[0] != "this" && w[0] != "its" && strings.TrimRight(w[len(w)-1], ".,") == head
}

// firmNotCalledGroup reports that "the group" was resolved to a company whose name does not
// end in "Group" and that the text never described as a group: a nearer firm than the one
// the description means.
func firmNotCalledGroup(text string, cands []candidate, ents []*docEntity, bySent map[int][]int, from, ent int, head string, described apposHeads) bool {
	if head != "group" || ent < 0 || ents[ent].typ != model.Company {
		return false
	}
	for _, m := range bySent[from] {
		if c := cands[m]; c.ent == ent && (headOf(text, c, ents, head) || described.has(c, head)) {
			return false
		}
	}
	return true
}

// surnamePronoun reports "He" or "She" written with a capital before another capitalised
// word: a Chinese surname opening a name ("He Wenbo"), not a pronoun.
func surnamePronoun(toks []token, k int) bool {
	return k+1 < len(toks) && (toks[k].text == "He" || toks[k].text == "She") && isCap(toks[k+1]) && toks[k+1].kind == tokWord
}

// firmPostWords are words of a post held in a firm or a body, never a site's: after "its"
// they make the possessor a company or an organisation.
var firmPostWords = set("executive", "director", "directors", "ceo", "cfo", "coo", "chairman", "chairwoman", "chairperson",
	"president", "vice-president", "vice-chairman", "secretary", "treasurer", "shareholder", "shareholders", "founder",
	"co-founder", "board", "vice")

// itsFirmPost reports a firm's post between "its" at token k and the comma or name after it:
// "its chief executive, X", "its managing director X".
func itsFirmPost(toks []token, k int) bool {
	for j := k + 1; j < len(toks) && j <= k+4 && toks[j].kind == tokWord && !isCap(toks[j]); j++ {
		if firmPostWords[toks[j].low] {
			return true
		}
	}
	return false
}

// subjectHeads are the heads of a firm's description that continue the previous sentence's
// subject rather than the firm named last in it.
var subjectHeads = set("company", "firm", "corporation")

// reFirmSubjectLead is what may open a sentence before its subject's name: nothing, an article,
// or a description set off before the name ("The corporation, RDO Agri-Ventures Corp.,").
var reFirmSubjectLead = regexp.MustCompile(`^\s*(?:the\s+)?(?:(?:company|firm|corporation|developer)\s*,\s*)?$`)

// firmSubject returns the firm that opens sentence from (its subject) when a description of
// head at sentence si was resolved to another firm named later in that sentence (ent): "The
// corporation, RDO Corp., bought the plot and leased it to Xinyao Inc. ... the firm's
// president" continues RDO (the centre of the sentence; Grosz, Joshi & Weinstein 1995).
// It returns -1 when the subject is no firm or is ent itself.
func firmSubject(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, si, from, ent int, head string) int {
	if !subjectHeads[head] || from >= si || from < 0 {
		return -1
	}
	for _, m := range bySent[from] {
		c := cands[m]
		if c.ent < 0 {
			continue
		}
		if c.ent == ent || ents[c.ent].typ != model.Company || !reFirmSubjectLead.MatchString(strings.ToLower(text[sents[from].s:c.s])) {
			return -1
		}
		return c.ent
	}
	return -1
}

// reItSubsidiary follows "it" standing for a firm held by another: " is a subsidiary of",
// " is, in turn, a wholly owned unit of", " became an affiliate of".
var reItSubsidiary = regexp.MustCompile(`(?i)^\s+(?:is|was|has\s+been|had\s+been|became|remains)\s+(?:(?:now|also|still|effectively|in\s+turn|,\s*in\s+turn\s*,)\s+)*(?:a|an|the)\s+(?:(?:wholly|wholly-owned|majority|majority-owned|fully|100%|owned|local|cambodian|lao|thai|philippine|myanmar|chinese|hong\s+kong)\s+){0,3}(?:subsidiary|unit|affiliate|arm|division)\s+of\s`)

// honorificHeads map an honorific written before a name to the descriptions it makes the
// person: "Oknha", the Cambodian title of a wealthy patron, makes "the tycoon" and "the
// businessman".
var honorificHeads = map[string][]string{"oknha": {"tycoon", "businessman", "magnate"}}

// honorificHead reports a person named after an honorific that a description's head fits:
// "Oknha Ly Sovannarith ... The tycoon's daughter" for the Oknha, before a nearer person.
func honorificHead(text string, c candidate, ents []*docEntity, head string) bool {
	if ents[c.ent].typ != model.Person || c.s > len(text) {
		return false
	}
	f := strings.Fields(strings.ToLower(text[max(0, c.s-30):c.s]))
	if len(f) == 0 || !strings.HasSuffix(text[:c.s], " ") {
		return false
	}
	for _, h := range honorificHeads[strings.TrimRight(f[len(f)-1], ".,")] {
		if h == head {
			return true
		}
	}
	return false
}
