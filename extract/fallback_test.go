package extract

import (
	"context"
	"testing"
)

// TestGuessedKindFallsBackToArticle: a page whose address looks like a Telegram preview but
// whose body is an ordinary article (a saved copy) is read as an article; with the kind
// configured, the mismatch stays an error.
func TestGuessedKindFallsBackToArticle(t *testing.T) {
	x := newTestExtractor(t)
	body := []byte(`<html><body><article><h1>Job warning</h1><p>A recruiter sent workers to KK Park near Myawaddy, a channel warned on Monday.</p><p>Workers said they were held for months.</p></article></body></html>`)
	docs, err := x.Extract(context.Background(), Page{URL: "https://t.me/s/mekong_watch/4821", Body: body, ContentType: "text/html"})
	if err != nil || len(docs) != 1 || docs[0].Text == "" {
		t.Fatalf("guessed kind: %d docs, err %v", len(docs), err)
	}
	if _, err := x.Extract(context.Background(), Page{URL: "https://t.me/s/mekong_watch/4821", Kind: "telegram", Body: body}); err == nil {
		t.Error("configured telegram kind on an article body: no error")
	}
}
