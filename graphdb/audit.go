package graphdb

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/scamgraph/scamgraph/internal/entitymatch"
)

// Holders reads every node in scope that holds merged records: its own record (names before
// the first merge, identifiers it holds not only through a merged record) and each merged
// record as it was, oldest merge first. It is what applied merges are reviewed on.
func (s *Store) Holders(ctx context.Context, scope ResolveScope) ([]entitymatch.Holder, error) {
	if err := s.ensureResolutionSchema(ctx); err != nil {
		return nil, err
	}
	recs, err := s.collect(ctx, `MATCH (x:Entity) WHERE x.merged_ids IS NOT NULL AND ($contains = '' OR x.id CONTAINS $contains)
		CALL {
			WITH x
			OPTIONAL MATCH (x)-[h:HAS_IDENTIFIER]->(i:Identifier) WHERE NOT coalesce(h.via_only, false)
			RETURN collect(i {.scheme, .value, .country}) AS own
		}
		CALL {
			WITH x
			MATCH (rec:Merge {into: x.id})-[:SNAPSHOT]->(sn:EntitySnapshot)
			OPTIONAL MATCH (ri:Identifier) WHERE ri.key IN coalesce(rec.identifiers, [])
			WITH rec, sn, collect(ri {.scheme, .value, .country}) AS ids ORDER BY rec.at, rec.id
			RETURN collect({id: rec.id, reason: rec.reason, explanation: rec.explanation, name: sn.name,
			                type: sn.type, aliases: sn.aliases, ids: ids}) AS merges
		}
		RETURN x.id AS id, x.type AS type, x.name AS name, x.aliases AS aliases, x.own_names AS own_names,
		       own, merges ORDER BY id`, map[string]any{"contains": scope.IDContains})
	if err != nil {
		return nil, fmt.Errorf("read merged nodes at %s: %w", s.cfg.URI, err)
	}
	idents := func(v any) []entitymatch.Identifier {
		var out []entitymatch.Identifier
		for _, x := range asList(v) {
			m := asMap(x)
			out = append(out, entitymatch.Identifier{Scheme: asString(m["scheme"]), Value: asString(m["value"]), Country: asString(m["country"])})
		}
		return out
	}
	out := make([]entitymatch.Holder, 0, len(recs))
	for _, r := range recs {
		own := entitymatch.Candidate{ID: asString(get(r, "id")), Type: asString(get(r, "type")), Name: asString(get(r, "name")),
			Aliases: asStrings(get(r, "aliases")), Identifiers: idents(get(r, "own"))}
		if names := asStrings(get(r, "own_names")); len(names) > 0 {
			own.Name, own.Aliases = names[0], names[1:]
		}
		h := entitymatch.Holder{Own: own}
		for _, x := range asList(get(r, "merges")) {
			m := asMap(x)
			var exp entitymatch.Explanation
			_ = json.Unmarshal([]byte(asString(m["explanation"])), &exp)
			id := asString(m["id"])
			matched := exp.B
			if exp.A != id && exp.B == id {
				matched = exp.A
			}
			h.Merges = append(h.Merges, entitymatch.AppliedMerge{
				Record: entitymatch.Candidate{ID: id, Type: asString(m["type"]), Name: asString(m["name"]),
					Aliases: asStrings(m["aliases"]), Identifiers: idents(m["ids"])},
				Matched: matched, Reason: asString(m["reason"])})
		}
		out = append(out, h)
	}
	return out, nil
}

// AuditMerges reviews every applied merge in scope under the rules and decisions (see
// entitymatch.ReviewMerges): what each rests on, and which the current rules forbid.
func (s *Store) AuditMerges(ctx context.Context, rules entitymatch.Rules, d entitymatch.Decisions, scope ResolveScope) ([]entitymatch.Review, error) {
	hs, err := s.Holders(ctx, scope)
	if err != nil {
		return nil, err
	}
	var out []entitymatch.Review
	for _, h := range hs {
		out = append(out, entitymatch.ReviewMerges(h, rules, d)...)
	}
	return out, nil
}

// splitForbidden splits the merged records the current rules forbid (merges made by older
// rules on weak identifiers or list notes, or against a conflicting strong identifier).
func (s *Store) splitForbidden(ctx context.Context, rules entitymatch.Rules, d entitymatch.Decisions, scope ResolveScope) ([]entitymatch.Split, error) {
	reviews, err := s.AuditMerges(ctx, rules, d, scope)
	if err != nil {
		return nil, err
	}
	var out []entitymatch.Split
	for _, rv := range reviews {
		if rv.Forbidden == "" {
			continue
		}
		if _, err := s.Split(ctx, rv.ID); err != nil {
			return out, fmt.Errorf("split %s from %s (forbidden by the current rules: %s): %w", rv.ID, rv.Into, rv.Forbidden, err)
		}
		out = append(out, entitymatch.Split{ID: rv.ID, From: rv.Into, Note: "current rules: " + rv.Forbidden})
	}
	return out, nil
}
