package graphdb

import (
	"context"
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/model"
)

// TestLoadMarksTruncated: a document cut at a size cap keeps truncated: true in the graph and in
// exports, and a text over the stored bound is cut and marked, never clipped silently.
func TestLoadMarksTruncated(t *testing.T) {
	s := openTest(t, false)
	ctx := context.Background()
	tag := newTag(t)
	t.Cleanup(func() { removeTagged(t, s, tag) })
	long := strings.Repeat("A paragraph of a very long transcript about the compound. ", (maxText/58)+2000)
	docs := []model.Document{
		{URL: "https://t.test.invalid/cut-" + tag, Title: "cut", Text: "what arrived before the cap", Truncated: true},
		{URL: "https://t.test.invalid/long-" + tag, Title: "long", Text: long},
		{URL: "https://t.test.invalid/whole-" + tag, Title: "whole", Text: "a whole page"},
	}
	src := "test-" + tag
	if _, err := s.Load(ctx, SourceInfo{Name: src}, docs, time.Now()); err != nil {
		t.Fatal(err)
	}
	got := map[string]ExportDocument{}
	if err := s.ExportDocuments(ctx, ExportScope{Source: src}, func(d ExportDocument) error {
		got[d.Title] = d
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if d := got["cut"]; !d.Truncated {
		t.Errorf("cut document: truncated %v", d.Truncated)
	}
	if d := got["long"]; !d.Truncated || len(d.Text) > maxText || len(d.Text) < maxText-4 {
		t.Errorf("long document: truncated %v, %d bytes of %d", d.Truncated, len(d.Text), len(long))
	}
	if d := got["whole"]; d.Truncated || d.Text != "a whole page" {
		t.Errorf("whole document: %+v", d)
	}
}
