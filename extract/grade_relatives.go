package extract

import (
	"regexp"
	"strings"
)

// A relative clause opened by "that" after a later noun ("... owned the Blue Lagoon Tower, a
// 26-storey building that survivors described as a scam centre", "... inside the zone in Bokeo
// province that former workers say has housed scam floors") says something of that noun on
// its speakers' word; the attribution inside it is of the relative clause only, as one inside
// a clause opened by "which" or "who" is (reClauseOpen). The clause that holds the two names
// ends before the "that". A "that" after a verb or a noun of saying or belief ("police said
// that", "the claim that", "reports that") opens what is said, not a relative clause, and a
// determiner "that" ("in that town, police say") is followed by its noun and a comma, never
// straight by the speakers and their verb. A passive relative clause ("that is said to") names
// no speakers and is left to the hedges.
var reRelativeThat = regexp.MustCompile(`(?i)\sthat\s+(?:[\w'’.-]+\s+){1,5}?(?:say|says|said|describe|describes|described|believe|believes|believed|allege|alleges|alleged|claim|claims|claimed|told|named|identified|recount|recounts|recounted|suspect|suspects|suspected)\b`)

// thatComplementHeads are words after which "that" opens what is said, believed or shown (a
// complement), so an attribution after it still reaches the claim before.
var thatComplementHeads = map[string]bool{
	"so": true, "such": true, "now": true, "given": true, "except": true, "provided": true,
	"meaning": true, "means": true, "showing": true, "shows": true, "showed": true, "shown": true,
	"suggesting": true, "suggests": true, "suggested": true, "indicating": true, "indicates": true,
	"indicated": true, "found": true, "finds": true, "learned": true, "learnt": true, "emerged": true,
	"noted": true, "added": true, "said": true, "says": true, "say": true, "saying": true,
	"believe": true, "believes": true, "believed": true, "claim": true, "claims": true,
	"claimed": true, "claiming": true, "alleged": true, "alleges": true, "alleging": true,
	"allegation": true, "allegations": true, "reported": true, "report": true, "reports": true,
	"confirmed": true, "announced": true, "stated": true, "told": true, "insisted": true,
	"argued": true, "denied": true, "fact": true, "rumour": true, "rumours": true, "rumor": true,
	"rumors": true, "suggestion": true, "suggestions": true, "evidence": true, "sign": true,
	"signs": true, "concern": true, "concerns": true, "fear": true, "fears": true, "view": true,
	"belief": true, "assertion": true, "account": true, "accounts": true, "charge": true,
	"charges": true, "accusation": true, "accusations": true, "suspicion": true,
	"suspicions": true, "impression": true, "possibility": true, "likelihood": true, "idea": true,
	"theory": true, "notion": true, "finding": true, "findings": true, "conclusion": true,
	"assessment": true, "statement": true, "testimony": true, "insistence": true, "hope": true,
	"knowledge": true, "news": true, "word": true, "warning": true, "warnings": true,
	"indication": true, "indications": true, "proof": true, "doubt": true, "doubts": true,
	"denial": true, "denials": true, "argument": true, "contention": true, "complaint": true,
	"complaints": true, "tip": true, "tips": true, "information": true, "intelligence": true,
	"is": true, "was": true, "are": true, "were": true, "be": true, "been": true,
}

// relativeThatCut returns where in post (the text after the names, cut at its first clause
// opening) a relative clause opened by "that" with an attribution in it begins, or -1.
func relativeThatCut(post string) int {
	for _, loc := range reRelativeThat.FindAllStringIndex(post, -1) {
		before := strings.TrimRight(post[:loc[0]], " ")
		w := before[strings.LastIndexAny(before, " ,;:()—–\"“”")+1:]
		if w == "" || before != post[:loc[0]] && strings.ContainsAny(before[len(before)-1:], ",;:") {
			continue
		}
		if thatComplementHeads[strings.ToLower(strings.Trim(w, "'’.\""))] {
			continue
		}
		if passiveBetween(post[loc[0]:loc[1]]) {
			continue // "that is said to", "that has been described as": no speaker of its own
		}
		return loc[0]
	}
	return -1
}

// passiveBetween reports an auxiliary among the words of a relative clause before its verb of
// saying: the clause is passive ("that is said to", "that were described as") and names no
// speakers whose word it is.
func passiveBetween(m string) bool {
	for _, w := range strings.Fields(m)[1:] {
		switch strings.ToLower(w) {
		case "is", "are", "was", "were", "be", "been", "being", "has", "have", "had":
			return true
		}
	}
	return false
}
