package sampleworld

import (
	"fmt"
	"html/template"
	"io/fs"
	"net/http"
	"sort"
	"strconv"
	"strings"
	"time"
)

// telegramPageSize is how many posts one preview page shows (t.me/s shows about twenty).
const telegramPageSize = 6

type channel struct {
	Username    string         `json:"username"`
	Title       string         `json:"title"`
	Description template.HTML  `json:"description"`
	Subscribers string         `json:"subscribers"`
	Photos      string         `json:"photos"`
	Links       string         `json:"links"`
	Posts       []telegramPost `json:"posts"`

	tmpl *template.Template
}

type telegramPost struct {
	ID      int           `json:"id"`
	Date    time.Time     `json:"date"`
	Views   string        `json:"views"`
	HTML    template.HTML `json:"html"`
	Preview *struct {
		URL         string `json:"url"`
		Site        string `json:"site"`
		Title       string `json:"title"`
		Description string `json:"description"`
	} `json:"preview"`
}

func (w *world) loadTelegram(fsys fs.FS) error {
	c := &channel{}
	if err := readJSON(fsys, "data/telegram/mekongledger.json", c); err != nil {
		return err
	}
	if c.Username == "" || len(c.Posts) == 0 {
		return fmt.Errorf("channel needs a username and posts")
	}
	sort.Slice(c.Posts, func(i, j int) bool { return c.Posts[i].ID < c.Posts[j].ID })
	t, err := parseTemplates(fsys, "data/telegram/*.html")
	if err != nil {
		return err
	}
	c.tmpl = t
	w.telegram = c
	return nil
}

// serveTelegram renders the channel preview: the newest posts, or with ?before=<id> the posts
// older than id, oldest first, with the "more" link above them as t.me/s does.
func (w *world) serveTelegram(rw http.ResponseWriter, r *http.Request) {
	c := w.telegram
	if !strings.EqualFold(r.PathValue("channel"), c.Username) {
		serveNotFound(rw, r)
		return
	}
	posts := c.Posts
	before := 0
	if v := r.URL.Query().Get("before"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 {
			serveNotFound(rw, r)
			return
		}
		before = n
		i := sort.Search(len(posts), func(i int) bool { return posts[i].ID >= n })
		posts = posts[:i]
	}
	newer := len(posts) < len(c.Posts)
	if len(posts) > telegramPageSize {
		posts = posts[len(posts)-telegramPageSize:]
	}
	view := struct {
		C      *channel
		Posts  []telegramPost
		Before int // id for the "older" link; 0 when there is nothing older
		After  int // id for the "newer" link; 0 on the first page
	}{C: c, Posts: posts}
	if len(posts) > 0 && posts[0].ID > c.Posts[0].ID {
		view.Before = posts[0].ID
	}
	if before > 0 && newer && len(posts) > 0 {
		view.After = posts[len(posts)-1].ID
	}
	b, err := render(c.tmpl, "channel.html", view)
	if err != nil {
		http.Error(rw, err.Error(), http.StatusInternalServerError)
		return
	}
	mod := c.Posts[len(c.Posts)-1].Date
	if len(posts) > 0 {
		mod = posts[len(posts)-1].Date
	}
	serveResource(rw, r, resource{body: b, ctype: "text/html; charset=utf-8", mod: mod})
}

// serveTelegramPermalink sends a post's permalink to the preview page that shows it.
func (w *world) serveTelegramPermalink(rw http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil || !strings.EqualFold(r.PathValue("channel"), w.telegram.Username) {
		serveNotFound(rw, r)
		return
	}
	http.Redirect(rw, r, fmt.Sprintf("/telegram/s/%s?before=%d", w.telegram.Username, id+1), http.StatusFound)
}
