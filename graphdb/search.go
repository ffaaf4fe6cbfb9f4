package graphdb

import (
	"context"
	"fmt"
	"strings"
	"unicode"
)

// maxFuzzyTerms caps the words of one query turned into fuzzy Lucene terms.
const maxFuzzyTerms = 8

// luceneQuery turns what a reader typed into a Lucene query for the entity_names index: each
// word matches as written, as a prefix, or within one or two edits (more for longer words).
// Lucene's syntax characters are dropped, so no input can change the query's shape.
func luceneQuery(q string) string {
	words := strings.FieldsFunc(q, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.IsPunct(r) && r != '\'' || unicode.IsSymbol(r)
	})
	var parts []string
	for _, w := range words {
		w = strings.Map(func(r rune) rune {
			if r == '\'' || strings.ContainsRune(`+-&|!(){}[]^"~*?:\/`, r) {
				return -1
			}
			return unicode.ToLower(r)
		}, w)
		if w == "" || strings.EqualFold(w, "and") || strings.EqualFold(w, "or") || strings.EqualFold(w, "not") {
			continue
		}
		n := len([]rune(w))
		switch {
		case n == 1:
			parts = append(parts, w+" OR "+w+"*")
		case n == 2:
			parts = append(parts, w+"^2 OR "+w+"* OR "+w+"~1")
		case n <= 5:
			parts = append(parts, w+"^2 OR "+w+"* OR "+w+"~1")
		default:
			parts = append(parts, w+"^2 OR "+w+"* OR "+w+"~2")
		}
		if len(parts) == maxFuzzyTerms {
			break
		}
	}
	if len(parts) == 0 {
		return ""
	}
	return "(" + strings.Join(parts, ") AND (") + ")"
}

// fuzzyHits asks the full-text index for entities whose names or aliases are close to q,
// skipping those already found; it fills the list up to limit.
func (s *Store) fuzzyHits(ctx context.Context, q, typ string, limit int, have []EntityHit) ([]EntityHit, error) {
	lq := luceneQuery(q)
	if lq == "" || len(have) >= limit {
		return have, nil
	}
	seen := make([]any, 0, len(have))
	for _, h := range have {
		seen = append(seen, h.ID)
	}
	typed := strings.Join(TypedPredicates(), "|")
	recs, err := s.collect(ctx, `CALL db.index.fulltext.queryNodes('entity_names', $q, {limit: $fetch}) YIELD node AS e, score
WHERE ($type = '' OR e.type = $type) AND NOT e.id IN $seen
WITH e, score ORDER BY score DESC, e.name LIMIT $limit
RETURN e.id AS id, e.name AS name, e.type AS type, e.aliases AS aliases,
       COUNT { (e)<-[:MENTIONS]-(:Document) } AS docs, COUNT { (e)-[:`+typed+`]-(:Entity) } AS rels`,
		map[string]any{"q": lq, "type": typ, "seen": seen, "limit": limit - len(have), "fetch": 4 * limit})
	if err != nil {
		return have, fmt.Errorf("fuzzy search %q at %s: %w", q, s.cfg.URI, err)
	}
	for _, r := range recs {
		have = append(have, EntityHit{
			ID: asString(get(r, "id")), Name: asString(get(r, "name")), Type: asString(get(r, "type")),
			Aliases: asStrings(get(r, "aliases")), Match: "similar",
			Relations: int(asInt(get(r, "rels"))), Documents: int(asInt(get(r, "docs")))})
	}
	return have, nil
}
