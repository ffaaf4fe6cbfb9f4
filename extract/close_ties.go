package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Ties between two people told as nearness, and associate nouns reached through a reporting
// phrase. Each shape has recall and precision cases in close_ties_test.go:
//
//   - "X, a businessman close to Y", "X, who is close to Y", "X is said to be close to Y",
//     "X, a tycoon with close ties to Y": nearness to a person is an association
//     (ASSOCIATE_OF); nearness to a place ("close to the border") names no person and is
//     never read;
//   - "X is known to be a close associate of Y", "X, described by police as a key lieutenant
//     of Y": the associate noun the reporting words introduce is read as if stated;
//   - "X, a businessman linked to Y", "X, who has ties to Y": a link to a person;
//   - "A and B jointly own Y", "A and B founded Y": two people who hold or found something
//     together (not two of a longer list) are partners;
//   - "X, Y's bodyguard", "X is Y's right-hand man", "X, Y's nephew and business partner":
//     a servant, agent or partner noun after a person's possessive.
//
// A line of command ("X reported to Y", "took orders from Y") is left out: writers do not
// read it as an association.

const (
	// copulaLead is what may open the gap before a predicate about the first person: an
	// apposition's noun phrase, "who is", or a plain copula.
	copulaLead = `(?:,\s*(?:a|an|the)\s+(?:[a-z'’-]+\s+){0,3}?|,?\s*(?:who\s+)?(?:(?:is|was|are|were|has\s+been|had\s+been|remains|remained|became)\s+)?|\s+)`
	// reportedAs is a reporting phrase before the predicate: "said to be", "seen as", "widely
	// believed to be", "described by police as".
	reportedAs = `(?:(?:widely\s+|long\s+|also\s+)?(?:said|believed|thought|known|reported|seen|considered|regarded|described|understood|alleged|rumoured|rumored)(?:\s+by\s+(?:the\s+)?(?:[a-z-]+\s+){0,2}?[a-z-]+)?\s+(?:to\s+be\s+|to\s+have\s+been\s+|as\s+)?)?`
)

var (
	// reCloseTo is the gap of "X, a businessman close to ", "X, who is said to be close to ",
	// "X, a tycoon with close ties to ".
	reCloseTo = regexp.MustCompile(`^` + copulaLead + reportedAs + `(?:(?:very|politically|personally|extremely|particularly|also|reportedly|allegedly|known\s+to\s+be)\s+)*(?:close\s+to|(?:with|has|had|have|maintains|maintained|enjoys|enjoyed)\s+(?:long-standing\s+|longstanding\s+|long\s+)?close\s+(?:ties|links|connections|relations)\s+(?:to|with))\s+(?:the\s+)?$`)
	// reLinkedTo is the gap of "X, a businessman linked to ", "X, who has ties to ".
	reLinkedTo = regexp.MustCompile(`^` + copulaLead + reportedAs + `(?:(?:also|reportedly|allegedly|closely|long)\s+)*(?:linked|connected|tied)\s+to\s+(?:the\s+)?$|^` + copulaLead + `(?:(?:who|which)\s+)?(?:(?:also|reportedly|allegedly|long)\s+)*(?:with|has|had|have|maintains|maintained)\s+(?:(?:long-standing|longstanding|long|deep|personal|business|family)\s+)?(?:ties|links|connections)\s+(?:to|with)\s+(?:the\s+)?$`)
	// reJointHeld follows the second of two coordinated people who hold or found something
	// together: " jointly own", " founded", " were joint shareholders in".
	reJointHeld = regexp.MustCompile(`^\s*(?:,\s*(?:\d{1,3}|a|an)\b[^,;]{0,40},\s*)?(?:(?:jointly|together|also|later|both|then)\s+)*(?:co-own|co-owned|co-founded|own|owned|founded|set\s+up|established|(?:are|were|became)\s+(?:joint\s+shareholders|co-owners|co-founders|partners|business\s+partners|shareholders\s+together))\b`)
	// rePossServantAfter follows the second person of "X, Y's bodyguard," and "X is Y's
	// right-hand man": a servant or agent noun the possessive kin rule does not read, or a
	// kin noun coordinated with a partner noun ("Y's nephew and business partner").
	rePossServantAfter = regexp.MustCompile(`^['’]s\s+(?:(?:longtime|long-time|close|former|trusted|personal|chief|main|top)\s+)*(?:(?:` + servants + `|right-hand\s+man|henchman|lieutenant|financier|middleman|enforcer)|` + kinNoun + `\s+and\s+(?:business\s+)?(?:partner|associate))\s*(?:[,.;)]|$|\s+(?:and|who|since|until|from|in|was|is|has|had|said|told|fled)\b)`)
	// reReportedAssoc is the gap of "X is known to be a close associate of ", "X, described
	// by police as a key lieutenant of ": the associate noun after a reporting phrase.
	reReportedAssoc = regexp.MustCompile(`^` + copulaLead + reportedAs + `(?:a|an|the)\s+(?:(?:close|longtime|long-time|key|trusted|former|top|senior|business|loyal)\s+)*(business\s+partner|partner|associate|ally|aide|confidant|right-hand\s+man|lieutenant|henchman|frontman|front\s+man|proxy|nominee|fixer|friend)\s+(?:of|to|for)\s+(?:the\s+)?$`)
)

// closeTiePair reads the shapes above between mentions ms[p] and ms[q] (both people, the
// second right after the first) of one sentence.
func closeTiePair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64)) {
	if q != p+1 {
		return
	}
	ca, cb := cands[ms[p]], cands[ms[q]]
	if !peoplePair(cands, ents, ms, p, q, 120) || pronounRef(ca) || pronounRef(cb) {
		return
	}

	if raw := strings.ToLower(text[ca.e:cb.s]); reKinGap.MatchString(raw) &&
		rePossServantAfter.MatchString(strings.ToLower(text[cb.e:min(len(text), cb.e+60)])) {
		// "X, Y's bodyguard,", "X is Y's right-hand man".
		add(ca.ent, cb.ent, model.AssociateOf, 0.75)
		return
	}
	// "close to Y's home": the tie is with what Y has.
	if possessiveFollows(text, cb.e) {
		return
	}
	gap := trimNameTitles(strings.ToLower(text[ca.e:cb.s]))
	// "X, a cousin of Z, is close to Y": a name that ends an inserted phrase is not the
	// subject of what follows it.
	if strings.HasPrefix(strings.TrimSpace(gap), ",") && !strings.HasPrefix(strings.TrimSpace(gap)[1:], " a") &&
		!strings.HasPrefix(strings.TrimSpace(gap)[1:], " who") &&
		reObjectBefore.MatchString(trimNameTitles(strings.ToLower(text[max(0, ca.s-40):ca.s]))) {
		return
	}
	if reCloseTo.MatchString(gap) || reReportedAssoc.MatchString(gap) || reLinkedTo.MatchString(gap) {
		add(ca.ent, cb.ent, model.AssociateOf, 0.7)
		return
	}
	// "A and B jointly own Y", "A and B founded Y": the two are partners in it.
	if (strings.TrimSpace(gap) == "and" || strings.TrimSpace(gap) == ", and") && !pairListedBefore(text, cands, ms, p) &&
		reJointHeld.MatchString(strings.ToLower(text[cb.e:min(len(text), cb.e+80)])) {
		add(ca.ent, cb.ent, model.AssociateOf, 0.7)
	}
}

// pairListedBefore reports that the mention ms[p] ends a list begun before it ("A, B and C"): the
// pair is then two of several holders, not a partnership of two.
func pairListedBefore(text string, cands []candidate, ms []int, p int) bool {
	if p == 0 {
		return false
	}
	prev, c := cands[ms[p-1]], cands[ms[p]]
	return prev.e <= c.s && strings.TrimSpace(text[prev.e:c.s]) == ","
}
