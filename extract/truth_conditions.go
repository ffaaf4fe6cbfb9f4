package extract

import (
	"regexp"
	"strings"
)

// Conditions that reach a tie from outside the if-clauses conditionalSpan reads
// (open_clauses.go): an if-clause right after the tie's last name, "X owns Y if records are
// right", "Y is run by X, unless the registry is out of date", "X owns Y — provided the
// registry is right", supposes the tie as a fronted one does; and a fronted clause that closed
// before the tie but conditions its truth, "If true, X owns Y", "If the records are accurate,
// X owns Y", supposes it too ("If convicted, X, who owns Y, faces ten years" conditions
// something else and still states the tie). A fronted "If true," or "If accurate," governs the
// whole sentence ("If true, this would mean X owns Y"). Either way the tie is not stated and
// gives none, as conditionalSpan's do.
//
// An "if" after the tie is a condition only when a clause follows it (a verb: "if records are
// right", "if the deed is valid"); a concessive "if" before a bare adverb or phrase, "X owns Y,
// if indirectly", "chairs Y, if only on paper", "if not its real owner", grants the tie. An
// if-clause that names a source rather than the tie's truth, "if the company's website is to be
// believed", "if the testimony of rescued workers is right", leaves the tie told on that
// source's word: alleged. Cases in truth_conditions_test.go.

// reIfRightAfter opens a condition right after the tie's last name: " if", ", if", " only if",
// ", unless", " — provided", " (assuming"; group 1 is the word, group 2 the rest.
var reIfRightAfter = regexp.MustCompile(`(?i)^\s*[,—–(]?\s*(?:only\s+)?(if|unless|provided|assuming|so\s+long\s+as|as\s+long\s+as)\b(.*)`)

// reClauseVerb finds a verb in the condition: "records are right", "the deed is valid".
var reClauseVerb = regexp.MustCompile(`(?i)\b(?:is|are|was|were|be|been|proves?|proved|turns?\s+out|holds?|has|have|had|can|could|do|does|did|stands?|checks?\s+out|reflects?|shows?)\b`)

// reTruthWord is a bare condition on the tie's truth: "if true", "if so", "if confirmed".
var reTruthWord = regexp.MustCompile(`(?i)^\s*(?:true|so|accurate|correct|right|confirmed|verified|genuine|proven|substantiated|authentic)\b`)

// reSourceCondition is a condition on a source's word: "is to be believed", "the testimony of
// rescued workers is right", "witnesses are right".
var reSourceCondition = regexp.MustCompile(`(?i)\b(?:(?:is|are)\s+to\s+be\s+(?:believed|trusted)|(?:is|are|was|were)\s+(?:anything\s+to\s+go\s+by|any\s+(?:guide|indication))|(?:testimony|accounts?|witness(?:es)?|workers|victims|survivors|defectors|informants?|sources?|whistle-?blowers?|residents)\b[^,.;]{0,40}?\b(?:is|are|was|were)\s+(?:right|true|accurate|correct|to\s+be\s+believed))`)

// reUnlessSubject opens a clause with its own subject after "unless": "the court rules", "he
// pays"; "unless paid off", "unless otherwise stated" have none and condition nothing told.
var reUnlessSubject = regexp.MustCompile(`^\s*(?:(?i:the|a|an|he|she|it|they|we|his|her|its|their|this|these|those)|[A-Z][a-z]+)\s+[a-z]`)

// reMainClauseAfter follows a dash-led condition with a main clause of its own: "— if it is
// sanctioned, he will lose millions".
var reMainClauseAfter = regexp.MustCompile(`(?i)^,\s*(?:[a-z'’-]+\s+){1,4}?(?:will|would|could|can|may|might|must|shall|is|are|was|were|has|have|had)\s+[a-z]`)

// conditionOfMainClause reports a condition after the tie's span that conditions another
// clause: a comma-led "if" closing an apposition or relative clause the span opened ("Zhao Wei,
// the owner of Y, if he is found, ..." conditions the arrest), or a dash-led "if" followed by a
// main clause of its own ("X owns Y — if it is sanctioned, he will lose millions").
func conditionOfMainClause(span, after, rest string) bool {
	lead := strings.TrimLeft(after, " \t")
	if strings.HasPrefix(lead, ",") && strings.Count(span, ",")%2 == 1 {
		return true
	}
	if strings.HasPrefix(lead, "—") || strings.HasPrefix(lead, "–") {
		if i := strings.Index(rest, ","); i >= 0 && reMainClauseAfter.MatchString(rest[i:]) {
			return true
		}
	}
	return false
}

// reTruthIfFront is a fronted if-clause on the truth of what follows: "If true,", "If so,",
// "If the records are right,", "If confirmed,", "If reports are accurate,".
var reTruthIfFront = regexp.MustCompile(`(?i)(?:^|[.;:—–]\s*|\b(?:but|and|that)\s+)(?:if|assuming)\s+(?:(?:true|so|accurate|correct|confirmed|verified|genuine|proven|substantiated|authentic)|(?:the\s+|these\s+|those\s+|such\s+)?(?:[a-z'-]+\s+){0,3}?(?:records?|reports?|claims?|allegations?|accounts?|documents?|filings?|registr(?:y|ies)|data|figures|sources?|testimony|statements?|leaks?|informations?)\s+(?:is|are|was|were|prove|proves|turn\s+out\s+to\s+be)\s+(?:(?:true|right|accurate|correct|genuine|reliable|authentic)|up\s+to\s+date))\s*,\s*$`)

// reTruthIfOpens opens a sentence with a clause on the truth of all of it: "If true,", "If
// accurate,", "If so,", "If the records are right,".
var reTruthIfOpens = regexp.MustCompile(`(?i)^\W*(?:if|assuming)\s+(?:true|so|accurate|correct|(?:the\s+|these\s+|those\s+)?(?:[a-z'-]+\s+){0,3}?(?:records?|reports?|claims?|allegations?|documents?|filings?|registr(?:y|ies)|data|figures|leaks?)\s+(?:is|are|was|were)\s+(?:true|right|accurate|correct))\s*,`)

// reAppointConfirmed is a fronted "If confirmed," or "If verified,", which may condition an
// appointment rather than the tie an apposition tells.
var reAppointConfirmed = regexp.MustCompile(`(?i)\bif\s+(?:confirmed|verified|approved|appointed|elected)\s*,\s*$`)

// truthConditioned reports a tie whose span [ms, me) in sentence st is supposed by a
// condition right after its last name or by a fronted clause on its truth that opens the
// clause the span starts in (supposed), or told on the word of a source an if-clause after it
// names (sourced).
func truthConditioned(text string, st sentence, ms, me int) (supposed, sourced bool) {
	if ms < st.s || me > st.e || ms >= me {
		return false, false
	}
	if m := reIfRightAfter.FindStringSubmatch(text[me:st.e]); m != nil && !conditionOfMainClause(text[ms:me], text[me:st.e], m[2]) {
		rest := m[2]
		if i := strings.IndexAny(rest, ",;.)—–"); i >= 0 {
			rest = rest[:i]
		}
		switch {
		case strings.EqualFold(m[1], "unless"):
			if reClauseVerb.MatchString(rest) || reUnlessSubject.MatchString(rest) {
				return true, false // "unless the registry is out of date", "unless the court rules"
			}
		case reSourceCondition.MatchString(rest):
			return false, true
		case reClauseVerb.MatchString(rest) || reTruthWord.MatchString(rest):
			return true, false // "if records are right", "provided the registry is right"

		}
	}
	if reTruthIfOpens.MatchString(text[st.s:ms]) {
		return true, false // "If true, this would mean X owns Y"
	}
	before := text[max(st.s, ms-120):ms]
	if i := strings.LastIndexAny(before, ",;:"); i < 0 || strings.TrimSpace(before[i+1:]) != "" {
		return false, false // the fronted clause must close right before the span
	}
	if reAppointConfirmed.MatchString(before) && strings.Contains(text[ms:me], ",") {
		return false, false // "If confirmed, X, the chairman of Y, will become minister"
	}
	return reTruthIfFront.MatchString(text[st.s:ms]) || reTruthIfFront.MatchString(before), false
}
