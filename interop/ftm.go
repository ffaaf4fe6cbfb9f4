// Package interop moves the graph in and out of the formats other tools read:
// FollowTheMoney JSON lines (Aleph/OpenAleph, OpenSanctions, the ftm command line),
// GraphML (Gephi, yEd, Cytoscape) and CSV (spreadsheets, pandas, R).
//
// FollowTheMoney mapping. Entities: Person -> Person, Company -> Company, Organization ->
// Organization, Compound -> RealEstate, Location -> Address. A compound is a physical site
// (a casino complex, a fenced "park", a special economic zone): RealEstate is FtM's schema for
// land and buildings and, being an Asset, it can be the asset of an Ownership, which is how
// "X owns KK Park" must read; LegalEntity would make the site a legal person, which it is
// not (the companies running it are separate Company entities). Crypto wallets become
// CryptoWallet entities held by their owner. Documents become Article entities and each
// mention a Documentation link. Every evidence record becomes one interval entity (so each
// quote keeps its document): OWNS -> Ownership, DIRECTS -> Directorship, EMPLOYED_BY ->
// Employment, MEMBER_OF -> Membership, FAMILY_OF -> Family, ASSOCIATE_OF -> Associate,
// SANCTIONED_BY -> Sanction, and the rest (or a pair outside the schema's ranges) ->
// UnknownLink with the predicate as its role; summary is the quote, sourceUrl the document,
// publisher the source and description the grade.
//
// FtM ids allow only [0-9a-zA-Z.-], so scamgraph ids are mapped ("person:chen-zhi" ->
// "sg-person-chen-zhi", or a hash for non-ASCII ids). Each line also carries a "scamgraph"
// object with the exact values (ids, grade, confidence, dates, text) that FtM has no place
// for; FtM tools keep unknown top-level keys as context, and ImportFtM reads them back, so
// an export re-imports to the same entities and edges. Lines without that object (for
// example an OpenSanctions export) are imported like a crawled OpenSanctions list.
package interop

import (
	"bufio"
	"bytes"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/scamgraph/scamgraph/extract"
	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/resolve"
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
	Load(ctx context.Context, src graphdb.SourceInfo, docs []extract.Document, seen time.Time) (graphdb.LoadStats, error)
	MergeIDs(ctx context.Context, into string, ids []string, reason string) (int, error)
}

// Dataset is the FtM dataset name written on every exported entity.
const Dataset = "scamgraph"

// ftmLine is one FollowTheMoney entity as written and read here.
type ftmLine struct {
	ID         string              `json:"id"`
	Schema     string              `json:"schema"`
	Properties map[string][]string `json:"properties"`
	Datasets   []string            `json:"datasets,omitempty"`
	Referents  []string            `json:"referents,omitempty"`
	FirstSeen  string              `json:"first_seen,omitempty"`
	LastSeen   string              `json:"last_seen,omitempty"`
	Scamgraph  *extension          `json:"scamgraph,omitempty"`
}

// extension carries the exact scamgraph values of a line.
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

	FirstSeen *time.Time `json:"first_seen,omitempty"`
	LastSeen  *time.Time `json:"last_seen,omitempty"`
}

var ftmSafe = regexp.MustCompile(`^[a-z0-9]+(?:-[a-z0-9]+)*$`)

// FtMID maps a scamgraph id to a valid FtM id: "person:chen-zhi" -> "sg-person-chen-zhi";
// ids with other characters get a hash, "sg-person.<hex>" (no readable id contains a dot,
// so the two forms never collide).
func FtMID(id string) string {
	typ, slug, ok := strings.Cut(id, ":")
	if ok && ftmSafe.MatchString(typ) && ftmSafe.MatchString(slug) && len(id) < 200 {
		return "sg-" + typ + "-" + slug
	}
	if !ok || !ftmSafe.MatchString(typ) {
		typ = "x"
	}
	return "sg-" + typ + "." + shortHash(id)
}

func shortHash(s string) string {
	h := sha256.Sum256([]byte(s))
	return hex.EncodeToString(h[:12])
}

// entitySchema is the FtM schema of an entity type.
func entitySchema(typ string) string {
	switch typ {
	case extract.Person, extract.Company, extract.Organization:
		return typ
	case extract.Compound:
		return "RealEstate"
	case extract.Location:
		return "Address"
	}
	return "LegalEntity"
}

// identifierProp is the FtM property for an identifier of a schema, "" when none fits.
func identifierProp(schema, scheme, value string) string {
	_, class, ok := resolve.IdentifierKey(scheme, value)
	if !ok {
		return ""
	}
	legal := schema == "Person" || schema == "Company" || schema == "Organization" || schema == "LegalEntity"
	switch {
	case class == "passport" && schema == "Person":
		return "passportNumber"
	case class == "reg" && (legal || schema == "RealEstate"):
		return "registrationNumber"
	case class == "nid" && legal:
		return "idNumber"
	case class == "tax" && legal:
		return "taxNumber"
	case class == "lei" && legal:
		return "leiCode"
	case class == "swift" && legal:
		return "swiftBic"
	}
	return ""
}

// predicateSchema maps a predicate to an FtM interval schema and its two end properties,
// checking the ends' types against the schema's ranges.
func predicateSchema(predicate, subjType, objType string) (schema, from, to string) {
	legal := func(t string) bool { return t == extract.Person || t == extract.Company || t == extract.Organization }
	org := func(t string) bool { return t == extract.Company || t == extract.Organization }
	asset := func(t string) bool { return t == extract.Company || t == extract.Compound }
	switch {
	case predicate == extract.Owns && legal(subjType) && asset(objType):
		return "Ownership", "owner", "asset"
	case predicate == extract.Directs && legal(subjType) && org(objType):
		return "Directorship", "director", "organization"
	case predicate == extract.EmployedBy && subjType == extract.Person && org(objType):
		return "Employment", "employee", "employer"
	case predicate == extract.MemberOf && legal(subjType) && org(objType):
		return "Membership", "member", "organization"
	case predicate == extract.FamilyOf && subjType == extract.Person && objType == extract.Person:
		return "Family", "person", "relative"
	case predicate == extract.AssociateOf && subjType == extract.Person && objType == extract.Person:
		return "Associate", "person", "associate"
	case predicate == extract.SanctionedBy:
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

func timePtr(t time.Time) *time.Time {
	if t.IsZero() {
		return nil
	}
	u := t.UTC()
	return &u
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

// ExportFtM writes the graph (or the part in scope) as FollowTheMoney JSON lines:
// entities, wallets, documents, mentions, then one interval per evidence record.
func ExportFtM(ctx context.Context, g Reader, scope graphdb.ExportScope, w io.Writer) (ExportStats, error) {
	var st ExportStats
	bw := bufio.NewWriterSize(w, 256<<10)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	emit := func(l ftmLine) error {
		l.Datasets = []string{Dataset}
		st.Lines++
		return enc.Encode(l)
	}
	types := map[string]string{}
	names := map[string]string{}
	err := g.ExportEntities(ctx, scope, func(e graphdb.ExportEntity) error {
		st.Entities++
		types[e.ID], names[e.ID] = e.Type, e.Name
		schema := entitySchema(e.Type)
		p := props("name", e.Name, "alias", e.Aliases)
		if schema == "Address" {
			p["full"] = []string{e.Name}
		}
		var wallets []graphdb.Identifier
		for _, id := range e.Identifiers {
			if _, class, ok := resolve.IdentifierKey(id.Scheme, id.Value); ok && class == "wallet" {
				wallets = append(wallets, id)
				continue
			}
			if prop := identifierProp(schema, id.Scheme, id.Value); prop != "" {
				p[prop] = append(p[prop], id.Value)
			}
		}
		var referents []string
		for _, m := range e.MergedIDs {
			referents = append(referents, FtMID(m))
		}
		l := ftmLine{ID: FtMID(e.ID), Schema: schema, Properties: p, Referents: referents,
			FirstSeen: ftmDate(e.FirstSeen), LastSeen: ftmDate(e.LastSeen),
			Scamgraph: &extension{Kind: "entity", ID: e.ID, Type: e.Type, Name: e.Name, Aliases: e.Aliases,
				Identifiers: e.Identifiers, MergedIDs: e.MergedIDs, FirstSeen: timePtr(e.FirstSeen), LastSeen: timePtr(e.LastSeen)}}
		if err := emit(l); err != nil {
			return err
		}
		for _, wlt := range wallets {
			cur := strings.ToUpper(wlt.Scheme)
			if err := emit(ftmLine{ID: "sg-wallet-" + shortHash(e.ID+"|"+wlt.Scheme+"|"+wlt.Value), Schema: "CryptoWallet",
				Properties: props("publicKey", wlt.Value, "currency", cur, "holder", FtMID(e.ID)),
				Scamgraph:  &extension{Kind: "wallet", Entity: e.ID}}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return st, err
	}
	err = g.ExportDocuments(ctx, scope, func(d graphdb.ExportDocument) error {
		st.Documents++
		docID := "sg-doc-" + shortHash(d.URL)
		p := props("title", d.Title, "author", d.Author, "sourceUrl", d.URL, "publisher", d.Source)
		if d.Published != nil {
			p["publishedAt"] = []string{ftmDate(*d.Published)}
		}
		if err := emit(ftmLine{ID: docID, Schema: "Article", Properties: p,
			FirstSeen: ftmDate(d.FirstSeen), LastSeen: ftmDate(d.LastSeen),
			Scamgraph: &extension{Kind: "document", URL: d.URL, Title: d.Title, Published: d.Published, Language: d.Language,
				DocKind: d.Kind, Author: d.Author, Capture: d.Capture, Text: d.Text, Source: d.Source,
				SourceKind: d.SourceKind, SourceURL: d.SourceURL, FirstSeen: timePtr(d.FirstSeen), LastSeen: timePtr(d.LastSeen)}}); err != nil {
			return err
		}
		for _, m := range d.Mentions {
			st.Mentions++
			if err := emit(ftmLine{ID: "sg-mention-" + shortHash(d.URL+"|"+m.Entity), Schema: "Documentation",
				Properties: props("document", docID, "entity", FtMID(m.Entity), "role", "mentioned "+strconv.Itoa(m.Count)+"×"),
				Scamgraph:  &extension{Kind: "mention", URL: d.URL, Entity: m.Entity, Count: m.Count}}); err != nil {
				return err
			}
		}
		return nil
	})
	if err != nil {
		return st, err
	}
	err = g.ExportEvidence(ctx, scope, func(ev graphdb.ExportEvidence) error {
		st.Evidence++
		schema, from, to := predicateSchema(ev.Predicate, types[ev.SubjectNode], types[ev.ObjectNode])
		desc := fmt.Sprintf("scamgraph %s %s, graded %s (confidence %.2f)", ev.Predicate, predicatePhrase(ev.Predicate), ev.Grade, ev.Confidence)
		if ev.Denial {
			desc += "; the quote denies the claim"
		}
		p := props("summary", ev.Quote, "sourceUrl", ev.DocumentURL, "publisher", ev.Source, "description", desc)
		p[from] = []string{FtMID(ev.SubjectNode)}
		switch {
		case schema == "Sanction":
			p["authority"] = []string{names[ev.ObjectNode]}
		case to != "":
			p[to] = []string{FtMID(ev.ObjectNode)}
		}
		if schema == "UnknownLink" || schema == "Ownership" || schema == "Directorship" || schema == "Employment" || schema == "Membership" {
			p["role"] = []string{predicatePhrase(ev.Predicate)}
		}
		if ev.Document.Published != nil {
			p["date"] = []string{ftmDate(*ev.Document.Published)[:10]}
		}
		return emit(ftmLine{ID: "sg-ev-" + ev.ID, Schema: schema, Properties: p,
			FirstSeen: ftmDate(ev.FirstSeen), LastSeen: ftmDate(ev.LastSeen),
			Scamgraph: &extension{Kind: "evidence", Evidence: ev.ID, Subject: ev.Subject, Predicate: ev.Predicate, Object: ev.Object,
				SubjectNode: ev.SubjectNode, ObjectNode: ev.ObjectNode, Grade: ev.Grade, Confidence: ev.Confidence,
				Quote: ev.Quote, Denial: ev.Denial, Extractor: ev.Extractor, Capture: ev.Capture, Document: ev.DocumentURL,
				FirstSeen: timePtr(ev.FirstSeen), LastSeen: timePtr(ev.LastSeen)}})
	})
	if err != nil {
		return st, err
	}
	return st, bw.Flush()
}

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

// ImportFtM reads FollowTheMoney JSON lines into the graph. Lines written by ExportFtM
// restore their documents, mentions, evidence and merges exactly; other lines (an
// OpenSanctions or Aleph export) go through the same conversion as a crawled OpenSanctions
// list, as documents of source name. seen is recorded as first/last seen where a line has
// no dates of its own.
func ImportFtM(ctx context.Context, g Writer, r io.Reader, name string, seen time.Time) (ImportStats, error) {
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
			case l.Scamgraph == nil:
				st.Foreign++
				foreign.Write(line)
				foreign.WriteByte('\n')
			default:
				x := l.Scamgraph
				switch x.Kind {
				case "entity":
					if x.ID == "" || !slices.Contains(extract.EntityTypes, x.Type) {
						st.Skipped++
						break
					}
					entities[x.ID] = x
				case "document":
					if x.URL == "" {
						st.Skipped++
						break
					}
					if _, dup := docs[x.URL]; !dup {
						docOrder = append(docOrder, x.URL)
					}
					docs[x.URL] = x
				case "mention":
					mentions[x.URL] = append(mentions[x.URL], x)
				case "evidence":
					evidence[x.Document] = append(evidence[x.Document], x)
				case "wallet":
				default:
					st.Skipped++
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

	// Documents, grouped by source and by the times they were first and last seen, so each
	// comes back with its own dates.
	type batchKey struct {
		source string
		seen   time.Time
	}
	batches := map[batchKey][]extract.Document{}
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
		src := firstNonEmpty(x.Source, name)
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
		fdocs, ok, err := extract.SanctionsDocuments(extract.Page{URL: "ftm-import:" + name, Kind: "opensanctions",
			Body: foreign.Bytes(), Source: name})
		if err != nil || !ok {
			return st, fmt.Errorf("import ftm %s: %d FollowTheMoney lines without scamgraph data: %v", name, st.Foreign, err)
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

// rebuildDocument turns an exported document and its mentions and evidence back into the
// document the loader wrote it from. Each relation is written with the ids the extractor
// gave; an id merged away before the export is written as an entity of its own (named as
// the node holding it), and the recorded merge folds it back in.
func rebuildDocument(x *extension, ms, evs []*extension, entities map[string]*extension) (extract.Document, bool) {
	d := extract.Document{URL: x.URL, Title: x.Title, Published: x.Published, Language: x.Language, Text: x.Text,
		Author: x.Author, Kind: x.DocKind, Capture: x.Capture, Source: x.Source,
		Entities: []extract.Entity{}, Relations: []extract.Relation{}}
	index := map[string]int{}
	addEntity := func(id, holder string, count int) bool {
		if _, ok := index[id]; ok {
			return true
		}
		h := entities[holder]
		if h == nil {
			return false
		}
		e := extract.Entity{ID: id, Name: h.Name, Type: h.Type, Aliases: h.Aliases, Mentions: []extract.Mention{}}
		if id == holder {
			for _, i := range h.Identifiers {
				e.Identifiers = append(e.Identifiers, extract.Identifier{Scheme: i.Scheme, Value: i.Value})
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
		d.Relations = append(d.Relations, extract.Relation{Subject: ev.Subject, Predicate: ev.Predicate, Object: ev.Object,
			Grade: ev.Grade, Quote: ev.Quote, Confidence: ev.Confidence})
	}
	return d, true
}

// mentionsOf finds up to count occurrences of the names in text; when the text has fewer
// (an export without text), the rest are empty spans so the mention count is kept.
func mentionsOf(text string, names []string, count int) []extract.Mention {
	var out []extract.Mention
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
			out = append(out, extract.Mention{Start: s, End: s + len(n), Text: n})
			from = s + len(n)
		}
	}
	for len(out) < count {
		out = append(out, extract.Mention{})
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

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}
