package extract

import (
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/internal/formats/formatstest"
)

// formatsFixture reads a wire-format fixture kept beside its kind's parser
// (internal/sources/<kind>/testdata).
func formatsFixture(t testing.TB, name string) []byte {
	t.Helper()
	return formatstest.KindFixture(t, name)
}

func TestSplitPosts(t *testing.T) {
	tests := []struct {
		name, kind, url, file string
		want                  []Part // checked fields: URL, Title, Author, Kind, Published (if set), Text prefix
		wantHTML              bool
	}{
		{"telegram by kind", "telegram", "https://t.me/s/scamwatchkh", "telegram_channel.html", []Part{
			{URL: "https://t.me/scamwatchkh/1201", Title: "Jin Bei casino in Sihanoukville had its licence suspended.", Author: "Scam Watch KH",
				Kind: "telegram", Text: "Jin Bei casino in Sihanoukville had its licence suspended.\n\nWorkers say"},
			{URL: "https://t.me/scamwatchkh/1202", Title: "Update: police escorted 200 foreign workers out of the Jin Bei compound.", Author: "Scam Watch KH",
				Kind: "telegram", Text: "Update: police escorted"},
		}, true},
		{"telegram on sample-world path", "", "http://127.0.0.1:8999/telegram/s/scamwatchkh", "telegram_channel.html", []Part{
			{URL: "https://t.me/scamwatchkh/1201", Kind: "telegram", Author: "Scam Watch KH", Text: "Jin Bei casino"},
			{URL: "https://t.me/scamwatchkh/1202", Kind: "telegram", Author: "Scam Watch KH", Text: "Update:"},
		}, true},
		{"doj by url", "", "https://www.justice.gov/api/v1/press_releases.json?pagesize=50&parameters[title]=scam", "doj_press_releases.json", []Part{
			{URL: "https://www.justice.gov/opa/pr/chairman-prince-group-indicted-operating-cambodian-forced-labor-scam-compounds",
				Title: "Chairman of Prince Group Indicted for Operating Cambodian Forced Labor Scam Compounds", Author: "USAO - New York, Eastern",
				Kind: "doj", Published: ptime(time.Unix(1760457600, 0)), Text: "BROOKLYN, NY – An indictment was unsealed today charging Chen Zhi"},
			{URL: "https://www.justice.gov/usao-dc/pr/scam-center-strike-force", Title: "Scam Center Strike Force Launched",
				Author: "U.S. Department of Justice", Kind: "doj", Text: "The Scam Center Strike Force was announced today."},
		}, true},
		{"courtlistener on prefixed path", "", "http://127.0.0.1:8999/courtlistener/api/rest/v4/search/?q=Prince&type=r", "courtlistener_search.json", []Part{
			{URL: "http://127.0.0.1:8999/courtlistener/docket/71234567/united-states-v-chen/", Title: "United States v. Chen",
				Author: "District Court, E.D. New York", Kind: "courtlistener", Published: ptime(time.Date(2025, 10, 8, 0, 0, 0, 0, time.UTC)),
				Text: "United States v. Chen\nDistrict Court, E.D. New York, docket 1:25-cr-00312, filed 2025-10-08."},
			{URL: "http://127.0.0.1:8999/courtlistener/docket/71299999/united-states-v-approximately-127271-bitcoin/", Kind: "courtlistener",
				Author: "District Court, E.D. New York", Text: "United States v. Approximately 127,271 Bitcoin"},
		}, false},
		{"courtlistener real host", "courtlistener", "https://www.courtlistener.com/api/rest/v4/search/?q=x", "courtlistener_search.json", []Part{
			{URL: "https://www.courtlistener.com/docket/71234567/united-states-v-chen/", Kind: "courtlistener", Author: "District Court, E.D. New York", Text: "United States v. Chen"},
			{URL: "https://www.courtlistener.com/docket/71299999/united-states-v-approximately-127271-bitcoin/", Kind: "courtlistener", Author: "District Court, E.D. New York", Text: "United States"},
		}, false},
		{"federal register by url", "", "https://www.federalregister.gov/api/v1/documents.json?conditions[term]=Huione", "federalregister_documents.json", []Part{
			{URL: "https://www.federalregister.gov/documents/2025/10/16/2025-19876/imposition-of-special-measure-regarding-huione-group",
				Title:  "Imposition of Special Measure Regarding Huione Group, as a Financial Institution of Primary Money Laundering Concern",
				Author: "Treasury Department, Financial Crimes Enforcement Network", Kind: "federalregister", Published: ptime(time.Date(2025, 10, 16, 0, 0, 0, 0, time.UTC)),
				Text: "Imposition of Special Measure Regarding Huione Group, as a Financial Institution of Primary Money Laundering Concern\n\nRule by Treasury Department, Financial Crimes Enforcement Network, published 2025-10-16.\n\nFinCEN is issuing a final rule"},
			{URL: "https://www.federalregister.gov/documents/2025/05/05/2025-07711/proposal-of-special-measure-regarding-huione-group", Kind: "federalregister",
				Author: "Financial Crimes Enforcement Network", Text: "Proposal of Special Measure"},
		}, false},
		{"reddit on prefixed path", "", "http://127.0.0.1:8999/reddit/r/cambodia/search.json?q=prince&restrict_sr=1", "reddit_search.json", []Part{
			{URL: "http://127.0.0.1:8999/reddit/r/cambodia/comments/1o6abc1/jin_bei_after_the_prince_group_sanctions/", Title: "Jin Bei after the Prince Group sanctions?",
				Author: "phnompenh_local", Kind: "reddit", Published: ptime(time.Unix(1760500000, 0)), Text: "Jin Bei after the Prince Group sanctions?\n\nFriends in Sihanoukville"},
			{URL: "http://127.0.0.1:8999/reddit/r/worldnews/comments/1o6xyz1/us_and_uk_sanction_prince_group/", Kind: "reddit", Author: "newsbot", Text: "US and UK sanction Prince Group"},
		}, false},
		{"reddit oauth host", "reddit", "https://oauth.reddit.com/r/cambodia/search.json?q=x", "reddit_search.json", []Part{
			{URL: "https://www.reddit.com/r/cambodia/comments/1o6abc1/jin_bei_after_the_prince_group_sanctions/", Kind: "reddit", Author: "phnompenh_local", Text: "Jin Bei"},
			{URL: "https://www.reddit.com/r/worldnews/comments/1o6xyz1/us_and_uk_sanction_prince_group/", Kind: "reddit", Author: "newsbot", Text: "US and UK"},
		}, false},
		{"bluesky by url", "", "http://127.0.0.1:8999/bluesky/xrpc/app.bsky.feed.searchPosts?q=prince", "bluesky_searchposts.json", []Part{
			{URL: "https://bsky.app/profile/scamwatch.bsky.social/post/3m3abcdxyz22k", Title: "OFAC just designated Prince Holding Group and Chen Zhi. 146 targets.",
				Author: "scamwatch.bsky.social", Kind: "bluesky", Published: ptime(time.Date(2025, 10, 14, 19, 2, 11, 345e6, time.UTC)), Text: "OFAC just designated"},
			{URL: "https://bsky.app/profile/did:plc:zzzzz12345abcde12345abcd/post/3m3zzzzxyz22k", Author: "handle.invalid", Kind: "bluesky", Text: "KK Park raid footage"},
		}, false},
		{"mastodon by url", "", "https://mastodon.social/api/v1/timelines/tag/princegroup?limit=40", "mastodon_tag.json", []Part{
			{URL: "https://mastodon.social/@osint_sea/115371234567890123", Title: "US & UK sanction #PrinceGroup chairman Chen Zhi.",
				Author: "osint_sea@mastodon.social", Kind: "mastodon", Text: "US & UK sanction #PrinceGroup chairman Chen Zhi.\n\nScam compounds in #Cambodia\nheld trafficked workers."},
			{URL: "https://infosec.exchange/users/anon/statuses/115371234567890999", Author: "anon@infosec.exchange", Kind: "mastodon", Text: "Remote status"},
		}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			parts, ok, err := SplitPosts(Page{URL: tt.url, Kind: tt.kind, Body: formatsFixture(t, tt.file)})
			if err != nil || !ok {
				t.Fatalf("ok %v err %v", ok, err)
			}
			if len(parts) != len(tt.want) {
				t.Fatalf("%d parts, want %d: %+v", len(parts), len(tt.want), parts)
			}
			for i, w := range tt.want {
				g := parts[i]
				if g.URL != w.URL || g.Kind != w.Kind || g.Author != w.Author || (w.Title != "" && g.Title != w.Title) {
					t.Errorf("part %d: got URL %q kind %q author %q title %q\nwant URL %q kind %q author %q title %q", i, g.URL, g.Kind, g.Author, g.Title, w.URL, w.Kind, w.Author, w.Title)
				}
				if !strings.HasPrefix(g.Text, w.Text) {
					t.Errorf("part %d text %q, want prefix %q", i, g.Text, w.Text)
				}
				if w.Published != nil && (g.Published == nil || !g.Published.Equal(*w.Published)) {
					t.Errorf("part %d published %v, want %v", i, g.Published, w.Published)
				}
				if (g.HTML != "") != tt.wantHTML {
					t.Errorf("part %d HTML %q (want set: %v)", i, g.HTML, tt.wantHTML)
				}
				if strings.Contains(g.Text, "<script") || strings.Contains(g.Text, "track()") {
					t.Errorf("part %d text carries script: %q", i, g.Text)
				}
			}
		})
	}
}

func ptime(t time.Time) *time.Time { return &t }

func TestPostKind(t *testing.T) {
	tg := formatsFixture(t, "telegram_channel.html")
	tests := []struct {
		kind, url string
		body      []byte
		want      string
	}{
		{"", "https://t.me/s/scamwatchkh", nil, "telegram"},
		{"", "https://t.me/s/scamwatchkh?before=1201", nil, "telegram"},
		{"", "http://127.0.0.1:8999/telegram/s/scamwatchkh", tg, "telegram"},
		// A news site path ending in /s/<slug> is not Telegram unless the body says so.
		{"", "https://news.example.com/s/prince-group-story", []byte("<html><body><p>Story</p></body></html>"), ""},
		{"", "https://www.justice.gov/api/v1/press_releases.json", nil, "doj"},
		{"", "http://127.0.0.1:8999/doj/api/v1/press_releases.json?page=2", nil, "doj"},
		{"", "https://www.courtlistener.com/api/rest/v4/search/?q=x", nil, "courtlistener"},
		{"", "https://www.federalregister.gov/api/v1/documents.json?x=1", nil, "federalregister"},
		{"", "https://www.reddit.com/r/cambodia/search.json?q=x", nil, "reddit"},
		{"", "https://www.reddit.com/r/cambodia/new.json", nil, "reddit"},
		{"", "https://example.org/search.json", []byte(`{"hits": []}`), ""},
		{"", "https://api.bsky.app/xrpc/app.bsky.feed.searchPosts?q=x", nil, "bluesky"},
		{"", "https://mastodon.social/api/v1/timelines/tag/cambodia", nil, "mastodon"},
		{"", "", formatsFixture(t, "doj_press_releases.json"), "doj"},
		{"", "", formatsFixture(t, "courtlistener_search.json"), "courtlistener"},
		{"", "", formatsFixture(t, "federalregister_documents.json"), "federalregister"},
		{"", "", formatsFixture(t, "reddit_search.json"), "reddit"},
		{"", "", formatsFixture(t, "bluesky_searchposts.json"), "bluesky"},
		{"", "", formatsFixture(t, "mastodon_tag.json"), "mastodon"},
		{"", "", tg, "telegram"},
		{"", "https://cambojanews.com/osmach-resort/", []byte("<html><body>article</body></html>"), ""},
		{"rss", "https://t.me/s/chan", tg, ""}, // a configured non-post kind wins
		{"page", "https://t.me/s/chan", tg, "telegram"},
		{"mastodon", "https://example.org/anything", nil, "mastodon"},
	}
	for _, tt := range tests {
		if got := PostKind(Page{Kind: tt.kind, URL: tt.url, Body: tt.body}); got != tt.want {
			t.Errorf("PostKind(kind %q, %q) = %q, want %q", tt.kind, tt.url, got, tt.want)
		}
	}
}

func TestSplitPostsNotPosts(t *testing.T) {
	for _, p := range []Page{
		{URL: "https://cambojanews.com/feed/", Kind: "rss", Body: formatsFixture(t, "feed_wordpress.xml")},
		{URL: "https://cambojanews.com/story/", Body: []byte("<html><body><p>Story</p></body></html>")},
		{URL: "", Body: nil},
	} {
		parts, ok, err := SplitPosts(p)
		if ok || err != nil || parts != nil {
			t.Errorf("%s: ok %v err %v parts %d", p.URL, ok, err, len(parts))
		}
	}
}

func TestSplitPostsBroken(t *testing.T) {
	// The kind is known but the body is no such answer: an error that names the problem.
	for _, p := range []Page{
		{Kind: "doj", URL: "https://www.justice.gov/api/v1/press_releases.json", Body: []byte("<html>Access Denied</html>")},
		{Kind: "telegram", URL: "https://t.me/s/chan", Body: []byte("<html><body>nothing</body></html>")},
		{Kind: "bluesky", URL: "https://api.bsky.app/xrpc/app.bsky.feed.searchPosts", Body: []byte(`{"error":"AuthMissing","message":"Authentication Required"}`)},
		{Kind: "reddit", URL: "https://www.reddit.com/search.json", Body: []byte(`{"message":"Too Many Requests","error":429}`)},
	} {
		_, ok, err := SplitPosts(p)
		if !ok || err == nil {
			t.Errorf("%s: ok %v err %v", p.Kind, ok, err)
		}
	}
}

func FuzzSplitPosts(f *testing.F) {
	for _, name := range []string{"telegram_channel.html", "doj_press_releases.json", "courtlistener_search.json",
		"federalregister_documents.json", "reddit_search.json", "bluesky_searchposts.json", "mastodon_tag.json"} {
		f.Add("", formatsFixture(f, name))
	}
	f.Add("http://127.0.0.1:1/telegram/s/x", []byte("<div class=tgme_widget_message data-post=x/1>"))
	f.Fuzz(func(t *testing.T, pageURL string, body []byte) {
		parts, ok, err := SplitPosts(Page{URL: pageURL, Body: body})
		if !ok && (err != nil || parts != nil) {
			t.Fatalf("not ok but err %v parts %d", err, len(parts))
		}
		for _, p := range parts {
			if p.URL == "" || p.Kind == "" || strings.TrimSpace(p.Text) == "" {
				t.Fatalf("incomplete part %+v", p)
			}
		}
	})
}
