package extract

import (
	"fmt"
	"net/url"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/scamgraph/scamgraph/internal/entitymatch"
	"github.com/scamgraph/scamgraph/internal/formats"
	"github.com/scamgraph/scamgraph/internal/lexicon"
	"github.com/scamgraph/scamgraph/internal/sources"
	"github.com/scamgraph/scamgraph/internal/sources/ofac"
	"github.com/scamgraph/scamgraph/internal/sources/opensanctions"
	"github.com/scamgraph/scamgraph/internal/sources/uksanctions"
	"github.com/scamgraph/scamgraph/model"
)

// sanctionsAuthority is the body that maintains a list; listed parties are SANCTIONED_BY it.
// Each is one node: its canonical name is unique to its country ("Department of Foreign
// Affairs and Trade" exists in Australia and in Ireland, so the name carries the country).
type sanctionsAuthority struct {
	Name    string
	Aliases []string
	// Mention is the short form written into document text.
	Mention string
	// Country is where the body sits.
	Country string
}

var (
	authorityOFAC = sanctionsAuthority{"Office of Foreign Assets Control", []string{"OFAC", "US Treasury OFAC",
		"U.S. Department of the Treasury, Office of Foreign Assets Control", "Treasury's Office of Foreign Assets Control"}, "OFAC", "United States"}
	authorityFCDO = sanctionsAuthority{"Foreign, Commonwealth and Development Office", []string{"FCDO", "UK FCDO",
		"UK Foreign, Commonwealth and Development Office", "Foreign Office"}, "FCDO", "United Kingdom"}
)

// officialDatasets maps OpenSanctions datasets that republish an official sanctions list to
// the authority behind the list. Links and designations from other datasets are graded
// "reported".
var officialDatasets = map[string]sanctionsAuthority{
	"us_ofac_sdn":             authorityOFAC,
	"us_ofac_cons":            authorityOFAC,
	"gb_fcdo_sanctions":       authorityFCDO,
	"gb_hmt_sanctions":        {"Office of Financial Sanctions Implementation", []string{"OFSI", "HM Treasury OFSI"}, "OFSI", "United Kingdom"},
	"eu_fsf":                  {"Council of the European Union", []string{"EU Council"}, "Council of the European Union", "European Union"},
	"un_sc_sanctions":         {"United Nations Security Council", []string{"UNSC", "UN Security Council"}, "UNSC", ""},
	"au_dfat_sanctions":       {"Department of Foreign Affairs and Trade (Australia)", []string{"DFAT", "Australian DFAT", "Department of Foreign Affairs and Trade"}, "DFAT", "Australia"},
	"ch_seco_sanctions":       {"State Secretariat for Economic Affairs (Switzerland)", []string{"SECO", "State Secretariat for Economic Affairs"}, "SECO", "Switzerland"},
	"ca_dfatd_sema_sanctions": {"Global Affairs Canada", []string{"GAC"}, "Global Affairs Canada", "Canada"},
	"eu_journal_sanctions":    {"Council of the European Union", []string{"EU Council"}, "Council of the European Union", "European Union"},
	"ua_nsdc_sanctions":       {"National Security and Defense Council of Ukraine", []string{"NSDC", "NSDC of Ukraine"}, "NSDC", "Ukraine"},
	"jp_mof_sanctions":        {"Ministry of Finance of Japan", []string{"Japan MOF", "Japanese Ministry of Finance"}, "Ministry of Finance of Japan", "Japan"},
	"nz_russia_sanctions":     {"Ministry of Foreign Affairs and Trade of New Zealand", []string{"New Zealand MFAT"}, "MFAT", "New Zealand"},
	"fr_tresor_gels_avoir":    {"Direction générale du Trésor (France)", []string{"French Treasury", "Direction générale du Trésor"}, "French Treasury", "France"},
	"be_fod_sanctions":        {"Federal Public Service Finance of Belgium", []string{"FPS Finance"}, "FPS Finance", "Belgium"},
	"mc_fund_freezes":         {"Direction du Budget et du Trésor of Monaco", []string{"Monaco Treasury"}, "Monaco Treasury", "Monaco"},
}

// knownAuthority returns the authority a written name ("OFAC", "Office of Foreign Assets
// Control") stands for, so that a Sanction record naming it joins the one node. Names that
// exist in many countries match only with their country.
func knownAuthority(written string) (sanctionsAuthority, bool) {
	w := strings.ToLower(strings.Join(strings.Fields(written), " "))
	if w == "" {
		return sanctionsAuthority{}, false
	}
	for _, a := range officialDatasets {
		if strings.ToLower(a.Name) == w || strings.ToLower(a.Mention) == w {
			return a, true
		}
		for _, al := range a.Aliases {
			if strings.ToLower(al) == w && al != "Department of Foreign Affairs and Trade" && al != "State Secretariat for Economic Affairs" &&
				al != "Direction générale du Trésor" {
				return a, true
			}
		}
	}
	return sanctionsAuthority{}, false
}

// SanctionsDocuments turns a sanctions list into one document per listed party (vessels and
// aircraft, which the graph does not model, are left out). Each document's text renders the
// entry as the list states it; its entities are the party (with aliases and identifiers, crypto
// wallets included), the sanctioning authority and, for companies and organisations, the
// countries of their listed addresses; its relations are graded "official".
// ok is false when the page is no sanctions list.
//
// Listed names written in capitals are made readable ("KAREN NATIONAL ARMY" becomes "Karen
// National Army"); the list's own spelling stays an alias. An Extractor also gives a name
// its gazetteer knows the gazetteer's canonical name and type.
func SanctionsDocuments(p Page) (docs []model.Document, ok bool, err error) {
	return sanctionsDocuments(p, readableParty)
}

// partyNamer returns the type and canonical name of a listed party, from the type the list
// implies, the name as listed and the party's other listed names.
type partyNamer func(typ, listed string, aliases []string) (string, string)

// readableParty keeps the list's type and makes the listed name readable.
func readableParty(typ, listed string, _ []string) (string, string) {
	return typ, readableName(listed)
}

// sanctionsDocuments reads the entries of the list kind (internal/sources/ofac, internal/sources/uksanctions,
// internal/sources/opensanctions) that p is, or reports ok false. The kind parses the list (or the
// crawler did, p.Parsed); what its entries say becomes documents here, by the entries' type.
func sanctionsDocuments(p Page, name partyNamer) (docs []model.Document, ok bool, err error) {
	k := kindOf(p, sources.List)
	if k == nil {
		return nil, false, nil
	}
	parsed, err := parsedBy(k, p)
	if err != nil {
		return nil, true, err
	}
	switch list := parsed.Records.(type) {
	case *ofac.List:
		docs, err = ofacDocuments(p, list, parsed.Kind, name)
	case *uksanctions.List:
		docs, err = ukDocuments(p, list, parsed.Kind, name)
	case []opensanctions.Entity:
		docs, err = openSanctionsDocuments(p, list, parsed.Skipped, parsed.Kind, name)
	default:
		return nil, true, fmt.Errorf("%s: the extractor has no reader for entries of type %T", parsed.Kind, parsed.Records)
	}
	if err != nil {
		return nil, true, err
	}
	return docs, true, nil
}

// SanctionsKind names the sanctions list format of a page ("ofac", "uksanctions",
// "opensanctions") or "". A configured kind wins; otherwise the root element or the first
// JSON line decides, then the file name.
func SanctionsKind(p Page) string {
	if k := kindOf(p, sources.List); k != nil {
		return k.Spec().Name
	}
	return ""
}

// entryDoc assembles one list entry's text paragraph by paragraph, then its entities'
// mentions, so that every offset points into the final text.
type entryDoc struct {
	b    strings.Builder
	ents []*sanctionsEntity
	rels []model.Relation
	byID map[string]*sanctionsEntity
}

type sanctionsEntity struct {
	model.Entity
	forms []string // surface forms to look for in the text
}

func newEntryDoc() *entryDoc { return &entryDoc{byID: map[string]*sanctionsEntity{}} }

// para appends a paragraph and returns it as written ("" when empty).
func (d *entryDoc) para(s string) string {
	s = strings.TrimSpace(s)
	if s == "" {
		return ""
	}
	if d.b.Len() > 0 {
		d.b.WriteString("\n\n")
	}
	d.b.WriteString(s)
	return s
}

// entity adds (or merges into) an entity; forms are the written forms to find in the text.
func (d *entryDoc) entity(typ, name string, aliases []string, forms ...string) *sanctionsEntity {
	if c := cleanName(name); c != "" {
		name = c
	}
	id := model.EntityID(typ, name)
	if e, ok := d.byID[id]; ok {
		e.Aliases = addAliases(e.Aliases, e.Name, aliases...)
		e.forms = append(e.forms, forms...)
		return e
	}
	e := &sanctionsEntity{Entity: model.Entity{ID: id, Name: name, Type: typ, Aliases: addAliases(nil, name, aliases...)}}
	e.forms = append([]string{name}, forms...)
	e.forms = append(e.forms, aliases...)
	d.byID[id] = e
	d.ents = append(d.ents, e)
	return e
}

// place adds a country or other place named in the list, under the name the namer gives it
// ("Burma" is Myanmar); the list's own word stays an alias and a mention form.
func (d *entryDoc) place(name partyNamer, listed string) *sanctionsEntity {
	_, canonical := name(model.Location, listed, nil)
	return d.entity(model.Location, canonical, []string{listed}, listed)
}

func (d *entryDoc) relate(subject *sanctionsEntity, predicate string, object *sanctionsEntity, grade, quote string) {
	if subject == nil || object == nil || subject.ID == object.ID || quote == "" {
		return
	}
	conf := 1.0
	if grade != model.Official {
		conf = 0.8
	}
	// A link the vocabulary has no predicate for between these types (OFAC's "Linked To"
	// from a person to a company) is kept as a co-mention, never forced into a typed edge.
	if !typed(predicate, subject.Type, object.Type, object.Name) {
		predicate, grade, conf = model.MentionedWith, model.CoMentioned, 0.3
	}
	d.rels = append(d.rels, model.Relation{Subject: subject.ID, Predicate: predicate, Object: object.ID, Grade: grade, Quote: quote, Confidence: conf})
}

func (d *entryDoc) document(p Page, url, title, kind, author string, published *time.Time) model.Document {
	text := d.b.String()
	doc := model.Document{
		Source:    p.Source,
		URL:       url,
		Title:     title,
		Published: published,
		Language:  "en",
		Text:      text,
		Entities:  []model.Entity{},
		Relations: d.rels,
		Author:    author,
		Kind:      kind,
		Capture:   p.Capture,
	}
	if doc.Relations == nil {
		doc.Relations = []model.Relation{}
	}
	for _, e := range d.ents {
		e.Mentions = findMentions(text, e.forms)
		if e.Mentions == nil {
			e.Mentions = []model.Mention{}
		}
		if e.Aliases == nil {
			e.Aliases = []string{}
		}
		doc.Entities = append(doc.Entities, e.Entity)
	}
	return doc
}

// findMentions locates every whole-word occurrence of the forms, longest form first at a
// given position, without overlaps.
func findMentions(text string, forms []string) []model.Mention {
	uniq := map[string]bool{}
	var fs []string
	for _, f := range forms {
		f = strings.TrimSpace(f)
		if utf8.RuneCountInString(f) < 2 || uniq[f] {
			continue
		}
		uniq[f] = true
		fs = append(fs, f)
	}
	sort.Slice(fs, func(i, j int) bool { return len(fs[i]) > len(fs[j]) })
	var out []model.Mention
	taken := func(s, e int) bool {
		for _, m := range out {
			if s < m.End && m.Start < e {
				return true
			}
		}
		return false
	}
	for _, f := range fs {
		for from := 0; from < len(text); {
			i := strings.Index(text[from:], f)
			if i < 0 {
				break
			}
			s, e := from+i, from+i+len(f)
			from = e
			if !wordEdge(text, s, e) || taken(s, e) {
				continue
			}
			out = append(out, model.Mention{Start: s, End: e, Text: text[s:e]})
		}
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Start < out[j].Start })
	return out
}

// wordEdge reports whether text[s:e] is not glued to letters or digits on either side.
func wordEdge(text string, s, e int) bool {
	if s > 0 {
		r, _ := utf8.DecodeLastRuneInString(text[:s])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	if e < len(text) {
		r, _ := utf8.DecodeRuneInString(text[e:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			return false
		}
	}
	return true
}

// addAliases appends names not yet present and different from name. Aliases differing only
// in case count as one, except that a list's capitalised spelling of the name itself ("PRINCE
// HOLDING GROUP" beside "Prince Holding Group") is kept, as the list wrote it.
func addAliases(list []string, name string, more ...string) []string {
	seen := map[string]bool{}
	for _, a := range list {
		seen[strings.ToLower(a)] = true
	}
	for _, a := range more {
		a = cleanName(a)
		if a == "" || a == name || seen[strings.ToLower(a)] || strings.EqualFold(a, name) && !shoutedName(a) {
			continue
		}
		seen[strings.ToLower(a)] = true
		list = append(list, a)
	}
	return list
}

// shoutedName reports a name with letters and no lower-case letter.
func shoutedName(s string) bool {
	upper := false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		upper = upper || unicode.IsUpper(r)
	}
	return upper
}

// companyForms are words that mark a registered business in a listed name.
var companyForms = lexicon.ListedCompanyWords()

// siteEnds end the name of a site: a listed "O'SMACH RESORT" or "GOLDEN SUN SKY CASINO AND
// HOTEL" is the compound news text names the same way.
var siteEnds = lexicon.SiteEnds()

// partyType types a listed organisation the way the text extractor types the same name: a
// Compound when it ends like a site (resort, casino, hotel, park, zone, "Entertainment City")
// and carries no legal form, a Company when it carries a company form, an Organization
// otherwise (armed groups, associations, state bodies).
func partyType(name string) string {
	words := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool {
		return unicode.IsSpace(r) || r == ',' || r == '(' || r == ')' || r == '"'
	})
	for i := range words {
		words[i] = strings.Trim(words[i], ".")
	}
	company := false
	for _, w := range words {
		company = company || companyForms[w]
	}
	if n := len(words); n > 1 && !company && (siteEnds[words[n-1]] || words[n-1] == "city" && words[n-2] == "entertainment") {
		return model.Compound
	}
	if company {
		return model.Company
	}
	return model.Organization
}

// pseudoIDTypes are idList entries of SDN.XML that carry listing facts, not identifiers.
var pseudoIDPrefixes = []string{"gender", "secondary sanctions risk", "additional sanctions information",
	"organization established date", "organization type", "transactions prohibited", "target type",
	"effective date", "listing date", "executive order", "vessel"}

func isPseudoID(typ string) bool {
	t := strings.ToLower(typ)
	for _, p := range pseudoIDPrefixes {
		if strings.HasPrefix(t, p) {
			return true
		}
	}
	return false
}

// ofacList is the OFAC list an entry is on. SDN.XML and the consolidated (non-SDN) list
// share one format and root element, so the list is read from the file's address and from
// the entries themselves: only non-SDN lists carry "Not on the SDN List" notes, sectoral
// directive determinations or the non-SDN programs.
type ofacList struct {
	name  string // "Specially Designated Nationals and Blocked Persons List (SDN)", ...
	short string // "SDN", "SSI", "non-SDN" ...
	sdn   bool
}

var (
	ofacSDN          = ofacList{"Specially Designated Nationals and Blocked Persons List (SDN List)", "SDN", true}
	ofacConsolidated = ofacList{"Consolidated Sanctions List (non-SDN lists)", "non-SDN", false}
	ofacUnnamed      = ofacList{"sanctions list", "list", false}
)

// ofacNonSDNPrograms are programs whose entries are on a non-SDN list, with the list's name.
var ofacNonSDNPrograms = []struct {
	prefix string
	list   ofacList
}{
	{"FSE-", ofacList{"Foreign Sanctions Evaders List (FSE List, non-SDN)", "FSE", false}},
	{"NS-PLC", ofacList{"Non-SDN Palestinian Legislative Council List (NS-PLC List)", "NS-PLC", false}},
	{"561LIST", ofacList{"Part 561 List (non-SDN)", "Part 561", false}},
	{"CAPTA", ofacList{"Correspondent Account or Payable-Through Account Sanctions List (CAPTA List, non-SDN)", "CAPTA", false}},
	{"NS-ISA", ofacList{"Non-SDN Iran Sanctions Act List (NS-ISA List)", "NS-ISA", false}},
	{"NS-MBS", ofacList{"Non-SDN Menu-Based Sanctions List (NS-MBS List)", "NS-MBS", false}},
	{"NS-CMIC", ofacList{"Non-SDN Chinese Military-Industrial Complex Companies List (NS-CMIC List)", "NS-CMIC", false}},
}

var ofacSSI = ofacList{"Sectoral Sanctions Identifications List (SSI List, non-SDN)", "SSI", false}

// entryList names the list of one entry in a file of list file.
func (file ofacList) entryList(e ofac.Entry) ofacList {
	for _, id := range e.IDs {
		t, v := strings.ToLower(id.Type), strings.ToLower(id.Number)
		if strings.Contains(t, "directive determination") {
			return ofacSSI
		}
		if strings.Contains(v, "not on the sdn list") {
			if strings.Contains(v, "13599") {
				return ofacList{"Executive Order 13599 List (non-SDN)", "E.O. 13599", false}
			}
			return ofacConsolidated
		}
	}
	for _, prog := range e.Programs {
		for _, np := range ofacNonSDNPrograms {
			if strings.HasPrefix(strings.ToUpper(prog), np.prefix) {
				return np.list
			}
		}
	}
	return file
}

// ofacFileList names the list a whole file is: from its address, else from its entries
// (one entry marked non-SDN makes the file the consolidated list: SDN.XML has none).
func ofacFileList(listURL string, entries []ofac.Entry) ofacList {
	u := strings.ToLower(listURL)
	if i := strings.IndexAny(u, "?#"); i >= 0 {
		u = u[:i]
	}
	switch {
	case strings.Contains(u, "consolidated") || strings.Contains(u, "cons_") || strings.Contains(u, "/cons."):
		return ofacConsolidated
	case strings.HasSuffix(u, "/sdn.xml") || strings.Contains(u, "sdn_"):
		return ofacSDN
	}
	for _, e := range entries {
		if !ofacUnnamed.entryList(e).sdn && ofacUnnamed.entryList(e) != ofacUnnamed {
			return ofacConsolidated
		}
	}
	return ofacUnnamed
}

func ofacDocuments(p Page, list *ofac.List, kind string, name partyNamer) ([]model.Document, error) {
	published := ""
	if list.PublishDate != nil {
		published = list.PublishDate.Format("2006-01-02")
	}
	file := ofacFileList(p.URL, list.Entries)
	docs := make([]model.Document, 0, len(list.Entries))
	for _, e := range list.Entries {
		var typ string
		switch strings.ToLower(e.SDNType) {
		case "individual":
			typ = model.Person
		case "entity":
			typ = partyType(e.Name())
		default:
			continue // vessels and aircraft
		}
		d := newEntryDoc()
		individual := typ == model.Person
		listed := e.ListedName()
		el := file.entryList(e)
		head := fmt.Sprintf("OFAC %s entry %d: %s (%s)", el.name, e.UID, listed, e.SDNType)
		if len(e.Programs) > 0 {
			head += " [" + strings.Join(e.Programs, "] [") + "]"
		}
		head += "."
		if file != ofacUnnamed && file != el {
			head += " Published in OFAC's " + file.name + "."
		}
		if published != "" {
			head += " List published " + published + "."
		}
		quote := d.para(head)

		var akaParts, aliases, forms []string
		forms = append(forms, listed)
		if individual {
			aliases = append(aliases, listed, westernOrder(e.FirstName, e.LastName))
		}
		for _, a := range e.AKAs {
			s := a.Type + " " + a.ListedName()
			if a.Category != "" {
				s += " (" + a.Category + ")"
			}
			akaParts = append(akaParts, strings.TrimSpace(s))
			aliases = append(aliases, a.Name(individual), a.ListedName())
			if individual {
				aliases = append(aliases, westernOrder(a.FirstName, a.LastName))
			}
			forms = append(forms, a.ListedName())
		}
		d.para(strings.Join(akaParts, "; "))

		var facts []string
		if e.Title != "" {
			facts = append(facts, "Title "+e.Title)
		}
		for _, v := range e.DatesOfBirth {
			facts = append(facts, "DOB "+v)
		}
		for _, v := range e.PlacesOfBirth {
			facts = append(facts, "POB "+v)
		}
		for _, v := range e.Nationalities {
			facts = append(facts, "nationality "+v)
		}
		for _, v := range e.Citizenships {
			facts = append(facts, "citizen "+v)
		}
		if len(facts) > 0 {
			d.para(strings.Join(facts, "; ") + ".")
		}

		var ids []model.Identifier
		var idParts []string
		for _, id := range e.IDs {
			part := id.Type + " " + id.Number
			if id.Country != "" {
				part += " (" + id.Country + ")"
			}
			idParts = append(idParts, part)
			switch {
			case id.CryptoScheme() != "":
				ids = append(ids, model.Identifier{Scheme: id.CryptoScheme(), Value: id.Number})
			case isPseudoID(id.Type):
			default:
				// Listing notes and links ("For more information, please see: ...pdf") are
				// kept in the text, never as identifiers.
				if _, ok := entitymatch.ClassifyIdentifier(id.Type, id.Number, id.Country); ok {
					ids = append(ids, model.Identifier{Scheme: id.Type, Value: id.Number, Country: id.Country})
				}
			}
		}
		if len(idParts) > 0 {
			d.para(strings.Join(idParts, "; ") + ".")
		}
		// OFAC uids are one number space across its lists.
		ids = append([]model.Identifier{{Scheme: "OFAC UID", Value: strconv.Itoa(e.UID)}}, ids...)

		ptyp, pname := name(typ, e.Name(), aliases)
		party := d.entity(ptyp, pname, append(aliases, e.Name()), forms...)
		party.Identifiers = ids
		authority := d.entity(model.Organization, authorityOFAC.Name, authorityOFAC.Aliases, authorityOFAC.Mention)
		authority.Country = authorityOFAC.Country
		d.relate(party, model.SanctionedBy, authority, model.Official, quote)

		for _, a := range e.Addresses {
			line := d.para("Address: " + a.String() + ".")
			if !individual && a.Country != "" {
				place := d.place(name, a.Country)
				d.relate(party, model.LocatedIn, place, model.Official, line)
			}
		}
		if e.Remarks != "" {
			d.para("Remarks: " + e.Remarks)
		}
		docs = append(docs, d.document(p, entryURL(p.URL, strconv.Itoa(e.UID)), "OFAC "+el.short+": "+pname, kind, authorityOFAC.Name, list.PublishDate))
	}
	return docs, nil
}

// westernOrder writes given name(s) before the family name ("Zhi Chen"), the order news
// text in English often uses for the same person.
func westernOrder(given, family string) string {
	given, family = strings.TrimSpace(given), strings.TrimSpace(family)
	if given == "" || family == "" {
		return ""
	}
	return given + " " + formats.SoftenCaps(family)
}

func entryURL(listURL, id string) string {
	base, _, _ := strings.Cut(listURL, "#")
	return base + "#" + url.PathEscape(id)
}

func ukDocuments(p Page, list *uksanctions.List, kind string, name partyNamer) ([]model.Document, error) {
	docs := make([]model.Document, 0, len(list.Designations))
	for _, des := range list.Designations {
		var typ string
		primary := des.PrimaryName()
		switch strings.ToLower(des.EntityType) {
		case "individual":
			typ = model.Person
		case "entity":
			typ = partyType(primary)
		default:
			continue // ships
		}
		individual := typ == model.Person
		d := newEntryDoc()
		head := "UK Sanctions List (" + authorityFCDO.Mention + ") designation " + des.UniqueID
		if des.RegimeName != "" {
			head += ", regime " + des.RegimeName
		}
		if des.DateDesignated != nil {
			head += ", designated " + des.DateDesignated.Format("2006-01-02")
		}
		head += ": " + primary + " (" + des.EntityType + ")."
		if len(des.Sanctions) > 0 {
			head += " Sanctions imposed: " + strings.Join(des.Sanctions, "; ") + "."
		}
		quote := d.para(head)

		canonical := primary
		var aliases, forms, others []string
		forms = append(forms, primary)
		for _, n := range des.Names {
			if individual && n.Family != "" {
				family := formats.SoftenCaps(n.Family)
				familyFirst := strings.TrimSpace(family + " " + n.Given)
				if n.Full == primary && canonical == primary {
					canonical = familyFirst // same order as OFAC's list: "Chen Zhi"
				}
				aliases = append(aliases, familyFirst, strings.TrimSpace(n.Given+" "+family))
			}
			aliases = append(aliases, n.Full)
			forms = append(forms, n.Full)
			if n.Full != primary {
				others = append(others, n.Full+" ("+n.Type+")")
			}
		}
		aliases = append(aliases, des.NonLatinNames...)
		forms = append(forms, des.NonLatinNames...)
		if len(others) > 0 {
			d.para("Also listed as: " + strings.Join(others, "; ") + ".")
		}
		if len(des.NonLatinNames) > 0 {
			d.para("Non-Latin script: " + strings.Join(des.NonLatinNames, "; ") + ".")
		}
		var facts []string
		for _, v := range des.DatesOfBirth {
			facts = append(facts, "DOB "+v)
		}
		if len(des.Nationalities) > 0 {
			facts = append(facts, "nationality "+strings.Join(des.Nationalities, ", "))
		}
		for _, v := range des.Positions {
			facts = append(facts, "position "+v)
		}
		if len(des.Titles) > 0 {
			facts = append(facts, "title "+strings.Join(des.Titles, ", "))
		}
		for _, v := range des.PlacesOfBirth {
			facts = append(facts, "born in "+v)
		}
		if len(facts) > 0 {
			d.para(strings.Join(facts, "; ") + ".")
		}
		ids := []model.Identifier{{Scheme: "UK Sanctions List ID", Value: des.UniqueID}}
		var docFacts []string
		for _, pp := range des.Passports {
			ids = append(ids, model.Identifier{Scheme: "Passport", Value: pp.Number})
			docFacts = append(docFacts, strings.TrimSpace("passport "+pp.Number+" "+parenthesised(pp.Note)))
		}
		for _, n := range des.NationalIDs {
			ids = append(ids, model.Identifier{Scheme: "National ID", Value: n.Number})
			docFacts = append(docFacts, strings.TrimSpace("national identity number "+n.Number+" "+parenthesised(n.Note)))
		}
		if len(des.Phones) > 0 {
			docFacts = append(docFacts, "phone "+strings.Join(des.Phones, ", "))
		}
		if len(des.Emails) > 0 {
			docFacts = append(docFacts, "email "+strings.Join(des.Emails, ", "))
		}
		if len(des.Websites) > 0 {
			docFacts = append(docFacts, "website "+strings.Join(des.Websites, ", "))
		}
		if len(docFacts) > 0 {
			d.para(strings.Join(docFacts, "; ") + ".")
		}
		if des.UNReferenceNumber != "" {
			ids = append(ids, model.Identifier{Scheme: "UN Reference Number", Value: des.UNReferenceNumber})
		}
		for _, r := range des.RegistrationNumbers {
			ids = append(ids, model.Identifier{Scheme: "Business Registration Number", Value: r})
		}
		if len(des.RegistrationNumbers) > 0 {
			d.para("Business registration number " + strings.Join(des.RegistrationNumbers, "; ") + ".")
		}

		typ, canonical = name(typ, canonical, aliases)
		party := d.entity(typ, canonical, append(aliases, primary), forms...)
		party.Identifiers = ids
		authority := d.entity(model.Organization, authorityFCDO.Name, authorityFCDO.Aliases, authorityFCDO.Mention)
		authority.Country = authorityFCDO.Country
		d.relate(party, model.SanctionedBy, authority, model.Official, quote)

		if len(des.Addresses) > 0 {
			line := d.para("Address: " + strings.Join(des.Addresses, "; ") + ".")
			if !individual {
				for _, c := range des.AddressCountries {
					d.relate(party, model.LocatedIn, d.place(name, c), model.Official, line)
				}
			}
		}
		// The list's own parent and subsidiary fields: parent OWNS child.
		for _, parent := range des.ParentCompanies {
			line := d.para("Parent company: " + parent + ".")
			ptyp, pname := name(partyType(parent), parent, nil)
			d.relate(d.entity(ptyp, pname, []string{parent}, parent), model.Owns, party, model.Official, line)
		}
		for _, sub := range des.Subsidiaries {
			line := d.para("Subsidiary: " + sub + ".")
			styp, sname := name(partyType(sub), sub, nil)
			d.relate(party, model.Owns, d.entity(styp, sname, []string{sub}, sub), model.Official, line)
		}
		if des.OtherInformation != "" {
			d.para("Other information: " + des.OtherInformation)
		}
		if des.UKStatementOfReasons != "" {
			d.para("Statement of reasons: " + des.UKStatementOfReasons)
		}
		published := des.DateDesignated
		if published == nil {
			published = list.DateGenerated
		}
		docs = append(docs, d.document(p, entryURL(p.URL, des.UniqueID), "UK Sanctions List: "+canonical, kind, authorityFCDO.Name, published))
	}
	return docs, nil
}

// FtM schemata that are listed parties, and the entity type they map to ("" = by name).
var ftmPartySchemata = map[string]string{"Person": model.Person, "Company": model.Company, "Organization": "",
	"LegalEntity": "", "PublicBody": model.Organization}

// ftmLink describes an FtM relationship schema: which properties hold the two ends, the
// predicate, and how the record reads in text.
type ftmLink struct {
	subject, object, predicate, verb, roleProp string
}

var ftmLinks = map[string]ftmLink{
	"Ownership":    {"owner", "asset", model.Owns, "owns", "role"},
	"Directorship": {"director", "organization", model.Directs, "directs", "role"},
	"Family":       {"person", "relative", model.FamilyOf, "is family of", "relationship"},
	"Associate":    {"person", "associate", model.AssociateOf, "is an associate of", "relationship"},
	// An untyped link says only that the two are connected: a co-mention, never a typed
	// edge.
	"UnknownLink": {"subject", "object", model.MentionedWith, "is linked to", "role"},
	"Employment":  {"employee", "employer", model.EmployedBy, "is employed by", "role"},
	"Membership":  {"member", "organization", model.MemberOf, "is a member of", "role"},
}

// ftmIDProps are identifier properties, their scheme names and, for schemes of one country,
// that country.
var ftmIDProps = []struct{ prop, scheme, country string }{
	{"registrationNumber", "Registration Number", ""}, {"idNumber", "National ID", ""}, {"passportNumber", "Passport", ""},
	{"taxNumber", "Tax Number", ""}, {"leiCode", "LEI", ""}, {"swiftBic", "SWIFT/BIC", ""}, {"innCode", "INN", "RU"},
	{"ogrnCode", "OGRN", "RU"}, {"kppCode", "KPP", "RU"}, {"vatCode", "VAT", ""}, {"imoNumber", "IMO", ""},
	{"mmsi", "MMSI", ""}, {"wikidataId", "Wikidata QID", ""}, {"permId", "PermID", ""}, {"uniqueEntityId", "SAM UEI", "US"},
}

// ftmIdentifiers returns every identifier an FtM entity carries: its registry numbers (with
// the jurisdiction when the entity names one country), its OpenSanctions id and referents
// (the source records it was merged from), and its Wikidata id. Ids minted by scamgraph's
// own export are not identifiers.
func ftmIdentifiers(e *opensanctions.Entity) []model.Identifier {
	var ids []model.Identifier
	country := e.First("jurisdiction")
	if cs := e.Properties["country"]; country == "" && len(cs) == 1 {
		country = cs[0]
	}
	for _, ip := range ftmIDProps {
		for _, v := range e.Properties[ip.prop] {
			c := sources.FirstOf(ip.country, country)
			if ip.prop == "passportNumber" || ip.prop == "wikidataId" || ip.prop == "leiCode" || ip.prop == "imoNumber" {
				c = ""
			}
			ids = append(ids, model.Identifier{Scheme: ip.scheme, Value: v, Country: strings.ToUpper(c)})
		}
	}
	osID := func(id string) {
		switch {
		case id == "" || strings.HasPrefix(id, "sg-"):
		case isQID(id):
			ids = append(ids, model.Identifier{Scheme: model.SchemeWikidata, Value: id})
		default:
			ids = append(ids, model.Identifier{Scheme: model.SchemeOpenSanctions, Value: id})
		}
	}
	osID(e.ID)
	for _, r := range e.Referents {
		osID(r)
	}
	// One of each value: an idNumber and an innCode often repeat the same number.
	var out []model.Identifier
	for _, id := range ids {
		if !slices.ContainsFunc(out, func(o model.Identifier) bool { return o.Scheme == id.Scheme && o.Value == id.Value }) {
			out = append(out, id)
		}
	}
	return out
}

// isQID reports a Wikidata item id ("Q7747").
func isQID(s string) bool {
	if len(s) < 2 || len(s) > 12 || s[0] != 'Q' {
		return false
	}
	for _, r := range s[1:] {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func openSanctionsDocuments(p Page, entities []opensanctions.Entity, skipped []error, kind string, namer partyNamer) ([]model.Document, error) {
	var all []opensanctions.Entity
	for _, e := range entities {
		if e.Op == "DEL" {
			// A delta's deletion: the entity left the dataset; it yields no designation.
			continue
		}
		all = append(all, e)
		all = append(all, flattenNested(e.Nested, 0)...)
	}
	if len(all) == 0 && len(skipped) > 0 {
		return nil, fmt.Errorf("no FollowTheMoney entities: %w", skipped[0])
	}
	byID := make(map[string]*opensanctions.Entity, len(all))
	anyTarget := false
	for i := range all {
		e := &all[i]
		if _, dup := byID[e.ID]; !dup {
			byID[e.ID] = e
		}
		anyTarget = anyTarget || e.Target
	}
	// Index the records that hang off a party.
	wallets := map[string][]*opensanctions.Entity{}
	sanctions := map[string][]*opensanctions.Entity{}
	links := map[string][]*opensanctions.Entity{}
	for i := range all {
		e := &all[i]
		switch e.Schema {
		case "CryptoWallet":
			for _, h := range e.Properties["holder"] {
				wallets[h] = append(wallets[h], e)
			}
		case "Sanction":
			for _, h := range e.Properties["entity"] {
				sanctions[h] = append(sanctions[h], e)
			}
		default:
			if l, ok := ftmLinks[e.Schema]; ok {
				for _, s := range e.Properties[l.subject] {
					links[s] = append(links[s], e)
				}
			}
		}
	}
	isParty := func(e *opensanctions.Entity) bool {
		_, ok := ftmPartySchemata[e.Schema]
		return ok && (!anyTarget || e.Target)
	}
	var docs []model.Document
	for i := range all {
		e := &all[i]
		if byID[e.ID] != e || !isParty(e) {
			continue
		}
		name := ftmName(e)
		if name == "" {
			continue
		}
		typ := ftmType(e, name)
		d := newEntryDoc()
		d.para(fmt.Sprintf("OpenSanctions entity %s (%s), datasets %s: %s.", e.ID, e.Schema, strings.Join(e.Datasets, ", "), name))

		var aliases []string
		for _, prop := range []string{"name", "alias", "weakAlias", "previousName"} {
			aliases = append(aliases, e.Properties[prop]...)
		}
		aliases = addAliases(nil, name, aliases...)
		if len(aliases) > 0 {
			d.para("Other names: " + strings.Join(aliases, "; ") + ".")
		}
		ids := ftmIdentifiers(e)
		var idParts []string
		for _, id := range ids {
			part := id.Scheme + " " + id.Value
			if id.Country != "" {
				part += " (" + id.Country + ")"
			}
			idParts = append(idParts, part)
		}
		for _, w := range wallets[e.ID] {
			key := w.First("publicKey")
			if key == "" {
				continue
			}
			cur := strings.ToUpper(w.First("currency"))
			if cur == "" {
				cur = "CRYPTO"
			}
			ids = append(ids, model.Identifier{Scheme: cur, Value: key})
			idParts = append(idParts, "wallet "+cur+" "+key)
		}
		if len(idParts) > 0 {
			d.para(strings.Join(idParts, "; ") + ".")
		}
		var facts []string
		for _, f := range []struct{ prop, label string }{{"birthDate", "born"}, {"birthPlace", "birthplace"},
			{"deathDate", "died"}, {"incorporationDate", "incorporated"}, {"dissolutionDate", "dissolved"},
			{"nationality", "nationality"}, {"citizenship", "citizenship"}, {"country", "country"},
			{"jurisdiction", "jurisdiction"}, {"position", "position"}, {"topics", "topics"}} {
			if vs := e.Properties[f.prop]; len(vs) > 0 {
				facts = append(facts, f.label+" "+strings.Join(vs, ", "))
			}
		}
		if len(facts) > 0 {
			d.para(strings.Join(facts, "; ") + ".")
		}
		if urls := e.Properties["sourceUrl"]; len(urls) > 0 {
			d.para("Source: " + strings.Join(urls, " ; "))
		}
		listed := name
		typ, name = namer(typ, listed, aliases)
		name = keepCaption(e, listed, name)
		party := d.entity(typ, name, append(aliases, listed), listed)
		party.Identifiers = ids

		// Designations: one line per authority, from the Sanction records or the datasets.
		type designation struct {
			auth     sanctionsAuthority
			official bool
			programs []string
			start    string
		}
		var desigs []*designation
		byAuth := map[string]*designation{}
		add := func(a sanctionsAuthority, official bool, programs []string, start string) {
			dz := byAuth[a.Name]
			if dz == nil {
				dz = &designation{auth: a, official: official}
				byAuth[a.Name] = dz
				desigs = append(desigs, dz)
			}
			dz.official = dz.official || official
			dz.programs = addAliases(dz.programs, "", programs...)
			if dz.start == "" || (start != "" && start < dz.start) {
				dz.start = start
			}
		}
		for _, s := range sanctions[e.ID] {
			programs := s.Properties["program"]
			start := sources.FirstOf(s.First("startDate"), s.First("listingDate"))
			found := false
			for _, ds := range s.Datasets {
				if a, ok := officialDatasets[ds]; ok {
					add(a, true, programs, start)
					found = true
				}
			}
			if !found {
				if auth := s.First("authority"); auth != "" {
					// A body the list names ("OFAC") is the known node, but a dataset that
					// is no official list only reports the designation.
					a, ok := knownAuthority(auth)
					if !ok {
						a = sanctionsAuthority{Name: auth, Mention: auth, Country: countryName(s.First("country"))}
					}
					add(a, false, programs, start)
				}
			}
		}
		for _, ds := range e.Datasets {
			if a, ok := officialDatasets[ds]; ok {
				add(a, true, e.Properties["program"], "")
			}
		}
		for _, dz := range desigs {
			line := name + " is listed by " + dz.auth.Name
			switch {
			case dz.auth.Mention != dz.auth.Name && dz.auth.Country != "" && !strings.Contains(dz.auth.Name, dz.auth.Country):
				line += " (" + dz.auth.Mention + ", " + dz.auth.Country + ")"
			case dz.auth.Mention != dz.auth.Name:
				line += " (" + dz.auth.Mention + ")"
			case dz.auth.Country != "" && !strings.Contains(dz.auth.Name, dz.auth.Country):
				line += " (" + dz.auth.Country + ")"
			}
			if len(dz.programs) > 0 {
				line += ", program " + strings.Join(dz.programs, ", ")
			}
			if dz.start != "" {
				line += ", from " + dz.start
			}
			quote := d.para(line + ".")
			grade := model.Reported
			if dz.official {
				grade = model.Official
			}
			authority := d.entity(model.Organization, dz.auth.Name, dz.auth.Aliases, dz.auth.Mention)
			authority.Country = dz.auth.Country
			d.relate(party, model.SanctionedBy, authority, grade, quote)
		}

		// Links to other parties, recorded in the subject's document.
		for _, l := range links[e.ID] {
			spec := ftmLinks[l.Schema]
			for _, objID := range l.Properties[spec.object] {
				obj := byID[objID]
				if obj == nil {
					continue
				}
				if _, ok := ftmPartySchemata[obj.Schema]; !ok {
					continue
				}
				objName := ftmName(obj)
				if objName == "" {
					continue
				}
				line := name + " " + spec.verb + " " + objName
				if role := l.First(spec.roleProp); role != "" {
					line += " (" + role + ")"
				}
				var terms []string
				for _, f := range []struct{ prop, label string }{{"percentage", "share %s%%"}, {"sharesCount", "%s shares"},
					{"startDate", "from %s"}, {"endDate", "until %s"}} {
					if v := l.First(f.prop); v != "" {
						terms = append(terms, fmt.Sprintf(f.label, v))
					}
				}
				if len(terms) > 0 {
					line += ", " + strings.Join(terms, ", ")
				}
				if ended := l.First("endDate"); ended != "" && ended <= time.Now().UTC().Format("2006-01-02") {
					// An ended tie is history: the quote says when it ended.
					line += " (ended)"
				}
				quote := d.para(line + ".")
				otyp, oname := namer(ftmType(obj, objName), objName, nil)
				oname = keepCaption(obj, objName, oname)
				other := d.entity(otyp, oname, []string{objName}, objName)
				// The other end keeps its identifiers, so it can be told from a namesake.
				other.Identifiers = ftmIdentifiers(obj)
				grade := model.Reported
				if allOfficial(l.Datasets) {
					grade = model.Official
				}
				n := len(d.rels)
				d.relate(party, spec.predicate, other, grade, quote)
				if len(d.rels) > n && d.rels[n].Predicate == spec.predicate {
					d.rels[n].Start, d.rels[n].End, d.rels[n].Share = l.First("startDate"), l.First("endDate"), l.First("percentage")
				}
			}
		}

		// Countries of a company's or organisation's addresses.
		if typ != model.Person {
			var addrs []string
			var countries []string
			for _, aid := range e.Properties["addressEntity"] {
				a := byID[aid]
				if a == nil {
					continue
				}
				addrs = append(addrs, sources.FirstOf(a.First("full"), a.Caption))
				for _, c := range a.Properties["country"] {
					if n := countryName(c); n != "" {
						countries = append(countries, n)
					}
				}
			}
			for _, a := range e.Properties["address"] {
				addrs = append(addrs, a)
			}
			addrs = sources.NonEmpty(addrs...)
			countries = addAliases(nil, "", countries...)
			if len(addrs) > 0 || len(countries) > 0 {
				line := "Address: " + strings.Join(addrs, "; ")
				if len(countries) > 0 {
					if len(addrs) > 0 {
						line += "; "
					}
					line += "country " + strings.Join(countries, ", ")
				}
				line = d.para(line + ".")
				grade := model.Reported
				if allOfficial(e.Datasets) {
					grade = model.Official
				}
				for _, c := range countries {
					d.relate(party, model.LocatedIn, d.place(namer, c), grade, line)
				}
			}
		}
		for _, n := range e.Properties["notes"] {
			d.para("Notes: " + n)
		}
		var published *time.Time
		if len(e.FirstSeen) >= 10 {
			if t, err := time.Parse("2006-01-02", e.FirstSeen[:10]); err == nil {
				published = &t
			}
		}
		docs = append(docs, d.document(p, entryURL(p.URL, e.ID), "OpenSanctions: "+name, kind, "OpenSanctions", published))
	}
	return docs, nil
}

func flattenNested(ns []opensanctions.Entity, depth int) []opensanctions.Entity {
	if depth > 8 {
		return nil
	}
	var out []opensanctions.Entity
	for _, n := range ns {
		out = append(out, n)
		out = append(out, flattenNested(n.Nested, depth+1)...)
	}
	return out
}

// ftmName is the display name OpenSanctions chose (the caption), else the first name.
func ftmName(e *opensanctions.Entity) string {
	return strings.Join(strings.Fields(sources.FirstOf(e.Caption, e.First("name"))), " ")
}

// keepCaption keeps a caption as written when the namer only changed its case: "IRGC" stays
// "IRGC". A gazetteer's canonical name still wins.
func keepCaption(e *opensanctions.Entity, listed, named string) string {
	if e.Caption != "" && named != listed && named == readableName(listed) {
		return listed
	}
	return named
}

func ftmType(e *opensanctions.Entity, name string) string {
	if t := ftmPartySchemata[e.Schema]; t != "" {
		return t
	}
	return partyType(name)
}

// allOfficial reports whether every dataset is an official list (and there is at least one).
func allOfficial(datasets []string) bool {
	if len(datasets) == 0 {
		return false
	}
	for _, ds := range datasets {
		if _, ok := officialDatasets[ds]; !ok {
			return false
		}
	}
	return true
}

// countryName turns an ISO 3166 code ("kh") into an English name ("Cambodia"); other values
// pass through unless they are unreadable codes.
func countryName(code string) string {
	code = strings.TrimSpace(code)
	if len(code) != 2 {
		return code
	}
	r, err := language.ParseRegion(code)
	if err != nil {
		return ""
	}
	name := display.English.Regions().Name(r)
	if i := strings.Index(name, " ("); i > 0 {
		name = name[:i] // "Myanmar (Burma)" -> "Myanmar"
	}
	return name
}

// parenthesised wraps a non-empty note in brackets.
func parenthesised(s string) string {
	if s = strings.TrimSpace(s); s == "" {
		return ""
	}
	return "(" + s + ")"
}
