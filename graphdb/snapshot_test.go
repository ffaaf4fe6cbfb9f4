package graphdb

import (
	"context"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/model"
)

// TestSnapshotTime: the snapshot is the latest crawl any source recorded.
func TestSnapshotTime(t *testing.T) {
	s := openTest(t, false)
	tag := newTag(t)
	t.Cleanup(func() { removeTagged(t, s, tag) })
	ctx := context.Background()
	// An hour ahead, so no other test's load is later.
	seen := time.Now().UTC().Add(time.Hour).Truncate(time.Millisecond)
	doc := model.Document{URL: "https://snapshot.invalid/" + tag, Title: "snapshot", Text: "snapshot",
		Entities: []model.Entity{ent(model.Company, "Snapshot Co "+tag)}}
	if _, err := s.Load(ctx, SourceInfo{Name: "snapshot-" + tag}, []model.Document{doc}, seen); err != nil {
		t.Fatal(err)
	}
	got, err := s.SnapshotTime(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if !got.Equal(seen) {
		t.Errorf("SnapshotTime = %s, want %s", got, seen)
	}
}
