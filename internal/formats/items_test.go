package formats

import (
	"encoding/json"
	"fmt"
	"slices"
	"testing"
)

func TestDecodeItems(t *testing.T) {
	type itemJSON struct {
		Title FlexString `json:"title"`
		URL   FlexString `json:"url"`
	}
	// read keeps the title of an item with an address and refuses the others in its own words.
	read := func(n int, v itemJSON) (string, error) {
		if v.URL == "" {
			return "", fmt.Errorf("post #%d %q: no url", n, string(v.Title))
		}
		return string(v.Title), nil
	}
	tests := []struct {
		name        string
		results     string
		wantKept    []string
		wantSkipped []string
	}{
		{"all kept", `[{"title": "a", "url": "/a"}, {"title": "b", "url": "/b"}]`, []string{"a", "b"}, nil},
		{"refused", `[{"title": "a", "url": "/a"}, {"title": "b"}]`, []string{"a"}, []string{`post #2 "b": no url`}},
		{"not an object", `["x", {"title": "b", "url": "/b"}]`, []string{"b"},
			[]string{"post #1: json: cannot unmarshal string into Go value of type formats.itemJSON"}},
		{"skips in order", `[{"title": "a"}, 7, {"title": "c", "url": "/c"}]`, []string{"c"},
			[]string{`post #1 "a": no url`, "post #2: json: cannot unmarshal number into Go value of type formats.itemJSON"}},
		{"none", `[]`, nil, nil},
	}
	for _, tt := range tests {
		var raws []json.RawMessage
		if err := json.Unmarshal([]byte(tt.results), &raws); err != nil {
			t.Fatal(err)
		}
		kept, skipped := DecodeItems("post", raws, read)
		var got []string
		for _, err := range skipped {
			got = append(got, err.Error())
		}
		if !slices.Equal(kept, tt.wantKept) || !slices.Equal(got, tt.wantSkipped) {
			t.Errorf("%s: DecodeItems = %q, %q; want %q, %q", tt.name, kept, got, tt.wantKept, tt.wantSkipped)
		}
	}
}

func TestMissingResults(t *testing.T) {
	tests := []struct{ what, body, want string }{
		{"doj press releases", `{"metadata": {}}`, `doj press releases: no results array in the answer (body starts "{\"metadata\": {}}")`},
		{"courtlistener search", `{"detail": ""}`, `courtlistener search: no results array in the answer (body starts "{\"detail\": \"\"}")`},
	}
	for _, tt := range tests {
		if got := MissingResults(tt.what, []byte(tt.body)).Error(); got != tt.want {
			t.Errorf("MissingResults(%q, %q) = %s, want %s", tt.what, tt.body, got, tt.want)
		}
	}
}
