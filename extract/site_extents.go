package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A site is often placed by its extent: "Sanjiang Bay covers about 400 hectares in Bokeo's
// Tonpheung district", "the resort occupies a 30-acre strip on the Sai River", "X sits on a
// 200-hectare land concession in Mondul Seima district". The verb measures the ground the
// site takes up and the place phrase says where that ground is, so the site is in the place.
// A measure must stand in the phrase (a bare "sits on land in" may be anyone's land), the
// words after it may only describe the ground (no verb, no "owned by" or "leased from":
// "covers 12 hectares leased from X in Y" places X's holding), "near" or "opposite" place
// nothing, and "on" takes only a river, road or coast.

// reSiteExtent is the gap between a site and its place: the extent verb, a measure, up to
// four words for the ground, then "in" or "on". Group 1 holds the ground words, group 2 the
// preposition.
var reSiteExtent = regexp.MustCompile(`^\s*,?\s*(?:(?:which|that)\s+)?(?:(?:now|still|already)\s+)?(?:covers|covered|covering|occupies|occupied|occupying|spans|spanned|spanning|(?:sits|sat|sitting|stands|stood|standing|lies|lay|is\s+built|was\s+built|built)\s+on|spreads\s+over|spread\s+over|sprawls\s+over|sprawled\s+over)\s+(?:(?:a|an|about|some|roughly|around|nearly|almost|approximately|over|more\s+than|at\s+least)\s+)*[\d][\d,.]*(?:-|\s+)(?:hectares?|acres?|rai|square[- ](?:kilomet(?:re|er)s?|met(?:re|er)s?))\s+((?:[a-z][a-z'’-]*\s+){0,4}?)(in|on)\s+(?:the\s+)?$`)

// siteExtent reports a site placed by its extent in the place cb.
func siteExtent(ents []*docEntity, ca, cb candidate, gap string) bool {
	if ents[ca.ent].typ != model.Compound || ents[cb.ent].typ != model.Location {
		return false
	}
	m := reSiteExtent.FindStringSubmatch(gap)
	if m == nil {
		return false
	}
	for _, w := range strings.Fields(m[1]) {
		if verbLike[w] || strings.HasSuffix(w, "ed") && w != "walled" && w != "fenced" || w == "to" || w == "for" ||
			w == "near" || w == "opposite" || w == "beside" {
			return false // "12 hectares leased from X in", "owned by", "next to", "near the border in"
		}
	}
	if m[2] == "on" {
		return siteWater(ents[cb.ent].name)
	}
	return true
}
