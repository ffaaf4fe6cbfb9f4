package graphdb

import (
	"context"
	"fmt"
	"time"
)

// SnapshotTime is when the graph last took in data: the latest time any source was crawled
// into it. Briefs print it so a reader knows how current the evidence is. It reads the few
// Source nodes only, so it stays cheap on a large graph; zero when nothing was loaded.
func (s *Store) SnapshotTime(ctx context.Context) (time.Time, error) {
	recs, err := s.collect(ctx, `MATCH (s:Source) RETURN max(s.last_seen) AS t`, nil)
	if err != nil {
		return time.Time{}, fmt.Errorf("graph snapshot time from %s: %w", s.cfg.URI, err)
	}
	if len(recs) == 0 {
		return time.Time{}, nil
	}
	return asTime(get(recs[0], "t")), nil
}
