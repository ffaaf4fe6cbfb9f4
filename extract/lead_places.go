package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A list item or section that opens with a place standing alone ("Sri Lanka. Police raided
// Blue Lagoon Residences, a block in Negombo, ..."; "2. Mong La" then its paragraph) is about
// that place: the town its first sentence puts things "in" lies in it. Only the outermost
// place of a chain ("in International City, Dubai": Dubai) is read, only a place that is no
// country itself, and only in the one sentence right after the lead.

// reLeadNumber is an enumeration before a section's place: "2. ", "(b) ".
var reLeadNumber = regexp.MustCompile(`^\s*(?:\d{1,2}\.|\(?[a-z0-9]\))?\s*`)

// reInBefore ends the text before a place introduced by "in": "a block in ", "In ".
var reInBefore = regexp.MustCompile(`(?i)(?:^|\s)in\s+(?:the\s+)?$`)

// leadPlaces reads the shape above; emit gets the lead's sentence, the claim's sentence, the
// place and the lead place, and the span of the claim to grade.
func leadPlaces(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int,
	emit func(first, si, a, b int, pred string, conf float64, s, e int, role string)) {
	for si := 0; si+1 < len(sents); si++ {
		ms := bySent[si]
		if len(ms) != 1 {
			continue
		}
		st, h := sents[si], cands[ms[0]]
		if h.ent < 0 || ents[h.ent].typ != model.Location {
			continue
		}
		// The place opens its line, after an enumeration at most (which the splitter may
		// have cut off as a sentence of its own).
		ls := strings.LastIndexByte(text[:h.s], '\n') + 1
		if strings.TrimSpace(reLeadNumber.ReplaceAllString(text[ls:h.s], "")) != "" || strings.Trim(text[h.e:st.e], " \t.:") != "" {
			continue
		}
		ns := bySent[si+1]
		nx := sents[si+1]
		for k, m := range ns {
			c := cands[m]
			if c.ent < 0 || c.ent == h.ent || ents[c.ent].typ != model.Location || !reInBefore.MatchString(text[max(nx.s, c.s-12):c.s]) {
				continue
			}
			// The outermost place of a chain: "in International City, Dubai".
			for k+1 < len(ns) {
				d := cands[ns[k+1]]
				if d.ent < 0 || ents[d.ent].typ != model.Location || strings.TrimSpace(text[c.e:d.s]) != "," {
					break
				}
				c, k = d, k+1
			}
			if c.ent != h.ent && !isCountry(ents[c.ent].name) {
				emit(si, si+1, c.ent, h.ent, model.LocatedIn, 0.7, nx.s, c.e, "")
			}
			break
		}
	}
}
