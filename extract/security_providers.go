package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Bodies that provide a site's security, told with a clause between the body and its verb:
//   - a copula and a description: "The TFM is an armed group that provides security for X";
//   - a relative clause or an aside set off by commas: "The KNA, which OFAC designated in May,
//     provides armed security for X";
//   - two relative clauses on the body joined by "and", the second telling the protection: "the
//     KNA, which OFAC designated in May and which provides armed security for X", "the KNA, a
//     militia that OFAC designated in 2024 and that provides security for X". The body leads
//     its clause as in the other shapes: "Soldiers of the KNA, which ...", "a faction of the
//     KNA, which split ... and which provides ...", "held talks with the KNA, which ..." and a
//     question ("Is the KNA, which ...") are not read; the agent of a passive on the land
//     ("land controlled by the KNA, which ...") heads its noun phrase and is read.
// Protection told as past is not read: a past verb with an end or a date after the site
// ("which provided security for X until 2022", "... for X in 2019", "before the crackdown") or
// a pluperfect ("which had provided security for X"); PROTECTS has no end to mark. Protection
// of the site's people ("offered protection to X's owners") is not the site's. A relative
// clause whose body then denies ("The KNA, which ... provides security for X, denied the
// claims") and a question are not read.
// The pair readers see only the words between neighbouring names, and a name inside the
// clause stands between the body and the site. The body heads its clause; the site is the
// first compound named after the verb, with only "the" between.

// providedSiteW follows a verb of protection up to the site: "armed security for the", "protection
// to the gates and checkpoints of the".
const providedSiteW = `\s+(?:armed\s+|round-the-clock\s+)?(?:security|protection|guards)\s+(?:for|to|at)\s+(?:the\s+)?(?:` + guardPartW + `(?:\s+and\s+(?:the\s+)?` + guardPartW + `)?\s+(?:of|around)\s+(?:the\s+)?)?`

// reProviderClause runs from the body to the site: an optional short form in brackets, then
// the copula and description or the comma-set clause, then the verb of protection.
var reProviderClause = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?(?:\s(?:is|was|are|were|has\s+been|had\s+been)\s+(?:an?|the)\s+[^,.;:()"“”]{1,50}?\s+(?:that|which)\s+|,\s*(?:which|who|whose|a|an|the)\s+[^;:.()"“”]{1,140}?,\s*)(?:(?:also|allegedly|reportedly|still|has|have|had|long)\s+)*(?:provides|provided|provide|providing|offers|offered|gives|gave)` + providedSiteW + `$`)

// reProviderRelatives runs from the body to the site through two relative clauses joined by
// "and": the first clause (with an optional description before its pronoun), then "and which"
// or "and that", then the verb of protection as in reProviderClause.
var reProviderRelatives = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?,\s*(?:(?:a|an|the)\s+[^,;:.()"“”]{1,60}?\s+)?(?:which|that)\s+[^,;:.()"“”]{1,100}?\s+and\s+(?:which|that)\s+(?:(?:also|allegedly|reportedly|still)\s+)*(?:provides|provide|gives|give|(?:has|have)\s+(?:long\s+|also\s+)?provided)` + providedSiteW + `$`)

// securityProviders reads the shapes above. emit gets the sentence, the body, the site, the
// site's sentence and the span read.
func securityProviders(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, siteSent, s, e int)) {
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) < 2 {
			continue
		}
		if low := lowerASCII(text[st.s:st.e]); !mentionsAny(low, "security", "protection", "guards") {
			continue // cheap test before the regular expression
		}
		for i, m := range ms {
			c := cands[m]
			if c.ent < 0 || ents[c.ent].typ != model.Organization {
				continue
			}
			leads := leadsClause(text, st, c.s) || reProviderAgent.MatchString(text[max(st.s, c.s-40):c.s])
			for _, n := range ms[i+1:] {
				d := cands[n]
				if d.s < c.e || d.ent < 0 || ents[d.ent].typ != model.Compound {
					continue
				}
				// The first compound after the body; the clause must reach it.
				gap := text[c.e:d.s]
				rel := reProviderRelatives.MatchString(gap)
				if leads && (rel || reProviderClause.MatchString(gap)) && !providerTailRefused(text, st, gap, d.e, rel) {
					emit(si, c.ent, d.ent, si, c.s, d.e)
				}
				break
			}
		}
	}
}

// reProviderAgent ends the words before a body that is the agent of a passive on land or a
// site: "sits on land controlled by the KNA, which ... and which provides ...". The body heads
// its noun phrase and the clause that follows hangs on it; "talks with the", "soldiers of
// the", "a faction of the", "broke away from the" are not read.
var reProviderAgent = regexp.MustCompile(`(?i)\b(?:controlled|held|run|occupied|administered|patrolled)\s+by\s+(?:the\s+)?$`)

// reProviderPast ends a gap with protection told in the past: "provided security for the",
// "had long provided protection to".
var reProviderPast = regexp.MustCompile(`\b(had\s+(?:(?:also|long|once)\s+)?)?(?:provided|offered|gave)\s+(?:armed\s+|round-the-clock\s+)?(?:security|protection|guards)\s+(?:for|to|at)\s+[^,;:.]{0,60}$`)

// reProviderEnded follows the site: the protection's end or date ("until 2022", "in 2019",
// "before the crackdown", "between 2018 and 2021").
var reProviderEnded = regexp.MustCompile(`(?i)^\s*,?\s*(?:until|till|up\s+to|before|prior\s+to|between|during|through|from\s+\d{4}|in\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]*)?(?:\d{4}|past|years\s+past)|\d{4})\b`)

// reProviderDenies follows the site of a relative clause: the clause closes and the body's
// own verb denies ("..., denied the claims", "..., has rejected the report").
var reProviderDenies = regexp.MustCompile(`(?i)^[^,;:]{0,60},\s*(?:(?:has|have|had|also|strongly|repeatedly|flatly)\s+)*(?:denied|denies|deny|rejected|rejects|disputed|disputes|dismissed|dismisses)\b`)

// reProviderTailDenies is a denial or doubt later in a relative clause's sentence: ", but the
// group denies it", "says the claims are false", "had never been there".
var reProviderTailDenies = regexp.MustCompile(`(?i)\b(?:but|though|although)\b[^.;]{0,80}\b(?:denied|denies|deny|rejected|rejects|disputed|disputes)\b|\b(?:false|untrue|baseless|never)\b`)

// reProviderPeople is the site's people after its name: the protection is theirs ("provides
// security for X owners").
var reProviderPeople = regexp.MustCompile(`(?i)^\s+(?:owners?|bosses|boss|executives?|managers?|staff|workers|investors|operators?|employees|residents|guests|leaders|families|family)\b`)

// providerTailRefused reports a reading the words around the site refuse: the site's
// possessive, a past protection with an end, a pluperfect, a denial after a relative clause,
// a question.
func providerTailRefused(text string, st sentence, gap string, siteEnd int, relative bool) bool {
	tail := text[siteEnd:st.e]
	if strings.HasPrefix(tail, "'s") || strings.HasPrefix(tail, "’s") || strings.HasSuffix(strings.TrimSpace(text[st.s:st.e]), "?") {
		return true
	}
	if m := reProviderPast.FindStringSubmatch(gap); m != nil && (m[1] != "" || reProviderEnded.MatchString(tail)) {
		return true
	}
	if reProviderPeople.MatchString(tail) {
		return true
	}
	return relative && (reProviderDenies.MatchString(tail) || reProviderTailDenies.MatchString(tail))
}
