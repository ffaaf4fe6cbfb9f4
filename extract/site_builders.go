package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Who developed or runs a site, read where the general readers stop at what stands between
// the two names:
//   - a site, a place aside, then the passive: "Jinhai Compound, south of Myawaddy, was operated
//     until March by X", "Y Park, located in Myawaddy Township, was built and is still run by X";
//   - a runner, a short form or a description aside, then two joined verbs or a described
//     site: "X ("X Development") developed and operated Y Park", "X (X) developed and, from 2021
//     until the raid, operated the walled compound known as Y", "X, a corporation registered
//     with the SEC, operated a compound of four office buildings known as the Y";
//   - a person described as the one who runs a site: "X, whom two former managers described as
//     the man who actually ran the resort day to day", "identified X from photographs as the
//     "big boss" who ran the compound".
// All give X OPERATES Y: the vocabulary's OPERATES is "runs or developed". Building alone
// ("built", "constructed", "established") names a contractor, so those verbs count only when a
// verb of running joins them ("built and ran").

const (
	// runnerVerbList are the verbs of developing or running a site, past and present.
	runnerVerbList = `(?:developed|operated|operates|operate|ran|runs|run|managed|manages|manage|controlled|controls|control)`
	// buildOnlyVerbs name building, which a contractor does too.
	buildOnlyVerbs = `(?:built|constructed|established)`
	// runnerJoin joins a second verb: "and", "and still", ", and, from 2021 until the raid, ".
	runnerJoin = `\s*,?\s+and\s*(?:,\s*[^,;:()]{1,70},\s*|\s+)(?:(?:still|later|then|also|now|continues\s+to|continued\s+to|has\s+since|has|had)\s+)*`
	// builderVerbs are one or two joined verbs of which one runs or develops the site.
	builderVerbs = `(?:` + runnerVerbList + `(?:` + runnerJoin + `(?:` + runnerVerbList + `|` + buildOnlyVerbs + `))?|` +
		buildOnlyVerbs + runnerJoin + runnerVerbList + `)`
	// builderTimes is a time phrase that may stand before "by": a date, "last year" or one
	// word ("until March"), never a phrase that could hold another "by".
	builderTimes = `(?:(?:from|since|in|beginning\s+in|starting\s+in|until|till|through|during)\s+(?:(?:[a-z]+\s+)?\d{4}|last\s+year|[a-z]+)\s+)?`
)

// passiveJoin joins a participle of running to the first: "built and (is still) run".
const passiveJoin = `\s+and\s+(?:is\s+|was\s+)?(?:still\s+|later\s+|now\s+)?(?:run|operated|managed)`

var (
	// reSiteAsidePassive is the gap of "S, south of Myawaddy, was operated until March by ":
	// a locative aside, the auxiliary, a participle of building or running, a time, "by".
	reSiteAsidePassive = regexp.MustCompile(`^\s*(?:\([^()]{1,30}\)\s*)?,\s*(?:(?:located|situated|sited|lying|based|set)\s+)?` +
		`(?:(?:just|about|some|roughly|around|\d[\d.,]*\s*(?:km|kilometres|kilometers|miles|metres|meters))\s+)*` +
		`(?:in|near|at|on|outside|inside|along|across|north|south|east|west|northeast|northwest|southeast|southwest|upstream|downstream|opposite)\b[^;:()]{1,80}?,\s*` +
		`(?:is|was|are|were|has\s+been|had\s+been)\s+` + postAdverbs +
		`(?:(?:developed|operated|run|managed)(?:` + passiveJoin + `)?|(?:built|constructed|established)(?:\s+in\s+\d{4})?` + passiveJoin + `)\s+` +
		builderTimes + `by\s+(?:the\s+)?$`)
	// reRunnerVerbs is the gap of "X ("X Development"), developed and operated " and of "X, a
	// corporation registered with the SEC, operated a compound of four buildings known as the ":
	// a short form, an aside or a comma, one or two verbs (a time aside may part them), then the
	// site or a description of it that names it.
	reRunnerVerbs = regexp.MustCompile(`^\s*(?:\(\s*[^()]{1,40}\)\s*)?(?:,\s*(?:a|an|the)\s+[^,;:()]{1,80}?,\s*|,\s*|\s+)` +
		`(?:(?:had|has|have|also|jointly|together|later|then|both)\s+)*` + builderVerbs +
		`\s+(?:(?:the|a|an)\s+[^;:()]{0,90}?\s+(?:known\s+as|called|named|dubbed)\s+(?:the\s+)?|the\s+)?$`)
	// reDescribedRunner is the gap from a person to the site of "X ... described as the man who
	// actually ran the ": what others call him, told with "as", then the relative of running.
	reDescribedRunner = regexp.MustCompile(`^(?:[^;:()]{0,120}?\b(?:described|identified|named|known|pointed\s+out|singled\s+out|recognised|recognized)\s+(?:[^;:()]{0,40}?\s+)?|\s+(?:[^;:()]{0,40}?\s+)?)as\s+(?:the|a|an)\s+["“]?(?:[a-z-]+\s+)?(?:man|woman|person|one|boss|figure)["”]?\s+(?:who|that)\s+(?:(?:actually|really|in\s+fact|effectively|personally|still)\s+)?(?:ran|runs|managed|manages|controlled|controls|operated|operates|oversaw|oversees)\s+(?:the\s+)?$`)
	// reDescribingBefore is the verb that describes the person named after it: "Workers
	// described X as the man who".
	reDescribingBefore = regexp.MustCompile(`\b(?:described|describe|describes|identified|identify|identifies|named|name|names|singled\s+out|recognised|recognized)\s+(?:[a-z]+\s+){0,3}$`)
	// reDescribingVerb is a describing verb inside the gap: "X, whom workers described as".
	reDescribingVerb = regexp.MustCompile(`\b(?:described|identified|named|known|singled\s+out|pointed\s+out|recognised|recognized)\b`)
	// reRunSiteNoun is the site's class noun after "the": "compound day to day".
	reRunSiteNoun = regexp.MustCompile(`^(?:compound|park|resort|casino|complex|hub)\b`)
	// reRunnerMarked marks what the general verb reader does not take: a short form, an aside,
	// two joined verbs or a described site.
	reRunnerMarked = regexp.MustCompile(`^\s*\(|^\s*,|\sand\b|\s(?:known\s+as|called|named|dubbed)\s`)
)

// siteBuilders emits X OPERATES S for the shapes above.
func siteBuilders(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(si, mi, mj, a, b int, pred string, conf float64)) {
	for si := range sents {
		ms := withoutPronouns(cands, bySent[si])
		for i := 0; i < len(ms); i++ {
			ci := cands[ms[i]]
			if ci.ent < 0 {
				continue
			}
			switch ents[ci.ent].typ {
			case model.Compound:
				siteAsidePassive(text, cands, ents, ms, i, si, emit)
			case model.Person:
				describedRunner(text, sents, cands, ents, bySent, ms, i, si, emit)
				if clauseHead(text, sents[si].s, ci.s, false) && !possessedName(text, ci.e) {
					runnerVerbs(text, cands, ents, ms, i, si, emit)
				}
			case model.Company, model.Organization:
				if clauseHead(text, sents[si].s, ci.s, ents[ci.ent].typ == model.Company) && !possessedName(text, ci.e) {
					runnerVerbs(text, cands, ents, ms, i, si, emit)
				}
			}
		}
	}
}

// siteAsidePassive reads "S, <place aside>, was operated by X" from the site at ms[i].
func siteAsidePassive(text string, cands []candidate, ents []*docEntity, ms []int, i, si int,
	emit func(si, mi, mj, a, b int, pred string, conf float64)) {
	cy := cands[ms[i]]
	for j := i + 1; j < len(ms); j++ {
		cx := cands[ms[j]]
		if cx.ent < 0 || cx.s < cy.e || cx.s-cy.e > 200 {
			return
		}
		t := ents[cx.ent].typ
		if t == model.Location || cx.ent == cy.ent {
			continue // the aside's places
		}
		if !agentType(t) || possessiveFollows(text, cx.e) {
			return
		}
		if reSiteAsidePassive.MatchString(strings.ToLower(text[cy.e:cx.s])) {
			emit(si, ms[j], ms[i], cx.ent, cy.ent, model.Operates, 0.75)
		}
		return
	}
}

// runnerVerbs reads "X (short form), developed and operated S" from the runner at ms[i].
func runnerVerbs(text string, cands []candidate, ents []*docEntity, ms []int, i, si int,
	emit func(si, mi, mj, a, b int, pred string, conf float64)) {
	cx := cands[ms[i]]
	for j := i + 1; j < len(ms); j++ {
		cy := cands[ms[j]]
		if cy.ent < 0 || cy.s < cx.e || cy.s-cx.e > 240 {
			return
		}
		t := ents[cy.ent].typ
		if cy.ent == cx.ent || t == model.Location || t == model.Organization {
			continue // the short form, and the places or registrar of an aside
		}
		if t != model.Compound {
			if inShortForm(text, cx.e, cy.s) {
				continue // "X ("X Development")": the short form read as a name of its own
			}
			return
		}
		gap := strings.ToLower(text[cx.e:cy.s])
		if reRunnerMarked.MatchString(gap) && reRunnerVerbs.MatchString(gap) && !possessedName(text, cy.e) {
			emit(si, ms[i], ms[j], cx.ent, cy.ent, model.Operates, 0.75)
		}
		return
	}
}

// describedRunner reads "X, whom workers described as the man who ran the compound" from the
// person at ms[i]: no other person may stand between (whoever is named there is the one
// described).
func describedRunner(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, ms []int, i, si int,
	emit func(si, mi, mj, a, b int, pred string, conf float64)) {
	cx := cands[ms[i]]
	lead := strings.ToLower(text[max(sents[si].s, cx.s-60):cx.s])
	for j := i + 1; j <= len(ms); j++ {
		end := len(text)
		if j < len(ms) {
			end = cands[ms[j]].s
		}
		// No reading below looks past 240 bytes (a "the" before 220, its noun after it), so
		// a long sentence costs no more than a short one.
		end = min(end, sents[si].e, cx.e+240)
		gap := lowerASCII(text[cx.e:end]) // byte for byte: k below is an offset into text
		if j < len(ms) {
			cy := cands[ms[j]]
			if cy.ent < 0 || cy.s < cx.e || cy.s-cx.e > 200 {
				return
			}
			t := ents[cy.ent].typ
			if cy.ent == cx.ent || t == model.Location || t == model.Organization {
				continue
			}
			if t == model.Compound && describedAs(gap, lead) {
				emit(si, ms[i], ms[j], cx.ent, cy.ent, model.Operates, 0.7)
				return
			}
		}
		// "as the man who ran the compound": the site the page has named, its only one.
		k := strings.Index(gap, " the ")
		for k >= 0 && k < 220 {
			if reRunSiteNoun.MatchString(gap[k+5:]) && describedAs(gap[:k+5], lead) {
				off := cx.e + k + 5
				if ent, _ := soleAntecedent(cands, ents, bySent, si, off, model.Compound); ent >= 0 {
					emit(si, ms[i], ms[i], cx.ent, ent, model.Operates, 0.65)
				}
				return
			}
			n := strings.Index(gap[k+1:], " the ")
			if n < 0 {
				break
			}
			k += n + 1
		}
		return
	}
}

// describedAs reports the gap of "X ... described as the man who ran the ", the describing verb
// in it or before X ("workers described X as the man who ran the ").
func describedAs(gap, lead string) bool {
	if reDisowned.MatchString(gap) || reDisowned.MatchString(lead) {
		return false // "never described X as", "declined to describe X as" (described_as_ties.go)
	}
	return reDescribedRunner.MatchString(gap) && (reDescribingVerb.MatchString(gap) || reDescribingBefore.MatchString(lead))
}

// inShortForm reports whether the span s..e lies in the parentheses right after a name ending
// at end: `X ("X Development")`.
func inShortForm(text string, end, s int) bool {
	lead := strings.TrimLeft(text[end:s], " ")
	return strings.HasPrefix(lead, "(") && !strings.Contains(lead, ")")
}

// clauseHead reports whether the name at start opens its clause: the words since the last
// comma, bracket or the sentence's start are no preposition, relative or verb that would make it
// the object of an aside ("X, chaired by U Thein Zaw, developed", "X, whose president is Y,
// built", "registered with the SEC, operated"). A name after "through its subsidiary" opens it
// only when firm says the name is a company's.
func clauseHead(text string, sentStart, start int, firm bool) bool {
	from := runeStartAfter(text, max(sentStart, start-80), start) // not inside a rune
	lead := text[from:start]
	if k := strings.LastIndexAny(lead, ",;:(—"); k >= 0 {
		lead = lead[k+1:]
	}
	lead = strings.ToLower(lead)
	if reCoAgentLead.MatchString(lead) {
		return true // "X, together with his son Y, built"
	}
	if firm && reThroughPart.MatchString(lead) {
		return true // "X, through its subsidiary Y, developed"
	}
	for _, w := range strings.Fields(lead) {
		if asideWords[strings.Trim(w, `"'“”‘’`)] {
			return false
		}
	}
	return true
}

// reCoAgentLead opens an aside whose name acts with the subject.
var reCoAgentLead = regexp.MustCompile(`^\s*(?:together|along)\s+with\s+(?:(?:his|her|its|their|the)\s+)?(?:[a-z-]+\s+){0,3}$`)

// reThroughPart opens an aside naming a part of the subject it acts through. "Through" names a
// runner only before such a part: "through its lawyer Y" names an intermediary.
var reThroughPart = regexp.MustCompile(`^\s*through\s+(?:its|their|the|a)\s+(?:[a-z-]+\s+){0,2}(?:subsidiary|subsidiaries|unit|affiliate|affiliates|affiliated\s+company|arm)\s+$`)

// asideWords put the name after them inside a phrase: prepositions, relatives, copulas.
var asideWords = set("by", "whose", "who", "whom", "which", "of", "with", "to", "for", "from", "is", "was", "are", "were",
	"as", "and", "or", "under", "like", "than", "between", "among", "via", "through", "including", "against", "at",
	"in", "on", "be", "been", "being", "named", "called", "about", "behind", "said", "says", "told")
