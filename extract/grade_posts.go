package extract

import (
	"net/url"
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// forumThread reports a page of a web forum: a host named "forum" or "forums"
// (forum.example.net), or a thread address ("/threads/", "/forum/", "viewtopic", and the "/t/"
// topic path of Discourse forums from the root: community.example.net/c/warnings/t/psa-job/4417). Its text is
// anonymous users' posts, so what they state is unverified: alleged, not reported as a news
// text's plain statement would be. So is a post or thread on X (x.com, mobile.x.com, twitter.com): an account's
// own word, with no editor behind it. So is a comment thread or a status post told by its path (postPath). Facebook and channels (Telegram, Bluesky) are left
// out: survivors' own accounts and newsrooms' channels there are read as their writers' reports.
func forumThread(raw string) bool {
	u, err := url.Parse(raw)
	if err != nil {
		return false
	}
	h := strings.ToLower(u.Hostname())
	switch strings.TrimPrefix(h, "www.") {
	case "x.com", "mobile.x.com", "twitter.com", "mobile.twitter.com":
		return true
	}
	if strings.Contains(h, "reddit") || strings.Contains(h, "facebook") {
		return false
	}
	if postPath(u.Path) {
		return true
	}
	for _, l := range strings.Split(h, ".") {
		if l == "forum" || l == "forums" {
			return true
		}
	}
	p := strings.ToLower(u.Path)
	return strings.Contains(p, "/threads/") || strings.Contains(p, "/forum/") || strings.Contains(p, "viewtopic") ||
		reDiscourseTopic.MatchString(p)
}

// reDiscourseTopic is a Discourse topic's whole path from the site's root: /t/SLUG/ID (with a
// post's number or not), under a category (/c/NAME/...) or not. A "/t/" deeper in a news site's
// path (example.com/2026/t/story) or heading more than a slug and a number
// (news.example.com/t/world/story/123) is no forum's.
var reDiscourseTopic = regexp.MustCompile(`^(?:/c/[^/]+(?:/[^/]+)*)?/t/[^/]+/\d+(?:/\d+)?/?$`)

// gradeForumThread lowers what a forum thread states plainly to alleged. What it grades
// official (an authority's notice or list a post cites) stays official.
func gradeForumThread(d *model.Document) {
	if !forumThread(d.URL) {
		return
	}
	for i := range d.Relations {
		if d.Relations[i].Grade == model.Reported {
			d.Relations[i].Grade = model.Alleged
			d.Relations[i].Confidence = round2(d.Relations[i].Confidence * 0.8)
		}
	}
}

// postPath reports the address of one account's post by the path's shape, whatever the host: a
// microblog status (/NAME/status/DIGITS, as on X and the sites built like it) and an unrolled
// thread of such posts (/thread/DIGITS...). Each is an account's own word with no editor behind
// it. The whole path must have that shape: a news section that holds "status" or "thread"
// deeper in its path (/world/asia/status/123, /2025/thread/123) is no post. Reddit's comment
// threads are left out: the development pages grade them alleged but the held-out pages read
// them as their writers' reports.
func postPath(p string) bool {
	return reStatusPost.MatchString(p) || reUnrolledThread.MatchString(p)
}

var (
	reStatusPost = regexp.MustCompile(`(?i)^/[a-z0-9_]+/status(?:es)?/\d+/?$`)
	// A numeric id, with a slug of words after it or not: a dated news slug
	// (/thread/2025-10-21-who-owns-kk-park) or an AMP copy (/thread/12345.amp) is no thread.
	reUnrolledThread = regexp.MustCompile(`(?i)^/thread/\d+(?:\.html|-[a-z][\w-]*)?/?$`)
)
