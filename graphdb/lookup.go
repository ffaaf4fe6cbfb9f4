package graphdb

import (
	"context"
	"fmt"
	"strconv"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// lookupTimeout bounds one entity lookup in the database.
const lookupTimeout = 10 * time.Second

// EntityNode returns the entity with the given id (its id, name and type); an id that names
// no entity is ErrNotFound.
func (s *Store) EntityNode(ctx context.Context, id string) (*Node, error) {
	n, err := readTx(ctx, s, func(ctx context.Context, tx neo4j.ManagedTransaction) (*Node, error) {
		res, err := tx.Run(ctx, "MATCH (e:Entity {id: $id}) RETURN e {.id, .name, .type} AS e LIMIT 1", map[string]any{"id": id})
		if err != nil {
			return nil, err
		}
		recs, err := res.Collect(ctx)
		if err != nil || len(recs) == 0 {
			return nil, err
		}
		n := nodeFrom(asMap(get(recs[0], "e")))
		return &n, nil
	}, neo4j.WithTxTimeout(lookupTimeout))
	if err != nil {
		return nil, fmt.Errorf("look up entity %q: %w", id, err)
	}
	if n == nil {
		return nil, NotFound{What: "entity", ID: id}
	}
	return n, nil
}

// NotFound names what was asked for and is not there; errors.Is finds ErrNotFound in it.
type NotFound struct{ What, ID string }

func (e NotFound) Error() string        { return "no " + e.What + " with id " + strconv.Quote(e.ID) }
func (e NotFound) Is(target error) bool { return target == ErrNotFound }

// CitingDocument returns the first document (by URL) that cites the capture with the given
// sha256 digest; a capture no document cites is ErrNotFound.
func (s *Store) CitingDocument(ctx context.Context, digest string) (*DocumentRef, error) {
	d, err := readTx(ctx, s, func(ctx context.Context, tx neo4j.ManagedTransaction) (*DocumentRef, error) {
		res, err := tx.Run(ctx, `MATCH (d:Document {capture: $sha})
RETURN d.url AS url, d.title AS title, d.source AS source, d.published AS published ORDER BY d.url LIMIT 1`,
			map[string]any{"sha": digest})
		if err != nil {
			return nil, err
		}
		recs, err := res.Collect(ctx)
		if err != nil || len(recs) == 0 {
			return nil, err
		}
		r := recs[0]
		return &DocumentRef{URL: asString(get(r, "url")), Title: asString(get(r, "title")), Source: asString(get(r, "source")),
			Published: asTimePtr(get(r, "published")), Capture: digest}, nil
	}, neo4j.WithTxTimeout(lookupTimeout))
	if err != nil {
		return nil, fmt.Errorf("look up the document citing capture %s: %w", digest, err)
	}
	if d == nil {
		return nil, NotFound{What: "document citing capture", ID: digest}
	}
	return d, nil
}
