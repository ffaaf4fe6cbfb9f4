package entitymatch

import (
	"strings"

	"github.com/scamgraph/scamgraph/internal/lexicon"
)

// genericBodies are names of bodies that every country has. Written bare, they name a
// different body in each country, so they never key a merge, and extraction qualifies them
// with the document's country or keeps them to their document.
var genericBodies = lexicon.GenericBodies()

// GenericBody reports whether name, written without a country, is a body that every country
// has ("Ministry of Foreign Affairs", "Supreme Court", "the National Police").
func GenericBody(name string) bool {
	n := strings.ToLower(strings.Join(strings.Fields(name), " "))
	n = strings.TrimPrefix(n, "the ")
	return genericBodies[n]
}
