package extract

import (
	"errors"
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

func TestGuarded(t *testing.T) {
	boom := errors.New("bad list")
	for _, tc := range []struct {
		name    string
		read    func() ([]model.Document, error)
		docs    int
		wantErr string
	}{
		{"a rule panics on a slice", func() ([]model.Document, error) {
			var s []int
			_ = s[3]
			return []model.Document{{}}, nil
		}, 0, "page https://example.com/x could not be read (runtime error: index out of range"},
		{"an error passes through", func() ([]model.Document, error) { return nil, boom }, 0, "bad list"},
		{"documents pass through", func() ([]model.Document, error) { return []model.Document{{}, {}}, nil }, 2, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			docs, err := guarded("https://example.com/x", tc.read)
			if len(docs) != tc.docs {
				t.Errorf("got %d documents, want %d", len(docs), tc.docs)
			}
			switch {
			case tc.wantErr == "" && err != nil:
				t.Errorf("unexpected error %v", err)
			case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
				t.Errorf("error %v, want one holding %q", err, tc.wantErr)
			}
		})
	}
}
