package extract

import (
	"strings"
	"unicode"

	"github.com/scamgraph/scamgraph/internal/sources"
	"github.com/scamgraph/scamgraph/model"
)

// trialCourtEnd returns the end of a trial court's name that goes on after a comma with its
// branch and its seat, as Philippine decisions name them ("Regional Trial Court, Branch 58,
// Angeles City", "Regional Trial Court of Capas, Tarlac, Branch 66", "Municipal Trial Court
// of Bamban, Tarlac"), or j when toks[j] continues no such name. A seat is one or two
// capitalised words, or up to three that end in a place's kind word ("City"); after a seat
// only a branch may follow another comma, so a judge's or a party's name after the court is
// not taken in.
func trialCourtEnd(toks []token, i, j int) int {
	if j >= len(toks) || toks[j].text != "," || !trialCourt(toks, i, j) {
		return j
	}
	end, k, seats := j, j, 0
	for n := 0; n < 3 && k+1 < len(toks) && toks[k].text == ","; n++ {
		k++
		if toks[k].low == "branch" && k+1 < len(toks) && sources.IsDigits(toks[k+1].text) {
			k += 2
			end = k
			continue
		}
		if seats > 0 && n > 0 && toks[end-2].low != "branch" {
			break // a second seat only after "of": "Court of Capas, Tarlac"
		}
		m := k
		for m < len(toks) && m < k+3 && isCap(toks[m]) && !titleWords[toks[m].low] && !leadStrip[toks[m].low] {
			if dashInsideName(toks, m+1) {
				m += 2 // "Lapu-Lapu City"
			}
			m++
			if locationEnds[toks[m-1].low] {
				break
			}
		}
		if m == k || m-k == 3 && !locationEnds[toks[m-1].low] {
			break
		}
		seats++
		k, end = m, m
	}
	return end
}

// trialCourt reports a span holding "Trial Court" ("Regional Trial Court of Capas").
func trialCourt(toks []token, i, j int) bool {
	for k := i; k+1 < j; k++ {
		if toks[k].low == "trial" && toks[k+1].low == "court" {
			return true
		}
	}
	return false
}

// rulingWords name what a court or a body issues; they open a span that names a document
// of the body after "of" ("Joint Decision of the Regional Trial Court", "Ruling of the
// Court"). "Order" is left out: "the Order of Malta" is a body.
var rulingWords = set("decision", "decisions", "ruling", "rulings", "resolution", "resolutions", "judgment", "judgement")

// documentOfBody returns where the body starts in a span that opens with a document's name,
// "of" and the body ("Joint Decision of the Regional Trial Court of Capas"): the document is
// no body, the words after "of" name one. -1 when the span does not open so.
func documentOfBody(toks []token, i, j int) int {
	for k := i; k < j-1 && k <= i+2; k++ {
		if toks[k].low != "of" {
			continue
		}
		if k == i || !rulingWords[toks[k-1].low] {
			return -1
		}
		r := k + 1
		if r < j && toks[r].low == "the" {
			r++
		}
		if r >= j {
			return -1
		}
		return r
	}
	return -1
}

// stateBeforeBody reports a listed state's formal name ("Republic of the Philippines",
// "Kingdom of Cambodia") run into the name of a body after it in a heading, the body's words
// carrying a cue: two names. A short place before a body ("Kandal Provincial Police") is
// part of the body's name and stays.
func stateBeforeBody(g *Gazetteer, text string, toks []token, best, i, bestJ, spanJ int) bool {
	if g.entry(best).Type != model.Location || bestJ-i < 3 || spanJ-bestJ < 2 || !hasCue(toks[bestJ:spanJ]) {
		return false
	}
	for k := i + 1; k < bestJ; k++ {
		if toks[k].low == "of" {
			return true
		}
	}
	return false
}

// caseNumberEnd returns the index after a case number opening toks[i:j] ("Case No.
// R-24-1187", "Crim. Case No. 25-4471") when a name follows it, or i: the number is no part
// of the court's name run into it.
func caseNumberEnd(toks []token, i, j int) int {
	k := i
	for k < j && (toks[k].low == "crim" || toks[k].low == "crim." || toks[k].low == "civil" || toks[k].text == ".") {
		k++
	}
	if k+2 >= j || toks[k].low != "case" || (toks[k+1].low != "no" && toks[k+1].low != "no.") {
		return i
	}
	k += 2
	for k < j && (toks[k].text == "." || toks[k].text == "-" || strings.IndexFunc(toks[k].text, unicode.IsDigit) >= 0) {
		k++
	}
	if k >= j || !isCap(toks[k]) {
		return i
	}
	return k
}

// courtDistrictForms returns the full names of a court written with its district after "for
// the" ("United States District Court for the Central District of California"): the rules
// keep the district a place of its own, and the court's full name is how records cite it.
func courtDistrictForms(text string, cands []candidate, e model.Entity) []string {
	if e.Type != model.Organization {
		return nil
	}
	var out []string
	for _, m := range e.Mentions {
		rest := text[m.End:]
		if len(rest) < 9 || !strings.EqualFold(rest[:9], " for the ") {
			continue
		}
		at := m.End + 9
		for _, c := range cands {
			if c.s == at && c.typ == model.Location {
				out = append(out, text[m.Start:c.e])
				break
			}
		}
	}
	return out
}

// judgeSuffixes are the posts that Commonwealth judgments write after a judge's name
// ("Ahmad Fuad bin Othman J", "Lim Kok Hing JCA", "Tan FCJ"), in capitals.
var judgeSuffixes = set("J", "JJ", "JC", "JCA", "FCJ", "CJ", "JA")
