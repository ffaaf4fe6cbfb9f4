package extract

import "strings"

// A yes/no question asserts nothing: "Did Lim Heng run Silver Bay Park?", "Is Golden Reed the
// owner of the compound?" ask whether the tie holds; a headline or a reader's letter may ask
// it of anyone. A sentence that opens with an auxiliary or a modal verb and ends with a
// question mark gives no typed relation (its names are still mentioned together). A question
// that opens with a question word ("Who owns it?") names one end at most and is left to the
// readers. Cases in questions_test.go.

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
