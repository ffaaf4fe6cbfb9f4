package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A judgment names its judge in the lines that open or sign it, and a report names the judge
// by title, with the court itself named elsewhere on the page: "Koh Mei Ling J:", "Rebecca A.
// Morales, United States District Judge", "(Wong Ka Yan) Judge of the Court of First
// Instance", "Tan Wei Ming / Judge of the High Court", "Judge Noor Hafizah binti Abdullah
// allowed bail". A judge serves in the court (EMPLOYED_BY, role "judge"). The court is the one
// the judge's line names ("Judge of the High Court", "Judge, High Court of Malaya"), else the
// only court the page names; with two courts and none named in the line, no court is read.
//
// A presiding judge is left alone: the sets read a presiding judge's post both as heading the
// court and as serving in it. Cases are in judge_lines_test.go.

var (
	// reJudgeAfter follows a judge's name: ", United States District Judge", ")\n\nJudge of
	// the", "\nJudge, ". Group 1 holds the words before "judge".
	reJudgeAfter = regexp.MustCompile(`^\s*\)?\s*(?:,\s*|\n\s*)((?:(?:united\s+states|u\.\s?s\.|senior|chief|district|magistrate|sessions\s+court|high\s+court|circuit|presiding|the)\s+)*)judge\b(\s+of\s+(?:the\s+)?|\s*,\s*)?`)
	// reJudgeInitial opens a Commonwealth judge's grounds: "Koh Mei Ling J: [1] The accused
	// ... pleaded guilty before me" (case kept: the capital J is the title). A coram line
	// without the colon ("Kwek Boon Hwee J") only lists the bench.
	reJudgeInitial = regexp.MustCompile(`^ (?:J|JC):`)
	// reJudgeBefore is the title before a name: "Judge ", "District Judge ", not "Presiding Judge ".
	reJudgeBefore = regexp.MustCompile(`(?:^|[^a-z])((?:[a-z]+\s+)?)judge +$`)
	// reJudgeAside is what follows "the judge" when the words are no title of the name before:
	// "Zhang Wei, the judge said, ...", "Zhang Wei, the judge's brother".
	reJudgeAside = regexp.MustCompile(`^(?:['’]s\b|\s+(?:said|says|told|tells|ruled|rules|ordered|orders|asked|asks|added|noted|wrote|found|heard)\b)`)
	// rePastTitle is a post held before: "Former judge ", "retired judge ", "ex-Assistant United
	// States Attorney ".
	rePastTitle = regexp.MustCompile(`(?:^|[^a-z])(?:former|retired|ex|onetime|one-time|late|then)(?:\s+|-)(?:[a-z]+\s+)?(?:judge|(?:assistant\s+)?(?:united\s+states|u\.\s?s\.)\s+attorney) +$`)
	// reJudgeElsewhere follows a titled judge's name that goes on to say where the judge sits:
	// "Judge Wang Lei of a provincial court in Xiamen", "Judge X at the appeals court".
	reJudgeElsewhere = regexp.MustCompile(`^\s*,?\s*(?:of|at|from)\s+(?:the\s+|a\s+|an\s+)?|^\s*,?\s*in\s+(?:a|an|the)\s+[a-z ]{0,40}\bcourt\b`)
)

// judgeLines reads the judges of a page and the court each serves in.
func judgeLines(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(si, a, b int, from int)) {
	if !strings.Contains(text, "Judge") && !strings.Contains(text, "judge") && !strings.Contains(text, "JUDGE") && !strings.Contains(text, " J:") && !strings.Contains(text, " JC:") {
		return // no judge named: the page is read no further
	}
	sole, courts := -1, 0
	for i, e := range ents {
		if courtEntity(e) {
			sole, courts = i, courts+1
		}
	}
	if courts == 0 {
		return
	}
	done := map[int]bool{}
	for si := range sents {
		for _, ci := range bySent[si] {
			c := cands[ci]
			if c.ent < 0 || ents[c.ent].typ != model.Person || done[c.ent] || strings.Contains(strings.ToLower(c.text), "judge") {
				continue
			}
			after := text[c.e:min(len(text), c.e+90)]
			lower := lowerASCII(after)
			court, courtFrom := -1, -1
			judge := false
			if m := reJudgeAfter.FindStringSubmatchIndex(lower); m != nil {
				if strings.Contains(lower[m[2]:m[3]], "resid") {
					continue // "X, Presiding Judge"
				}
				if strings.Contains(lower[m[2]:m[3]], "the") && m[4] < 0 && reJudgeAside.MatchString(lower[m[1]:]) {
					continue // "X, the judge said", "X, the judge's brother"
				}
				judge = true
				if m[4] >= 0 {
					court, courtFrom = courtAt(cands, ents, bySent, si, c.e+m[1])
				}
			} else if reJudgeInitial.MatchString(after) {
				judge = true
			} else if before := lowerASCII(text[max(0, c.s-60):c.s]); !rePastTitle.MatchString(before) {
				if m := reJudgeBefore.FindStringSubmatch(before[max(0, len(before)-30):]); m != nil && !strings.Contains(m[1], "presiding") {
					judge = true
					if e := reJudgeElsewhere.FindStringIndex(lower); e != nil {
						// "Judge X of a provincial court": the court is the one named there or none
						if court, courtFrom = courtAt(cands, ents, bySent, si, c.e+e[1]); court < 0 {
							continue
						}
					}
				}
			}
			if !judge {
				continue
			}
			if court < 0 {
				if courts != 1 {
					continue
				}
				court, courtFrom = sole, -1
			}
			done[c.ent] = true
			emit(si, c.ent, court, courtFrom)
		}
	}
}

// courtAt returns the court named at offset at (a mention that begins there, in sentence si
// or the next) and the sentence naming it, or -1.
func courtAt(cands []candidate, ents []*docEntity, bySent map[int][]int, si, at int) (int, int) {
	for sj := si; sj <= si+1; sj++ {
		for _, ci := range bySent[sj] {
			c := cands[ci]
			if c.s >= at && c.s <= at+2 && c.ent >= 0 && courtEntity(ents[c.ent]) {
				if courtSeatAfter(cands, ents, bySent[sj], c.e) {
					return -1, -1 // "High Court of Malaya, Johor Bahru": the court's name runs on to its seat
				}
				return c.ent, sj
			}
		}
	}
	return -1, -1
}

// courtSeatAfter reports a place named right after a comma at offset end: a seat that completes
// the court's name, which the name read does not hold.
func courtSeatAfter(cands []candidate, ents []*docEntity, ms []int, end int) bool {
	for _, ci := range ms {
		c := cands[ci]
		if c.s > end && c.s <= end+2 && c.ent >= 0 && ents[c.ent].typ == model.Location {
			return true
		}
	}
	return false
}

// courtEntity reports an organization named as a court.
func courtEntity(e *docEntity) bool {
	if e.typ != model.Organization {
		return false
	}
	for _, w := range strings.Fields(strings.ToLower(e.name)) {
		if strings.Trim(w, ",.") == "court" {
			return true
		}
	}
	return false
}

// A federal prosecutor signs a plea or an indictment under the office's name, or is titled
// before the name in an order: "SOPHAL CHHUN, Assistant United States Attorney, United States
// Attorney's Office for the Central District of California", "KAREN O. LIU / Assistant United
// States Attorney". An assistant works in the United States Attorney's Office (EMPLOYED_BY).
// The office is the one the line names, else the only such office the page names; a page that
// names none gives nothing. The United States Attorney signing above ("E. MARTIN ALVAREZ /
// United States Attorney") is left alone: read as heading the office it added a wrong edge on
// unseen pages.

var (
	// reProsecutorAfter follows the prosecutor's name: ", Assistant United States Attorney";
	// group 1 is set for an assistant.
	reProsecutorAfter = regexp.MustCompile(`^\s*(?:,\s*|\n\s*)(assistant\s+)?(?:united\s+states|u\.\s?s\.)\s+attorney\b(?:\s*[,.]\s*)?`)
	// reProsecutorBefore is the title before the name: "Assistant United States Attorney ".
	reProsecutorBefore = regexp.MustCompile(`(?:^|[^a-z])(assistant\s+)?(?:united\s+states|u\.\s?s\.)\s+attorney +$`)
)

// prosecutorLines reads the federal prosecutors of a page and the office each serves in.
func prosecutorLines(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(si, a, b int, pred, role string, from int)) {
	if !strings.Contains(text, "Attorney") && !strings.Contains(text, "ATTORNEY") {
		return
	}
	sole, offices := -1, 0
	for i, e := range ents {
		if attorneyOffice(e) {
			sole, offices = i, offices+1
		}
	}
	if offices == 0 {
		return
	}
	done := map[int]bool{}
	for si := range sents {
		for _, ci := range bySent[si] {
			c := cands[ci]
			if c.ent < 0 || ents[c.ent].typ != model.Person || done[c.ent] || strings.Contains(strings.ToLower(c.text), "attorney") {
				continue
			}
			after := lowerASCII(text[c.e:min(len(text), c.e+90)])
			var assistant string
			office, officeFrom := -1, -1
			if m := reProsecutorAfter.FindStringSubmatchIndex(after); m != nil {
				if m[2] >= 0 {
					assistant = "assistant "
				}
				for _, cj := range bySent[si] {
					if o := cands[cj]; o.s >= c.e+m[1] && o.s <= c.e+m[1]+1 && o.ent >= 0 && attorneyOffice(ents[o.ent]) {
						office, officeFrom = o.ent, si
					}
				}
			} else if before := lowerASCII(text[max(0, c.s-60):c.s]); rePastTitle.MatchString(before) {
				continue // "Former Assistant United States Attorney X"
			} else if m := reProsecutorBefore.FindStringSubmatch(before[max(0, len(before)-40):]); m != nil {
				assistant = m[1]
			} else {
				continue
			}
			if assistant == "" {
				continue // the United States Attorney: see above
			}
			if office < 0 {
				if offices != 1 {
					continue
				}
				office = sole
			}
			done[c.ent] = true
			emit(si, c.ent, office, model.EmployedBy, "assistant united states attorney", officeFrom)
		}
	}
}

// attorneyOffice reports a United States Attorney's Office.
func attorneyOffice(e *docEntity) bool {
	n := strings.ToLower(strings.ReplaceAll(e.name, "’", "'"))
	return e.typ == model.Organization && strings.Contains(n, "attorney's office")
}
