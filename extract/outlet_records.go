package extract

import "strings"

// A record noun written as a capitalised name is often a newspaper's: "according to three
// survivors interviewed by the Ledger", "workers who spoke to the Mekong Register". The
// citation is of people an outlet spoke to, not of a record, and hedges like any other. A
// register that a capitalised qualifier names as one ("the Companies Register", "the Land
// Record") stays a record.

// outletRecordNouns are the record nouns that name newspapers.
var outletRecordNouns = set("ledger", "register", "record")

// registerQualifiers name a register by what it lists.
var registerQualifiers = set("companies", "company", "land", "business", "commercial", "trade", "property",
	"shareholder", "shareholders", "share", "cadastral", "corporate", "title", "titles", "court")

// outletRecord reports a record citation m (reRecordCitation's match) that ends in an
// outlet's capitalised name rather than a record.
func outletRecord(m string) bool {
	f := strings.Fields(m)
	if len(f) < 2 {
		return false
	}
	last := f[len(f)-1]
	if last == "" || last[0] < 'A' || last[0] > 'Z' || !outletRecordNouns[strings.ToLower(last)] {
		return false
	}
	q := strings.TrimSuffix(strings.TrimSuffix(strings.ToLower(f[len(f)-2]), "'s"), "’s")
	return !registerQualifiers[q]
}
