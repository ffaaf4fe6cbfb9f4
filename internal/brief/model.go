// Package brief turns what the graph holds about one or more entities into an advocacy brief:
// a dossier in which every statement is a typed tie footnoted to the documents, quotes and
// archived captures behind it. The wording comes from fixed templates keyed by predicate and
// grade, never from free text, so a brief says no more than its evidence: allegations read as
// allegations, single sources say so, denials stand beside the claims they contest and
// co-mentions are never stated as ties. It renders as Markdown, HTML and (through headless
// Chromium) PDF.
package brief

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/model"
)

// Graph is what a brief reads. *graphdb.Store implements it.
type Graph interface {
	SearchEntities(ctx context.Context, q, typ string, limit int) ([]graphdb.EntityHit, error)
	Entity(ctx context.Context, id string) (*graphdb.EntityDetail, error)
	Evidence(ctx context.Context, subject, predicate, object string) ([]graphdb.Evidence, error)
	OwnershipChains(ctx context.Context, id string, maxHops int, minGrade string) ([]graphdb.Path, error)
	ComplicityPaths(ctx context.Context, compound string, maxHops int, minGrade string, limit int) ([]graphdb.ComplicityPath, error)
	SnapshotTime(ctx context.Context) (time.Time, error)
}

// Bounds that keep one brief readable and its cost linear in what it shows.
const (
	// MaxSubjects is the most entities one brief covers.
	MaxSubjects = 10
	// maxPictureNodes caps the network drawing; the subject's own ties come first.
	maxPictureNodes = 28
	// maxCited is the most documents cited for one tie; the statement says how many more exist.
	maxCited = 8
	// maxDenials is the most denials quoted for one contested tie.
	maxDenials = 4
	// chainHops and complicityHops bound the ownership and complicity walks.
	chainHops      = 4
	complicityHops = 4
	complicityMax  = 25
	// maxQuote caps a quoted sentence; longer ones end with an ellipsis.
	maxQuote = 600
)

// Options choose what a brief includes.
type Options struct {
	// MinGrade is the weakest grade stated (official, reported, alleged or co-mentioned);
	// empty means alleged. Co-mentions are never stated as ties: at co-mentioned they are only
	// listed, apart, as names found in the same documents.
	MinGrade string
	// Since drops evidence dated before it (the document's publication date, or when it was
	// archived if the document carries none). Zero keeps everything.
	Since time.Time
	// Now is the generation time printed on the brief; zero means time.Now().
	Now time.Time
}

// Brief is one dossier: its subjects, and the footnotes every statement points at.
type Brief struct {
	Title     string
	Generated time.Time
	Snapshot  time.Time // when the graph last took in data
	MinGrade  string
	Since     *time.Time
	Subjects  []*Subject
	Notes     []*Note // numbered from 1 in order of first citation
	Palette   Palette
}

// Subject is the part of a brief about one entity.
type Subject struct {
	Entity      graphdb.EntityInfo
	Anchor      string // HTML id of its section
	Summary     Summary
	Sanctions   []*Tie
	Locations   []*Tie
	Ties        []*Tie // the entity's other typed ties, strongest first
	Around      []*Tie // ties among the entities around it, drawn in the picture
	Picture     Picture
	Chains      []Chain
	Complicity  []Complicity
	Timeline    []TimelineEntry
	Contested   []*Tie
	CoMentions  []graphdb.EntityRef // listed only at --min-grade co-mentioned
	LeftOut     LeftOut
	TypeLabel   string
	TieCount    int // ties stated in the brief, all sections
	DocCount    int // distinct documents cited
	OutletCount int // distinct outlets cited
}

// Summary is the templated opening paragraph's figures.
type Summary struct {
	ByGrade   []GradeCount
	Sanctions []*Tie
	Locations []*Tie
	Ties      []*Tie // the first of the entity's own ties, named in the summary
	MoreTies  int    // own ties not named in the summary (all are under Ties)
	Contested int
}

// summaryTies is how many of its own ties the summary names.
const summaryTies = 6

// GradeCount is how many stated ties have one grade.
type GradeCount struct {
	Grade string
	N     int
}

// LeftOut counts what the brief does not state, so the reader knows it exists.
type LeftOut struct {
	BelowGrade int // typed ties weaker than --min-grade
	BeforeDate int // typed ties whose evidence all predates --since
	CoMentions int // entities only named in the same documents
	Truncated  int // entities around it not drawn (picture cap)
}

// Tie is one typed edge as a brief states it: the claim, its grade after the filters, and the
// footnotes of its evidence.
type Tie struct {
	Key          string
	Subject      graphdb.EntityRef
	Predicate    string
	Object       graphdb.EntityRef
	Grade        string
	Verb         string
	Outlets      []string // distinct outlets of the supporting evidence, in citation order
	ByGrade      map[string][]string
	Notes        []int // supporting evidence
	Denials      []int // denials quoted
	More         int   // supporting documents not cited (over maxCited)
	SingleSource bool
	First        time.Time // earliest date of its supporting evidence
	FirstDated   bool      // First is a publication date, not an archive date
	FirstNote    int       // the footnote of that earliest evidence
	// Role is the post the strongest record names ("chairman"); Ended says every supporting
	// record tells the tie as over (an end date, "previously owned", a former post), so the
	// brief states it in the past.
	Role  string
	Ended bool
}

// Claim states the tie in words: "Chen Zhi directs or leads Prince Group as chairman", or in
// the past when it ended.
func (t *Tie) Claim() string {
	c := t.Subject.Name + " " + t.Verb + " " + t.Object.Name
	// "is a member of the party as member" says nothing more: a post that only names the tie
	// is left out.
	if r := strings.TrimPrefix(t.Role, model.FormerRole); r != "" && !bareRole[strings.ToLower(r)] {
		c += " as " + r
	}
	return c
}

// outlets are the distinct outlets whose evidence of the tie has the given grade.
func (t *Tie) outlets(grade string) []string { return t.ByGrade[grade] }

// Contested says a denial stands against the tie.
func (t *Tie) Contested() bool { return len(t.Denials) > 0 }

// Note is one footnote: a quote in a document and the archived capture it came from.
type Note struct {
	N         int
	Outlet    string
	Title     string
	URL       string
	Published *time.Time
	Capture   string
	Retrieved time.Time
	Grade     string
	Quote     string
	Denial    bool
}

// Chain is an ownership chain: Ties[i] joins Nodes[i] and Nodes[i+1].
type Chain struct {
	Target graphdb.Node // what the chain ends in
	Role   string       // "Ultimate owner", "Operator", "Ultimate owner of the operator"
	Nodes  []graphdb.Node
	Ties   []*Tie
}

// Complicity is a person with a public role linked through companies to a compound.
type Complicity struct {
	Person graphdb.Node
	Roles  []*Tie
	Chain  Chain
}

// TimelineEntry is when one tie was first reported.
type TimelineEntry struct {
	Date  time.Time
	Dated bool // a publication date; false: only the archive date is known
	Tie   *Tie
}

// Ambiguous is a name several entities carry; the caller should pick an id.
type Ambiguous struct {
	Name       string
	Candidates []graphdb.EntityHit
}

func (a *Ambiguous) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%q names %d entities; give one of these ids:", a.Name, len(a.Candidates))
	for _, c := range a.Candidates {
		fmt.Fprintf(&b, "\n  %s  %s (%s)", c.ID, c.Name, c.Type)
	}
	return b.String()
}

// NotFound is a name or id the graph does not hold.
type NotFound struct {
	Name    string
	Similar []graphdb.EntityHit
}

func (n *NotFound) Error() string {
	var b strings.Builder
	fmt.Fprintf(&b, "no entity with id or name %q", n.Name)
	if len(n.Similar) > 0 {
		b.WriteString("; names that contain it:")
		for _, c := range n.Similar {
			fmt.Fprintf(&b, "\n  %s  %s (%s)", c.ID, c.Name, c.Type)
		}
	}
	return b.String()
}

// Resolve turns each argument into an entity id the way the search does: an id as is, else
// one exact name, else one exact alias. A name several entities share is an *Ambiguous error
// listing them; an unknown one a *NotFound error with similar names.
func Resolve(ctx context.Context, g Graph, args []string) ([]string, error) {
	if len(args) == 0 {
		return nil, errors.New("give at least one entity name or id")
	}
	if len(args) > MaxSubjects {
		return nil, fmt.Errorf("%d entities asked for; one brief covers at most %d", len(args), MaxSubjects)
	}
	var ids []string
	for _, arg := range args {
		arg = strings.TrimSpace(arg)
		if arg == "" {
			continue
		}
		d, err := g.Entity(ctx, arg)
		if err != nil {
			return nil, err
		}
		if d != nil {
			ids = appendNew(ids, d.Entity.ID)
			continue
		}
		hits, err := g.SearchEntities(ctx, arg, "", 50)
		if err != nil {
			return nil, err
		}
		found := false
		for _, kind := range []string{"exact", "alias"} {
			var same []graphdb.EntityHit
			for _, h := range hits {
				if h.Match == kind {
					same = append(same, h)
				}
			}
			if len(same) == 1 {
				ids = appendNew(ids, same[0].ID)
				found = true
				break
			}
			if len(same) > 1 {
				return nil, &Ambiguous{Name: arg, Candidates: same}
			}
		}
		if !found {
			return nil, &NotFound{Name: arg, Similar: hits[:min(len(hits), 10)]}
		}
	}
	if len(ids) == 0 {
		return nil, errors.New("give at least one entity name or id")
	}
	return ids, nil
}

func appendNew(ids []string, id string) []string {
	if slices.Contains(ids, id) {
		return ids
	}
	return append(ids, id)
}

// verbs say each predicate as a plain verb phrase, subject first.
// bareRole are posts that only repeat the verb.
var bareRole = map[string]bool{"member": true, "employee": true, "staff": true, "owner": true, "operator": true}

// endedVerbs state a tie every record tells as over; family ties and raids do not end.
var endedVerbs = map[string]string{
	model.Owns:         "formerly owned",
	model.Directs:      "formerly directed or led",
	model.EmployedBy:   "was formerly employed by or held a post at",
	model.MemberOf:     "was formerly a member of",
	model.AssociateOf:  "was formerly an associate of",
	model.Operates:     "formerly operated",
	model.Protects:     "formerly protected",
	model.LocatedIn:    "was formerly located in",
	model.SanctionedBy: "was formerly sanctioned by",
}

var verbs = map[string]string{
	model.Owns:         "owns",
	model.Directs:      "directs or leads",
	model.EmployedBy:   "is employed by or holds a post at",
	model.MemberOf:     "is a member of",
	model.FamilyOf:     "is a family member of",
	model.AssociateOf:  "is an associate of",
	model.Operates:     "operates",
	model.Protects:     "protects",
	model.LocatedIn:    "is located in",
	model.SanctionedBy: "is sanctioned by",
	model.Raided:       "raided",
}

// expandVia are the predicates along which the picture reaches a second ring: the ties that
// make a network. Authorities and places are drawn but not expanded, or one sanctions list
// would pull in everyone on it.
var expandVia = map[string]bool{
	model.Owns: true, model.Directs: true, model.EmployedBy: true, model.MemberOf: true,
	model.FamilyOf: true, model.AssociateOf: true, model.Operates: true, model.Protects: true,
}

// runsSites are the ties through which an organization (an armed group, a company-like body)
// is part of a compound's network, and so worth expanding; a person's employer or party is not.
var runsSites = map[string]bool{model.Owns: true, model.Operates: true, model.Protects: true}

// builder carries one brief's state: its filters and the footnotes assigned so far.
type builder struct {
	g        Graph
	opt      Options
	maxRank  int
	notes    []*Note
	noteByEv map[string]int
	ties     map[string]*Tie // by edge key, shared between sections
	excluded map[string]bool // edges the filters leave out
}

// Build reads the graph and assembles a brief on the given entity ids (see Resolve).
func Build(ctx context.Context, g Graph, ids []string, opt Options) (*Brief, error) {
	if opt.MinGrade == "" {
		opt.MinGrade = model.Alleged
	}
	if !slices.Contains(model.Grades, opt.MinGrade) {
		return nil, fmt.Errorf("min grade %q is not one of %s", opt.MinGrade, strings.Join(model.Grades, ", "))
	}
	if len(ids) == 0 || len(ids) > MaxSubjects {
		return nil, fmt.Errorf("a brief covers 1 to %d entities, not %d", MaxSubjects, len(ids))
	}
	if opt.Now.IsZero() {
		opt.Now = time.Now()
	}
	b := &builder{g: g, opt: opt, maxRank: min(model.GradeRank(opt.MinGrade), model.GradeRank(model.Alleged)),
		noteByEv: map[string]int{}, ties: map[string]*Tie{}, excluded: map[string]bool{}}
	snap, err := g.SnapshotTime(ctx)
	if err != nil {
		return nil, err
	}
	br := &Brief{Generated: opt.Now.UTC(), Snapshot: snap.UTC(), MinGrade: opt.MinGrade, Palette: DefaultPalette()}
	if !opt.Since.IsZero() {
		s := opt.Since.UTC()
		br.Since = &s
	}
	var names []string
	for i, id := range ids {
		s, err := b.subject(ctx, id)
		if err != nil {
			return nil, err
		}
		s.Anchor = fmt.Sprintf("subject-%d", i+1)
		br.Subjects = append(br.Subjects, s)
		names = append(names, s.Entity.Name)
	}
	br.Title = "Brief: " + strings.Join(names, "; ")
	br.Notes = b.renumber(br.Subjects)
	return br, nil
}

// renumber numbers the footnotes in reading order (sanctions, locations, ties, the ties
// around, chains, complicity) and drops those no stated tie cites, such as the evidence of a
// chain that a later link's filter removed.
func (b *builder) renumber(subjects []*Subject) []*Note {
	newNum := map[int]int{}
	var order []*Note
	visit := func(n int) {
		if _, ok := newNum[n]; !ok {
			order = append(order, b.notes[n-1])
			newNum[n] = len(order)
		}
	}
	seen := map[*Tie]bool{}
	var ties []*Tie
	walk := func(ts ...*Tie) {
		for _, t := range ts {
			if seen[t] {
				continue
			}
			seen[t] = true
			ties = append(ties, t)
			for _, n := range t.Notes {
				visit(n)
			}
			for _, n := range t.Denials {
				visit(n)
			}
			visit(t.FirstNote)
		}
	}
	for _, s := range subjects {
		walk(s.Sanctions...)
		walk(s.Locations...)
		walk(s.Ties...)
		walk(s.Around...)
		for _, c := range s.Chains {
			walk(c.Ties...)
		}
		for _, c := range s.Complicity {
			walk(c.Roles...)
			walk(c.Chain.Ties...)
		}
	}
	for _, t := range ties {
		for i, n := range t.Notes {
			t.Notes[i] = newNum[n]
		}
		for i, n := range t.Denials {
			t.Denials[i] = newNum[n]
		}
		t.FirstNote = newNum[t.FirstNote]
	}
	for i, n := range order {
		n.N = i + 1
	}
	return order
}

func (b *builder) subject(ctx context.Context, id string) (*Subject, error) {
	d, err := b.g.Entity(ctx, id)
	if err != nil {
		return nil, err
	}
	if d == nil {
		return nil, &NotFound{Name: id}
	}
	s := &Subject{Entity: d.Entity, TypeLabel: article(d.Entity.Type) + " " + strings.ToLower(d.Entity.Type)}
	me := graphdb.EntityRef{ID: d.Entity.ID, Name: d.Entity.Name, Type: d.Entity.Type}
	pic := newPicture(me)
	var neighbours []graphdb.EntityRef
	for _, r := range d.Relations {
		if r.Predicate == model.MentionedWith {
			s.LeftOut.CoMentions++
			if b.opt.MinGrade == model.CoMentioned {
				s.CoMentions = append(s.CoMentions, r.Other)
			}
			continue
		}
		t, why := b.tie(r, me)
		switch why {
		case leftBelowGrade:
			s.LeftOut.BelowGrade++
			continue
		case leftBeforeDate:
			s.LeftOut.BeforeDate++
			continue
		}
		switch {
		case r.Predicate == model.SanctionedBy && t.Subject.ID == me.ID:
			s.Sanctions = append(s.Sanctions, t)
		case r.Predicate == model.LocatedIn && t.Subject.ID == me.ID:
			s.Locations = append(s.Locations, t)
		default:
			s.Ties = append(s.Ties, t)
		}
		if !pic.add(r.Other, t) {
			s.LeftOut.Truncated++
			continue
		}
		if expandVia[r.Predicate] && r.Other.Type != model.Location &&
			(r.Other.Type != model.Organization || runsSites[r.Predicate]) {
			neighbours = appendRef(neighbours, r.Other)
		}
	}
	// The second ring: the neighbours' own ties, to entities already drawn or new ones while
	// the picture has room.
	for _, n := range neighbours {
		nd, err := b.g.Entity(ctx, n.ID)
		if err != nil {
			return nil, err
		}
		if nd == nil {
			continue
		}
		for _, r := range nd.Relations {
			if r.Predicate == model.MentionedWith || r.Other.ID == me.ID {
				continue
			}
			known := pic.has(r.Other.ID)
			if !known && !expandVia[r.Predicate] && r.Predicate != model.SanctionedBy {
				continue
			}
			if !known && pic.full() {
				s.LeftOut.Truncated++
				continue
			}
			t, why := b.tie(r, n)
			if why != kept {
				continue
			}
			if pic.addEdge(n, r.Other, t) {
				s.Around = append(s.Around, t)
			}
		}
	}
	s.Picture = pic.layout()
	if err := b.chains(ctx, s, pic); err != nil {
		return nil, err
	}
	if err := b.complicity(ctx, s, pic); err != nil {
		return nil, err
	}
	b.finish(s)
	return s, nil
}

// article is "an" before a vowel, else "a".
func article(word string) string {
	if word != "" && strings.ContainsRune("AEIOUaeiou", rune(word[0])) {
		return "an"
	}
	return "a"
}

func appendRef(refs []graphdb.EntityRef, r graphdb.EntityRef) []graphdb.EntityRef {
	for _, x := range refs {
		if x.ID == r.ID {
			return refs
		}
	}
	return append(refs, r)
}

type verdict int

const (
	kept verdict = iota
	leftBelowGrade
	leftBeforeDate
)

// tie states one relation under the brief's filters, giving each cited evidence record its
// footnote. me is the entity whose relation list r came from.
func (b *builder) tie(r graphdb.RelationDetail, me graphdb.EntityRef) (*Tie, verdict) {
	subj, obj := me, r.Other
	if r.Direction == "in" {
		subj, obj = r.Other, me
	}
	return b.tieFrom(subj, r.Predicate, obj, r.Evidence)
}

func edgeKey(subject, predicate, object string) string {
	if model.Symmetric(predicate) && object < subject {
		subject, object = object, subject
	}
	return subject + "|" + predicate + "|" + object
}

func (b *builder) tieFrom(subj graphdb.EntityRef, predicate string, obj graphdb.EntityRef, evidence []graphdb.Evidence) (*Tie, verdict) {
	key := edgeKey(subj.ID, predicate, obj.ID)
	if t, ok := b.ties[key]; ok {
		return t, kept
	}
	var support, denials []graphdb.Evidence
	beforeDate, belowGrade := 0, 0
	seen := map[string]bool{}
	for _, ev := range evidence {
		if !b.opt.Since.IsZero() {
			if d, _ := evidenceDate(ev); d.Before(b.opt.Since) {
				beforeDate++
				continue
			}
		}
		// The same quote in the same archived bytes is one piece of evidence, however many
		// addresses served it.
		dup := ev.Capture + "\x00" + ev.Quote
		if ev.Capture == "" {
			dup = ev.DocumentURL + "\x00" + ev.Quote
		}
		if seen[dup] {
			continue
		}
		seen[dup] = true
		if ev.Denial {
			denials = append(denials, ev)
			continue
		}
		if model.GradeRank(ev.Grade) > b.maxRank {
			belowGrade++
			continue
		}
		support = append(support, ev)
	}
	if len(support) == 0 {
		b.excluded[key] = true
		if beforeDate > 0 && belowGrade == 0 {
			return nil, leftBeforeDate
		}
		// A tie resting on denials alone states nothing; one below the grade is left out.
		return nil, leftBelowGrade
	}
	slices.SortStableFunc(support, func(x, y graphdb.Evidence) int {
		if c := model.GradeRank(x.Grade) - model.GradeRank(y.Grade); c != 0 {
			return c
		}
		dx, _ := evidenceDate(x)
		dy, _ := evidenceDate(y)
		return dx.Compare(dy)
	})
	t := &Tie{Key: key, Subject: subj, Predicate: predicate, Object: obj, Grade: support[0].Grade, Verb: verbs[predicate]}
	if t.Verb == "" {
		t.Verb = strings.ToLower(strings.ReplaceAll(predicate, "_", " "))
	}
	t.Ended = true
	for _, ev := range support {
		t.Ended = t.Ended && ev.Closed()
	}
	// The post comes from the strongest record whose state is the tie's: a tie held now never
	// names a post that a record gives as former.
	for _, ev := range support {
		if ev.Role != "" && ev.Closed() == t.Ended {
			t.Role = oneLine(ev.Role, 120)
			break
		}
	}
	if v, ok := endedVerbs[predicate]; ok && t.Ended {
		t.Verb = v
	}
	outlets := map[string]bool{}
	t.ByGrade = map[string][]string{}
	for i, ev := range support {
		o := outletOf(ev)
		if !outlets[o] {
			// Evidence comes strongest first: each outlet is named at its strongest grade.
			outlets[o] = true
			t.Outlets = append(t.Outlets, o)
			t.ByGrade[ev.Grade] = append(t.ByGrade[ev.Grade], o)
		}
		if i < maxCited {
			t.Notes = append(t.Notes, b.note(ev))
		}
	}
	t.More = max(0, len(support)-maxCited)
	t.SingleSource = len(outlets) == 1
	for i, ev := range denials {
		if i >= maxDenials {
			break
		}
		t.Denials = append(t.Denials, b.note(ev))
	}
	first := 0
	for i, ev := range support {
		d, dated := evidenceDate(ev)
		if t.First.IsZero() || d.Before(t.First) {
			t.First, t.FirstDated, first = d, dated, i
		}
	}
	t.FirstNote = b.note(support[first])
	b.ties[key] = t
	return t, kept
}

// evidenceDate is the publication date of the evidence's document, or when it was archived.
func evidenceDate(ev graphdb.Evidence) (time.Time, bool) {
	if ev.Document.Published != nil && !ev.Document.Published.IsZero() {
		return ev.Document.Published.UTC(), true
	}
	return ev.FirstSeen.UTC(), false
}

// outletOf names who published the evidence: the site's host name for an article on the
// open web (a page can claim any publisher name, but not its host), else the publisher the
// document names (a sanctions list's authority, a page served from a local address), else the
// configured source (an API, a local sample).
func outletOf(ev graphdb.Evidence) string {
	u, err := url.Parse(ev.DocumentURL)
	if err == nil && u.Hostname() != "" && strings.Contains(u.Hostname(), ".") && !isAddress(u.Hostname()) {
		return strings.TrimPrefix(strings.ToLower(u.Hostname()), "www.")
	}
	if p := oneLine(ev.Document.Publisher, 200); p != "" {
		return p
	}
	if ev.Document.Source != "" {
		return ev.Document.Source
	}
	if err == nil && u.Host != "" {
		return u.Host
	}
	return "unknown source"
}

func isAddress(host string) bool {
	if host == "localhost" {
		return true
	}
	return strings.Trim(host, "0123456789.:[]abcdefABCDEF") == "" && strings.ContainsAny(host, "0123456789")
}

// note returns the footnote number of an evidence record, adding it on first citation.
func (b *builder) note(ev graphdb.Evidence) int {
	if n, ok := b.noteByEv[ev.ID]; ok && ev.ID != "" {
		return n
	}
	capture := ev.Capture
	if capture == "" {
		capture = ev.Document.Capture
	}
	n := &Note{N: len(b.notes) + 1, Outlet: outletOf(ev), Title: oneLine(ev.Document.Title, 300), URL: oneLine(ev.DocumentURL, 2000),
		Published: ev.Document.Published, Capture: capture, Retrieved: ev.FirstSeen.UTC(), Grade: ev.Grade,
		Quote: oneLine(ev.Quote, maxQuote), Denial: ev.Denial}
	if n.URL == "" {
		n.URL = oneLine(ev.Document.URL, 2000)
	}
	b.notes = append(b.notes, n)
	if ev.ID != "" {
		b.noteByEv[ev.ID] = n.N
	}
	return n.N
}

// oneLine folds whitespace and control characters into single spaces and caps the length,
// so a crawled string cannot break the layout of a line, a table cell or a footnote.
func oneLine(s string, limit int) string {
	var b strings.Builder
	space := false
	n := 0
	for _, r := range s {
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r < 0xa0) || r == '\u2028' || r == '\u2029' ||
			(r >= 0x202A && r <= 0x202E) || (r >= 0x2066 && r <= 0x2069) || r == ' ' {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		if n >= limit {
			b.WriteString("…")
			break
		}
		b.WriteRune(r)
		n++
	}
	return b.String()
}

// evidenceFor returns the tie for an edge met on a path, reading its evidence when no section
// has stated it yet; nil when the filters leave it out.
func (b *builder) evidenceFor(ctx context.Context, subj graphdb.Node, predicate string, obj graphdb.Node) (*Tie, error) {
	key := edgeKey(subj.ID, predicate, obj.ID)
	if t, ok := b.ties[key]; ok {
		return t, nil
	}
	if b.excluded[key] {
		return nil, nil
	}
	evs, err := b.g.Evidence(ctx, subj.ID, predicate, obj.ID)
	if err != nil {
		return nil, err
	}
	t, why := b.tieFrom(ref(subj), predicate, ref(obj), evs)
	if why != kept {
		return nil, nil
	}
	return t, nil
}

func ref(n graphdb.Node) graphdb.EntityRef {
	return graphdb.EntityRef{ID: n.ID, Name: n.Name, Type: n.Type}
}

// chainFrom states a path's edges as ties; ok is false when the filters leave one out.
func (b *builder) chainFrom(ctx context.Context, p graphdb.Path) (Chain, bool, error) {
	c := Chain{Nodes: p.Nodes}
	byID := map[string]graphdb.Node{}
	for _, n := range p.Nodes {
		byID[n.ID] = n
	}
	for _, e := range p.Edges {
		t, err := b.evidenceFor(ctx, byID[e.Subject], e.Predicate, byID[e.Object])
		if err != nil {
			return c, false, err
		}
		if t == nil {
			return c, false, nil
		}
		c.Ties = append(c.Ties, t)
	}
	return c, len(c.Ties) > 0, nil
}

// chains finds the ownership chains the subject is part of: into it, and into the companies
// and compounds drawn around it when the chain passes through it.
func (b *builder) chains(ctx context.Context, s *Subject, pic *picture) error {
	targets := []string{s.Entity.ID}
	for _, n := range pic.nodes {
		if n.ID != s.Entity.ID && (n.Type == model.Company || n.Type == model.Compound) {
			targets = append(targets, n.ID)
		}
	}
	seen := map[string]bool{}
	grade := b.opt.MinGrade
	if grade == model.CoMentioned {
		grade = model.Alleged
	}
	for _, id := range targets {
		paths, err := b.g.OwnershipChains(ctx, id, chainHops, grade)
		if err != nil {
			return err
		}
		for _, p := range paths {
			if id != s.Entity.ID && !slices.ContainsFunc(p.Nodes, func(n graphdb.Node) bool { return n.ID == s.Entity.ID }) {
				continue
			}
			k := pathKey(p)
			if seen[k] {
				continue
			}
			seen[k] = true
			c, ok, err := b.chainFrom(ctx, p)
			if err != nil {
				return err
			}
			if ok {
				c.Role = ownerRole(p)
				c.Target = p.Nodes[len(p.Nodes)-1]
				s.Chains = append(s.Chains, c)
			}
		}
	}
	return nil
}

func pathKey(p graphdb.Path) string {
	var parts []string
	for _, n := range p.Nodes {
		parts = append(parts, n.ID)
	}
	for _, e := range p.Edges {
		parts = append(parts, e.Predicate)
	}
	return strings.Join(parts, "|")
}

// ownerRole names what the first entity of a chain is to the last.
func ownerRole(p graphdb.Path) string {
	if len(p.Edges) == 0 || p.Edges[len(p.Edges)-1].Predicate != model.Operates {
		return "Ultimate owner"
	}
	if len(p.Edges) == 1 {
		return "Operator"
	}
	return "Ultimate owner of the operator"
}

// complicity finds people with a public role linked through companies to the subject (a
// compound) or to compounds drawn around it through the subject.
func (b *builder) complicity(ctx context.Context, s *Subject, pic *picture) error {
	var compounds []string
	for _, n := range pic.nodes {
		if n.Type == model.Compound {
			compounds = append(compounds, n.ID)
		}
	}
	grade := b.opt.MinGrade
	if grade == model.CoMentioned {
		grade = model.Alleged
	}
	seen := map[string]bool{}
	for _, id := range compounds {
		paths, err := b.g.ComplicityPaths(ctx, id, complicityHops, grade, complicityMax)
		if err != nil {
			return err
		}
		for _, cp := range paths {
			if id != s.Entity.ID && !slices.ContainsFunc(cp.Path.Nodes, func(n graphdb.Node) bool { return n.ID == s.Entity.ID }) {
				continue
			}
			k := pathKey(cp.Path)
			if seen[k] || len(cp.Path.Nodes) == 0 {
				continue
			}
			seen[k] = true
			c, ok, err := b.chainFrom(ctx, cp.Path)
			if err != nil {
				return err
			}
			if !ok {
				continue
			}
			person := cp.Path.Nodes[0]
			item := Complicity{Person: person, Chain: c}
			for _, r := range cp.Roles {
				t, err := b.evidenceFor(ctx, person, r.Predicate, r.Organization)
				if err != nil {
					return err
				}
				if t != nil {
					item.Roles = append(item.Roles, t)
				}
			}
			if len(item.Roles) > 0 {
				s.Complicity = append(s.Complicity, item)
			}
		}
	}
	return nil
}

// finish orders the sections and derives the summary, timeline and counts from the ties.
func (b *builder) finish(s *Subject) {
	byStrength := func(x, y *Tie) int {
		if c := model.GradeRank(x.Grade) - model.GradeRank(y.Grade); c != 0 {
			return c
		}
		return strings.Compare(x.Key, y.Key)
	}
	for _, ts := range [][]*Tie{s.Sanctions, s.Locations, s.Ties} {
		slices.SortStableFunc(ts, byStrength)
	}
	all := map[string]*Tie{}
	var order []*Tie
	add := func(ts ...*Tie) {
		for _, t := range ts {
			if all[t.Key] == nil {
				all[t.Key] = t
				order = append(order, t)
			}
		}
	}
	add(s.Sanctions...)
	add(s.Locations...)
	add(s.Ties...)
	add(s.Around...)
	for _, c := range s.Chains {
		add(c.Ties...)
	}
	for _, c := range s.Complicity {
		add(c.Roles...)
		add(c.Chain.Ties...)
	}
	counts := map[string]int{}
	docs, outlets := map[string]bool{}, map[string]bool{}
	for _, t := range order {
		counts[t.Grade]++
		if t.Contested() {
			s.Contested = append(s.Contested, t)
		}
		for _, n := range append(slices.Clone(t.Notes), t.Denials...) {
			docs[b.notes[n-1].URL] = true
			outlets[b.notes[n-1].Outlet] = true
		}
		s.Timeline = append(s.Timeline, TimelineEntry{Date: t.First, Dated: t.FirstDated, Tie: t})
	}
	for _, g := range model.Grades {
		if counts[g] > 0 {
			s.Summary.ByGrade = append(s.Summary.ByGrade, GradeCount{Grade: g, N: counts[g]})
		}
	}
	slices.SortStableFunc(s.Timeline, func(x, y TimelineEntry) int {
		if c := x.Date.Compare(y.Date); c != 0 {
			return c
		}
		return strings.Compare(x.Tie.Key, y.Tie.Key)
	})
	s.Summary.Sanctions, s.Summary.Locations, s.Summary.Contested = s.Sanctions, s.Locations, len(s.Contested)
	s.Summary.Ties = s.Ties[:min(len(s.Ties), summaryTies)]
	s.Summary.MoreTies = len(s.Ties) - len(s.Summary.Ties)
	s.TieCount, s.DocCount, s.OutletCount = len(order), len(docs), len(outlets)
}
