package evaluate

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/scamgraph/scamgraph/extract"
	"github.com/scamgraph/scamgraph/model"
)

// DevPage is one labelled page of the development set: NAME.html beside NAME.json.
type DevPage struct {
	URL       string        `json:"url"`
	Kind      string        `json:"kind,omitempty"`
	Genre     string        `json:"genre"` // news, press, court, social
	Entities  []DevEntity   `json:"entities"`
	Relations []DevRelation `json:"relations"`
}

// DevEntity is a labelled entity; any of its names may match.
type DevEntity struct {
	Name    string   `json:"name"`
	Type    string   `json:"type"`
	Aliases []string `json:"aliases,omitempty"`
	// Sector is the labelled sector of an Organization (optional).
	Sector string `json:"sector,omitempty"`
}

// DevRelation is a labelled typed relation between labelled entity names.
type DevRelation struct {
	Subject   string `json:"subject"`
	Predicate string `json:"predicate"`
	Object    string `json:"object"`
	Grade     string `json:"grade"`
	// Role is the labelled public role of a person's tie to a body (optional).
	Role string `json:"role,omitempty"`
}

// PRF counts matches for precision, recall and F1.
type PRF struct{ TP, FP, FN int }

func (c PRF) P() float64 { return ratio(c.TP, c.TP+c.FP) }

func (c PRF) R() float64 { return ratio(c.TP, c.TP+c.FN) }

func (c PRF) F1() float64 {
	p, r := c.P(), c.R()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

func ratio(a, b int) float64 {
	if b == 0 {
		return 1
	}
	return float64(a) / float64(b)
}

// EvalReport holds the scores of one run over a labelled set. Its printed form holds only
// aggregate figures, so a sealed set can be scored without its pages being seen; Misses (per
// page) is for the development set only.
type EvalReport struct {
	Dir          string
	Pages        int
	ByType       map[string]*PRF
	Entities     PRF
	Unlisted     PRF // entities whose names no gazetteer list holds
	Relations    PRF
	ByPredicate  map[string]*PRF
	GradeCorrect int // matched relations whose grade equals the label
	// GradeMistakes counts matched relations by labelled grade and extracted grade
	// ("official>reported"), and GradeByGenre matched and right grades by page genre: where
	// grades go wrong, told without naming a page.
	GradeMistakes map[string]int
	GradeByGenre  map[string]*[2]int
	// RoleLabelled counts matched relations that carry a labelled role; RoleFound those whose
	// extracted role is the labelled one.
	RoleLabelled, RoleFound int
	// SectorLabelled counts matched entities that carry a labelled sector; SectorCorrect those
	// whose extracted sector equals it.
	SectorLabelled, SectorCorrect int
	// Failed counts pages the extractor refused (scored as finding nothing); BadLabels
	// counts label files that could not be read (skipped). Neither is named when printed.
	Failed, BadLabels int
	// EndsFound counts labelled relations whose two ends were both found as entities, and
	// EndsFoundTP those of them that were matched: the recall the relation rules reach on the
	// entities they were given, apart from what recognition missed.
	EndsFound, EndsFoundTP int
	// OtherPredicate counts missed labelled relations whose two ends the extractor did link,
	// with another predicate: disagreements of convention or of reading, not of recognition.
	OtherPredicate int
	// SameSentence counts missed labelled relations, both ends found, whose ends are named
	// in one sentence; the rest of those misses need a reference across sentences.
	SameSentence int
	Misses       []string
}

// Evaluate runs x over every labelled page in dir and scores entities (type and name) and
// typed relations (subject, predicate, object; symmetric predicates in either order).
func Evaluate(ctx context.Context, x *extract.Extractor, dir string) (*EvalReport, error) {
	labels, err := labelFiles(dir)
	if err != nil {
		return nil, err
	}
	rep := &EvalReport{Dir: dir, ByType: map[string]*PRF{}, ByPredicate: map[string]*PRF{},
		GradeMistakes: map[string]int{}, GradeByGenre: map[string]*[2]int{}}
	for _, t := range model.EntityTypes {
		rep.ByType[t] = &PRF{}
	}
	for _, p := range model.Predicates {
		if p != model.MentionedWith {
			rep.ByPredicate[p] = &PRF{}
		}
	}
	for _, lp := range labels {
		dp, hp, body, rerr := readLabelled(lp)
		if rerr != nil {
			// Named only in Misses: the printed report of a sealed set names no page.
			rep.BadLabels++
			rep.Misses = append(rep.Misses, fmt.Sprintf("%s: unreadable labels or page", filepath.Base(lp)))
			continue
		}
		if err := ctx.Err(); err != nil {
			return nil, err
		}
		docs, err := extractLabelled(ctx, x, dp, hp, body)
		if err != nil {
			rep.Failed++
			rep.Misses = append(rep.Misses, fmt.Sprintf("%s: extract failed: %v", filepath.Base(hp), err))
			docs = nil
		}
		rep.Pages++
		scorePage(rep, x.Gazetteer(), filepath.Base(hp), dp, docs)
	}
	for _, c := range rep.ByType {
		rep.Entities.TP += c.TP
		rep.Entities.FP += c.FP
		rep.Entities.FN += c.FN
	}
	return rep, nil
}

// labelFiles lists a labelled folder's label files (NAME.json beside NAME.html), sorted.
func labelFiles(dir string) ([]string, error) {
	labels, err := filepath.Glob(filepath.Join(dir, "*.json"))
	if err != nil {
		return nil, err
	}
	if len(labels) == 0 {
		return nil, fmt.Errorf("no labelled pages (*.json) in %s", dir)
	}
	sort.Strings(labels)
	return labels, nil
}

// readLabelled reads one labelled page: its labels, and the path and body of the page beside
// them.
func readLabelled(lp string) (dp DevPage, hp string, body []byte, err error) {
	raw, err := os.ReadFile(lp)
	if err != nil {
		return dp, "", nil, err
	}
	if err := json.Unmarshal(raw, &dp); err != nil {
		return dp, "", nil, fmt.Errorf("%s: %w", lp, err)
	}
	hp = strings.TrimSuffix(lp, ".json") + ".html"
	body, err = os.ReadFile(hp)
	return dp, hp, body, err
}

// extractLabelled runs x over a labelled page as the crawler hands a fetched page over.
func extractLabelled(ctx context.Context, x *extract.Extractor, dp DevPage, hp string, body []byte) ([]model.Document, error) {
	return x.Extract(ctx, extract.Page{URL: dp.URL, Kind: dp.Kind, Body: body, ContentType: "text/html; charset=utf-8", Source: hp})
}

// countGrade tallies one matched relation's grade by page genre and, when wrong, by the
// labelled and extracted grades.
func (r *EvalReport) countGrade(genre, want, got string) {
	if r.GradeMistakes == nil {
		r.GradeMistakes, r.GradeByGenre = map[string]int{}, map[string]*[2]int{}
	}
	if genre == "" {
		genre = "unlabelled"
	}
	g := r.GradeByGenre[genre]
	if g == nil {
		g = &[2]int{}
		r.GradeByGenre[genre] = g
	}
	g[0]++
	if want == got {
		g[1]++
		return
	}
	r.GradeMistakes[want+">"+got]++
}

// predPRF returns the counts of a predicate, adding a row for a predicate outside the
// vocabulary (a label typo shows up rather than vanishing).
func (r *EvalReport) predPRF(p string) *PRF {
	c := r.ByPredicate[p]
	if c == nil {
		c = &PRF{}
		r.ByPredicate[p] = c
	}
	return c
}

// listed reports whether the gazetteer holds any of an entity's names.
func listed(g *extract.Gazetteer, names ...string) bool {
	for _, n := range names {
		if g.Lookup(n) >= 0 {
			return true
		}
	}
	return false
}

// matchEntities maps extracted entity ids to labelled entities: an entity matches the first
// label whose type and folded name equal its own name's, an alias's or a mention's. first holds
// the ids that were the first to match their label (the others are repeats).
func matchEntities(dp DevPage, docs []model.Document) (idToGold map[string]int, first map[string]bool) {
	goldKey := map[string]int{}
	for i, g := range dp.Entities {
		goldKey[g.Type+"|"+extract.NameKey(g.Name)] = i
		for _, a := range g.Aliases {
			goldKey[g.Type+"|"+extract.NameKey(a)] = i
		}
	}
	matched := map[int]bool{}
	idToGold, first = map[string]int{}, map[string]bool{}
	for _, d := range docs {
		for _, e := range d.Entities {
			// The entity's own aliases count too: a gazetteer entry may take a different
			// canonical name ("Karen National Army" for "Karen Border Guard Force"). Matching
			// stays strict: equal keys after the same folding on both sides.
			names := append([]string{e.Name}, e.Aliases...)
			for _, m := range e.Mentions {
				names = append(names, m.Text)
			}
			for _, n := range names {
				if i, ok := goldKey[e.Type+"|"+extract.NameKey(n)]; ok {
					idToGold[e.ID] = i
					if !matched[i] {
						matched[i], first[e.ID] = true, true
					}
					break
				}
			}
		}
	}
	return idToGold, first
}

// rk is a labelled relation by the indexes of its labelled ends (symmetric ones in order).
type rk struct {
	s int
	p string
	o int
}

// labelledRelations keys a page's labelled relations by their ends; bad holds those whose
// subject or object is no labelled entity's name.
func labelledRelations(dp DevPage) (gold map[rk]DevRelation, bad []DevRelation) {
	goldIdx := map[string]int{}
	for i, ge := range dp.Entities {
		goldIdx[extract.NameKey(ge.Name)] = i
	}
	gold = map[rk]DevRelation{}
	for _, r := range dp.Relations {
		s, ok1 := goldIdx[extract.NameKey(r.Subject)]
		o, ok2 := goldIdx[extract.NameKey(r.Object)]
		if !ok1 || !ok2 {
			bad = append(bad, r)
			continue
		}
		if model.Symmetric(r.Predicate) && s > o {
			s, o = o, s
		}
		gold[rk{s, r.Predicate, o}] = r
	}
	return gold, bad
}

func scorePage(rep *EvalReport, g *extract.Gazetteer, name string, dp DevPage, docs []model.Document) {
	idToGold, first := matchEntities(dp, docs)
	matchedGold := map[int]bool{}
	for _, d := range docs {
		for _, e := range d.Entities {
			gi, ok := idToGold[e.ID]
			if !ok {
				if !listed(g, e.Name) {
					rep.Unlisted.FP++
				}
				rep.ByType[e.Type].FP++
				rep.Misses = append(rep.Misses, fmt.Sprintf("%s: extra %s %q", name, e.Type, e.Name))
				continue
			}
			if !first[e.ID] || matchedGold[gi] {
				continue // a repeat of a matched label (or the same entity in another document)
			}
			matchedGold[gi] = true
			rep.ByType[e.Type].TP++
			if ge := dp.Entities[gi]; !listed(g, append([]string{ge.Name}, ge.Aliases...)...) {
				rep.Unlisted.TP++
			}
			if ge := dp.Entities[gi]; ge.Sector != "" {
				rep.SectorLabelled++
				if e.Sector == ge.Sector {
					rep.SectorCorrect++
				}
			}
		}
	}
	for i, ge := range dp.Entities {
		if !matchedGold[i] {
			if c := rep.ByType[ge.Type]; c != nil {
				c.FN++
			}
			if !listed(g, append([]string{ge.Name}, ge.Aliases...)...) {
				rep.Unlisted.FN++
			}
			rep.Misses = append(rep.Misses, fmt.Sprintf("%s: missed %s %q", name, ge.Type, ge.Name))
		}
	}
	goldIDs := map[int][]string{}
	for id, gi := range idToGold {
		goldIDs[gi] = append(goldIDs[gi], id)
	}
	gold, bad := labelledRelations(dp)
	for _, r := range bad {
		rep.Misses = append(rep.Misses, fmt.Sprintf("%s: bad label %v", name, r))
	}
	found := map[rk]bool{}
	// linked holds the gold pairs the extractor tied with any typed predicate, either way.
	type pair struct{ a, b int }
	linked := map[pair]bool{}
	for _, d := range docs {
		for _, r := range d.Relations {
			if r.Predicate == model.MentionedWith {
				continue
			}
			s, ok1 := idToGold[r.Subject]
			o, ok2 := idToGold[r.Object]
			if ok1 && ok2 {
				linked[pair{s, o}], linked[pair{o, s}] = true, true
			}
			k := rk{s, r.Predicate, o}
			if ok1 && ok2 && model.Symmetric(r.Predicate) && s > o {
				k = rk{o, r.Predicate, s}
			}
			if gr, ok := gold[k]; ok1 && ok2 && ok && !found[k] {
				found[k] = true
				rep.Relations.TP++
				rep.predPRF(r.Predicate).TP++
				rep.countGrade(dp.Genre, gr.Grade, r.Grade)
				if gr.Grade == r.Grade {
					rep.GradeCorrect++
				} else {
					rep.Misses = append(rep.Misses, fmt.Sprintf("%s: grade %s want %s: %s %s %s", name, r.Grade, gr.Grade, r.Subject, r.Predicate, r.Object))
				}
				if gr.Role != "" {
					rep.RoleLabelled++
					if sameRole(gr.Role, r.Role) {
						rep.RoleFound++
					}
				}
				continue
			}
			if !found[k] {
				rep.Relations.FP++
				rep.predPRF(r.Predicate).FP++
				rep.Misses = append(rep.Misses, fmt.Sprintf("%s: extra %s %s %s (%s)", name, r.Subject, r.Predicate, r.Object, r.Grade))
			}
		}
	}
	for k := range gold {
		if matchedGold[k.s] && matchedGold[k.o] {
			rep.EndsFound++
			if found[k] {
				rep.EndsFoundTP++
			}
		}
		if !found[k] && linked[pair{k.s, k.o}] {
			rep.OtherPredicate++
		}
		if !found[k] && matchedGold[k.s] && matchedGold[k.o] && sharesSentence(docs, goldIDs[k.s], goldIDs[k.o]) {
			rep.SameSentence++
		}
		if !found[k] {
			rep.Relations.FN++
			rep.predPRF(k.p).FN++
			rep.Misses = append(rep.Misses, fmt.Sprintf("%s: missed %s %s %s", name, dp.Entities[k.s].Name, k.p, dp.Entities[k.o].Name))
		}
	}
}

// sharesSentence reports whether some sentence of a document names an entity of each id set
// (by name mentions; references such as "the company" are not mentions).
func sharesSentence(docs []model.Document, as, bs []string) bool {
	for _, d := range docs {
		inA, inB := map[int]bool{}, map[int]bool{}
		spans := extract.SentenceSpans(d.Text)
		at := func(off int) int {
			i := sort.Search(len(spans), func(i int) bool { return spans[i][1] > off })
			if i < len(spans) && spans[i][0] <= off {
				return i
			}
			return -1
		}
		mark := func(ids []string, in map[int]bool) {
			for _, e := range d.Entities {
				if !slices.Contains(ids, e.ID) {
					continue
				}
				for _, m := range e.Mentions {
					if i := at(m.Start); i >= 0 {
						in[i] = true
					}
				}
			}
		}
		mark(as, inA)
		mark(bs, inB)
		for i := range inA {
			if inB[i] {
				return true
			}
		}
	}
	return false
}

// sameRole compares a labelled and an extracted role loosely: case, hyphens and a leading
// article aside, either may be the longer form ("commander" vs "BGF commander").
func sameRole(want, got string) bool {
	norm := func(s string) string {
		s = strings.ToLower(strings.ReplaceAll(s, "-", " "))
		s = strings.TrimPrefix(strings.TrimPrefix(s, "the "), "a ")
		return strings.Join(strings.Fields(s), " ")
	}
	w, g := norm(want), norm(got)
	if w == "" || g == "" {
		return false
	}
	return w == g || strings.HasSuffix(w, " "+g) || strings.HasSuffix(g, " "+w)
}

// Print writes the aggregate scores as a table: nothing in it names a page or an entity.
func (r *EvalReport) Print(w io.Writer) {
	fmt.Fprintf(w, "labelled set %s: %d pages (extractor %s)\n", r.Dir, r.Pages, extract.Version)
	fmt.Fprintf(w, "%-16s %6s %6s %6s %5s %5s %5s\n", "", "P", "R", "F1", "TP", "FP", "FN")
	row := func(name string, c PRF) {
		fmt.Fprintf(w, "%-16s %6.3f %6.3f %6.3f %5d %5d %5d\n", name, c.P(), c.R(), c.F1(), c.TP, c.FP, c.FN)
	}
	for _, t := range model.EntityTypes {
		row(t, *r.ByType[t])
	}
	row("entities", r.Entities)
	row("  in no list", r.Unlisted)
	preds := make([]string, 0, len(r.ByPredicate))
	for p := range r.ByPredicate {
		preds = append(preds, p)
	}
	sort.Slice(preds, func(i, j int) bool {
		return predOrder(preds[i]) < predOrder(preds[j]) || predOrder(preds[i]) == predOrder(preds[j]) && preds[i] < preds[j]
	})
	for _, p := range preds {
		if c := *r.ByPredicate[p]; c.TP+c.FP+c.FN > 0 {
			row(p, c)
		}
	}
	row("relations", r.Relations)
	fmt.Fprintf(w, "relation grades correct: %d of %d matched (%.3f)\n", r.GradeCorrect, r.Relations.TP, ratio(r.GradeCorrect, r.Relations.TP))
	if len(r.GradeMistakes) > 0 {
		fmt.Fprintf(w, "  wrong grades, labelled > extracted: %s\n", countList(r.GradeMistakes))
	}
	if len(r.GradeByGenre) > 0 {
		genres := make([]string, 0, len(r.GradeByGenre))
		for g := range r.GradeByGenre {
			genres = append(genres, g)
		}
		sort.Strings(genres)
		parts := make([]string, 0, len(genres))
		for _, g := range genres {
			c := r.GradeByGenre[g]
			parts = append(parts, fmt.Sprintf("%s %d of %d", g, c[1], c[0]))
		}
		fmt.Fprintf(w, "  grades right by page genre: %s\n", strings.Join(parts, ", "))
	}
	if gold := r.Relations.TP + r.Relations.FN; gold > 0 {
		fmt.Fprintf(w, "labelled relations with both ends found: %d of %d (%.3f); recall on those: %d (%.3f)\n",
			r.EndsFound, gold, ratio(r.EndsFound, gold), r.EndsFoundTP, ratio(r.EndsFoundTP, r.EndsFound))
		fmt.Fprintf(w, "missed relations whose ends were linked with another predicate: %d\n", r.OtherPredicate)
		if miss := r.EndsFound - r.EndsFoundTP; miss > 0 {
			fmt.Fprintf(w, "missed relations, both ends found: %d named in one sentence, %d only in different sentences\n", r.SameSentence, miss-r.SameSentence)
		}
	}
	if r.Failed+r.BadLabels > 0 {
		fmt.Fprintf(w, "pages the extractor refused (scored as finding nothing): %d; label files unreadable (skipped): %d\n", r.Failed, r.BadLabels)
	}
	if r.RoleLabelled > 0 {
		fmt.Fprintf(w, "roles found: %d of %d labelled on matched relations (%.3f)\n", r.RoleFound, r.RoleLabelled, ratio(r.RoleFound, r.RoleLabelled))
	}
	if r.SectorLabelled > 0 {
		fmt.Fprintf(w, "sectors correct: %d of %d labelled on matched entities (%.3f)\n", r.SectorCorrect, r.SectorLabelled, ratio(r.SectorCorrect, r.SectorLabelled))
	}
}

// countList prints counts largest first, ties by key.
func countList(m map[string]int) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		return m[keys[i]] > m[keys[j]] || m[keys[i]] == m[keys[j]] && keys[i] < keys[j]
	})
	parts := make([]string, 0, len(keys))
	for _, k := range keys {
		parts = append(parts, fmt.Sprintf("%s %d", k, m[k]))
	}
	return strings.Join(parts, ", ")
}

// predOrder places predicates in vocabulary order, unknown ones last.
func predOrder(p string) int {
	for i, q := range model.Predicates {
		if q == p {
			return i
		}
	}
	return len(model.Predicates)
}
