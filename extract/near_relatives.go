package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A relative clause after a place phrase in an apposition belongs to the nearer noun: in
// "Sunrise Trading Co., Ltd., a firm near the casino that police say is owned by Zhao Ming"
// the casino is owned, not the firm. The span between the apposed name and the holder reads
// ", a firm near|next to|beside … the NOUN that|which …"; the rule keeps the firm's own
// relative ("a firm that police say is owned by Zhao Ming") and a named place ("a firm near
// KK Park that …" is left to the other readers, since its relative is as ambiguous). The nearer
// noun must be one a person or firm can hold (a casino, a hotel, a market): "a casino complex
// near the Thai border that is owned by Y" keeps the complex's holder.
var reNearNounRelative = regexp.MustCompile(`(?i),\s+(?:a|an)\s+(?:[a-z-]+\s+){0,3}(?:near|beside|behind|opposite|outside|around|next\s+to|close\s+to|adjacent\s+to|across\s+from|across\s+the\s+(?:road|street)\s+from)\s+(?:the|a|an)\s+(?:[a-z-]+\s+){0,3}(?:casinos?|hotels?|compounds?|firms?|compan(?:y|ies)|buildings?|markets?|shops?|stores?|resorts?|factor(?:y|ies)|restaurants?|clubs?|banks?|warehouses?|plants?|malls?|bars?|offices?|towers?|complex(?:es)?|estates?|farms?|mines?|ports?|airports?|stadiums?|plazas?)\s*,?\s+(?:that|which|whose)\b`)

// nearNounRelative reports a holding pair whose span puts the relative clause that names the
// holder on a place noun nearer it: the match must run on to the span's end with no comma
// (", a firm near the casino that police say is owned by Y").
func nearNounRelative(pred, text string, ms, me int) bool {
	switch pred {
	case model.Owns, model.Operates, model.Directs, model.Protects:
	default:
		return false
	}
	if ms < 0 || me > len(text) || ms >= me {
		return false
	}
	span := text[ms:me]
	loc := reNearNounRelative.FindStringIndex(span)
	return loc != nil && !strings.ContainsAny(span[loc[1]:], ",;")
}
