package web

import (
	"encoding/xml"
	"fmt"
	"net/http"
	"net/url"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/model"
)

// maxFeedEntries caps one entity feed: the newest entries are what a feed reader needs.
const maxFeedEntries = 100

// Atom documents (RFC 4287), only the parts the entity feed uses.
type atomFeed struct {
	XMLName xml.Name    `xml:"http://www.w3.org/2005/Atom feed"`
	Title   string      `xml:"title"`
	ID      string      `xml:"id"`
	Updated string      `xml:"updated"`
	Links   []atomLink  `xml:"link"`
	Author  atomPerson  `xml:"author"`
	Entries []atomEntry `xml:"entry"`
}

type atomLink struct {
	Href string `xml:"href,attr"`
	Rel  string `xml:"rel,attr,omitempty"`
	Type string `xml:"type,attr,omitempty"`
}

type atomPerson struct {
	Name string `xml:"name"`
}

type atomText struct {
	Type string `xml:"type,attr"`
	Body string `xml:",chardata"`
}

type atomEntry struct {
	Title     string     `xml:"title"`
	ID        string     `xml:"id"`
	Updated   string     `xml:"updated"`
	Published string     `xml:"published,omitempty"`
	Links     []atomLink `xml:"link"`
	Category  []atomCat  `xml:"category"`
	Summary   atomText   `xml:"summary"`
}

type atomCat struct {
	Term string `xml:"term,attr"`
}

func (s *Server) routeFeeds() {
	s.mux.HandleFunc("GET /feeds/entities/{file}", s.cached(s.bounded(s.entityFeed)))
}

// feedEvent is one thing a follower hears about: new evidence on a tie, a new typed tie, or
// a tie whose grade rose because stronger evidence arrived.
type feedEvent struct {
	when  time.Time
	kind  string // evidence, tie, grade
	id    string
	title string
	body  string
	link  string
	grade string
}

// entityFeed answers GET /feeds/entities/{id}.atom: an Atom feed of what the graph learnt about
// an entity, newest first. Every entry is computed from the evidence records (their first_seen
// times), so the feed needs no history of its own: a grade change is the moment evidence
// stronger than all earlier evidence of the tie was first seen.
func (s *Server) entityFeed(w http.ResponseWriter, r *http.Request) {
	file := r.PathValue("file")
	id, ok := strings.CutSuffix(file, ".atom")
	if !ok || id == "" {
		s.fail(w, http.StatusNotFound, "entity feeds are at /feeds/entities/{id}.atom")
		return
	}
	d, err := s.g.Entity(r.Context(), id)
	if err == nil && d == nil {
		s.fail(w, http.StatusNotFound, "no entity with id "+strconv.Quote(id))
		return
	}
	if err != nil {
		s.reply(w, r, nil, err)
		return
	}
	base := baseURL(r)
	page := base + "/#/entity/" + url.PathEscape(id)
	events := feedEvents(d, base)
	feed := atomFeed{
		Title:  "scamgraph: " + d.Entity.Name + " (" + d.Entity.Type + ")",
		ID:     "tag:scamgraph,2025:entity:" + id,
		Links:  []atomLink{{Href: base + "/feeds/entities/" + url.PathEscape(id) + ".atom", Rel: "self", Type: "application/atom+xml"}, {Href: page, Rel: "alternate", Type: "text/html"}},
		Author: atomPerson{Name: "scamgraph"},
	}
	updated := d.Entity.LastSeen
	for _, ev := range events {
		if ev.when.After(updated) {
			updated = ev.when
		}
	}
	if updated.IsZero() {
		updated = time.Unix(0, 0)
	}
	feed.Updated = updated.UTC().Format(time.RFC3339)
	for _, ev := range events {
		ts := ev.when.UTC().Format(time.RFC3339)
		e := atomEntry{Title: ev.title, ID: "tag:scamgraph,2025:" + ev.kind + ":" + ev.id, Updated: ts, Published: ts,
			Links: []atomLink{{Href: page, Rel: "alternate", Type: "text/html"}}, Category: []atomCat{{Term: ev.kind}, {Term: ev.grade}},
			Summary: atomText{Type: "text", Body: ev.body}}
		if ev.link != "" {
			e.Links = append(e.Links, atomLink{Href: ev.link, Rel: "related"})
		}
		feed.Entries = append(feed.Entries, e)
	}
	out, err := xml.MarshalIndent(feed, "", " ")
	if err != nil {
		s.reply(w, r, nil, fmt.Errorf("atom feed: %w", err))
		return
	}
	w.Header().Set("Content-Type", "application/atom+xml; charset=utf-8")
	_, _ = w.Write([]byte(xml.Header))
	_, _ = w.Write(out)
}

// baseURL is the address the reader used, for absolute links in the feed.
func baseURL(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}

func feedEvents(d *graphdb.EntityDetail, base string) []feedEvent {
	var out []feedEvent
	for _, rel := range d.Relations {
		if rel.Predicate == model.MentionedWith {
			continue
		}
		tie := tieText(d.Entity, rel)
		evs := slices.Clone(rel.Evidence)
		slices.SortStableFunc(evs, func(a, b graphdb.Evidence) int { return a.FirstSeen.Compare(b.FirstSeen) })
		best := len(model.Grades)
		for i, ev := range evs {
			if ev.FirstSeen.IsZero() {
				continue
			}
			doc := ev.Document
			cite := strings.TrimSpace(strings.Join(nonEmpty(doc.Source, doc.Title, doc.URL), " · "))
			link := ""
			if ev.Capture != "" {
				link = base + "/captures/" + ev.Capture + "?view=text"
			}
			rank := model.GradeRank(ev.Grade)
			switch {
			case i == 0:
				out = append(out, feedEvent{when: ev.FirstSeen, kind: "tie", id: rel.Subject + "/" + rel.Predicate + "/" + rel.Object,
					title: "New tie: " + tie + " (" + ev.Grade + ")", grade: ev.Grade, link: link,
					body: fmt.Sprintf("%s\n\n“%s”\n\n%s", tie, ev.Quote, cite)})
			case rank < best && !ev.Denial:
				out = append(out, feedEvent{when: ev.FirstSeen, kind: "grade", id: ev.ID,
					title: "Grade raised to " + ev.Grade + ": " + tie, grade: ev.Grade, link: link,
					body: fmt.Sprintf("Stronger evidence for %s, now %s.\n\n“%s”\n\n%s", tie, ev.Grade, ev.Quote, cite)})
			default:
				what := "New evidence"
				if ev.Denial {
					what = "New denial"
				}
				out = append(out, feedEvent{when: ev.FirstSeen, kind: "evidence", id: ev.ID,
					title: what + ": " + tie + " (" + ev.Grade + ")", grade: ev.Grade, link: link,
					body: fmt.Sprintf("“%s”\n\n%s", ev.Quote, cite)})
			}
			if !ev.Denial && rank < best {
				best = rank
			}
		}
	}
	slices.SortStableFunc(out, func(a, b feedEvent) int { return b.when.Compare(a.when) })
	return out[:min(len(out), maxFeedEntries)]
}

// tieText reads a relation as a sentence fragment: "Chen Zhi DIRECTS Prince Holding Group".
func tieText(e graphdb.EntityInfo, rel graphdb.RelationDetail) string {
	if rel.Direction == "in" {
		return rel.Other.Name + " " + rel.Predicate + " " + e.Name
	}
	return e.Name + " " + rel.Predicate + " " + rel.Other.Name
}

func nonEmpty(ss ...string) []string {
	var out []string
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, s)
		}
	}
	return out
}
