package extract

import (
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// ministryFieldHeads open bodies named by a list of fields ("Ministry of Land Management,
// Urban Planning and Construction", "Ministry of Education, Youth and Sport").
var ministryFieldHeads = set("ministry", "department", "minister")

// ministryFieldList joins a ministry's name to the fields a comma lists after it: the name
// "Ministry of X" is followed by ", Y and Z", capitalised words joined by "and" whose last
// word names a field. The text names one ministry, not a ministry and a firm called "Y and
// Z". A person's name or a place after the comma ("Ministry of Interior, Sar Kheng") is
// left alone: it has no "and" between fields.
func ministryFieldList(text string, st sentence, cs []candidate) []candidate {
	toks := st.toks
	out := cs[:0]
	for k := 0; k < len(cs); k++ {
		c := cs[k]
		if c.typ == model.Organization && c.tj-c.ti >= 3 && ministryFieldHeads[toks[c.ti].low] && toks[c.ti+1].low == "of" &&
			c.tj+1 < len(toks) && toks[c.tj].text == "," {
			// The fields run from after the comma to the first word that is neither
			// capitalised nor "and".
			e := c.tj + 1
			for e < len(toks) && e < c.tj+8 && (isCap(toks[e]) || toks[e].low == "and") {
				e++
			}
			if fieldsJoined(toks[c.tj+1 : e]) {
				c.tj, c.e = e, toks[e-1].e
				c.text = text[c.s:c.e]
				out = append(out, c)
				for k+1 < len(cs) && cs[k+1].ti < e {
					k++ // a candidate inside the fields is part of the ministry's name
				}
				continue
			}
		}
		out = append(out, c)
	}
	return out
}

// fieldsJoined reports capitalised words with one "and" before the last field word ("Urban
// Planning and Construction"), two of them field words.
func fieldsJoined(ts []token) bool {
	if len(ts) < 3 || len(ts) > 6 || ts[len(ts)-2].low != "and" {
		return false
	}
	for _, t := range ts {
		if t.low != "and" && !isCap(t) {
			return false
		}
	}
	fields := 0
	for _, t := range ts {
		if t.low != "and" && fieldWord(t.low) {
			fields++
		}
	}
	last := ts[len(ts)-1].low
	// Two field words at least: a person's name may end like a field ("Chan Sophal").
	return fieldWord(last) && fields >= 2 && !strings.Contains(last, ".")
}
