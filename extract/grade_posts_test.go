package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

func TestForumThread(t *testing.T) {
	cases := []struct {
		url  string
		want bool
	}{
		// Forum threads: users' posts.
		{"https://www.asiaexpatforum.com/threads/cousin-stuck-at-royal-lucky-plaza.88412/", true},
		{"https://forum.mekongexpats.com/t/who-owns-silk-road-plaza", true},
		{"https://forums.expatasia.net/f/thailand/t/48213-friend-taken", true},
		{"https://www.phnompenhexpats.net/forum/viewtopic.php?t=73319", true},
		{"https://www.expatlounge-asia.com/forum/laos/threads/job-offer", true},
		// Discourse topics: /t/SLUG/ID, under a category or not.
		{"https://community.example.net/c/warnings/t/psa-csr-job-bangkok/4417", true},
		{"https://discuss.example.org/t/who-runs-the-tower-in-bavet/982", true},
		{"https://board.example.com/t/that-building-in-the-sez-is-open-again/48213", true},
		// A "/t/" not at the root of the path, or without the topic's number, is no Discourse topic.
		{"https://community.example.net/t/psa-csr-job-bangkok/4417/12", true}, // a post in the topic
		{"https://news.example.com/t/world/golden-lotus-raid/123", false},
		{"https://news.example.com/t/golden-lotus-raid/123-raid", false},
		{"https://news.example.com/world/t/golden-lotus-raid/123", false},
		{"https://example.com/2026/t/story", false},
		{"https://example.com/2026/t/story/123", false},
		{"https://news.example.com/t/story", false},
		{"https://example.com/c/asia/t/story", false},
		// Posts and threads on X.
		{"https://x.com/reporter/status/1893371190245773619", true},
		{"https://twitter.com/mekong_monitor/status/1760512933870411776", true},
		{"https://www.twitter.com/someone/status/17605129", true},
		{"https://mobile.x.com/reporter/status/1893371190245773619", true},
		// A status post or an unrolled thread told by its path, on any host.
		{"https://xpost.com/ploy_borderdesk/status/1910472285513990144", true},
		{"https://microblog.example.net/someone/statuses/17605129/", true},
		{"https://threadreader.example-app.com/thread/18377-siti_migranwatch-batam-sihanoukville", true},
		{"https://threadreaderapp.com/thread/1760512933870411776.html", true},
		// Only the whole path in that shape: news sections, a status word without a number,
		// a thread word deeper in the path or without a number.
		{"https://news.example.org/world/asia/status/123", false},
		{"https://news.example.org/status/report-on-kk-park", false},
		{"https://news.example.org/someone/status/123/replies", false},
		{"https://news.example.org/2025/thread/123", false},
		{"https://news.example.org/thread/who-owns-kk-park", false},
		// Review of round 23: a dated news slug, an AMP copy, and Facebook's status paths.
		{"https://news.example.com/thread/2025-10-21-who-owns-kk-park", false},
		{"https://news.example.com/thread/12345.amp", false},
		{"https://m.facebook.com/someone/status/1234567", false},
		{"https://news.example.org/threads-of-the-mekong/1234", false},
		// Must not fire: news, authorities, Reddit, Facebook and channels, a host that only
		// ends like X's.
		{"https://news.example.org/2025/10/21/x.com-posts-on-kk-park", false},
		{"https://box.com/s/report", false},
		{"https://bsky.app/profile/researcher.example/post/3k2", false},
		{"https://news.example.org/2025/10/21/forum-on-scam-compounds", false},
		{"https://www.reddit.com/r/Cambodia/comments/1c9xk2p/friend_stuck/", false},
		{"https://www.facebook.com/groups/ofwscamsurvivors/posts/22918/", false},
		{"https://t.me/s/mekongscamwatch", false},
		{"https://home.treasury.gov/news/press-releases/jy1234", false},
		{"https://www.forumnews.example.com/2025/raid", false},
		// "t" as part of a longer path segment, or a query, is no topic path.
		{"https://news.example.org/tag/t-mobile/raid", false},
		{"https://news.example.org/2025/raid?t=5", false},
		{"https://www.reddit.com/r/scams/t/abc", false},
		{"not a url %%", false},
	}
	for _, c := range cases {
		if got := forumThread(c.url); got != c.want {
			t.Errorf("forumThread(%q) = %v, want %v", c.url, got, c.want)
		}
	}
}

func TestGradeForumThread(t *testing.T) {
	rels := func() []model.Relation {
		return []model.Relation{
			{Predicate: model.Owns, Grade: model.Reported, Confidence: 0.9},
			{Predicate: model.SanctionedBy, Grade: model.Official, Confidence: 1},
			{Predicate: model.Directs, Grade: model.Alleged, Confidence: 0.7},
		}
	}
	d := &model.Document{URL: "https://forum.camboexpats.net/t/my-old-employer", Relations: rels()}
	gradeForumThread(d)
	if g := d.Relations[0].Grade; g != model.Alleged {
		t.Errorf("plain claim in a forum: %s, want alleged", g)
	}
	if g := d.Relations[1].Grade; g != model.Official {
		t.Errorf("cited designation in a forum: %s, want official", g)
	}
	if g := d.Relations[2].Grade; g != model.Alleged {
		t.Errorf("hedged claim in a forum: %s, want alleged", g)
	}
	n := &model.Document{URL: "https://news.example.org/2025/10/21/kk-park", Relations: rels()}
	gradeForumThread(n)
	if g := n.Relations[0].Grade; g != model.Reported {
		t.Errorf("news text: %s, want reported", g)
	}
}
