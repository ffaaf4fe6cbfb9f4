package model

// Identifier schemes of OpenSanctions' own ids.
const (
	SchemeOpenSanctions = "OpenSanctions ID"
	SchemeWikidata      = "Wikidata QID"
)
