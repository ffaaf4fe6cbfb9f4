package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Cabinet members named by their portfolio. A text calls a minister "Interior Secretary
// Benhur Abalos", "Justice Secretary X", "Interior Minister X" or "Secretary for Security X"
// and names the ministry elsewhere ("the Department of the Interior and Local Government",
// "the Security Bureau"): the portfolio is the ministry's field, and its secretary or
// minister heads it (DIRECTS). Read only when exactly one ministry, department or bureau of
// the text has every word of the portfolio in its name; a qualified title ("Deputy Interior
// Minister", "Thai Interior Minister", "Under Secretary") names no such body and is left alone.

var (
	// rePortfolioBefore ends the words before the minister's name: "Interior Secretary ",
	// "Migrant Workers Secretary ", "Foreign Minister ".
	rePortfolioBefore = regexp.MustCompile(`(?:^|[^\w.’'-])((?:[A-Z][a-z]+\s+){1,3})(Secretary|Minister)\s+$`)
	// rePortfolioFor ends the words of "Secretary for Security ", "Minister of Justice ".
	rePortfolioFor = regexp.MustCompile(`(?:^|[,;:(“"—–]\s*|\b[a-z]+\s+)(Secretary|Minister)\s+(?:for|of)\s+(?:the\s+)?((?:[A-Z][a-z]+\s+){1,3})$`)
	// reMinistryName is a body a portfolio may head.
	reMinistryName = regexp.MustCompile(`(?i)\b(?:ministry|department|bureau)\b`)
)

// portfolioBody returns the one ministry whose name has every word of the portfolio, or -1.
func portfolioBody(ents []*docEntity, field []string) int {
	found := -1
	for i, e := range ents {
		if e.typ != model.Organization || !reMinistryName.MatchString(e.name) {
			continue
		}
		name := " " + strings.ToLower(e.name) + " "
		all := true
		for _, w := range field {
			if !strings.Contains(name, " "+w+" ") {
				all = false
				break
			}
		}
		if !all {
			continue
		}
		if found >= 0 {
			return -1
		}
		found = i
	}
	return found
}

// portfolioTitles calls emit(si, person, ministry, role, titleStart, nameEnd, bodySent) for
// each person named after a portfolio title in sentence si.
func portfolioTitles(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(si, a, b int, role string, s, e, bodySent int)) {
	firstSent := map[int]int{}
	for _, c := range cands {
		if _, ok := firstSent[c.ent]; !ok && c.ent >= 0 {
			firstSent[c.ent] = c.sent
		}
	}
	for si, st := range sents {
		for _, m := range bySent[si] {
			c := cands[m]
			if c.ent < 0 || ents[c.ent].typ != model.Person || pronounRef(c) || len(strings.Fields(text[c.s:c.e])) < 2 {
				continue
			}
			from := max(st.s, c.s-60)
			before := text[from:c.s]
			var words []string
			var title string
			start := -1
			if t := rePortfolioBefore.FindStringSubmatchIndex(before); t != nil {
				words, title, start = strings.Fields(before[t[2]:t[3]]), before[t[4]:t[5]], from+t[2]
				if len(words) > 0 && words[0] == "The" {
					words = words[1:]
				}
			} else if t := rePortfolioFor.FindStringSubmatchIndex(before); t != nil {
				words, title, start = strings.Fields(before[t[4]:t[5]]), before[t[2]:t[3]], from+t[2]
			}
			if len(words) == 0 || notHeadBefore(text[max(st.s, start-20):start]) || countryTitleBefore(text[max(st.s, start-30):start]) {
				continue
			}
			field := make([]string, len(words))
			for i, w := range words {
				field[i] = strings.ToLower(w)
			}
			b := portfolioBody(ents, field)
			if b < 0 {
				continue
			}
			emit(si, c.ent, b, strings.Join(field, " ")+" "+strings.ToLower(title), start, c.e, firstSent[b])
		}
	}
}

// notHeadQualifiers are the words before a title that make its holder no sitting head:
// "former Justice Secretary", "the late Justice Secretary", "deputy Justice Minister".
var notHeadQualifiers = set("former", "ex", "late", "deputy", "assistant", "acting", "then", "would-be", "candidate", "vice")

// notHeadBefore reports that the last word of before, in any case, is a notHeadQualifiers word.
func notHeadBefore(before string) bool {
	return notHeadQualifiers[strings.ToLower(lastBareWord(before))]
}

// lastBareWord returns the last word of before without the punctuation around it, or "".
func lastBareWord(before string) string {
	ws := strings.Fields(before)
	if len(ws) == 0 {
		return ""
	}
	return strings.Trim(ws[len(ws)-1], ",;:(“\"—–")
}

// countryTitleBefore reports a title after a possessive or a country word: "Thailand's
// Justice Minister X", "Cambodian Interior Minister X". The title is that country's, and the
// ministry the text names elsewhere may be another country's.
func countryTitleBefore(before string) bool {
	w := lastBareWord(before)
	if w == "" {
		return false
	}
	if strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s") {
		return true
	}
	return isCountry(w) || demonyms[strings.ToLower(w)]
}
