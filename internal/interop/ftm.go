// Package interop moves the graph in and out of the formats other tools read:
// FollowTheMoney JSON lines (Aleph/OpenAleph, OpenSanctions, the ftm command line),
// OpenSanctions statements, GraphML (Gephi, yEd, Cytoscape) and CSV (spreadsheets, pandas, R).
//
// FollowTheMoney mapping, in standard schemata and properties only, one line per id, so that
// `ftm validate` and `ftm aggregate` pass and a round trip through tools that drop unknown
// keys keeps every edge and grade. Entities: Person -> Person, Company -> Company,
// Organization -> Organization, Compound -> RealEstate, Location -> Address. A compound is a
// physical site: RealEstate is FtM's schema for land and buildings and, being an Asset, it
// can be the asset of an Ownership, which is how "X owns KK Park" must read. Merged ids are
// the entity's referents. Every identifier is an Identification held by its entity (scheme
// as type, value as number, ISO country), and also the matching entity property where FtM
// has one (passportNumber, registrationNumber, wikidataId...); crypto wallets are
// CryptoWallet entities. Documents are Article entities with their text (bodyText), address
// (sourceUrl), publishers and capture digest (contentHash); each mention is a Documentation.
// Every evidence record is one interval entity (so each quote keeps its document): OWNS ->
// Ownership, DIRECTS -> Directorship, EMPLOYED_BY -> Employment, MEMBER_OF -> Membership,
// FAMILY_OF -> Family, ASSOCIATE_OF -> Associate, SANCTIONED_BY -> Sanction, the rest (or a
// pair outside the schema's ranges) -> UnknownLink with the predicate as its role. It links
// its document through proof (the Article), sourceUrl, publisher and recordId (the evidence
// id); summary is the quote; status (where the schema has it) is the grade; description
// states the predicate and grade in words and ends with a machine-readable tag,
// "[scamgraph:grade=alleged&predicate=FAMILY_OF&...]", which ImportFtM reads back.
//
// FtM ids allow only [0-9a-zA-Z.-], so scamgraph ids are mapped reversibly ("person:chen-zhi"
// -> "sg-person-chen-zhi", other ids base32-encoded). Lines whose ids do not start with "sg-"
// (an OpenSanctions export) are imported like a crawled OpenSanctions list.
package interop

import (
	"bufio"
	"bytes"
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/base32"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"golang.org/x/text/language"

	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/internal/entitymatch"
	"github.com/scamgraph/scamgraph/model"
)

// Reader is the part of the graph store the exporters read.
type Reader interface {
	ExportEntities(ctx context.Context, scope graphdb.ExportScope, fn func(graphdb.ExportEntity) error) error
	ExportDocuments(ctx context.Context, scope graphdb.ExportScope, fn func(graphdb.ExportDocument) error) error
	ExportEvidence(ctx context.Context, scope graphdb.ExportScope, fn func(graphdb.ExportEvidence) error) error
	ExportEdges(ctx context.Context, scope graphdb.ExportScope, fn func(graphdb.ExportEdge) error) error
}

// Writer is the part of the graph store the importer writes.
type Writer interface {
	Load(ctx context.Context, src graphdb.SourceInfo, docs []model.Document, seen time.Time) (graphdb.LoadStats, error)
	MergeIDs(ctx context.Context, into string, ids []string, reason string) (int, error)
}

// Dataset is the FtM dataset name written on every exported entity.
const Dataset = "scamgraph"

// ftmLine is one FollowTheMoney entity as written and read here: the standard keys only.
type ftmLine struct {
	ID         string              `json:"id"`
	Schema     string              `json:"schema"`
	Properties map[string][]string `json:"properties"`
	Datasets   []string            `json:"datasets,omitempty"`
	Referents  []string            `json:"referents,omitempty"`
	FirstSeen  string              `json:"first_seen,omitempty"`
	LastSeen   string              `json:"last_seen,omitempty"`
}

// extension is what ImportFtM reads back from one exported line.
type extension struct {
	Kind string `json:"kind"` // entity, wallet, document, mention, evidence

	// entity
	ID          string               `json:"id,omitempty"`
	Type        string               `json:"type,omitempty"`
	Name        string               `json:"name,omitempty"`
	Aliases     []string             `json:"aliases,omitempty"`
	Identifiers []graphdb.Identifier `json:"identifiers,omitempty"`
	MergedIDs   []string             `json:"merged_ids,omitempty"`

	// document
	URL        string     `json:"url,omitempty"`
	Title      string     `json:"title,omitempty"`
	Published  *time.Time `json:"published,omitempty"`
	Language   string     `json:"language,omitempty"`
	DocKind    string     `json:"doc_kind,omitempty"`
	Author     string     `json:"author,omitempty"`
	Capture    string     `json:"capture,omitempty"`
	Text       string     `json:"text,omitempty"`
	Source     string     `json:"source,omitempty"`
	Publishers []string   `json:"publishers,omitempty"`
	SourceKind string     `json:"source_kind,omitempty"`
	SourceURL  string     `json:"source_url,omitempty"`

	// mention: Document (URL) names Entity Count times
	Entity string `json:"entity,omitempty"`
	Count  int    `json:"count,omitempty"`

	// evidence
	Evidence    string  `json:"evidence,omitempty"`
	Subject     string  `json:"subject,omitempty"`
	Predicate   string  `json:"predicate,omitempty"`
	Object      string  `json:"object,omitempty"`
	SubjectNode string  `json:"subject_node,omitempty"`
	ObjectNode  string  `json:"object_node,omitempty"`
	Grade       string  `json:"grade,omitempty"`
	Confidence  float64 `json:"confidence,omitempty"`
	Quote       string  `json:"quote,omitempty"`
	Denial      bool    `json:"denial,omitempty"`
	Extractor   string  `json:"extractor,omitempty"`
	Document    string  `json:"document,omitempty"`
	Start       string  `json:"start,omitempty"`
	End         string  `json:"end,omitempty"`
	Share       string  `json:"share,omitempty"`
	Role        string  `json:"role,omitempty"`
	Ended       bool    `json:"ended,omitempty"`

	FirstSeen *time.Time `json:"first_seen,omitempty"`
	LastSeen  *time.Time `json:"last_seen,omitempty"`
}

var ftmSafe = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)

// ftmReferent is an id FtM tools keep as a referent as it is: their id alphabet, no dot (a
// namespace signature to them), at most 200 characters.
var ftmReferent = regexp.MustCompile(`^[0-9a-zA-Z](?:[0-9a-zA-Z-]{0,198}[0-9a-zA-Z])?$`)

// idEncoding writes ids that are not plain slugs in FtM's id alphabet, reversibly.
var idEncoding = base32.NewEncoding("0123456789abcdefghijklmnopqrstuv").WithPadding(base32.NoPadding)

// FtMID maps a scamgraph id to a valid FtM id: "person:chen-zhi" -> "sg-person-chen-zhi";
// other ids are base32-encoded, "sg-person--b<base32>" (no readable id has two hyphens in a
// row, so the forms never collide), or hashed when that would pass FtM's 200 characters. No
// id holds a dot: FtM tools read what follows a dot as a namespace signature and drop it. ParseFtMID
// reverses the first two; entity lines also state the id in their description tag.
func FtMID(id string) string {
	typ, slug, ok := strings.Cut(id, ":")
	if ok && ftmSafe.MatchString(typ) && ftmSafe.MatchString(slug) && len(id) < 200 {
		return "sg-" + typ + "-" + slug
	}
	if !ok || !ftmSafe.MatchString(typ) {
		typ = "x"
	}
	// FtM ids are at most 200 characters; a longer encoding becomes a hash, and the line
	// states the id in its description tag.
	if enc := "sg-" + typ + "--b" + idEncoding.EncodeToString([]byte(id)); len(enc) <= 200 {
		return enc
	}
	return "sg-" + typ + "--h" + shortHash(id)
}

// ParseFtMID returns the scamgraph id an FtM id was made from by FtMID; ok is false for ids
// of other origin and for hashed ids of over-long ids.
func ParseFtMID(ftm string) (string, bool) {
	rest, ok := strings.CutPrefix(ftm, "sg-")
	if !ok {
		return "", false
	}
	if typ, enc, ok := strings.Cut(rest, "--b"); ok && ftmSafe.MatchString(typ) {
		b, err := idEncoding.DecodeString(enc)
		if err != nil || !utf8.Valid(b) {
			return "", false
		}
		return string(b), true
	}
	typ, slug, ok := strings.Cut(rest, "-")
	if !ok || strings.Contains(rest, "--") || !slices.Contains(model.EntityTypes, typeOfPrefix(typ)) {
		return "", false
	}
	return typ + ":" + slug, true
}

// typeOfPrefix is the entity type an id prefix names ("person" -> "Person").
func typeOfPrefix(p string) string {
	for _, t := range model.EntityTypes {
		if strings.ToLower(t) == p {
			return t
		}
	}
	return ""
}

func shortHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:12])
}

// entitySchema is the FtM schema of an entity type.
func entitySchema(typ string) string {
	switch typ {
	case model.Person, model.Company, model.Organization:
		return typ
	case model.Compound:
		return "RealEstate"
	case model.Location:
		return "Address"
	}
	return "LegalEntity"
}

// identifierProp is the FtM property for an identifier of a schema, "" when none fits.
func identifierProp(schema, scheme, value string) string {
	info, ok := entitymatch.ClassifyIdentifier(scheme, value, "")
	if !ok {
		return ""
	}
	legal := schema == "Person" || schema == "Company" || schema == "Organization" || schema == "LegalEntity"
	org := schema == "Company" || schema == "Organization"
	sch := strings.ToLower(scheme)
	switch {
	case info.Class == "passport" && schema == "Person":
		return "passportNumber"
	case info.Class == "wikidata" && schema != "Address":
		return "wikidataId"
	case info.Class == "reg" && strings.Contains(sch, "ogrn") && org:
		return "ogrnCode"
	case info.Class == "tax" && strings.Contains(sch, "inn") && legal:
		return "innCode"
	case info.Class == "okpo" && org:
		return "okpoCode"
	case info.Class == "reg" && (legal || schema == "RealEstate"):
		return "registrationNumber"
	case info.Class == "nid" && legal:
		return "idNumber"
	case info.Class == "tax" && legal:
		return "taxNumber"
	case info.Class == "lei" && legal:
		return "leiCode"
	case info.Class == "swift" && legal:
		return "swiftBic"
	case info.Class == "imo" && org:
		return "imoNumber"
	case info.Class == "website" && legal:
		return "website"
	case info.Class == "email" && legal:
		return "email"
	case info.Class == "phone" && legal:
		return "phone"
	}
	return ""
}

// predicateSchema maps a predicate to an FtM interval schema and its two end properties,
// checking the ends' types against the schema's ranges.
func predicateSchema(predicate, subjType, objType string) (schema, from, to string) {
	legal := func(t string) bool { return t == model.Person || t == model.Company || t == model.Organization }
	org := func(t string) bool { return t == model.Company || t == model.Organization }
	asset := func(t string) bool { return t == model.Company || t == model.Compound }
	switch {
	case predicate == model.Owns && legal(subjType) && asset(objType):
		return "Ownership", "owner", "asset"
	case predicate == model.Directs && legal(subjType) && org(objType):
		return "Directorship", "director", "organization"
	case predicate == model.EmployedBy && subjType == model.Person && org(objType):
		return "Employment", "employee", "employer"
	case predicate == model.MemberOf && legal(subjType) && org(objType):
		return "Membership", "member", "organization"
	case predicate == model.FamilyOf && subjType == model.Person && objType == model.Person:
		return "Family", "person", "relative"
	case predicate == model.AssociateOf && subjType == model.Person && objType == model.Person:
		return "Associate", "person", "associate"
	case predicate == model.SanctionedBy:
		return "Sanction", "entity", ""
	}
	return "UnknownLink", "subject", "object"
}

// predicatePhrase reads a predicate as words for a role ("OPERATES" -> "operates").
func predicatePhrase(p string) string {
	return strings.ToLower(strings.ReplaceAll(p, "_", " "))
}

func ftmDate(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format("2006-01-02T15:04:05")
}

func props(kv ...any) map[string][]string {
	m := map[string][]string{}
	for i := 0; i+1 < len(kv); i += 2 {
		k := kv[i].(string)
		switch v := kv[i+1].(type) {
		case string:
			if v != "" {
				m[k] = append(m[k], v)
			}
		case []string:
			for _, x := range v {
				if x != "" && !slices.Contains(m[k], x) {
					m[k] = append(m[k], x)
				}
			}
		}
	}
	return m
}

// ExportStats counts what an export wrote.
type ExportStats struct {
	Entities  int `json:"entities"`
	Documents int `json:"documents"`
	Mentions  int `json:"mentions"`
	Evidence  int `json:"evidence"`
	Lines     int `json:"lines"`
}

// lineMeta is what a line says beyond its properties, for the statements export.
type lineMeta struct {
	grade, quote, document string
}

// tag renders the machine-readable tail of a description: "[scamgraph:k=v&k=v]".
func tag(kv ...string) string {
	q := url.Values{}
	for i := 0; i+1 < len(kv); i += 2 {
		if kv[i+1] != "" {
			q.Set(kv[i], kv[i+1])
		}
	}
	return "[scamgraph:" + q.Encode() + "]"
}

var tagPattern = regexp.MustCompile(`\[scamgraph:([^\]\s]*)\]`)

// readTag reads the last machine-readable tail of descriptions, nil when there is none.
func readTag(descriptions []string) url.Values {
	for i := len(descriptions) - 1; i >= 0; i-- {
		if m := tagPattern.FindAllStringSubmatch(descriptions[i], -1); len(m) > 0 {
			q, err := url.ParseQuery(m[len(m)-1][1])
			if err == nil {
				return q
			}
		}
	}
	return nil
}

// ExportFtM writes the graph (or the part in scope) as FollowTheMoney JSON lines: entities
// with their identifications and wallets, documents with their mentions, then one interval
// per evidence record. Every line uses standard schemata and properties, and every id
// appears once.
func ExportFtM(ctx context.Context, g Reader, scope graphdb.ExportScope, w io.Writer) (ExportStats, error) {
	bw := bufio.NewWriterSize(w, 256<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	st, err := exportLines(ctx, g, scope, func(l ftmLine, _ lineMeta) error { return enc.Encode(l) })
	if err != nil {
		return st, err
	}
	return st, bw.Flush()
}

// exportLines makes the FtM lines of an export and hands each to emit, once per id.
func exportLines(ctx context.Context, g Reader, scope graphdb.ExportScope, emit func(ftmLine, lineMeta) error) (ExportStats, error) {
	var st ExportStats
	seenIDs := map[string]bool{}
	put := func(l ftmLine, m lineMeta) error {
		if seenIDs[l.ID] {
			return nil // one line per id: an identical identification twice is one
		}
		seenIDs[l.ID] = true
		l.Datasets = []string{Dataset}
		st.Lines++
		return emit(l, m)
	}
	types := map[string]string{}
	names := map[string]string{}
	err := g.ExportEntities(ctx, scope, func(e graphdb.ExportEntity) error {
		st.Entities++
		types[e.ID], names[e.ID] = e.Type, e.Name
		schema := entitySchema(e.Type)
		p := props("name", e.Name, "alias", e.Aliases, "description", "scamgraph "+strings.ToLower(e.Type)+" "+tag("id", e.ID))
		if schema == "Address" {
			p["full"] = []string{e.Name}
		}
		var referents []string
		for _, m := range e.MergedIDs {
			referents = append(referents, FtMID(m))
		}
		holder := FtMID(e.ID)
		var extra []ftmLine
		for _, id := range e.Identifiers {
			if info, ok := entitymatch.ClassifyIdentifier(id.Scheme, id.Value, id.Country); ok && info.Class == "wallet" {
				extra = append(extra, ftmLine{ID: "sg-wallet-" + shortHash(e.ID+"|"+id.Scheme+"|"+id.Value), Schema: "CryptoWallet",
					Properties: props("publicKey", id.Value, "currency", id.Scheme, "holder", holder)})
				continue
			}
			if prop := identifierProp(schema, id.Scheme, id.Value); prop != "" && !slices.Contains(p[prop], id.Value) {
				p[prop] = append(p[prop], id.Value)
			}
			// OpenSanctions ids go back where OpenSanctions keeps them: the referents.
			if info, ok := entitymatch.ClassifyIdentifier(id.Scheme, id.Value, ""); ok && info.Class == "opensanctions" && !slices.Contains(referents, id.Value) && ftmReferent.MatchString(id.Value) {
				referents = append(referents, id.Value)
			}
			ip := props("holder", holder, "type", id.Scheme, "number", id.Value)
			if cc := entitymatch.CountryCode(id.Country); cc != "" {
				ip["country"] = []string{strings.ToLower(cc)}
			}
			if id.Country != "" {
				// The country as stored, so the identifier comes back as it was.
				ip["description"] = []string{tag("country", id.Country)}
			}
			extra = append(extra, ftmLine{ID: "sg-id-" + shortHash(e.ID+"|"+id.Scheme+"|"+id.Country+"|"+id.Value), Schema: "Identification", Properties: ip})
		}
		if err := put(ftmLine{ID: holder, Schema: schema, Properties: p, Referents: referents,
			FirstSeen: ftmDate(e.FirstSeen), LastSeen: ftmDate(e.LastSeen)}, lineMeta{}); err != nil {
			return err
		}
		for _, l := range extra {
			if err := put(l, lineMeta{}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return st, err
	}
	// Documents come ordered by URL, one row per source: rows of one document are folded
	// into one Article with every publisher.
	var pending *graphdb.ExportDocument
	var publishers, publisherURLs, kinds []string
	flush := func() error {
		if pending == nil {
			return nil
		}
		d := *pending
		pending = nil
		st.Documents++
		docID := docFtMID(d.URL)
		p := props("title", d.Title, "author", d.Author, "sourceUrl", d.URL, "publisher", publishers,
			"publisherUrl", publisherURLs, "bodyText", d.Text, "contentHash", d.Capture, "language", d.Language)
		if d.Published != nil {
			p["publishedAt"] = []string{ftmDate(*d.Published)}
		}
		p["description"] = []string{"scamgraph document " + tag("kind", d.Kind, "url", d.URL, "source_kinds", strings.Join(kinds, ","))}
		if err := put(ftmLine{ID: docID, Schema: "Article", Properties: p,
			FirstSeen: ftmDate(d.FirstSeen), LastSeen: ftmDate(d.LastSeen)}, lineMeta{document: d.URL}); err != nil {
			return err
		}
		for _, m := range d.Mentions {
			st.Mentions++
			if err := put(ftmLine{ID: "sg-mention-" + shortHash(d.URL+"|"+m.Entity), Schema: "Documentation",
				Properties: props("document", docID, "entity", FtMID(m.Entity), "role", "mentioned",
					"description", fmt.Sprintf("mentioned %d times %s", m.Count, tag("count", strconv.Itoa(m.Count))))},
				lineMeta{document: d.URL}); err != nil {
				return err
			}
		}
		return nil
	}
	err = g.ExportDocuments(ctx, scope, func(d graphdb.ExportDocument) error {
		if pending != nil && pending.URL != d.URL {
			if err := flush(); err != nil {
				return err
			}
		}
		if pending == nil {
			dd := d
			pending = &dd
			publishers, publisherURLs, kinds = nil, nil, nil
		}
		for _, v := range []struct {
			list *[]string
			v    string
		}{{&publishers, d.Source}, {&publishers, d.SourceName}, {&publisherURLs, d.SourceURL}, {&kinds, d.SourceKind}} {
			if v.v != "" && !slices.Contains(*v.list, v.v) {
				*v.list = append(*v.list, v.v)
			}
		}
		return nil
	})
	if err == nil {
		err = flush()
	}
	if err != nil {
		return st, err
	}
	err = g.ExportEvidence(ctx, scope, func(ev graphdb.ExportEvidence) error {
		st.Evidence++
		schema, from, to := predicateSchema(ev.Predicate, types[ev.SubjectNode], types[ev.ObjectNode])
		desc := fmt.Sprintf("%s %s %s, graded %s (confidence %.2f)", names[ev.SubjectNode], predicatePhrase(ev.Predicate), names[ev.ObjectNode], ev.Grade, ev.Confidence)
		if ev.Denial {
			desc += "; the quote denies the claim"
		}
		kv := []string{"grade", ev.Grade, "predicate", ev.Predicate, "confidence", strconv.FormatFloat(ev.Confidence, 'g', -1, 64),
			"subject", ev.Subject, "object", ev.Object, "extractor", ev.Extractor}
		if ev.Denial {
			kv = append(kv, "denial", "true")
		}
		if ev.Role != "" {
			kv = append(kv, "role", ev.Role)
		}
		if ev.Ended {
			kv = append(kv, "ended", "true")
		}
		if ev.SubjectNode != ev.Subject {
			kv = append(kv, "subject_node", ev.SubjectNode)
		}
		if ev.ObjectNode != ev.Object {
			kv = append(kv, "object_node", ev.ObjectNode)
		}
		p := props("summary", ev.Quote, "sourceUrl", ev.DocumentURL, "publisher", ev.Source, "recordId", ev.ID,
			"proof", docFtMID(ev.DocumentURL), "description", desc+" "+tag(kv...))
		p[from] = []string{FtMID(ev.SubjectNode)}
		switch {
		case schema == "Sanction":
			p["authority"] = []string{names[ev.ObjectNode]}
		case to != "":
			p[to] = []string{FtMID(ev.ObjectNode)}
		}
		switch schema {
		case "Directorship", "Employment", "Membership":
			p["role"] = []string{cmp.Or(ev.Role, predicatePhrase(ev.Predicate))}
		case "UnknownLink", "Ownership":
			p["role"] = []string{predicatePhrase(ev.Predicate)} // an UnknownLink's role names its predicate
		case "Family", "Associate":
			p["relationship"] = []string{predicatePhrase(ev.Predicate)}
		}
		switch schema {
		case "Ownership", "Sanction", "UnknownLink", "Directorship", "Employment", "Membership":
			p["status"] = []string{ev.Grade}
		}
		if ev.Document.Published != nil {
			p["date"] = []string{ftmDate(*ev.Document.Published)[:10]}
		}
		if ev.Start != "" {
			p["startDate"] = []string{ev.Start}
		}
		if ev.End != "" {
			p["endDate"] = []string{ev.End}
		}
		if ev.Share != "" && schema == "Ownership" {
			p["percentage"] = []string{ev.Share}
		}
		return put(ftmLine{ID: "sg-ev-" + ev.ID, Schema: schema, Properties: p,
			FirstSeen: ftmDate(ev.FirstSeen), LastSeen: ftmDate(ev.LastSeen)}, lineMeta{grade: ev.Grade, quote: ev.Quote, document: ev.DocumentURL})
	})
	return st, err
}

// docFtMID is the FtM id of a document.
func docFtMID(url string) string { return "sg-doc-" + shortHash(url) }

// ImportStats counts what an import read and wrote.
type ImportStats struct {
	Lines     int `json:"lines"`
	Skipped   int `json:"skipped"` // unreadable lines and records that refer to nothing
	Entities  int `json:"entities"`
	Documents int `json:"documents"`
	Evidence  int `json:"evidence"`
	Merges    int `json:"merges"`
	// Foreign counts lines without scamgraph data, imported as an OpenSanctions-style list.
	Foreign int               `json:"foreign"`
	Load    graphdb.LoadStats `json:"load"`
}

// maxImportLine bounds one FtM line.
const maxImportLine = 8 << 20

// ListReader turns FollowTheMoney lines that scamgraph did not write (an OpenSanctions or Aleph
// export) into documents, as a crawled OpenSanctions list of that source name would be read.
// Reading them is extraction, so the caller passes the extractor's reader in and interop stays
// a format package.
type ListReader func(source string, ftmLines []byte) ([]model.Document, error)

// ImportFtM reads FollowTheMoney JSON lines into the graph. Lines written by ExportFtM
// restore their documents, mentions, evidence and merges exactly; other lines (an
// OpenSanctions or Aleph export) are read by readList, as documents of source name; without
// a readList they are an error. seen is recorded as first/last seen where a line has no dates
// of its own.
func ImportFtM(ctx context.Context, g Writer, r io.Reader, name string, seen time.Time, readList ListReader) (ImportStats, error) {
	var st ImportStats
	if seen.IsZero() {
		return st, errors.New("import ftm: seen time is zero")
	}
	entities := map[string]*extension{}
	docs := map[string]*extension{}
	var docOrder []string
	mentions := map[string][]*extension{}
	evidence := map[string][]*extension{}
	var foreign bytes.Buffer
	var idLines, walletLines, docLines, mentionLines, evidenceLines []ftmLine
	entityByFtM := map[string]string{}

	br := bufio.NewReaderSize(r, 64<<10)
	for lineNo := 1; ; lineNo++ {
		line, err := readLine(br)
		if len(bytes.TrimSpace(line)) > 0 {
			st.Lines++
			var l ftmLine
			switch {
			case len(line) > maxImportLine:
				st.Skipped++
			case json.Unmarshal(line, &l) != nil || l.ID == "" || l.Schema == "":
				st.Skipped++
			case !strings.HasPrefix(l.ID, "sg-"):
				st.Foreign++
				foreign.Write(line)
				foreign.WriteByte('\n')
			default:
				switch l.Schema {
				case "Person", "Company", "Organization", "RealEstate", "Address", "LegalEntity":
					x, ok := entityFromLine(l)
					if !ok {
						st.Skipped++
						break
					}
					entities[x.ID] = x
					entityByFtM[l.ID] = x.ID
				case "Identification", "Passport":
					idLines = append(idLines, l)
				case "CryptoWallet":
					walletLines = append(walletLines, l)
				case "Article", "Document":
					docLines = append(docLines, l)
				case "Documentation":
					mentionLines = append(mentionLines, l)
				default:
					evidenceLines = append(evidenceLines, l)
				}
			}
		}
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return st, fmt.Errorf("import ftm %s: line %d: %w", name, lineNo, err)
		}
		if err := ctx.Err(); err != nil {
			return st, err
		}
	}
	holderOf := func(l ftmLine) *extension {
		for _, h := range l.Properties["holder"] {
			if id, ok := entityByFtM[h]; ok {
				return entities[id]
			}
		}
		return nil
	}
	for _, l := range idLines {
		h, num := holderOf(l), first(l.Properties["number"])
		if h == nil || num == "" {
			st.Skipped++
			continue
		}
		country := readTag(l.Properties["description"]).Get("country")
		if country == "" {
			country = strings.ToUpper(first(l.Properties["country"]))
		}
		h.Identifiers = append(h.Identifiers, graphdb.Identifier{Scheme: cmp.Or(first(l.Properties["type"]), l.Schema), Value: num, Country: country})
	}
	for _, l := range walletLines {
		h, key := holderOf(l), first(l.Properties["publicKey"])
		if h == nil || key == "" {
			st.Skipped++
			continue
		}
		h.Identifiers = append(h.Identifiers, graphdb.Identifier{Scheme: cmp.Or(first(l.Properties["currency"]), "wallet"), Value: key})
	}
	docByFtM := map[string]string{}
	for _, l := range docLines {
		x := documentFromLine(l)
		if x.URL == "" {
			st.Skipped++
			continue
		}
		docByFtM[l.ID] = x.URL
		if _, dup := docs[x.URL]; !dup {
			docOrder = append(docOrder, x.URL)
		}
		docs[x.URL] = x
	}
	for _, l := range mentionLines {
		u, ok1 := docByFtM[first(l.Properties["document"])]
		e, ok2 := entityByFtM[first(l.Properties["entity"])]
		if !ok1 || !ok2 {
			st.Skipped++
			continue
		}
		n, _ := strconv.Atoi(readTag(l.Properties["description"]).Get("count"))
		mentions[u] = append(mentions[u], &extension{Kind: "mention", URL: u, Entity: e, Count: max(1, n)})
	}
	for _, l := range evidenceLines {
		x, ok := evidenceFromLine(l, docByFtM, entityByFtM)
		if !ok {
			st.Skipped++
			continue
		}
		evidence[x.Document] = append(evidence[x.Document], x)
	}

	// Documents, grouped by source and by the times they were first and last seen, so each
	// comes back with its own dates.
	type batchKey struct {
		source string
		seen   time.Time
	}
	batches := map[batchKey][]model.Document{}
	type laterLoad struct {
		source string
		doc    model.Document
	}
	var later []laterLoad
	sources := map[string]graphdb.SourceInfo{}
	for _, url := range docOrder {
		x := docs[url]
		d, ok := rebuildDocument(x, mentions[url], evidence[url], entities)
		if !ok {
			st.Skipped++
			continue
		}
		st.Documents++
		st.Evidence += len(d.Relations)
		src := cmp.Or(x.Source, name)
		sources[src] = graphdb.SourceInfo{Name: src, Kind: x.SourceKind, URL: x.SourceURL}
		for _, t := range []*time.Time{x.FirstSeen, x.LastSeen} {
			at := seen
			if t != nil && !t.IsZero() {
				at = *t
			}
			k := batchKey{src, at}
			if n := len(batches[k]); n > 0 && batches[k][n-1].URL == d.URL {
				continue
			}
			batches[k] = append(batches[k], d)
		}
		// The other publishers that reached the document, linked after the first.
		for _, p := range x.Publishers[min(1, len(x.Publishers)):] {
			sources[p] = graphdb.SourceInfo{Name: p}
			later = append(later, laterLoad{p, d})
		}
	}
	keys := make([]batchKey, 0, len(batches))
	for k := range batches {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool {
		if !keys[i].seen.Equal(keys[j].seen) {
			return keys[i].seen.Before(keys[j].seen)
		}
		return keys[i].source < keys[j].source
	})
	for _, k := range keys {
		ls, err := g.Load(ctx, sources[k.source], batches[k], k.seen)
		if err != nil {
			return st, fmt.Errorf("import ftm %s: %w", name, err)
		}
		st.Load = addLoad(st.Load, ls)
	}
	for _, l := range later {
		at := seen
		if l.doc.URL != "" && docs[l.doc.URL].LastSeen != nil {
			at = *docs[l.doc.URL].LastSeen
		}
		if _, err := g.Load(ctx, sources[l.source], []model.Document{l.doc}, at); err != nil {
			return st, fmt.Errorf("import ftm %s: %w", name, err)
		}
	}
	st.Entities = len(entities)

	// Merges the export recorded.
	ids := make([]string, 0, len(entities))
	for id := range entities {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if x := entities[id]; len(x.MergedIDs) > 0 {
			n, err := g.MergeIDs(ctx, id, x.MergedIDs, "imported: merged in the exported graph")
			if err != nil {
				return st, fmt.Errorf("import ftm %s: %w", name, err)
			}
			st.Merges += n
		}
	}

	if foreign.Len() > 0 {
		if readList == nil {
			return st, fmt.Errorf("import ftm %s: %d FollowTheMoney lines without scamgraph data, and no list reader to read them", name, st.Foreign)
		}
		fdocs, err := readList(name, foreign.Bytes())
		if err != nil {
			return st, fmt.Errorf("import ftm %s: %d FollowTheMoney lines without scamgraph data: %w", name, st.Foreign, err)
		}
		if len(fdocs) > 0 {
			ls, err := g.Load(ctx, graphdb.SourceInfo{Name: name, Kind: "ftm"}, fdocs, seen)
			if err != nil {
				return st, fmt.Errorf("import ftm %s: %w", name, err)
			}
			st.Documents += len(fdocs)
			st.Load = addLoad(st.Load, ls)
		}
	}
	return st, nil
}

// entitySchemaTypes maps the FtM schemata ExportFtM writes back to entity types.
var entitySchemaTypes = map[string]string{"Person": model.Person, "Company": model.Company,
	"Organization": model.Organization, "RealEstate": model.Compound, "Address": model.Location}

// entityFromLine reads an exported entity line.
func entityFromLine(l ftmLine) (*extension, bool) {
	id := readTag(l.Properties["description"]).Get("id")
	if id == "" {
		var ok bool
		if id, ok = ParseFtMID(l.ID); !ok {
			return nil, false
		}
	}
	typ := entitySchemaTypes[l.Schema]
	if p, _, _ := strings.Cut(id, ":"); typeOfPrefix(p) != "" && (typ == "" || l.Schema == "LegalEntity") {
		typ = typeOfPrefix(p)
	}
	name := cmp.Or(first(l.Properties["name"]), first(l.Properties["full"]))
	if typ == "" || name == "" {
		return nil, false
	}
	x := &extension{Kind: "entity", ID: id, Type: typ, Name: name}
	for _, a := range l.Properties["alias"] {
		if a != name && !slices.Contains(x.Aliases, a) {
			x.Aliases = append(x.Aliases, a)
		}
	}
	for _, r := range l.Referents {
		if m, ok := ParseFtMID(r); ok && m != id {
			x.MergedIDs = append(x.MergedIDs, m)
		}
	}
	x.FirstSeen, x.LastSeen = parseFtMTime(l.FirstSeen), parseFtMTime(l.LastSeen)
	return x, true
}

// documentFromLine reads an exported Article.
func documentFromLine(l ftmLine) *extension {
	p := l.Properties
	t := readTag(p["description"])
	x := &extension{Kind: "document", URL: cmp.Or(t.Get("url"), first(p["sourceUrl"])), Title: first(p["title"]),
		Published: parseFtMTime(first(p["publishedAt"])), Language: twoLetter(first(p["language"])), DocKind: t.Get("kind"),
		Author: first(p["author"]), Capture: first(p["contentHash"]), Text: first(p["bodyText"]),
		Source: first(p["publisher"]), Publishers: p["publisher"], SourceURL: first(p["publisherUrl"]),
		FirstSeen: parseFtMTime(l.FirstSeen), LastSeen: parseFtMTime(l.LastSeen)}
	if k := strings.Split(t.Get("source_kinds"), ","); len(k) > 0 {
		x.SourceKind = k[0]
	}
	return x
}

// evidenceFromLine reads an exported interval: its tag says grade, predicate and the ids;
// proof (or sourceUrl) says its document.
func evidenceFromLine(l ftmLine, docByFtM, entityByFtM map[string]string) (*extension, bool) {
	p := l.Properties
	t := readTag(p["description"])
	if t == nil || t.Get("predicate") == "" || t.Get("grade") == "" {
		return nil, false
	}
	u := docByFtM[first(p["proof"])]
	if u == "" {
		u = first(p["sourceUrl"])
	}
	conf, _ := strconv.ParseFloat(t.Get("confidence"), 64)
	x := &extension{Kind: "evidence", Evidence: first(p["recordId"]), Subject: t.Get("subject"), Predicate: t.Get("predicate"),
		Object: t.Get("object"), Grade: t.Get("grade"), Confidence: conf, Quote: first(p["summary"]),
		Denial: t.Get("denial") == "true", Extractor: t.Get("extractor"), Document: u,
		Start: first(p["startDate"]), End: first(p["endDate"]), Share: first(p["percentage"]),
		Role: t.Get("role"), Ended: t.Get("ended") == "true",
		FirstSeen: parseFtMTime(l.FirstSeen), LastSeen: parseFtMTime(l.LastSeen)}
	x.SubjectNode = cmp.Or(t.Get("subject_node"), x.Subject)
	x.ObjectNode = cmp.Or(t.Get("object_node"), x.Object)
	if x.Subject == "" || x.Object == "" || u == "" || !slices.Contains(model.Predicates, x.Predicate) || !slices.Contains(model.Grades, x.Grade) {
		return nil, false
	}
	return x, true
}

func first(vs []string) string {
	if len(vs) > 0 {
		return vs[0]
	}
	return ""
}

// parseFtMTime reads an FtM date or date-time (UTC when no zone is written).
func parseFtMTime(s string) *time.Time {
	for _, layout := range []string{time.RFC3339Nano, "2006-01-02T15:04:05", "2006-01-02T15:04", "2006-01-02"} {
		if t, err := time.Parse(layout, s); err == nil {
			u := t.UTC()
			return &u
		}
	}
	return nil
}

// twoLetter turns an ISO 639 code of any length ("eng", normalised by ftm validate) into the
// two-letter code scamgraph stores ("en").
func twoLetter(code string) string {
	if code == "" {
		return ""
	}
	b, err := language.ParseBase(code)
	if err != nil {
		return code
	}
	return b.String()
}

// rebuildDocument turns an exported document and its mentions and evidence back into the
// document the loader wrote it from. Each relation is written with the ids the extractor
// gave; an id merged away before the export is written as an entity of its own (named as
// the node holding it), and the recorded merge folds it back in.
func rebuildDocument(x *extension, ms, evs []*extension, entities map[string]*extension) (model.Document, bool) {
	d := model.Document{URL: x.URL, Title: x.Title, Published: x.Published, Language: x.Language, Text: x.Text,
		Author: x.Author, Kind: x.DocKind, Capture: x.Capture, Source: x.Source,
		Entities: []model.Entity{}, Relations: []model.Relation{}}
	index := map[string]int{}
	addEntity := func(id, holder string, count int) bool {
		if _, ok := index[id]; ok {
			return true
		}
		h := entities[holder]
		if h == nil {
			return false
		}
		e := model.Entity{ID: id, Name: h.Name, Type: h.Type, Aliases: h.Aliases, Mentions: []model.Mention{}}
		if id == holder {
			for _, i := range h.Identifiers {
				e.Identifiers = append(e.Identifiers, model.Identifier{Scheme: i.Scheme, Value: i.Value, Country: i.Country})
			}
		}
		e.Mentions = mentionsOf(x.Text, append([]string{h.Name}, h.Aliases...), count)
		index[id] = len(d.Entities)
		d.Entities = append(d.Entities, e)
		return true
	}
	for _, m := range ms {
		addEntity(m.Entity, m.Entity, max(1, m.Count))
	}
	for _, ev := range evs {
		if !addEntity(ev.Subject, ev.SubjectNode, 1) || !addEntity(ev.Object, ev.ObjectNode, 1) {
			continue
		}
		d.Relations = append(d.Relations, model.Relation{Subject: ev.Subject, Predicate: ev.Predicate, Object: ev.Object,
			Grade: ev.Grade, Quote: ev.Quote, Confidence: ev.Confidence, Start: ev.Start, End: ev.End, Share: ev.Share,
			Role: ev.Role, Ended: ev.Ended, Denied: ev.Denial})
	}
	return d, true
}

// mentionsOf finds up to count occurrences of the names in text; when the text has fewer
// (an export without text), the rest are empty spans so the mention count is kept.
func mentionsOf(text string, names []string, count int) []model.Mention {
	var out []model.Mention
	for _, n := range names {
		if n == "" {
			continue
		}
		for from := 0; len(out) < count && from < len(text); {
			i := strings.Index(text[from:], n)
			if i < 0 {
				break
			}
			s := from + i
			out = append(out, model.Mention{Start: s, End: s + len(n), Text: n})
			from = s + len(n)
		}
	}
	for len(out) < count {
		out = append(out, model.Mention{})
	}
	return out
}

func addLoad(a, b graphdb.LoadStats) graphdb.LoadStats {
	a.Documents += b.Documents
	a.Entities += b.Entities
	a.Mentions += b.Mentions
	a.Evidence += b.Evidence
	a.Relations += b.Relations
	a.Removed += b.Removed
	a.Skipped += b.Skipped
	return a
}

// readLine reads one line; a line longer than maxImportLine is returned cut, to be skipped.
func readLine(br *bufio.Reader) ([]byte, error) {
	var buf []byte
	for {
		frag, err := br.ReadSlice('\n')
		if len(buf) <= maxImportLine {
			buf = append(buf, frag...)
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimRight(buf, "\r\n"), err
	}
}
