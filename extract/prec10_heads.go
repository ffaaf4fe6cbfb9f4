package extract

import (
	"regexp"
	"strings"
)

// reUnitOfBefore ends the words before a body that is only the parent of a unit the text
// names by number or kind: "soldiers of Brigade 42 of the ", "the 3rd Battalion of the ".
var reUnitOfBefore = regexp.MustCompile(`(?i)\b(?:brigade|battalion|regiment|division|platoon|squadron|detachment|company|unit)(?:\s+(?:no\.\s*)?[0-9][\w-]*)?\s+of\s+(?:the\s+)?$`)

// unitOfBefore reports a body named as the parent of a unit right before it: what follows
// ("under the command of X") is the unit's, not the parent's.
func unitOfBefore(text string, start int) bool {
	return start <= len(text) && reUnitOfBefore.MatchString(text[max(0, start-50):start])
}

// reSubsidiaryOfBefore ends the words before a parent named after a subsidiary's
// description: "a wholly owned subsidiary of ", "an affiliate of the ".
var reSubsidiaryOfBefore = regexp.MustCompile(`(?i)\b(?:subsidiary|subsidiaries|affiliate|arm|division|branch|unit|front)\s+of\s+(?:the\s+)?$`)

// subsidiaryOfBefore reports a parent named as what a description's head belongs to ("a
// subsidiary of Taiyang Group whose chief executive is X"): the relative clause describes
// the subsidiary, the phrase's head, not the parent.
func subsidiaryOfBefore(text string, start int) bool {
	return start <= len(text) && reSubsidiaryOfBefore.MatchString(text[max(0, start-40):start])
}

// reFrontedPrep is a sentence that opens with a preposition before its first name:
// "Through ", "Together with the ", "Unlike ".
var reFrontedPrep = regexp.MustCompile(`(?i)^\s*(?:through|via|using|with|together\s+with|along\s+with|alongside|besides|beside|like|unlike|apart\s+from|aside\s+from|after|before|since|under|against|for|from)\s+(?:the\s+|its\s+|his\s+|her\s+|their\s+)?$`)

// frontedPrepObject reports a name that is the object of a preposition opening its sentence
// ("Through LKH Group and its subsidiaries, Ly Kimhong owns X"): the names up to the comma
// are no list of subjects, and the clause after the comma is the next name's.
func frontedPrepObject(text string, sentStart, start int) bool {
	return sentStart <= start && start <= len(text) && reFrontedPrep.MatchString(text[sentStart:start])
}

// reWhosePostComma ends the words before a title that a "whose" post sets off: "and whose
// commander, " (the title after the comma is a rank, the post before it the tie).
var reWhosePostComma = regexp.MustCompile(`(?i)\bwhose\s+([a-z][a-z -]{1,30}?)\s*,\s*$`)

// whosePostBefore returns the post and its predicate when the words before end stand
// "whose POST," right before a title and name: "whose commander, Colonel X" heads the body.
func whosePostBefore(text string, end int) (string, string) {
	if end > len(text) {
		return "", ""
	}
	m := reWhosePostComma.FindStringSubmatch(text[max(0, end-50):end])
	if m == nil {
		return "", ""
	}
	post := strings.ToLower(m[1])
	w, pred := rolePhrase(post)
	if w != post {
		return "", ""
	}
	return w, pred
}
