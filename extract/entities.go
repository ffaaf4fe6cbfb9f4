package extract

import (
	"crypto/sha256"
	"encoding/hex"
	"sort"
	"strings"
	"unicode"

	"github.com/scamgraph/scamgraph/internal/entitymatch"
	"github.com/scamgraph/scamgraph/model"
)

// docEntity gathers the mentions of one entity inside a document.
type docEntity struct {
	name     string
	typ      string
	gaz      int
	key      string
	votes    map[string]float64
	forms    map[string]bool
	aliases  []string
	cands    []int
	conf     float64
	initials string
	// folded forms of name, for matching short mentions
	nkey, core string
	parts      []string
	// nicks are forms a "(everyone calls him" bracket gave: never the main name.
	nicks map[string]bool
}

// Analyze finds the entities and relations of d.Text and stores them in d. It is the text half
// of the pipeline, shared by articles and posts.
func (x *Extractor) Analyze(d *model.Document) {
	x.analyze(d, outletNames(d), "")
}

// analyze is Analyze with the names the page gives its own outlet (publisher, site name).
// pageTitle is the page's <title> when it is not the document's title (pageMeta.PageTitle).
func (x *Extractor) analyze(d *model.Document, outlets []string, pageTitle string) {
	d.Entities, d.Relations = nil, nil
	if d.Text == "" {
		return
	}
	g := x.Gazetteer()
	toks := tokenize(d.Text)
	sents := splitSentences(d.Text, toks)
	var cands []candidate
	for si, st := range sents {
		cs := x.recognise(g, d.Text, si, st)
		for i := range cs {
			trimPeriod(&cs[i])
		}
		cands = append(cands, sortCandidates(cs)...)
	}
	cands = addLeadingForms(d.Text, sents, cands) // leading_forms.go
	markOutlets(outlets, sents, cands)
	cands = addOutletMentions(outlets, sents, d.Text, cands) // outlet.go
	ents := resolveEntities(g, d.Text, sents, cands)
	cands, ents = bindDefinedTerms(d.Text, sents, cands, ents) // defined_terms.go
	official := officialKind(d, pageTitle)
	d.Entities = make([]model.Entity, 0, len(ents))
	ids := make([]string, len(ents))
	for i, e := range ents {
		ent := model.Entity{ID: model.EntityID(e.typ, e.name), Name: e.name, Type: e.typ, Aliases: e.aliases}
		// A person named in capitals (court papers) is shown as a name is written; the
		// capitals stay an alias.
		if e.typ == model.Person && e.gaz < 0 {
			if r := readableName(e.name); r != e.name {
				ent.Name = r
				ent.Aliases = append([]string{e.name}, ent.Aliases...)
			}
		}
		if e.typ == model.Person {
			if plain := withoutNickname(ent.Name); plain != "" {
				ent.Aliases = append(ent.Aliases, plain) // "Ernesto Villareal" for Ernesto "Totoy" Villareal
			}
		}
		if e.typ == model.Organization {
			ent.Sector = entitySector(e, cands)
		}
		for _, ci := range e.cands {
			c := cands[ci]
			ent.Mentions = append(ent.Mentions, model.Mention{Start: c.s, End: c.e, Text: c.text})
		}
		sort.Slice(ent.Mentions, func(a, b int) bool { return ent.Mentions[a].Start < ent.Mentions[b].Start })
		ent.Aliases = append(ent.Aliases, courtesyForms(d.Text, ent)...) // "Mr. Somchai Rattanawong"
		ent.Aliases = append(ent.Aliases, courtDistrictForms(d.Text, cands, ent)...)
		ent.Aliases = writtenForms(d.Text, ent, ent.Aliases)
		if ent.Aliases == nil {
			ent.Aliases = []string{}
		}
		ids[i] = ent.ID
		d.Entities = append(d.Entities, ent)
	}
	inheritParentSectors(d.Text, cands, d.Entities)
	qualifyGenericBodies(d, ids)
	d.Relations = x.relations(d.Text, sents, cands, ents, ids, official, chargingDocument(d, official))
	// Claims of a forum's users are alleged (grade_posts.go).
	gradeForumThread(d)
	d.Entities = append(d.Entities, courtBranchSeats(g, d.Text, d.Entities)...) // court_branch_seats.go
}

// qualifyGenericBodies gives a body that every country has, written bare ("the Ministry of
// Foreign Affairs"), the country of the document when the document names exactly one, and
// otherwise an id of its own document: two countries' ministries are never one node.
func qualifyGenericBodies(d *model.Document, ids []string) {
	countries := map[string]bool{}
	for _, e := range d.Entities {
		if e.Type == model.Location {
			if c := model.CountryOf(e.Name); c != "" {
				countries[c] = true
			}
		}
	}
	country := ""
	if len(countries) == 1 {
		for c := range countries {
			country = c
		}
	}
	for i := range d.Entities {
		e := &d.Entities[i]
		if e.Type != model.Organization || !entitymatch.GenericBody(e.Name) {
			continue
		}
		bare := strings.TrimPrefix(strings.TrimPrefix(e.Name, "the "), "The ")
		if country != "" {
			qualified := bare + " of " + country
			e.Aliases = addAliases(e.Aliases, qualified, e.Name)
			e.Name, e.ID, e.Country = qualified, model.EntityID(model.Organization, qualified), country
		} else {
			sum := sha256.Sum256([]byte(d.URL))
			e.ID = model.EntityID(model.Organization, e.Name) + "-" + hex.EncodeToString(sum[:4])
		}
		ids[i] = e.ID
	}
}

// resolveEntities groups candidates into entities: gazetteer names by entry, others by folded
// name; then short forms ("Chen", "Prince", "KNU", "陈志") join the fuller name they stand for.
// Candidates that resolve to nothing and carry no cue of their own are dropped.
func resolveEntities(g *Gazetteer, text string, sents []sentence, cands []candidate) []*docEntity {
	var ents []*docEntity
	byKey := map[string]int{}
	get := func(key string) *docEntity {
		if i, ok := byKey[key]; ok {
			return ents[i]
		}
		e := &docEntity{key: key, gaz: -1, votes: map[string]float64{}, forms: map[string]bool{}}
		byKey[key] = len(ents)
		ents = append(ents, e)
		return e
	}
	for i := range cands {
		cands[i].ent = -1
	}
	titledPeople := map[string]bool{}
	for _, c := range cands {
		if c.typ == model.Person && c.gaz < 0 && (c.conf >= 0.85 || personAside(text, c.e)) {
			// A titled name, or one the text goes on to call a person ("Ouk Sophal, who").
			titledPeople[foldName(c.text, c.typ)] = true
		}
	}
	// Pass 1: names that stand on their own.
	for i, c := range cands {
		if c.weak {
			continue
		}
		var key string
		if c.gaz >= 0 {
			key = "gaz:" + itoa(c.gaz)
		} else {
			key = "name:" + foldName(c.text, c.typ)
			if c.typ == model.Company && titledPeople[foldName(c.text, c.typ)] && foldName(c.text, c.typ) != NameKey(c.text) {
				// "Tep Sokheng Group" beside "Oknha Tep Sokheng": the firm folds to the name
				// of the titled person it is named after, and is not that person.
				key = "firm:" + foldName(c.text, c.typ)
			}
			if siteOfFirmName(cands, c) || siteNamedLikeFirm(text, cands, c) { // site_firm_pairs.go
				key = "site:" + foldName(c.text, c.typ) // weak_short_forms.go
			}
		}
		e := get(key)
		e.gaz = c.gaz
		e.votes[c.typ] += c.conf
		e.cands = append(e.cands, i)
		cands[i].ent = byKey[key]
	}
	joinCountryQualifiedBodies(g, text, cands, ents)
	// Bracketed aliases: "Karen National Union (KNU)", "Chen Zhi (陈志)".
	for i, c := range cands {
		if i == 0 {
			continue
		}
		prev := cands[i-1]
		if cands[i].ent >= 0 && !(c.gaz < 0 && (isAcronym(c.text) || isHanName(c.text))) && !definesListedAcronym(prev, c) {
			continue
		}
		if prev.ent < 0 || prev.sent != c.sent {
			continue
		}
		between := strings.TrimSpace(text[prev.e:c.s])
		if between == "(" || between == "（" || between == "," && isHanName(c.text) {
			if cands[i].ent >= 0 {
				// Move it from its own (unknown) entity to the bracketed one.
				old := ents[cands[i].ent]
				old.cands = removeInt(old.cands, i)
			}
			cands[i].ent = prev.ent
			ents[prev.ent].cands = append(ents[prev.ent].cands, i)
			ents[prev.ent].forms[c.text] = true
		}
	}
	// Settle types and names so short forms can be matched.
	for _, e := range ents {
		settle(g, text, cands, e)
	}
	// Pass 2: short forms join the nearest earlier (else later) fuller entity.
	shortOf := map[string]int{}
	var lowered map[string]bool
	var repeats []int        // weak mentions joined to a one-word name standing on its own
	movedTo := map[int]int{} // a one-word name's entity -> where its standing mentions went
	for i, c := range cands {
		// An acronym that stands on its own ("the CIDG") still joins the fuller name it
		// abbreviates, however often it is written.
		if cands[i].ent >= 0 && !(c.gaz < 0 && len(strings.Fields(c.text)) == 1 && (len(ents[cands[i].ent].cands) <= 3 || isAcronym(c.text))) {
			continue
		}
		target := -1
		if cands[i].ent < 0 {
			// A weak repeat of a name that stands elsewhere in the document ("LuBian, a
			// bitcoin mining business" ... "LuBian was controlled by") is that entity.
			target = sameNameEntity(ents, c.text)
			if target >= 0 && ents[target].gaz < 0 && len(ents[target].parts) == 1 {
				repeats = append(repeats, i)
			}
			if target >= 0 && isAcronym(c.text) && ents[target].gaz < 0 && len(ents[target].parts) == 1 {
				// "KPA soldiers" ... "the KPA said": the standing repeat is itself a short
				// form, about to join the name it abbreviates; the weak one joins that name
				// too, or it is left behind on an entity the repeat has deserted.
				if t := shortFormTarget(text, ents, cands, i); t >= 0 {
					target = t
				}
			}
		}
		if target < 0 {
			target = shortFormTarget(text, ents, cands, i)
			if target < 0 {
				target = capitalsSurnameTarget(ents, cands, i) // capital_short_forms.go
			}
			if target < 0 {
				if lowered == nil {
					lowered = loweredWords(sents)
				}
				target = siteShortTarget(text, ents, cands, i, lowered) // site_short_forms.go
			}
			target = kinShortForm(text, ents, cands, i, target)     // kin_short_forms.go
			target = sameShortForm(ents, cands, i, target, shortOf) // short_forms.go
		}
		if target < 0 {
			continue
		}
		if cands[i].ent >= 0 {
			if cands[i].ent == target {
				continue
			}
			old := ents[cands[i].ent]
			if old.gaz >= 0 || len(strings.Fields(old.name)) > 1 {
				continue
			}
			old.cands = removeInt(old.cands, i)
			noteMove(movedTo, cands[i].ent, target)
		}
		cands[i].ent = target
		ents[target].cands = append(ents[target].cands, i)
	}
	followDesertedRepeats(text, ents, cands, repeats, movedTo) // short_repeats.go
	// "the Lucky Sun executive" after "Lucky Sun Gaming Solutions Inc.": a name only its shape
	// called a person that begins a firm's, site's or body's longer name is its short form.
	joinPrefixShortForms(text, cands, ents)
	joinFirmShortForms(text, cands, ents) // firm_short_forms.go
	joinPlaceShortForms(text, cands, ents)
	joinLeadingForms(text, sents, cands, ents) // leading_forms.go
	joinWeakShortForms(text, cands, ents)      // weak_short_forms.go
	joinBodyShortForms(cands, ents)            // body_short_forms.go
	joinHeadShortForms(text, cands, ents)      // head_short_forms.go
	joinPrefixedUnits(cands, ents)             // prefixed_units.go
	// A firm's full name parted from a place-shaped short form (firm_place_split.go).
	ents = splitFirmFromPlaceForms(g, text, cands, ents)
	// "ALICE LEAL GUO, also known as GUO HUA PING": one person under two names.
	joinAlsoKnownAs(text, sents, cands, ents) // also_known_as.go
	// Keep entities with mentions; weak ones need a standing (non-weak, or several) mention.
	var out []*docEntity
	remap := make([]int, len(ents))
	for k, e := range ents {
		remap[k] = -1
		if len(e.cands) == 0 {
			continue
		}
		settle(g, text, cands, e)
		if e.typ == "" {
			continue
		}
		remap[k] = len(out)
		out = append(out, e)
	}
	for i := range cands {
		if cands[i].ent >= 0 {
			cands[i].ent = remap[cands[i].ent]
		}
	}
	for _, e := range out {
		sort.Ints(e.cands)
	}
	return out
}

// settle picks an entity's type (by confidence-weighted vote), canonical name and aliases.
func settle(g *Gazetteer, text string, cands []candidate, e *docEntity) {
	e.typ, e.conf = "", 0
	for _, t := range model.EntityTypes {
		if v := e.votes[t]; v > e.conf {
			e.typ, e.conf = t, v
		}
	}
	if t := cueOverShape(cands, e); t != "" {
		e.typ = t // "Fortune Bay Group" ... "Fortune Bay" ... "Fortune Bay's page"
	}
	if e.typ == model.Person && e.gaz < 0 && placeOverShape(cands, e) {
		e.typ = model.Location // "the edge of Mong La" ... "Mong La is controlled by"
	}
	for _, ci := range e.cands {
		// A type the writer states outright ("X, a scam compound on the river") decides,
		// however many mentions elsewhere only the name's shape typed.
		if c := cands[ci]; c.conf >= statedType && c.gaz < 0 && e.gaz < 0 {
			e.typ = c.typ
			break
		}
	}
	seen := map[string]bool{}
	var forms []string
	for _, ci := range e.cands {
		if f := cands[ci].text; !seen[f] {
			seen[f] = true
			forms = append(forms, f)
		}
	}
	for f := range e.forms {
		if !seen[f] {
			seen[f] = true
			forms = append(forms, f)
		}
	}
	sort.Strings(forms)
	if e.gaz >= 0 {
		ge := g.entry(e.gaz)
		e.name, e.typ = ge.Name, ge.Type
		e.aliases = e.aliases[:0]
		for _, f := range forms {
			if f != e.name {
				e.aliases = append(e.aliases, f)
			}
		}
		for _, a := range ge.Aliases {
			if !seen[a] && a != e.name && len(e.aliases) < 24 {
				seen[a] = true
				e.aliases = append(e.aliases, a)
			}
		}
	} else {
		// The longest form written in Latin letters names it; Han forms are aliases.
		e.name = ""
		for _, f := range forms {
			if isHanName(f) && e.name != "" || e.nicks[f] && len(e.nicks) < len(forms) {
				continue
			}
			if e.name == "" || isHanName(e.name) && !isHanName(f) || !isHanName(f) && len(f) > len(e.name) {
				e.name = f
			}
		}
		e.aliases = e.aliases[:0]
		for _, f := range forms {
			if f != e.name {
				e.aliases = append(e.aliases, f)
			}
		}
		// A lone weak word (an unknown capitalised word) is not an entity.
		strong := false
		for _, ci := range e.cands {
			if !cands[ci].weak || e.votes[e.typ] >= 1.0 {
				strong = true
			}
		}
		if !strong && len(e.forms) == 0 {
			e.typ = ""
		}
	}
	tidyNames(e)
	e.initials = initials(e.name)
	e.nkey = NameKey(e.name)
	e.core = foldName(e.name, model.Company)
	e.parts = strings.Fields(e.nkey)
}

// tidyNames trims stray punctuation and unbalanced brackets from the name and aliases and
// drops aliases that then repeat the name or each other.
func tidyNames(e *docEntity) {
	if c := cleanName(e.name); c != "" {
		e.name = c
	}
	seen := map[string]bool{e.name: true}
	out := e.aliases[:0]
	for _, a := range e.aliases {
		a = cleanName(a)
		if a == "" || seen[a] {
			continue
		}
		seen[a] = true
		out = append(out, a)
	}
	e.aliases = out
}

// sameNameEntity returns the typed entity whose name folds to the same key as text, or -1.
func sameNameEntity(ents []*docEntity, text string) int {
	k := NameKey(text)
	for i, e := range ents {
		if e.typ != "" && e.nkey == k && len(e.cands) > 0 {
			return i
		}
	}
	return -1
}

// shortFormTarget finds the entity a short mention stands for: a surname or given name of a
// person, the distinctive word of a company, or an acronym of a name's initials.
func shortFormTarget(text string, ents []*docEntity, cands []candidate, i int) int {
	c := cands[i]
	word := NameKey(c.text)
	if word == "" {
		return -1
	}
	acronym, han := isAcronym(c.text), isHanName(c.text)
	oneWord := !strings.Contains(word, " ")
	if !oneWord && c.weak {
		if k := hyphenTarget(text, ents, cands, c, word); k >= 0 {
			return k // "Dizon-Ocampo" after "Rosalinda Dizon-Ocampo" (short_repeats.go)
		}
	}
	folded := ""
	best, bestDist := -1, 1<<30
	for k, e := range ents {
		if e.typ == "" || k == c.ent || e.name == c.text {
			continue
		}
		match := false
		switch {
		case acronym:
			// The initials, or a form the text gave in brackets ("Anti-Scam Response Unit
			// (ASRU)").
			match = len(c.text) >= 2 && (e.initials == strings.ReplaceAll(c.text, ".", "") || e.forms[c.text])
		case han:
			match = false
		case e.typ == model.Person:
			if (c.typ == model.Person || c.weak) && len(e.parts) > 1 && oneWord && len(word) > 1 {
				for _, p := range e.parts {
					if p == word {
						match = true
					}
				}
			}
		case e.typ == model.Company || e.typ == model.Compound || e.typ == model.Organization:
			if c.typ == model.Person && (c.conf >= 0.85 || personAside(text, c.e)) {
				// "Oknha Tep Sokheng" beside "Tep Sokheng Group": a titled person is the
				// owner the group is named after, not a short form of it; so is a name the
				// text goes on to call a person ("Ouk Sophal, who denies ...").
				break
			}
			if e.core != "" && e.core != e.nkey {
				if folded == "" {
					folded = foldName(c.text, model.Company)
				}
				match = folded == e.core
			}
			if !match && oneWord && e.typ == model.Company && e.core == word {
				match = true
			}
		}
		if !match {
			continue
		}
		// Nearest mention of the candidate entity, preferring earlier ones.
		for _, ci := range e.cands {
			if cands[ci].weak && ci != i {
				continue
			}
			d := c.s - cands[ci].s
			if d < 0 {
				d = -d + 1<<20
			}
			if d < bestDist {
				best, bestDist = k, d
			}
		}
	}
	return best
}

// foldName keys an unknown name; company names lose their legal forms so that "Prince
// Holding Group Co., Ltd." and "Prince Group" meet.
func foldName(name, typ string) string {
	k := NameKey(name)
	if typ != model.Company {
		return k
	}
	var keep []string
	for _, w := range strings.Fields(k) {
		if !legalForms[w] {
			keep = append(keep, w)
		}
	}
	if len(keep) == 0 {
		return k
	}
	return strings.Join(keep, " ")
}

// initials of a multi-word name, skipping particles: "Karen National Union" -> "KNU".
func initials(name string) string {
	f := strings.Fields(name)
	if len(f) < 2 {
		return ""
	}
	var b strings.Builder
	for _, w := range f {
		if nameParticles[strings.ToLower(w)] {
			continue
		}
		for _, r := range w {
			if unicode.IsLetter(r) || unicode.IsDigit(r) {
				b.WriteRune(unicode.ToUpper(r))
				break
			}
		}
	}
	return b.String()
}

func removeInt(xs []int, v int) []int {
	out := xs[:0]
	for _, x := range xs {
		if x != v {
			out = append(out, x)
		}
	}
	return out
}

func itoa(i int) string {
	if i == 0 {
		return "0"
	}
	var b [20]byte
	n := len(b)
	neg := i < 0
	if neg {
		i = -i
	}
	for i > 0 {
		n--
		b[n] = byte('0' + i%10)
		i /= 10
	}
	if neg {
		n--
		b[n] = '-'
	}
	return string(b[n:])
}

// trimPeriod drops a sentence's final period from a mention unless the name needs it
// ("Co., Ltd.", "L.Y.P.", "U.S.").
func trimPeriod(c *candidate) {
	if !strings.HasSuffix(c.text, ".") || c.e-c.s < 2 {
		return
	}
	w := c.text[strings.LastIndexAny(c.text, " ")+1:]
	low := strings.ToLower(strings.TrimSuffix(w, "."))
	if isLegalForm(low) || strings.Contains(low, ".") || len(low) == 1 || low == "jr" || low == "sr" {
		return
	}
	c.text = c.text[:len(c.text)-1]
	c.e--
}

// joinPrefixShortForms moves the mentions of an unlisted two- or three-word "person", typed
// by its shape alone, into the one company, compound or body of the document whose name
// begins with the same words and is longer. A possessive after the name ("Pacific Zenith's
// shares") raised its confidence but says nothing of what it is, so it still counts as shape.
func joinPrefixShortForms(text string, cands []candidate, ents []*docEntity) {
	joinPersonPrefixes(cands, ents, func(c candidate) bool {
		possessive := c.conf <= 0.75 && (strings.HasPrefix(text[c.e:], "'s") || strings.HasPrefix(text[c.e:], "’s"))
		return c.conf <= 0.6 || possessive
	}, func(f *docEntity, n int) bool {
		return (f.typ == model.Company || f.typ == model.Compound || f.typ == model.Organization) && len(strings.Fields(f.nkey)) > n
	})
}

// entitySector is an organization's sector: its name's, else the one a mention's description
// gives ("the rights group Licadho"), else an alias's ("FATF" for "Financial Action Task
// Force").
func entitySector(e *docEntity, cands []candidate) string {
	if s := sectorOf(e.name); s != "" {
		return s
	}
	for _, ci := range e.cands {
		if s := cands[ci].sector; s != "" {
			return s
		}
	}
	for _, a := range e.aliases {
		if s := sectorOf(a); s != "" {
			return s
		}
	}
	return ""
}

// soleLongerForm returns the one entity other than ents[k], with mentions and accepted by ok,
// whose name begins with all of ents[k]'s words and goes on; -1 when none or several do (two
// longer names leave a short form unread).
func soleLongerForm(ents []*docEntity, k int, ok func(*docEntity) bool) int {
	target := -1
	for t, f := range ents {
		if t == k || len(f.cands) == 0 || !strings.HasPrefix(f.nkey, ents[k].nkey+" ") || !ok(f) {
			continue
		}
		if target >= 0 {
			return -1
		}
		target = t
	}
	return target
}

// moveMentions gives every mention of ents[from] to ents[into], leaving from without any.
func moveMentions(cands []candidate, ents []*docEntity, from, into int) {
	for _, ci := range ents[from].cands {
		cands[ci].ent = into
		ents[into].cands = append(ents[into].cands, ci)
	}
	ents[from].cands = nil
}
