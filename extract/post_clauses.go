package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Posts told by clause shapes the word rules of pair do not read. Each shape has recall and
// precision cases in post_clauses_test.go:
//
//   - an object relative clause after the body: "Golden Co., which Chea Vanna founded in
//     2018", "the Karen Peace Army, which Saw Lin commands", "Y, which X works for";
//   - a passive of founding by several: "Y was co-founded by X";
//   - a post "from" a body set off after the person: "X, an official from the Ministry of
//     Interior";
//   - a participle of listing before the post: "X, listed as a director of Y,";
//   - "X took the helm of Y".

var (
	// reWhichSubjectVerb is the gap of "Y, which " before the person; reWhichVerbAfter the
	// verb after the person: " founded in 2018".
	reWhichSubject   = regexp.MustCompile(`^\s*,\s*(?:which|that)\s+(?:(?:the\s+)?(?:[a-z-]+\s+){0,2}?(?:tycoon|businessman|businesswoman|national|citizen|colonel|general|commander|senator|chairman|director)\s+)?$`)
	reWhichVerbAfter = regexp.MustCompile(`^\s+(?:(?:also|still|now|once|later|jointly|reportedly|allegedly)\s+)?(?:(?:has|had|have)\s+)?(?:(?:also|long|since)\s+)?(founded|co-founded|chairs|chaired|heads|headed|leads|led|commands|commanded|directs|directed|runs|ran|run|works\s+for|worked\s+for|work\s+for|works\s+at|worked\s+at)\b(?:\s+(?:in|since|from|until)\s+\d{4}|\s+(?:with|alongside)\s+[^,;.]{1,40})?\s*(?:[,.;:)]|$|\s+(?:and|but|before|after|until|when|while|is|was|has|had|owns|owned|built|operates|operated)\b)`)
	// reCoFoundedBy is the gap of "Y was co-founded by ".
	reCoFoundedBy = regexp.MustCompile(`^\s*,?\s*(?:(?:which|that)\s+)?(?:(?:is|was|were|had\s+been|has\s+been)\s+)?(?:(?:also|jointly)\s+)?co-?founded\s+(?:in\s+\d{4}\s+)?by\s+(?:the\s+)?(?:(?:tycoon|businessman|businesswoman)\s+)?$`)
	// rePostFrom is the gap of "X, an official from the " before the body.
	rePostFrom = regexp.MustCompile(`^\s*,\s*(?:a|an|the)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)\s+from\s+(?:the\s+)?$`)
	// reListedAs is the gap of "X, listed as a director of " before the body.
	reListedAs = regexp.MustCompile(`^\s*,\s*(?:who\s+(?:is|was)\s+)?(?:(?:also|still|now)\s+)?(?:listed|named|registered|identified|recorded|described)\s+(?:in\s+[a-z -]{1,30}?\s+)?as\s+(?:a|an|the)\s+((?:[a-z-]+\s+){0,2}?[a-z-]+)\s+(?:of|at|for|in)\s+(?:the\s+)?$`)
	// reTookHelm is the gap of "X took the helm of ".
	reTookHelm = regexp.MustCompile(`^\s*(?:,\s*who\s+)?(?:(?:has|had)\s+)?(?:took|takes|take|taken|taking)\s+(?:over\s+)?the\s+helm\s+(?:of|at)\s+(?:the\s+)?$`)
)

// whichVerbs give the predicate of a verb of an object relative clause.
var whichVerbs = map[string]string{"founded": "founder", "co-founded": "co-founder", "chairs": "chairman", "chaired": "chairman",
	"heads": "head", "headed": "head", "leads": "leader", "led": "leader", "commands": "commander", "commanded": "commander",
	"directs": "director", "directed": "director", "runs": "", "ran": "", "run": ""}

// postClausePair reads the shapes above between mentions ms[p] and ms[q] of one sentence.
func postClausePair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64), setRole func(string)) {
	ca, cb := cands[ms[p]], cands[ms[q]]
	if ca.ent < 0 || cb.ent < 0 || ca.ent == cb.ent || cb.s < ca.e || cb.s-ca.e > 120 || q != p+1 {
		return
	}
	ta, tb := ents[ca.ent].typ, ents[cb.ent].typ
	gap := strings.ToLower(text[ca.e:cb.s])
	body := func(t string) bool { return t == model.Company || t == model.Organization }
	if body(ta) && tb == model.Person && !pronounRef(cb) && !possessiveFollows(text, cb.e) {
		if reWhichSubject.MatchString(gap) {
			after := strings.ToLower(text[cb.e:min(len(text), cb.e+80)])
			if m := reWhichVerbAfter.FindStringSubmatch(after); m != nil {
				v := strings.Join(strings.Fields(m[1]), " ")
				if strings.HasPrefix(v, "work") {
					add(cb.ent, ca.ent, model.EmployedBy, 0.8)
					return
				}
				if (v == "runs" || v == "ran" || v == "run") && ta != model.Company {
					return // "the militia, which X runs": left to the rules of armed groups
				}
				setRole(whichVerbs[v])
				add(cb.ent, ca.ent, model.Directs, 0.8)
				return
			}
		}
		if reCoFoundedBy.MatchString(trimNameTitles(gap)) {
			setRole("co-founder")
			add(cb.ent, ca.ent, model.Directs, 0.8)
			for _, k := range listAfter(text, cands, ents, ms, q) {
				if c := cands[ms[k]]; c.ent >= 0 {
					add(c.ent, ca.ent, model.Directs, 0.8)
				}
			}
			return
		}
	}
	if ta != model.Person || !body(tb) || pronounRef(ca) || possessiveFollows(text, cb.e) {
		return
	}
	if m := rePostFrom.FindStringSubmatch(gap); m != nil {
		if w, pred := rolePhrase(m[1]); pred == model.EmployedBy {
			setRole(w)
			add(ca.ent, cb.ent, pred, 0.8)
		}
		return
	}
	if m := reListedAs.FindStringSubmatch(gap); m != nil {
		if w, pred := rolePhrase(m[1]); pred == model.Directs || pred == model.EmployedBy {
			setRole(w)
			add(ca.ent, cb.ent, pred, 0.8)
		}
		return
	}
	if reTookHelm.MatchString(gap) {
		setRole("head")
		add(ca.ent, cb.ent, model.Directs, 0.8)
	}
}
