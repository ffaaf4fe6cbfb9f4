package extract

import (
	"strconv"
	"strings"

	"github.com/scamgraph/scamgraph/internal/sources"
)

// apposedPerson reports words after a name at toks[j] that describe a person, so that a
// preposition or a place before the name cannot make it a place: "received money from Chen
// Haoyu, a deputy general manager", "arrested in April, Somkiat Rattanapan, a former village
// headman", "Chheng Malis, 29,". A place's apposition names a kind of place ("Mae Sot, a
// town in Tak") and an age never follows a place.
func apposedPerson(toks []token, j int) bool {
	if j+2 >= len(toks) || toks[j].text != "," {
		return false
	}
	n := toks[j+1]
	if n.low == "who" {
		return true
	}
	if sources.IsDigits(n.text) && toks[j+2].text == "," {
		age, err := strconv.Atoi(n.text)
		return err == nil && age >= 14 && age <= 99
	}
	if n.low != "a" && n.low != "an" {
		return false
	}
	for k := j + 2; k < len(toks) && k < j+6; k++ {
		w := toks[k].low
		if toks[k].kind != tokWord || placeNouns[w] {
			return false
		}
		if personNouns[w] || appositionPerson[w] || familyWords[w] || roleWords[w] != "" || headmanWords[w] {
			return true
		}
	}
	return false
}

// closedApposition reports a name set off by commas after "<post> in <place>," whose clause
// goes on with the post's verb: "His legal adviser in Thailand, Kittipong Malai, is a
// partner". The post is one person's (a singular role or person noun before "in", toks[k-1]);
// a chain of places after a site or after people ("a scam hub in Santa Ana, Cagayan, was
// raided", "residents in Bamban, Tarlac, said") stays a chain of places.
func closedApposition(toks []token, k, j int) bool {
	if k < 1 || toks[k].low != "in" {
		return false
	}
	w := toks[k-1].low
	if roleWords[w] == "" && !personNouns[w] && !appositionPerson[w] || strings.HasSuffix(w, "s") {
		return false
	}
	if j+1 >= len(toks) || toks[j].text != "," {
		return false
	}
	switch toks[j+1].low {
	case "is", "was", "has", "had", "says", "said", "told", "added", "denied", "runs", "ran", "owns", "owned":
		return true
	}
	return false
}

// calendarChain reports a month or a weekday among toks[k:i]: "arrested in April, Somkiat
// Rattanapan" puts a time before the comma, not a larger place.
func calendarChain(toks []token, k, i int) bool {
	for ; k < i; k++ {
		if calendarWords[toks[k].low] {
			return true
		}
	}
	return false
}
