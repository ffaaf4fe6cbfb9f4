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
// Park owner Chen Wei? Officials deny link"): it asks whether the tie holds. A question mark
// that closes a quote or a parenthesis inside the sentence ("raided Y on Monday (what took
// them so long?)", 'a villager said, asking: "What can we do?"') asks nothing of it; a
// question clause after a comma ("..., can anyone help?") is judged alone (questionClause).
func statementQuestion(s string) bool {
	t := strings.TrimSpace(s)
	u := strings.TrimRight(t, "\"”’')] ")
	if !strings.HasSuffix(u, "?") && !strings.HasSuffix(u, "？") {
		return false
	}
	if quotedQuestion(strings.TrimLeft(t, "\"“‘'([ "), len(t)-len(u)) {
		return false
	}
	if questionClause(s) >= 0 {
		return false
	}
	return !reQuestionWord.MatchString(s)
}

// quotedQuestion reports that the question mark ending t sits inside a quote or parenthesis
// that opens after t's start (t is trimmed of its leading openers): the closers after it
// number closed.
func quotedQuestion(t string, closed int) bool {
	if closed == 0 {
		return false
	}
	u := strings.TrimRight(t, "\"”’')] ")
	return strings.ContainsAny(u, "(“\"") || strings.Contains(u, " '") || strings.Contains(u, " ‘")
}

// reClauseQuestion opens a question clause after a comma: "..., can anyone help?", "..., what
// can we do?".
var reClauseQuestion = regexp.MustCompile(`(?i)^\s*(?:who|whom|whose|what|which|where|when|why|how|is|are|was|were|do|does|did|has|have|had|can|could|will|would|should|shall|may|might|must|isn't|aren't|wasn't|weren't|doesn't|didn't|hasn't|haven't|won't|wouldn't|can't|cannot)\b`)

// questionClause returns the offset in s of a question clause that follows the last comma of
// a sentence ending in a question mark and opens with a question word or an auxiliary ("The
// DKBA guards Y and my cousin cannot leave, can anyone help?"), or -1. The statement before
// the comma is read; a tie that ends inside the clause is asked.
func questionClause(s string) int {
	t := strings.TrimRight(strings.TrimSpace(s), "\"”’')] ")
	if !strings.HasSuffix(t, "?") && !strings.HasSuffix(t, "？") {
		return -1
	}
	i := strings.LastIndex(s, ",")
	if i < 0 || !reClauseQuestion.MatchString(s[i+1:]) {
		return -1
	}
	return i + 1
}

// inQuestionClause reports that a tie ending at offset end of sentence s ends inside its
// question clause ("..., does Zhao Ming own Y?").
func inQuestionClause(s string, end int) bool {
	q := questionClause(s)
	return q >= 0 && end > q
}
