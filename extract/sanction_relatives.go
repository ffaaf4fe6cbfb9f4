package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A sanction told in a relative clause on the listed name: "the same Zhou Bin whom OFAC
// sanctioned in 2024", "the Karen National Army (KNA), a militia that OFAC designated in
// 2024", "CHEN ZHIYUAN, a PRC national, who was previously designated by OFAC". The clause
// must open right after the name (or after its short apposition), so a clause about another
// noun ("the raid that OFAC cited") or a reported speech ("X said that OFAC ...") is not read.
// A designation "as" a post or a role ("whom the Ministry of Interior designated as its
// spokesman", "that Thailand designated as a partner") is an appointment, not a sanction.

var (
	// reSanctObjRel is the gap of an object relative clause before the body: " whom ",
	// ", a militia that ", ", which the ".
	reSanctObjRel = regexp.MustCompile(`^\s*(?:,\s*(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}?[a-z-]+\s*,?\s*)?(?:whom|that|which)\s+(?:the\s+)?$`)
	// reSanctObjVerb follows the body in that clause: " sanctioned", " had designated".
	reSanctObjVerb = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:has|had|have|also|later|previously|already|first|itself)\s+)*(?:sanctioned|designated|blacklisted)\b`)
	// reSanctSubjRel is the gap of a passive relative clause up to the body: ", who was
	// previously designated by ", ", a PRC national, who has been sanctioned by the ".
	reSanctSubjRel = regexp.MustCompile(`^\s*(?:,\s*(?:a|an|the)\s+[^,;:()]{1,60}?)?,?\s*(?:who|which|that)\s+(?:was|were|has\s+been|have\s+been|had\s+been|is|are)\s+(?:(?:previously|already|also|earlier|later|first|itself|himself|herself)\s+)?(?:designated|sanctioned|blacklisted)\s+(?:(?:in\s+\d{4}|last\s+year|last\s+month|this\s+year)\s+)?by\s+(?:the\s+)?$`)
)

// sanctionRelativePair reads the two shapes above between a listed name and the body that
// sanctioned it.
func sanctionRelativePair(text string, ents []*docEntity, ca, cb candidate, gap string, add func(a, b int, pred string, conf float64)) bool {
	a, b := ca.ent, cb.ent
	if ents[a].typ == model.Location || ents[a].typ == model.Compound {
		return false
	}
	if ents[b].typ != model.Organization && !(ents[b].typ == model.Location && isCountry(ents[b].name)) {
		return false
	}
	lgap := strings.ToLower(gap)
	after := lowerASCII(text[cb.e:min(len(text), cb.e+100)])
	switch {
	case reSanctSubjRel.MatchString(lgap):
		if appointedAs(after) {
			return false // "who was designated by the Ministry of Interior as its spokesman"
		}
		add(a, b, model.SanctionedBy, 0.8)
	case reSanctObjRel.MatchString(lgap):
		v := reSanctObjVerb.FindStringIndex(after)
		if v == nil || appointedAs(after[v[1]:]) {
			return false // "whom the Ministry designated as its spokesman"
		}
		add(a, b, model.SanctionedBy, 0.8)
	default:
		return false
	}
	return true
}

// reDesignatedAs is "as" after a designation, up to the post or list it names: " as its
// spokesman", " in 2020 as a partner in border talks", " as a terrorist organization".
var reDesignatedAs = regexp.MustCompile(`^\s*(?:(?:in|on|last)\s+[\w ]{1,20}?\s+)?as\s+([^.;]{0,60})`)

// reSanctionList is what a designation "as" names when it is a sanction: "as a terrorist
// organization", "as a Specially Designated National", "as a transnational criminal
// organization", "as targets under E.O. 13581".
var reSanctionList = regexp.MustCompile(`terror|sanction|specially\s+designated|criminal|narcotic|kingpin|sdn\b|sdgt|money\s+laundering|blocked|targets?\b|pursuant|e\.\s?o\.|executive\s+order|magnitsky`)

// appointedAs reports a designation "as" a post or a role, not a sanction list: after is the
// lower-cased text after the verb or the body.
func appointedAs(after string) bool {
	m := reDesignatedAs.FindStringSubmatch(after)
	return m != nil && !sanctionCategory(m[1])
}

// sanctionCategory reports that what a designation "as" names, read to the end of its clause
// and at most 60 bytes, is a sanction list.
func sanctionCategory(s string) bool {
	if i := strings.IndexAny(s, ".;"); i >= 0 {
		s = s[:i]
	}
	return reSanctionList.MatchString(lowerASCII(s[:min(len(s), 60)]))
}
