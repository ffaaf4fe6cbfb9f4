package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A firm's relative clause or description that tells it built a site and still runs it: "A,
// which built and still manages the complex", "A, the firm that built and still runs S", "A,
// the company that developed the resort's towers and now operates the site". The verb of
// building comes first and the verb of running (or owning) after "and"; the relative pronoun
// (or the description's head) stands for the firm right before it, so the firm runs the site.
// The main-clause form ("A built and runs S") is read by the verb rules; this is the clause
// after a name, which they leave. "A, the company behind S" says the same in a description.
// A firm that only built the site ("built it for the owner", "had built") and one that sought
// to run it ("which built and hoped to run") are left alone: the second verb must be finite.
// Recall and precision cases are in built_then_runs_test.go.

// builtOpen is the clause opening after the firm: ", which", ", that", ", the firm that", ", a
// Chinese developer which".
const builtOpen = `^\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:which|that|(?:the|a|an)\s+(?:[a-z'’-]+\s+){0,3}?(?:company|firm|developer|group|conglomerate|operator|outfit|business|entity|corporation|contractor)\s+(?:that|which))\s+`

var (
	// reBuiltThenRuns is the gap from the firm to the site: "…, which built and still runs ",
	// "…, the firm that developed the site's towers in 2019 and now manages ".
	reBuiltThenRuns = regexp.MustCompile(builtOpen +
		`(?:built|developed|constructed|financed|established|set\s+up)\s+` +
		`(?:(?:the\s+)?(?:site['’]s\s+)?(?:[a-z0-9-]+\s+){0,3}?(?:buildings|towers|blocks|complex|compound|resort|site|property|park|zone)\s+)?` +
		`(?:(?:in|since|from)\s+\d{4}\s+)?` +
		`(?:and|,\s*and)\s+(?:(?:still|now|also|currently|later|today)\s+)?` +
		`(runs|ran|manages|managed|operates|operated|controls|controlled|owns|owned)\s+(?:the\s+)?$`)
	// reFirmBehind is "…, the company behind ", "…, the firm behind ". A group behind a site
	// may be behind a report on it, and a developer behind a site may only have built it: those
	// heads are left out.
	reFirmBehind = regexp.MustCompile(`^\s*(?:\([^()]{1,40}\)\s*)?,\s*(?:the|a)\s+(?:[a-z'’-]+\s+){0,2}?(?:company|firm|conglomerate|operator|outfit|corporation)\s+behind\s+(?:the\s+)?$`)
)

// builtThenRunsPair reads the pair ms[p], ms[q]: a firm (or body) and the site its clause
// tells it runs (or owns).
func builtThenRunsPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64)) {
	a, b, ok := pairEnds(cands, ms, p, q, 160)
	if !ok {
		return
	}
	ta, tb := ents[a].typ, ents[b].typ
	if ta != model.Company && ta != model.Organization || tb != model.Compound {
		return
	}
	gap, person, ok := trimmedGap(text, cands, ents, ms, p, q)
	if !ok || person || !onlyTypesBetween(cands, ents, ms, p, q, a, b, model.Location, model.Compound) {
		return
	}
	m := reBuiltThenRuns.FindStringSubmatch(gap)
	if m == nil && onlyTypesBetween(cands, ents, ms, p, q, a, b) {
		m = reBuiltThenRuns.FindStringSubmatch(strings.ToLower(text[cands[ms[p]].e:cands[ms[q]].s]))
	}
	if m != nil {
		pred := model.Operates
		if m[1] == "owns" || m[1] == "owned" {
			pred = model.Owns
		}
		add(a, b, pred, 0.75)
		return
	}
	// A description that is itself read as a reference to the firm ("the company") drops out of
	// the typed gap; the raw words keep it.
	raw := strings.ToLower(text[cands[ms[p]].e:cands[ms[q]].s])
	if (reFirmBehind.MatchString(gap) || onlyTypesBetween(cands, ents, ms, p, q, a, b) && reFirmBehind.MatchString(raw)) && siteEndsPhrase(text, cands[ms[q]].e) {
		add(a, b, model.Operates, 0.7)
	}
}

// behindSiteFollowers are the lower-case words that may follow a site that ends its noun
// phrase, besides the words that open a phrase after a noun ("in", "which").
var behindSiteFollowers = set("is", "was", "are", "were", "has", "had", "have", "said", "says", "told", "will", "would", "also", "still")

// siteEndsPhrase reports that the site ending at end ends its noun phrase: the firm is behind
// the site itself, not behind "the KK Park leaks", "KK Park's expansion" or "KK Park security".
func siteEndsPhrase(text string, end int) bool {
	rest := text[end:]
	if strings.HasPrefix(rest, "'s") || strings.HasPrefix(rest, "’s") || strings.HasPrefix(rest, "'") || strings.HasPrefix(rest, "’") {
		return false
	}
	w, _ := wordAfterSpace(text, end)
	return w == "" || w != strings.ToLower(w) || phraseEnders[w] || behindSiteFollowers[w]
}
