package extract

import (
	"regexp"
	"strings"
)

// Conditions that reach a tie from outside the if-clauses conditionalSpan reads
// (open_clauses.go): an if-clause right after the tie's last name, "X owns Y if records are
// right", "Y is run by X, unless the registry is out of date", supposes the tie as a fronted
// one does; and a fronted clause that closed before the tie but conditions its truth, "If
// true, X owns Y", "If the records are accurate, X owns Y", supposes it too ("If convicted, X,
// who owns Y, faces ten years" conditions something else and still states the tie). "even
// if" and "as if" suppose nothing. Either way the tie is not stated and gives none, as
// conditionalSpan's do. Cases in truth_conditions_test.go.

// reIfRightAfter opens an if-clause right after the tie's last name: " if", ", if", " only if",
// ", unless".
var reIfRightAfter = regexp.MustCompile(`(?i)^\s*,?\s*(?:only\s+)?(?:if|unless)\s`)

// reTruthIfFront is a fronted if-clause on the truth of what follows: "If true,", "If so,",
// "If the records are right,", "If confirmed,", "If reports are accurate,".
var reTruthIfFront = regexp.MustCompile(`(?i)(?:^|[.;:—–]\s*|\b(?:but|and|that)\s+)(?:if|assuming)\s+(?:(?:true|so|accurate|correct|confirmed|verified|genuine|proven|substantiated|authentic)|(?:the\s+|these\s+|those\s+|such\s+)?(?:[a-z'-]+\s+){0,3}?(?:records?|reports?|claims?|allegations?|accounts?|documents?|filings?|registr(?:y|ies)|data|figures|sources?|testimony|statements?|leaks?|informations?)\s+(?:is|are|was|were|prove|proves|turn\s+out\s+to\s+be)\s+(?:(?:true|right|accurate|correct|genuine|reliable|authentic)|up\s+to\s+date))\s*,\s*$`)

// truthConditioned reports a tie whose span [ms, me) in sentence st is supposed by an
// if-clause right after its last name or by a fronted clause on its truth that opens the
// clause the span starts in.
func truthConditioned(text string, st sentence, ms, me int) bool {
	if ms < st.s || me > st.e || ms >= me {
		return false
	}
	if reIfRightAfter.MatchString(text[me:st.e]) {
		return true
	}
	before := text[max(st.s, ms-120):ms]
	if i := strings.LastIndexAny(before, ",;:"); i < 0 || strings.TrimSpace(before[i+1:]) != "" {
		return false // the fronted clause must close right before the span
	}
	return reTruthIfFront.MatchString(text[st.s:ms]) || reTruthIfFront.MatchString(before)
}
