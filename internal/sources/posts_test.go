package sources

import (
	"errors"
	"net/url"
	"slices"
	"strings"
	"testing"
)

func TestOneSeed(t *testing.T) {
	tests := []struct {
		name string
		u    string
		err  error
		want []Link
	}{
		{"address", "https://a.org/api?q=x", nil, []Link{{URL: "https://a.org/api?q=x"}}},
		{"error", "", errors.New("bad address"), nil},
	}
	for _, tt := range tests {
		links, cursor, err := OneSeed(tt.u, tt.err)
		same := slices.EqualFunc(links, tt.want, func(a, b Link) bool { return a.URL == b.URL && a.Meta == nil && a.Page == 0 })
		if !same || (links == nil) != (tt.want == nil) || cursor != nil || !errors.Is(err, tt.err) {
			t.Errorf("%s: OneSeed = %v, %v, %v; want %v, nil, %v", tt.name, links, cursor, err, tt.want, tt.err)
		}
	}
}

func TestPostsPage(t *testing.T) {
	item := func(s string) Item { return Item{ID: "k:" + s} }
	// A result starting with "-" gives no part, as a post without an address would not.
	part := func(s string) (Part, bool) {
		return Part{URL: "https://a.org/" + s, Kind: "k"}, !strings.HasPrefix(s, "-")
	}
	skip := []error{errors.New("k post #2: no url")}
	tests := []struct {
		name      string
		results   []string
		next      string
		skipped   []error
		wantItems []string
		wantParts []string
		wantDoc   bool
	}{
		{"page", []string{"a", "b"}, "https://a.org/api?page=2", nil, []string{"k:a", "k:b"}, []string{"https://a.org/a", "https://a.org/b"}, true},
		{"last page", []string{"a"}, "", skip, []string{"k:a"}, []string{"https://a.org/a"}, true},
		{"no part", []string{"-a", "b"}, "", nil, []string{"k:-a", "k:b"}, []string{"https://a.org/b"}, true},
		{"only results without parts", []string{"-a"}, "", nil, []string{"k:-a"}, nil, true},
		{"empty", nil, "", skip, nil, nil, false},
	}
	for _, tt := range tests {
		p := PostsPage("k", tt.results, item, part, tt.next, tt.skipped)
		var ids, urls []string
		for _, it := range p.Items {
			ids = append(ids, it.ID)
		}
		for _, pt := range p.Parts {
			urls = append(urls, pt.URL)
		}
		if p.Kind != "k" || p.Document != tt.wantDoc || !slices.Equal(ids, tt.wantItems) || !slices.Equal(urls, tt.wantParts) ||
			!slices.Equal(p.Skipped, tt.skipped) {
			t.Errorf("%s: PostsPage = %+v", tt.name, p)
		}
		if p.Parts == nil {
			t.Errorf("%s: nil parts, want an empty list", tt.name)
		}
		if (p.Next == nil) != (tt.next == "") || (p.Next != nil && p.Next.URL != tt.next) {
			t.Errorf("%s: next %+v, want %q", tt.name, p.Next, tt.next)
		}
	}
}

func TestNextPage(t *testing.T) {
	tests := []struct{ asked, param, value, want string }{
		{"https://a.org/api?q=x&page=0", "page", "1", "https://a.org/api?page=1&q=x"},
		{"https://www.reddit.com/search.json?q=x&after=t3_a", "after", "t3_b", "https://www.reddit.com/search.json?after=t3_b&q=x"},
		{"https://a.org/xrpc/app.bsky.feed.searchPosts?q=x", "cursor", "25", "https://a.org/xrpc/app.bsky.feed.searchPosts?cursor=25&q=x"},
		{"https://a.org/api?q=x", "cursor", "", ""}, // the last page
		{"ftp://a.org/api", "page", "1", ""},        // an address that is not fetched
		{"https://a.org/%zz", "page", "1", ""},      // a bad address
	}
	for _, tt := range tests {
		if got := NextPage(tt.asked, tt.param, tt.value); got != tt.want {
			t.Errorf("NextPage(%q, %q, %q) = %q, want %q", tt.asked, tt.param, tt.value, got, tt.want)
		}
	}
}

func TestPathEndsWith(t *testing.T) {
	suffixes := []string{"/api/v1/documents.json", "/api/v1/documents"}
	tests := []struct {
		addr string
		want bool
	}{
		{"https://www.federalregister.gov/api/v1/documents.json?conditions[term]=x", true},
		{"http://127.0.0.1:8999/mirror/api/v1/documents", true}, // a mirror under a prefix
		{"https://a.org/API/V1/Documents/", true},               // case and a trailing slash
		{"https://a.org/api/v1/documents.xml", false},
		{"https://a.org/api/v1/documents/2025-1", false},
		{"https://a.org/", false},
	}
	for _, tt := range tests {
		u, err := url.Parse(tt.addr)
		if err != nil {
			t.Fatal(err)
		}
		if got := PathEndsWith(u, suffixes...); got != tt.want {
			t.Errorf("PathEndsWith(%q) = %v, want %v", tt.addr, got, tt.want)
		}
	}
}

func TestHeadHolds(t *testing.T) {
	far := `{"pad": "` + strings.Repeat("x", 70<<10) + `", "results": []}`
	tests := []struct {
		name    string
		body    string
		open    byte
		markers []string
		want    bool
	}{
		{"object with both", `{"resultset": {}, "results": []}`, '{', []string{`"resultset"`, `"results"`}, true},
		{"byte order mark and space", "\xef\xbb\xbf \n{\"results\": []}", '{', []string{`"results"`}, true},
		{"one marker missing", `{"results": []}`, '{', []string{`"resultset"`, `"results"`}, false},
		{"array where an object is wanted", `[{"results": []}]`, '{', []string{`"results"`}, false},
		{"array", `[{"account": {}}]`, '[', []string{`"account"`}, true},
		{"marker past the head", far, '{', []string{`"results"`}, false},
		{"empty", "", '{', nil, false},
		{"no markers", `{}`, '{', nil, true},
	}
	for _, tt := range tests {
		if got := HeadHolds([]byte(tt.body), tt.open, tt.markers...); got != tt.want {
			t.Errorf("%s: HeadHolds = %v, want %v", tt.name, got, tt.want)
		}
	}
}
