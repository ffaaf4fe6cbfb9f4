package brief

import (
	"fmt"
	"html"
	"math"
	"slices"
	"strings"

	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/model"
)

// Palette is how the drawing encodes meaning: a colour and shape per entity type, a colour,
// width and dash per grade. It is the one table both the brief and its legend read.
type Palette struct {
	Types  []TypeStyle
	Grades []GradeStyle
}

// TypeStyle draws one entity type.
type TypeStyle struct {
	Type   string
	Fill   string
	Border string
	Shape  string // circle, square, hexagon, diamond, triangle
}

// GradeStyle draws the edges of one grade.
type GradeStyle struct {
	Grade string
	Color string
	Width float64
	Dash  string // SVG stroke-dasharray; empty for a solid line
}

// DefaultPalette is the brief's palette, the same as the explorer's diagram
// (internal/web/static/palette.json; Cytoscape's ellipse, round-rectangle and round-triangle drawn here
// as circle, square and triangle). Solid lines are stated as fact (official darker and thicker
// than reported); alleged ties are dashed; co-mentions, never drawn as ties, dotted.
func DefaultPalette() Palette {
	return Palette{
		Types: []TypeStyle{
			{model.Person, "#f59e0b", "#92400e", "circle"},
			{model.Company, "#3b82f6", "#1e3a8a", "square"},
			{model.Compound, "#dc2626", "#7f1d1d", "diamond"},
			{model.Organization, "#8b5cf6", "#4c1d95", "hexagon"},
			{model.Location, "#16a34a", "#14532d", "triangle"},
		},
		Grades: []GradeStyle{
			{model.Official, "#14532d", 3, ""},
			{model.Reported, "#1e3a8a", 2.4, ""},
			{model.Alleged, "#b45309", 2, "6 4"},
			{model.CoMentioned, "#9ca3af", 1, "2 3"},
		},
	}
}

func (p Palette) typeStyle(t string) TypeStyle {
	for _, s := range p.Types {
		if s.Type == t {
			return s
		}
	}
	return TypeStyle{Type: t, Fill: "#bdbdbd", Border: "#616161", Shape: "circle"}
}

func (p Palette) gradeStyle(g string) GradeStyle {
	for _, s := range p.Grades {
		if s.Grade == g {
			return s
		}
	}
	return p.Grades[len(p.Grades)-1]
}

// Picture is the network drawing of one subject, as a self-contained SVG.
type Picture struct {
	SVG   string // markup built here with every text escaped
	Nodes int
	Edges int
}

// picture collects what to draw: the subject, its ties (ring 1) and their ties (ring 2).
type picture struct {
	me     graphdb.EntityRef
	nodes  []graphdb.EntityRef
	ring   map[string]int
	parent map[string]string
	edges  []*Tie
	drawn  map[string]bool
}

func newPicture(me graphdb.EntityRef) *picture {
	return &picture{me: me, nodes: []graphdb.EntityRef{me}, ring: map[string]int{me.ID: 0},
		parent: map[string]string{}, drawn: map[string]bool{}}
}

func (p *picture) has(id string) bool { _, ok := p.ring[id]; return ok }

func (p *picture) full() bool { return len(p.nodes) >= maxPictureNodes }

// add draws one of the subject's own ties while the drawing has room; it reports whether
// the tie is drawn.
func (p *picture) add(other graphdb.EntityRef, t *Tie) bool {
	if !p.has(other.ID) {
		if p.full() {
			return false
		}
		p.nodes = append(p.nodes, other)
		p.ring[other.ID] = 1
		p.parent[other.ID] = p.me.ID
	}
	if !p.drawn[t.Key] {
		p.drawn[t.Key] = true
		p.edges = append(p.edges, t)
	}
	return true
}

// addEdge draws a tie of a ring-1 entity; it reports whether the tie is new to the drawing.
func (p *picture) addEdge(from, other graphdb.EntityRef, t *Tie) bool {
	if p.drawn[t.Key] {
		return false
	}
	if !p.has(other.ID) {
		if p.full() {
			return false
		}
		p.nodes = append(p.nodes, other)
		p.ring[other.ID] = 2
		p.parent[other.ID] = from.ID
	}
	p.drawn[t.Key] = true
	p.edges = append(p.edges, t)
	return true
}

type point struct{ x, y float64 }

const (
	svgW, svgH = 780.0, 560.0
	legendH    = 58.0
)

// layout places the nodes on rings around the subject, deterministically: ring 1 sorted by
// type and name, evenly spaced; each ring-2 node near its ring-1 parent.
func (p *picture) layout() Picture {
	pal := DefaultPalette()
	cx, cy := svgW/2, (svgH-legendH)/2-6
	// Rings are ellipses that fill the drawing: one ring reaches out, two share the room.
	h := svgH - legendH
	r1x, r1y, r2x, r2y := 0.25*svgW, 0.27*h, 0.42*svgW, 0.40*h
	if !slices.ContainsFunc(p.nodes, func(n graphdb.EntityRef) bool { return p.ring[n.ID] == 2 }) {
		r1x, r1y = 0.36*svgW, 0.36*h
	}
	pos := map[string]point{p.me.ID: {cx, cy}}
	typeOrder := func(t string) int {
		return slices.IndexFunc(pal.Types, func(s TypeStyle) bool { return s.Type == t })
	}
	byTypeName := func(a, b graphdb.EntityRef) int {
		if c := typeOrder(a.Type) - typeOrder(b.Type); c != 0 {
			return c
		}
		return strings.Compare(a.Name+a.ID, b.Name+b.ID)
	}
	var ring1 []graphdb.EntityRef
	children := map[string][]graphdb.EntityRef{}
	for _, n := range p.nodes {
		switch p.ring[n.ID] {
		case 1:
			ring1 = append(ring1, n)
		case 2:
			children[p.parent[n.ID]] = append(children[p.parent[n.ID]], n)
		}
	}
	slices.SortFunc(ring1, byTypeName)
	angle := map[string]float64{}
	// Entities with children get a wider slice so their second ring spreads out.
	weight := func(n graphdb.EntityRef) float64 { return 1 + 0.8*float64(len(children[n.ID])) }
	total := 0.0
	for _, n := range ring1 {
		total += weight(n)
	}
	a := -math.Pi / 2
	for _, n := range ring1 {
		w := weight(n) / total * 2 * math.Pi
		mid := a + w/2
		angle[n.ID] = mid
		pos[n.ID] = point{cx + r1x*math.Cos(mid), cy + r1y*math.Sin(mid)}
		kids := children[n.ID]
		slices.SortFunc(kids, byTypeName)
		for i, k := range kids {
			// Children fan out around their parent's direction, no wider than its slice.
			step := min(w/float64(len(kids)), 0.5)
			ka := mid + (float64(i)-float64(len(kids)-1)/2)*step
			pos[k.ID] = point{cx + r2x*math.Cos(ka), cy + r2y*math.Sin(ka)}
		}
		a += w
	}

	var b strings.Builder
	fmt.Fprintf(&b, `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 %.0f %.0f" width="100%%" role="img" aria-label="%s" class="network">`,
		svgW, svgH, esc("Network of "+p.me.Name))
	b.WriteString(`<defs>`)
	for _, g := range pal.Grades {
		fmt.Fprintf(&b, `<marker id="arrow-%s" viewBox="0 0 10 10" refX="10" refY="5" markerUnits="userSpaceOnUse" markerWidth="9" markerHeight="9" orient="auto-start-reverse"><path d="M0,0 L10,5 L0,10 z" fill="%s"/></marker>`,
			g.Grade, g.Color)
	}
	b.WriteString(`</defs>`)
	fmt.Fprintf(&b, `<rect x="0" y="0" width="%.0f" height="%.0f" fill="#ffffff"/>`, svgW, svgH)
	radius := func(id string) float64 {
		if id == p.me.ID {
			return 17
		}
		return 11
	}
	// Ties between the same two entities are drawn side by side, not on top of each other.
	pairKey := func(t *Tie) string {
		if t.Subject.ID < t.Object.ID {
			return t.Subject.ID + "\x00" + t.Object.ID
		}
		return t.Object.ID + "\x00" + t.Subject.ID
	}
	pairs := map[string]int{}
	for _, t := range p.edges {
		pairs[pairKey(t)]++
	}
	nth := map[string]int{}
	for _, t := range p.edges {
		from, ok1 := pos[t.Subject.ID]
		to, ok2 := pos[t.Object.ID]
		if !ok1 || !ok2 {
			continue
		}
		dx, dy := to.x-from.x, to.y-from.y
		d := math.Hypot(dx, dy)
		if d < 1 {
			continue
		}
		k := pairKey(t)
		off := (float64(nth[k]) - float64(pairs[k]-1)/2) * 9
		nth[k]++
		// The perpendicular of the pair's canonical direction, so both directions agree.
		px, py := -dy/d, dx/d
		if t.Subject.ID > t.Object.ID {
			px, py = -px, -py
		}
		rs, ro := radius(t.Subject.ID)+2, radius(t.Object.ID)+3
		x1, y1 := from.x+dx/d*rs+px*off, from.y+dy/d*rs+py*off
		x2, y2 := to.x-dx/d*ro+px*off, to.y-dy/d*ro+py*off
		gs := pal.gradeStyle(t.Grade)
		dash := ""
		if gs.Dash != "" {
			dash = fmt.Sprintf(` stroke-dasharray="%s"`, gs.Dash)
		}
		marker := ""
		if !model.Symmetric(t.Predicate) {
			marker = fmt.Sprintf(` marker-end="url(#arrow-%s)"`, gs.Grade)
		}
		fmt.Fprintf(&b, `<line x1="%.1f" y1="%.1f" x2="%.1f" y2="%.1f" stroke="%s" stroke-width="%.1f"%s%s><title>%s</title></line>`,
			x1, y1, x2, y2, gs.Color, gs.Width, dash, marker, esc(t.Subject.Name+" "+t.Predicate+" "+t.Object.Name+" ("+t.Grade+")"))
		mx, my := (x1+x2)/2, (y1+y2)/2
		label := strings.ToLower(strings.ReplaceAll(t.Predicate, "_", " "))
		fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" font-size="8" text-anchor="middle" fill="%s" stroke="#ffffff" stroke-width="2.5" paint-order="stroke">%s</text>`,
			mx, my-2, gs.Color, esc(label))
		if t.Contested() {
			fmt.Fprintf(&b, `<circle cx="%.1f" cy="%.1f" r="5" fill="#b71c1c"/><text x="%.1f" y="%.1f" font-size="8" font-weight="bold" text-anchor="middle" fill="#ffffff">!</text>`,
				mx, my+7, mx, my+10)
		}
	}
	for _, n := range p.nodes {
		pt := pos[n.ID]
		ts := pal.typeStyle(n.Type)
		r := radius(n.ID)
		stroke, sw := ts.Border, 1.2
		if n.ID == p.me.ID {
			stroke, sw = "#111111", 2.5
		}
		b.WriteString(shape(ts.Shape, pt, r, ts.Fill, stroke, sw, n.Name+" ("+n.Type+")"))
		lines := wrapLabel(n.Name, 22, 2)
		ly := pt.y + r + 11
		anchor := "middle"
		if n.ID == p.me.ID {
			ly = pt.y + r + 13
		}
		weight := "normal"
		if n.ID == p.me.ID {
			weight = "bold"
		}
		for i, l := range lines {
			fmt.Fprintf(&b, `<text x="%.1f" y="%.1f" font-size="%d" font-weight="%s" text-anchor="%s" fill="#111111" stroke="#ffffff" stroke-width="3" paint-order="stroke">%s</text>`,
				pt.x, ly+float64(i)*11, labelSize(n.ID == p.me.ID), weight, anchor, esc(l))
		}
	}
	// Legend: shapes by type, lines by grade, the contested mark.
	ly := svgH - legendH + 14
	fmt.Fprintf(&b, `<line x1="10" y1="%.0f" x2="%.0f" y2="%.0f" stroke="#dddddd"/>`, ly-10, svgW-10, ly-10)
	x := 16.0
	for _, ts := range pal.Types {
		b.WriteString(shape(ts.Shape, point{x + 6, ly + 4}, 6, ts.Fill, ts.Border, 1, ts.Type))
		fmt.Fprintf(&b, `<text x="%.0f" y="%.0f" font-size="10" fill="#333333">%s</text>`, x+16, ly+8, esc(ts.Type))
		x += 30 + 6.2*float64(len(ts.Type))
	}
	x = 16
	ly += 22
	for _, g := range pal.Grades {
		if g.Grade == model.CoMentioned {
			continue // never drawn as a tie
		}
		dash := ""
		if g.Dash != "" {
			dash = fmt.Sprintf(` stroke-dasharray="%s"`, g.Dash)
		}
		fmt.Fprintf(&b, `<line x1="%.0f" y1="%.0f" x2="%.0f" y2="%.0f" stroke="%s" stroke-width="%.1f"%s/>`, x, ly+4, x+30, ly+4, g.Color, g.Width, dash)
		fmt.Fprintf(&b, `<text x="%.0f" y="%.0f" font-size="10" fill="#333333">%s</text>`, x+36, ly+8, esc(g.Grade))
		x += 50 + 6.2*float64(len(g.Grade))
	}
	fmt.Fprintf(&b, `<circle cx="%.0f" cy="%.0f" r="5" fill="#b71c1c"/><text x="%.0f" y="%.0f" font-size="8" font-weight="bold" text-anchor="middle" fill="#ffffff">!</text>`, x+5, ly+4, x+5, ly+7)
	fmt.Fprintf(&b, `<text x="%.0f" y="%.0f" font-size="10" fill="#333333">contested by a denial</text>`, x+15, ly+8)
	fmt.Fprintf(&b, `<text x="%.0f" y="%.0f" font-size="10" fill="#333333" text-anchor="end">arrow: subject → object</text>`, svgW-14, ly+8)
	b.WriteString(`</svg>`)
	return Picture{SVG: b.String(), Nodes: len(p.nodes), Edges: len(p.edges)}
}

func labelSize(me bool) int {
	if me {
		return 12
	}
	return 10
}

// shape draws one node marker with a tooltip.
func shape(kind string, c point, r float64, fill, stroke string, sw float64, title string) string {
	var el string
	switch kind {
	case "square":
		el = fmt.Sprintf(`<rect x="%.1f" y="%.1f" width="%.1f" height="%.1f" rx="2"`, c.x-r*0.9, c.y-r*0.9, r*1.8, r*1.8)
	case "diamond":
		el = fmt.Sprintf(`<polygon points="%.1f,%.1f %.1f,%.1f %.1f,%.1f %.1f,%.1f"`, c.x, c.y-r*1.15, c.x+r*1.15, c.y, c.x, c.y+r*1.15, c.x-r*1.15, c.y)
	case "triangle":
		el = fmt.Sprintf(`<polygon points="%.1f,%.1f %.1f,%.1f %.1f,%.1f"`, c.x, c.y-r*1.1, c.x+r, c.y+r*0.75, c.x-r, c.y+r*0.75)
	case "hexagon":
		var pts []string
		for i := 0; i < 6; i++ {
			a := math.Pi/6 + float64(i)*math.Pi/3
			pts = append(pts, fmt.Sprintf("%.1f,%.1f", c.x+r*1.05*math.Cos(a), c.y+r*1.05*math.Sin(a)))
		}
		el = `<polygon points="` + strings.Join(pts, " ") + `"`
	default:
		el = fmt.Sprintf(`<circle cx="%.1f" cy="%.1f" r="%.1f"`, c.x, c.y, r)
	}
	return fmt.Sprintf(`%s fill="%s" stroke="%s" stroke-width="%.1f"><title>%s</title></%s>`, el, fill, stroke, sw, esc(title), tagOf(el))
}

func tagOf(el string) string {
	tag, _, _ := strings.Cut(strings.TrimPrefix(el, "<"), " ")
	return tag
}

// wrapLabel breaks a name into at most n lines of about width characters, the last one
// ending in an ellipsis when the name is longer.
func wrapLabel(s string, width, n int) []string {
	words := strings.Fields(oneLine(s, 200))
	var lines []string
	cur := ""
	for _, w := range words {
		if cur == "" {
			cur = w
			continue
		}
		if len([]rune(cur))+1+len([]rune(w)) <= width {
			cur += " " + w
			continue
		}
		lines = append(lines, cur)
		cur = w
		if len(lines) == n {
			lines[n-1] = strings.TrimSuffix(truncRunes(lines[n-1], width), "…") + "…"
			return lines
		}
	}
	if cur != "" {
		lines = append(lines, truncRunes(cur, width+4))
	}
	return lines
}

func truncRunes(s string, n int) string {
	r := []rune(s)
	if len(r) <= n {
		return s
	}
	return string(r[:n-1]) + "…"
}

// esc escapes text for SVG (XML) content and attribute values.
func esc(s string) string { return html.EscapeString(oneLine(s, 500)) }
