package extract

import (
	"regexp"
	"strings"
	"unicode"

	"github.com/scamgraph/scamgraph/model"
)

// Ties between two people told by a tie noun that is not the first thing said of the first
// person: a second conjunct of a predicate noun or an apposition, or a predicate after an
// apposition. Each shape has recall and precision cases in tie_conjuncts_test.go:
//
//   - "X was a recruiter and business associate of Y", "X, a trader and the nephew of Y",
//     "X, chief of Sangkat Nimitt and brother-in-law of Y" (a post without its article): the
//     tie noun is coordinated with another noun said of X;
//   - "X, a Malaysian national, was a business associate of Y": the apposition stands
//     between X and the copula;
//   - "X was named by police as the brother of Y": a naming verb's "as" says the tie;
//   - "X is a former barangay captain and the father of incumbent councilor Y": titles and
//     the words of a post may stand before Y's name.
//
// X must be the subject: a name after a preposition or a verb ("owned by X, was a partner
// of Y") is not, and a name Y whose possessive follows ("the father of Y's driver") is no
// end. Agents' nouns (lawyer, counsel) are never read: representing a client is no tie.

// conjunctTies are the tie nouns read here; kin nouns make FAMILY_OF, the rest ASSOCIATE_OF.
var conjunctTies = `business\s+partner|business\s+associate|partner|associate|confidant|right-hand\s+man|aide|adviser|advisor|driver|bodyguard|nominee|frontman|front\s+man|proxy|fixer|henchman|` + kinNoun

var (
	// tieCopula opens the predicate: "is", "was also", "has long been".
	tieCopula = `(?:is|was|has\s+(?:long\s+)?been|had\s+been|became|remains|remained)\s+(?:(?:also|once|now|still|reportedly|allegedly|later)\s+)?`
	// tieNamedAs is a naming verb with its "as": "was named by police as", "is described as".
	tieNamedAs = `(?:is|was|has\s+been|had\s+been)\s+(?:also\s+)?(?:named|described|identified|listed|cited)(?:\s+by\s+(?:the\s+)?(?:[a-z.-]+\s+){1,4}?)?\s*as\s+`
	// tieFirstNoun is the first conjunct, with no comma, possessive or clause in it.
	tieFirstNoun = `(?:a|an|the)\s+(?:[a-z0-9.-]+\s+){1,10}?and\s+`
	// tieSecond is the tie noun's phrase up to its preposition.
	tieSecond = `(?:(?:a|an|the)\s+)?(?:(?:close|longtime|long-time|former|key|trusted|business|top|personal|eldest|youngest|younger|elder|older)\s+)*(` + conjunctTies + `)\s+(?:of|to|for)\s+(?:the\s+)?((?:[a-z.-]+\s+){0,4})$`
)

var (
	// reTieConjunct is the gap of "X[, a DESC,] was a N and TIE of ", "X, a N and TIE of ".
	reTieConjunct = regexp.MustCompile(`^\s*(?:(?:,\s*(?:a|an|the)\s+[^,;()]{1,60}?,\s*|,\s*who\s+|\s+)` + tieCopula + `(?:` + tieFirstNoun + `)?|,\s*(?:(?:a|an|the)\s+)?(?:[a-z0-9.-]+\s+){1,10}?and\s+|,\s*|\s+` + tieNamedAs + `|,\s*(?:a|an|the)\s+[^,;()]{1,60}?,\s*` + tieNamedAs + `)` + tieSecond)
	// tieTailWords may stand between the preposition and the name besides capitalised words
	// ("the father of incumbent Porac municipal councilor Y").
	// reTieClauseWord is a word that opens another clause or a report inside the gap.
	reTieClauseWord = regexp.MustCompile(`\b(?:who|whom|which|that|whose|when|where|while|said|says|told|but)\b`)
	// reCommaCopula opens a gap with a comma and a copula: ", is a ...".
	reCommaCopula = regexp.MustCompile(`^\s*,\s*` + tieCopula)
	// reApposedSubject ends the words before a name set off as a subject's apposition:
	// "whose owner, ", "Its chairman, ".
	reApposedSubject = regexp.MustCompile(`(?:^|[.,;]\s+|\b)(?:whose|its|his|her|their)\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s*,\s*$`)
	tieTailWords     = set("incumbent", "former", "then", "late", "acting", "current", "municipal", "provincial",
		"city", "town", "district", "regional", "state", "national", "local")
)

// tieConjunctPair reads the shapes above between mentions ms[p] and ms[q] (both people, the
// second right after the first) of one sentence.
func tieConjunctPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64)) {
	if !noPersonBetween(cands, ents, ms, p, q) {
		return // only a place or a body may stand between ("X, a citizen of the Philippines, was ...")
	}
	ca, cb := cands[ms[p]], cands[ms[q]]
	if !peoplePair(cands, ents, ms, p, q, 160) || pronounRef(ca) || pronounRef(cb) {
		return
	}
	raw := text[ca.e:cb.s]
	if strings.ContainsAny(raw, ";:\"“”()") || possessiveFollows(text, cb.e) {
		return
	}
	m := reTieConjunct.FindStringSubmatchIndex(strings.ToLower(raw))
	if m == nil && reCommaCopula.MatchString(strings.ToLower(raw)) &&
		reApposedSubject.MatchString(strings.ToLower(text[max(0, ca.s-40):ca.s])) {
		// "whose owner, X, is a ... and the father of Y": X restates the clause's subject.
		m = reTieConjunct.FindStringSubmatchIndex(" " + strings.TrimLeft(strings.ToLower(raw), " ,"))
		raw = " " + strings.TrimLeft(raw, " ,")
	}
	if m == nil || reTieClauseWord.MatchString(strings.TrimPrefix(strings.TrimLeft(strings.ToLower(raw[:m[2]]), " ,"), "who ")) {
		return // "X was a driver who met Y and the partner of Z": another clause's words
	}
	// ", chief of Sangkat Nimitt and brother-in-law of Y": a first conjunct without its article
	// must be a post ("chief", "deputy governor"), not a count of others ("two guards and the
	// brother of Y" lists other people).
	if f := strings.Fields(strings.TrimLeft(strings.ToLower(raw), " ,")); len(f) > 0 && strings.HasPrefix(strings.TrimSpace(raw), ",") &&
		!conjunctLeads[f[0]] && !tieTargetAt(f) && !postLead(f) {
		return
	}
	noun := strings.ToLower(raw[m[2]:m[3]])
	// The words between the preposition and the name: titles, a post's words, a place.
	for _, w := range strings.Fields(raw[m[4]:m[5]]) {
		lw := strings.ToLower(w)
		if !titleWords[strings.Trim(lw, ".")] && !personTitles[strings.Trim(lw, ".")] && !nameHonorifics[lw] &&
			!tieTailWords[lw] && !unicode.IsUpper([]rune(w)[0]) {
			return
		}
	}
	// "owned by X, was a partner of Y": X ends a phrase and is no subject.
	if before := trimNameTitles(strings.ToLower(text[max(0, ca.s-40):ca.s])); reObjectBefore.MatchString(before) {
		return
	}
	if reKinNoun.MatchString(noun) {
		add(ca.ent, cb.ent, model.FamilyOf, 0.75)
		return
	}
	add(ca.ent, cb.ent, model.AssociateOf, 0.75)
}

// reKinNoun matches a kin noun with its modifiers.
var reKinNoun = regexp.MustCompile(`^` + kinNoun + `$`)

// postLead reports that words open with a post: "chief of", "deputy governor of", "director
// of" (roleWords, with "deputy", "vice" or "acting" before it).
func postLead(f []string) bool {
	k := 0
	for k < len(f)-1 && (f[k] == "deputy" || f[k] == "vice" || f[k] == "acting" || f[k] == "former" || f[k] == "assistant") {
		k++
	}
	_, ok := roleWords[f[k]]
	return ok
}

// tieTargetAt reports that words open with the tie noun itself (", brother-in-law of Y"),
// which the shapes above read with no first conjunct.
func tieTargetAt(f []string) bool {
	return reKinNoun.MatchString(f[0]) || reTieWord.MatchString(f[0])
}

// reTieWord is one tie noun of conjunctTies written alone.
var reTieWord = regexp.MustCompile(`^(?:` + conjunctTies + `)$`)

// conjunctLeads are the words that open the other shapes of reTieConjunct after a comma.
var conjunctLeads = set("a", "an", "the", "who", "is", "was", "has", "had", "became", "remains", "remained", "business", "close", "longtime", "long-time", "former", "key", "trusted", "top", "personal", "eldest", "youngest", "younger", "elder", "older")
