package extract

import (
	"regexp"
	"strings"
)

// A yes/no question asserts nothing: "Did Lim Heng run Silver Bay Park?", "Is Golden Reed the
// owner of the compound?" ask whether the tie holds; a headline or a reader's letter may ask
// it of anyone. A sentence that opens with an auxiliary or a modal verb and ends with a
// question mark gives no typed relation (its names are still mentioned together). A question
// that opens with a question word ("Who owns it?") names one end at most and is left to the
// readers. What the asker states of a name on the way, in a relative clause or an apposition
// ("Will Wang Li, who owns Silver Bay Park, be extradited?"), is no part of the question and is
// read. Cases in questions_test.go.

// questionAuxiliaries open a yes/no question.
var questionAuxiliaries = set("is", "are", "was", "were", "do", "does", "did", "has", "have", "had",
	"can", "could", "will", "would", "should", "shall", "may", "might", "must", "isn't", "aren't",
	"wasn't", "weren't", "doesn't", "didn't", "hasn't", "haven't", "won't", "wouldn't")

// polarQuestion reports that sentence s opens with an auxiliary and ends with a question mark.
func polarQuestion(s string) bool {
	s = strings.TrimSpace(s)
	t := strings.TrimRight(s, "\"”’')] ")
	if !strings.HasSuffix(t, "?") && !strings.HasSuffix(t, "？") {
		return false
	}
	s = strings.TrimLeft(s, "\"“‘'([ ")
	i := strings.IndexAny(s, " \t\n")
	if i < 0 {
		return false
	}
	w := strings.ToLower(strings.ReplaceAll(s[:i], "’", "'"))
	return questionAuxiliaries[w]
}

// reStatedInQuestion is a relative clause or apposition set off by a comma inside a relation's
// span: the asker's own statement about a name.
var reStatedInQuestion = regexp.MustCompile(`,\s*(?:who|whom|whose|which|the|a|an)\s`)

// statedInQuestion reports that the relation's span of a question ends inside a description of
// a name set off by a comma: the span's first such description is still open at its end ("Wang
// Li, who owns Silver Bay Park"), not closed before it ("Is Wang Li, a tycoon from Fujian, the
// owner of Silver Bay Park").
func statedInQuestion(span string) bool {
	loc := reStatedInQuestion.FindStringIndex(span)
	return loc != nil && !strings.Contains(span[loc[1]:], ",")
}

// reQuestionWord opens a question that asks for one end ("Who owns it?"), left to the readers.
var reQuestionWord = regexp.MustCompile(`(?i)^\W*(?:who|whom|whose|what|which|where|when|why|how)\b`)

// statementQuestion reports a sentence that states a tie and ends with a question mark, as a
// headline does ("Thai police raid Golden Lotus Park? Not yet, says minister", "Golden Lotus
// Park owner Chen Wei? Officials deny link"): it asks whether the tie holds.
func statementQuestion(s string) bool {
	t := strings.TrimRight(strings.TrimSpace(s), "\"”’')] ")
	if !strings.HasSuffix(t, "?") && !strings.HasSuffix(t, "？") {
		return false
	}
	return !reQuestionWord.MatchString(s)
}
