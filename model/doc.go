// Package model is the project's vocabulary, shared by every stage: the documents, entities
// and graded relations that extraction produces and the graph stores, and the entity types,
// predicates, evidence grades and sectors they are written in (see CONTRACTS). It holds data
// and small validation helpers only, so any package can import it without pulling in
// extraction.
package model
