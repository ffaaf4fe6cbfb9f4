package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// reAtBefore ends the words before a body's or firm's name that a person works at or a
// thing happens at: "a researcher at the ", "head of the protection section at ".
var reAtBefore = regexp.MustCompile(`(?i)\bat\s+(?:the\s+)?$`)

// bodyAtPlace reads "a researcher at the Mekong Policy Institute in Chiang Mai, said" and
// "head of the section at the Indonesian Embassy in Phnom Penh": a body or firm named after
// "at" and then "in" a town sits in the town, as "the Ministry of Public Security in Beijing"
// does. The other pair rules pass such a body by, for "at" also opens a place ("at the
// Daluo border crossing in Yunnan"). The town must close the phrase, no country is a seat
// (a body "in Thailand" may be one office of many), a national body named by its
// country's adjective is posted there, not seated ("at the Thai police in Mae Sot"), and a
// mission's town is read as part of its name ("a consul at the Embassy of India in Phnom
// Penh": written.go keeps that form as an alias), which writers label either way.
func bodyAtPlace(text string, ents []*docEntity, ca, cb candidate, gap string) bool {
	ta := ents[ca.ent].typ
	if ta != model.Organization && ta != model.Company || strings.TrimSpace(gap) != "in" || isCountry(ents[cb.ent].name) || genericBody(ca.text) {
		return false
	}
	if !reAtBefore.MatchString(text[max(0, ca.s-12):ca.s]) || diplomaticMission(ents[ca.ent].name) {
		return false
	}
	end := placeEnd(text, cb.e)
	after := strings.TrimLeft(text[end:min(len(text), end+3)], " ")
	return after == "" || strings.ContainsAny(after[:1], ",.;)")
}

// diplomaticMission reports a body named as an embassy, consulate or high commission.
func diplomaticMission(name string) bool {
	low := strings.ToLower(strings.TrimSpace(name))
	for _, head := range []string{"embassy", "consulate", "consulate-general", "consulate general", "high commission"} {
		if strings.HasSuffix(low, " "+head) || low == head {
			return true
		}
	}
	return missionOf(low)
}
