package entitymatch

import (
	"cmp"
	"fmt"
	"slices"
	"sort"
	"strings"
)

// Candidate is one entity node as the resolver sees it.
type Candidate struct {
	ID          string       `json:"id"`
	Type        string       `json:"type"`
	Name        string       `json:"name"`
	Aliases     []string     `json:"aliases,omitempty"`
	Identifiers []Identifier `json:"identifiers,omitempty"`
	// MergedIDs are the ids of records already merged into this node.
	MergedIDs []string `json:"merged_ids,omitempty"`
	// Documents is how many documents name it; the best-attested node becomes canonical.
	Documents int `json:"documents,omitempty"`
}

func (c *Candidate) names() []string {
	out := make([]string, 0, 1+len(c.Aliases))
	if c.Name != "" {
		out = append(out, c.Name)
	}
	for _, a := range c.Aliases {
		if a != "" && !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return out
}

// Rules switch the matching steps and bound blocking.
type Rules struct {
	// Pinyin matches a person's Han name to its pinyin, and simplified to traditional Han
	// names of other entities.
	Pinyin bool
	// NameOrder puts Chinese names surname first ("Zhi Chen" = "Chen Zhi").
	NameOrder bool
	// CompanyForms folds legal forms and "Group"/"Holdings" out of company names.
	CompanyForms bool
	// CrossTypeOnIdentifier lets a Company and an Organization merge on a shared identifier
	// (lists type the same body differently); names alone never merge across types.
	CrossTypeOnIdentifier bool
	// MaxBlock is the most nodes a key may be shared by and still merge anything: a key
	// shared more widely is too generic to prove identity.
	MaxBlock int
}

// DefaultRules are the rules `scamgraph resolve` runs with.
func DefaultRules() Rules {
	return Rules{Pinyin: true, NameOrder: true, CompanyForms: true, CrossTypeOnIdentifier: true, MaxBlock: 12}
}

// Match is one key two candidates share.
type Match struct {
	Kind string `json:"kind"`
	Key  string `json:"key"`
	// A and B are the names or identifiers, as written, that gave the key on each side.
	A string `json:"a"`
	B string `json:"b"`
}

// Explanation says why two records are, or are not, the same entity.
type Explanation struct {
	A       string  `json:"a"`
	B       string  `json:"b"`
	Verdict string  `json:"verdict"` // "merge" or "apart"
	Score   float64 `json:"score"`
	Matches []Match `json:"matches"`
	// Blockers are what keeps them apart: a type difference, a never-merge decision, a
	// contradicting identifier, different Han names.
	Blockers []string `json:"blockers,omitempty"`
	// Decision is the analyst decision note that forced or forbade the merge, if any.
	Decision string `json:"decision,omitempty"`
	// Weak lists weak identifiers both hold (a website, a phone number): shown, but never
	// a reason to merge.
	Weak []Match `json:"weak,omitempty"`
}

// Verdicts.
const (
	VerdictMerge = "merge"
	VerdictApart = "apart"
)

// String renders an explanation on one line per match and blocker.
func (e Explanation) String() string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s ~ %s: %s (score %.2f)\n", e.A, e.B, e.Verdict, e.Score)
	if e.Decision != "" {
		fmt.Fprintf(&b, "  decision: %s\n", e.Decision)
	}
	for _, m := range e.Matches {
		fmt.Fprintf(&b, "  + %s: %q ~ %q (key %s)\n", m.Kind, m.A, m.B, m.Key)
	}
	for _, m := range e.Weak {
		fmt.Fprintf(&b, "  ~ weak %q ~ %q (not enough to merge)\n", m.A, m.B)
	}
	for _, x := range e.Blockers {
		fmt.Fprintf(&b, "  - %s\n", x)
	}
	if len(e.Matches) == 0 && len(e.Blockers) == 0 && len(e.Weak) == 0 {
		b.WriteString("  no shared name, alias or identifier\n")
	}
	return b.String()
}

// Explain compares two candidates directly: every key they share and everything that keeps
// them apart. The verdict is the pairwise one; Plan may still keep them apart when a shared
// key is ambiguous (also held by a record that contradicts one of them).
func Explain(a, b Candidate, r Rules, d Decisions) Explanation {
	e := Explanation{A: a.ID, B: b.ID, Matches: []Match{}}
	ka, kb := candidateKeys(&a, r), candidateKeys(&b, r)
	byValue := map[string]Key{}
	for _, k := range kb {
		byValue[k.Value] = k
	}
	for _, k := range ka {
		if o, ok := byValue[k.Value]; ok {
			kind := k.Kind
			if kindWeight[o.Kind] < kindWeight[kind] {
				kind = o.Kind
			}
			e.Matches = append(e.Matches, Match{Kind: kind, Key: k.Value, A: k.From, B: o.From})
			e.Score = max(e.Score, kindWeight[kind])
		}
	}
	forced := ""
	if note, ok := d.merged(a, b); ok {
		forced = note
		e.Matches = append(e.Matches, Match{Kind: KindAnalyst, Key: "decision", A: a.ID, B: b.ID})
		e.Score = 1
	}
	e.Blockers = blockers(&a, &b, e.Matches, r, d)
	e.Weak = weakShared(&a, &b)
	switch {
	case len(e.Blockers) > 0:
		e.Verdict = VerdictApart
		if note, ok := d.neverMerged(a, b); ok {
			e.Decision = "never merge: " + note
		}
	case len(e.Matches) > 0:
		e.Verdict = VerdictMerge
		if forced != "" {
			e.Decision = "merge: " + forced
		}
	default:
		e.Verdict = VerdictApart
	}
	return e
}

// typesCompatible says whether two types may share a node given how they matched.
func typesCompatible(ta, tb string, byIdentifier bool, r Rules) bool {
	if ta == tb {
		return true
	}
	pair := ta + "/" + tb
	return byIdentifier && r.CrossTypeOnIdentifier && (pair == Company+"/"+Organization || pair == Organization+"/"+Company)
}

// blockers lists what contradicts merging a and b.
func blockers(a, b *Candidate, matches []Match, r Rules, d Decisions) []string {
	var out []string
	byID, analyst := false, false
	for _, m := range matches {
		byID = byID || m.Kind == KindIdentifier
		analyst = analyst || m.Kind == KindAnalyst
	}
	if !typesCompatible(a.Type, b.Type, byID || analyst, r) {
		out = append(out, fmt.Sprintf("types differ: %s is a %s, %s is a %s", a.ID, a.Type, b.ID, b.Type))
	}
	if note, ok := d.neverMerged(*a, *b); ok {
		out = append(out, "never-merge decision: "+cmp.Or(note, "(no note)"))
	}
	out = append(out, identifierConflicts(a, b)...)
	if a.Type == Person && b.Type == Person {
		pa, pb := hanPinyins(a), hanPinyins(b)
		if len(pa) > 0 && len(pb) > 0 && !intersects(pa, pb) {
			out = append(out, fmt.Sprintf("different Han names: %s reads %s, %s reads %s",
				a.ID, strings.Join(pa, "/"), b.ID, strings.Join(pb, "/")))
		}
	}
	return out
}

// identifierConflicts reports identifier schemes both hold with no value in common, for
// schemes an entity holds one value of (per issuing country): two OFAC uids, two
// registration numbers of one country, two IMO numbers. This is a hard block: nothing else
// the two records share, analyst merges aside, makes them one.
func identifierConflicts(a, b *Candidate) []string {
	va, vb := identifierValues(a), identifierValues(b)
	var out []string
	slots := make([]string, 0, len(va))
	for c := range va {
		slots = append(slots, c)
	}
	sort.Strings(slots)
	for _, c := range slots {
		other, ok := vb[c]
		if !ok || intersects(va[c].keys, other.keys) {
			continue
		}
		out = append(out, fmt.Sprintf("conflicting %s identifiers: %s has %s, %s has %s",
			c, a.ID, strings.Join(va[c].shown, ", "), b.ID, strings.Join(other.shown, ", ")))
	}
	return out
}

type slotValues struct{ keys, shown []string }

// identifierValues groups a candidate's singular identifiers by scheme and country. A number
// without its country does not merge anything, but two of them still keep records apart.
func identifierValues(c *Candidate) map[string]*slotValues {
	m := map[string]*slotValues{}
	for _, id := range c.Identifiers {
		info, ok := ClassifyIdentifier(id.Scheme, id.Value, id.Country)
		if !ok || !info.Singular {
			continue
		}
		slot := info.Class
		if info.Country != "" {
			slot += "/" + info.Country
		}
		sv := m[slot]
		if sv == nil {
			sv = &slotValues{}
			m[slot] = sv
		}
		if !slices.Contains(sv.keys, info.Key) {
			sv.keys = append(sv.keys, info.Key)
			sv.shown = append(sv.shown, id.Value)
		}
	}
	return m
}

// weakShared lists the weak identifiers (websites, phones, e-mails, addresses, numbers
// without their country) two candidates share: shown, never merged on.
func weakShared(a, b *Candidate) []Match {
	kb := map[string]string{}
	for _, id := range b.Identifiers {
		if info, ok := ClassifyIdentifier(id.Scheme, id.Value, id.Country); ok && info.Strength == Weak {
			kb[info.Key] = info.describe(id)
		}
	}
	var out []Match
	for _, id := range a.Identifiers {
		info, ok := ClassifyIdentifier(id.Scheme, id.Value, id.Country)
		if !ok || info.Strength != Weak {
			continue
		}
		if from, ok := kb[info.Key]; ok && !slices.ContainsFunc(out, func(m Match) bool { return m.Key == info.Key }) {
			out = append(out, Match{Kind: KindWeak, Key: info.Key, A: info.describe(id), B: from})
		}
	}
	return out
}

func intersects(a, b []string) bool {
	for _, x := range a {
		if slices.Contains(b, x) {
			return true
		}
	}
	return false
}

// Plan is what one resolution run decides.
type Plan struct {
	Candidates int       `json:"candidates"`
	Clusters   []Cluster `json:"clusters"`
	// Ambiguous lists keys shared by records that cannot all be one entity; nothing merges on
	// them. At most maxReported are kept.
	Ambiguous []Ambiguity `json:"ambiguous,omitempty"`
	// Refused lists analyst merge decisions that could not be applied, with the reason.
	Refused []string `json:"refused,omitempty"`
}

// Cluster is a set of nodes that are one entity: Members merge into Canonical.
type Cluster struct {
	Canonical string   `json:"canonical"`
	Members   []Member `json:"members"`
}

// Member is one node merging into a canonical node, with the explanation of the link that
// joined it to the cluster (its Explanation.B is the node it matched, which may be another
// member: clusters are linked pairwise).
type Member struct {
	ID          string      `json:"id"`
	Reason      string      `json:"reason"`
	Score       float64     `json:"score"`
	Explanation Explanation `json:"explanation"`
}

// Ambiguity is a key that would have merged records that contradict each other.
type Ambiguity struct {
	Key string   `json:"key"`
	IDs []string `json:"ids"`
	Why string   `json:"why"`
}

const maxReported = 200

// link is an accepted pairwise merge.
type link struct {
	a, b int
	exp  Explanation
}

// PlanMerges decides which candidates are one entity. Analyst merges come first, then shared
// identifiers, then name keys from strongest to weakest; each link is checked against the
// whole clusters it would join, so a chain of links cannot put two records together that a
// never-merge decision, a type or an identifier keeps apart. The result is deterministic.
func PlanMerges(cands []Candidate, r Rules, d Decisions) Plan {
	if r.MaxBlock <= 0 {
		r.MaxBlock = DefaultRules().MaxBlock
	}
	p := Plan{Candidates: len(cands)}
	nodeOf := map[string]int{}
	for i := range cands {
		nodeOf[cands[i].ID] = i
	}
	for i := range cands {
		for _, m := range cands[i].MergedIDs {
			if _, taken := nodeOf[m]; !taken {
				nodeOf[m] = i
			}
		}
	}
	uf := newUnionFind(len(cands))
	// members of each cluster root, for cluster-level checks.
	members := make([][]int, len(cands))
	for i := range members {
		members[i] = []int{i}
	}
	var links []link
	canJoin := func(a, b int, matches []Match) (bool, string) {
		ra, rb := uf.find(a), uf.find(b)
		if ra == rb {
			return false, ""
		}
		for _, x := range members[ra] {
			for _, y := range members[rb] {
				var ms []Match
				if (x == a && y == b) || (x == b && y == a) {
					ms = matches
				}
				if bl := blockers(&cands[x], &cands[y], ms, r, d); len(bl) > 0 {
					if x == a && y == b || x == b && y == a {
						return false, bl[0]
					}
					// Types across clusters: only the linking pair's matches may excuse a type
					// difference, and only an identifier link does.
					return false, fmt.Sprintf("%s and %s: %s", cands[x].ID, cands[y].ID, bl[0])
				}
			}
		}
		return true, ""
	}
	join := func(a, b int, exp Explanation) {
		ra, rb := uf.find(a), uf.find(b)
		root := uf.union(ra, rb)
		other := ra
		if root == ra {
			other = rb
		}
		members[root] = append(members[root], members[other]...)
		members[other] = nil
		links = append(links, link{a: a, b: b, exp: exp})
	}

	// 1. Analyst merges.
	for _, dec := range d.Merge {
		var idx []int
		for _, id := range dec.IDs {
			i, ok := nodeOf[id]
			if !ok {
				p.Refused = append(p.Refused, fmt.Sprintf("merge %s: no entity %q in the graph", strings.Join(dec.IDs, " + "), id))
				idx = nil
				break
			}
			idx = append(idx, i)
		}
		for j := 1; j < len(idx); j++ {
			a, b := idx[0], idx[j]
			if uf.find(a) == uf.find(b) {
				continue
			}
			exp := Explain(cands[a], cands[b], r, d)
			if ok, why := canJoin(a, b, exp.Matches); !ok {
				p.Refused = append(p.Refused, fmt.Sprintf("merge %s + %s: %s", cands[a].ID, cands[b].ID, why))
				continue
			}
			join(a, b, exp)
		}
	}

	// 2. Keys, identifiers first, then by strength.
	type group struct {
		key   Key
		nodes []int
	}
	groups := map[string]*group{}
	for i := range cands {
		for _, k := range candidateKeys(&cands[i], r) {
			g := groups[k.Value]
			if g == nil {
				g = &group{key: k}
				groups[k.Value] = g
			}
			if !slices.Contains(g.nodes, i) {
				g.nodes = append(g.nodes, i)
			}
			if kindWeight[k.Kind] > kindWeight[g.key.Kind] {
				g.key.Kind = k.Kind
			}
		}
	}
	ordered := make([]*group, 0, len(groups))
	for _, g := range groups {
		if len(g.nodes) > 1 {
			ordered = append(ordered, g)
		}
	}
	sort.Slice(ordered, func(i, j int) bool {
		wi, wj := kindWeight[ordered[i].key.Kind], kindWeight[ordered[j].key.Kind]
		if wi != wj {
			return wi > wj
		}
		return ordered[i].key.Value < ordered[j].key.Value
	})
	ambiguous := func(g *group, why string) {
		if len(p.Ambiguous) >= maxReported {
			return
		}
		ids := make([]string, len(g.nodes))
		for i, n := range g.nodes {
			ids[i] = cands[n].ID
		}
		p.Ambiguous = append(p.Ambiguous, Ambiguity{Key: g.key.Value, IDs: ids, Why: why})
	}
	for _, g := range ordered {
		if len(g.nodes) > r.MaxBlock {
			ambiguous(g, fmt.Sprintf("shared by %d records, more than %d: too generic to prove identity", len(g.nodes), r.MaxBlock))
			continue
		}
		// Every pair sharing the key must be mergeable, or the key is ambiguous and merges
		// nothing: two "Li Wu" with different passports leave a third "Li Wu" unmerged.
		why := ""
		exps := map[[2]int]Explanation{}
	pairs:
		for x := 0; x < len(g.nodes); x++ {
			for y := x + 1; y < len(g.nodes); y++ {
				a, b := g.nodes[x], g.nodes[y]
				exp := Explain(cands[a], cands[b], r, d)
				if len(exp.Blockers) > 0 {
					why = cands[a].ID + " / " + cands[b].ID + ": " + exp.Blockers[0]
					break pairs
				}
				exps[[2]int{a, b}] = exp
			}
		}
		if why != "" {
			ambiguous(g, why)
			continue
		}
		for _, b := range g.nodes[1:] {
			a := g.nodes[0]
			if uf.find(a) == uf.find(b) {
				continue
			}
			exp := exps[[2]int{a, b}]
			if ok, _ := canJoin(a, b, exp.Matches); !ok {
				continue
			}
			join(a, b, exp)
		}
	}

	// 3. Clusters, canonical node first, members ordered by id.
	byRoot := map[int][]int{}
	for i := range cands {
		byRoot[uf.find(i)] = append(byRoot[uf.find(i)], i)
	}
	adj := map[int][]link{}
	for _, l := range links {
		adj[l.a] = append(adj[l.a], l)
		adj[l.b] = append(adj[l.b], l)
	}
	for _, nodes := range byRoot {
		if len(nodes) < 2 {
			continue
		}
		canon := nodes[0]
		for _, n := range nodes[1:] {
			if betterCanonical(&cands[n], &cands[canon]) {
				canon = n
			}
		}
		c := Cluster{Canonical: cands[canon].ID}
		// Walk the accepted links from the canonical node: each member is explained by the
		// link that reached it.
		seen := map[int]bool{canon: true}
		queue := []int{canon}
		for len(queue) > 0 {
			cur := queue[0]
			queue = queue[1:]
			ls := adj[cur]
			sort.Slice(ls, func(i, j int) bool { return otherEnd(ls[i], cur) < otherEnd(ls[j], cur) })
			for _, l := range ls {
				next := otherEnd(l, cur)
				if seen[next] {
					continue
				}
				seen[next] = true
				queue = append(queue, next)
				exp := l.exp
				if exp.A != cands[next].ID {
					exp = flip(exp)
				}
				c.Members = append(c.Members, Member{ID: cands[next].ID, Reason: reason(exp), Score: exp.Score, Explanation: exp})
			}
		}
		sort.Slice(c.Members, func(i, j int) bool { return c.Members[i].ID < c.Members[j].ID })
		p.Clusters = append(p.Clusters, c)
	}
	sort.Slice(p.Clusters, func(i, j int) bool { return p.Clusters[i].Canonical < p.Clusters[j].Canonical })
	return p
}

func otherEnd(l link, cur int) int {
	if l.a == cur {
		return l.b
	}
	return l.a
}

func flip(e Explanation) Explanation {
	e.A, e.B = e.B, e.A
	ms := make([]Match, len(e.Matches))
	for i, m := range e.Matches {
		m.A, m.B = m.B, m.A
		ms[i] = m
	}
	e.Matches = ms
	return e
}

// reason is a one-line summary of an explanation: the strongest match.
func reason(e Explanation) string {
	best := Match{}
	for _, m := range e.Matches {
		if best.Kind == "" || kindWeight[m.Kind] > kindWeight[best.Kind] {
			best = m
		}
	}
	if best.Kind == "" {
		return "no match"
	}
	if best.Kind == KindAnalyst {
		return "analyst decision" + strings.TrimPrefix(e.Decision, "merge")
	}
	return fmt.Sprintf("%s: %q ~ %q", best.Kind, best.A, best.B)
}

// betterCanonical orders nodes for the canonical choice: a node that already holds merged
// records keeps its role (so re-runs never move a cluster), then the node named in more
// documents, then the smaller id.
func betterCanonical(a, b *Candidate) bool {
	if len(a.MergedIDs) != len(b.MergedIDs) {
		return len(a.MergedIDs) > len(b.MergedIDs)
	}
	if a.Documents != b.Documents {
		return a.Documents > b.Documents
	}
	return a.ID < b.ID
}

// Split is a merged record that a never-merge decision now separates from its node.
type Split struct {
	ID   string `json:"id"`   // the merged record to restore
	From string `json:"from"` // the node it is merged into
	Note string `json:"note"`
}

// SplitsFor returns the merged records that never-merge decisions separate from the node
// holding them: for a pair held by one node, the one that is a merged record (the second
// listed when both are) is split out.
func SplitsFor(cands []Candidate, d Decisions) []Split {
	holder := map[string]*Candidate{}
	for i := range cands {
		for _, m := range cands[i].MergedIDs {
			holder[m] = &cands[i]
		}
	}
	var out []Split
	done := map[string]bool{}
	for _, dec := range d.NeverMerge {
		for x := 0; x < len(dec.IDs); x++ {
			for y := x + 1; y < len(dec.IDs); y++ {
				a, b := dec.IDs[x], dec.IDs[y]
				ha, hb := holder[a], holder[b]
				var node *Candidate
				var split string
				switch {
				case hb != nil && (hb.ID == a || hb == ha):
					node, split = hb, b
				case ha != nil && ha.ID == b:
					node, split = ha, a
				default:
					continue
				}
				if done[split] {
					continue
				}
				done[split] = true
				out = append(out, Split{ID: split, From: node.ID, Note: cmp.Or(dec.Note, "never-merge decision")})
			}
		}
	}
	return out
}

type unionFind struct{ parent, rank []int }

func newUnionFind(n int) *unionFind {
	u := &unionFind{parent: make([]int, n), rank: make([]int, n)}
	for i := range u.parent {
		u.parent[i] = i
	}
	return u
}

func (u *unionFind) find(x int) int {
	for u.parent[x] != x {
		u.parent[x] = u.parent[u.parent[x]]
		x = u.parent[x]
	}
	return x
}

// union joins two roots and returns the new root.
func (u *unionFind) union(a, b int) int {
	if u.rank[a] < u.rank[b] {
		a, b = b, a
	}
	u.parent[b] = a
	if u.rank[a] == u.rank[b] {
		u.rank[a]++
	}
	return a
}
