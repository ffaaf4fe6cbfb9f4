package extract

import "strings"

// A rank written as a title before a person's name ("Colonel Saw Moo Kho of the Karen
// National Army", "Brig. Gen. Min Htet Aung of the BGF") is the person's role in the body
// named after it: publicTie then files a rank in an armed group as membership and a rank in
// a state force as a post, as it does for a rank said in an apposition.

// rankShort are the abbreviated ranks, read as the rank they stand for.
var rankShort = map[string]string{"col": "colonel", "gen": "general", "maj": "major", "lt": "lieutenant", "brig": "brigadier",
	"capt": "captain", "cpt": "captain", "sgt": "sergeant", "cpl": "corporal", "pvt": "private", "ltcol": "lieutenant colonel"}

// rankTitleBefore returns the rank among the capitalised titles right before start ("Police
// Colonel", "Brig. Gen."), or "" when the last of them is no rank.
func rankTitleBefore(text string, start int) string {
	f := strings.Fields(text[max(0, start-40):start])
	if len(f) == 0 {
		return ""
	}
	w := strings.ToLower(strings.TrimRight(f[len(f)-1], "."))
	if c := f[len(f)-1][0]; c < 'A' || c > 'Z' {
		return ""
	}
	if r, ok := rankShort[w]; ok {
		w = r
	}
	if !rankRole(w) {
		return ""
	}
	// "Lieutenant Colonel", "Lt. Col.": the two words are one rank.
	if len(f) > 1 {
		prev := strings.ToLower(strings.TrimRight(f[len(f)-2], "."))
		if r, ok := rankShort[prev]; ok {
			prev = r
		}
		if prev == "lieutenant" || prev == "brigadier" || prev == "major" && w == "general" {
			return prev + " " + w
		}
	}
	return w
}
