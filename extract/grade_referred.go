package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A speaker is often introduced by a role told through a reference, the name in apposition:
// "His lawyer, Kittipong, said ...", "The district police chief, Lt. Col. Somsak, denied ...",
// "The brigade's commander, Maj. Gen. Vann, called the report false". The role is the writer's
// description of who speaks (reported), not part of what is said or denied.
var (
	// reReferredLead is a determiner or possessive, a role of at most five words, a comma and a name:
	// the speaker's subject when the names of a pair are the reference and the apposed name.
	reReferredLead = regexp.MustCompile(`^(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir|[A-Z][\w'’-]*['’]s)\s+((?:[\w'’-]+\s+){0,4}[\w'’-]+),\s*[^,;:"“”]{3,80}$`)
	// reReferredSubject is the same subject opening a sentence, up to the comma that closes the
	// apposed name.
	// reNamedSubject is a subject that opens with the name and gives the role in apposition, told
	// through a reference: "Kim Sok, a spokesman for the provincial police, said ...".
	reNamedSubject    = regexp.MustCompile(`^\s*([^,;:"“”]{3,60}),\s*(?:a|an|the)\s+([^,;:"“”]{3,80}?\b(?:of|for|at|in)\s+(?:the|its|his|her|their)\s+[^,;:"“”]{2,60}),`)
	reReferredSubject = regexp.MustCompile(`^\s*(?:The|Its|His|Her|Their|[A-Z][\w'’-]*['’]s)\s+((?:[\w'’-]+\s+){0,4}[\w'’-]+),\s*([^,;:"“”]{3,80}),`)
)

// referredSpeaker reports that in, the text spanning a pair's names, is a referred role and the
// apposed name ("Its commander, Maj. Gen. Zaw"), so a speech verb after it closes the subject.
func referredSpeaker(in string) bool {
	m := reReferredLead.FindStringSubmatch(strings.TrimSpace(in))
	return m != nil && !reMainVerb.MatchString(m[1])
}

// referredSubjectSpan narrows a pair read across sentences, whose span is the whole sentence,
// to the sentence's opening subject when the person's name is the one in apposition there:
// "The district police chief, Lt. Col. Somsak, denied ..." read back to "the district police".
// It returns the end of that subject within sent, or -1.
func referredSubjectSpan(sent, person string) int {
	if person == "" {
		return -1
	}
	f := strings.Fields(person)
	if m := reNamedSubject.FindStringSubmatchIndex(sent); m != nil && strings.Contains(sent[m[2]:m[3]], f[len(f)-1]) && !reMainVerb.MatchString(sent[m[4]:m[5]]) {
		return m[5]
	}
	m := reReferredSubject.FindStringSubmatchIndex(sent)
	if m == nil || reMainVerb.MatchString(sent[m[2]:m[3]]) {
		return -1
	}
	if !strings.Contains(sent[m[4]:m[5]], f[len(f)-1]) {
		return -1
	}
	return m[5]
}

// personName is the name of the person among a pair's two ends, or "".
func personName(a, b *docEntity) string {
	switch {
	case a.typ == model.Person:
		return a.name
	case b.typ == model.Person:
		return b.name
	}
	return ""
}
