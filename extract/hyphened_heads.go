package extract

import "strings"

// lastHyphenPart is the head of a hyphened noun: "compound" in "resort-turned-compound",
// "hotel" in "casino-hotel". An apposition headed by such a word describes a site as much
// as one headed by the bare noun ("Crystal Bay Park, a gated resort-turned-compound in
// Teuk Chhou district"). It is "" for a word without an inner hyphen.
func lastHyphenPart(w string) string {
	if i := strings.LastIndexAny(w, "-‑"); i > 0 && i < len(w)-1 {
		return w[i+1:]
	}
	return ""
}
