package interop

import (
	"bufio"
	"context"
	"encoding/csv"
	"encoding/xml"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/scamgraph/scamgraph/graphdb"
)

// GraphML keys: node and edge attributes, declared once in the header.
var graphMLKeys = []struct{ id, on, name, typ string }{
	{"n_name", "node", "name", "string"}, {"n_type", "node", "type", "string"},
	{"n_aliases", "node", "aliases", "string"}, {"n_identifiers", "node", "identifiers", "string"},
	{"n_merged", "node", "merged_ids", "string"}, {"n_documents", "node", "documents", "int"},
	{"e_predicate", "edge", "predicate", "string"}, {"e_grade", "edge", "grade", "string"},
	{"e_confidence", "edge", "confidence", "double"}, {"e_evidence", "edge", "evidence_count", "int"},
	{"e_contested", "edge", "contested", "boolean"}, {"e_key", "edge", "key", "string"},
	{"e_first", "edge", "first_seen", "string"}, {"e_last", "edge", "last_seen", "string"},
	{"e_first_reported", "edge", "first_reported", "string"}, {"e_last_reported", "edge", "last_reported", "string"},
	{"e_quote", "edge", "quote", "string"}, {"e_quote_url", "edge", "quote_url", "string"},
	{"e_quote_date", "edge", "quote_date", "string"},
	{"e_role", "edge", "role", "string"}, {"e_current", "edge", "current", "boolean"},
	{"label", "all", "label", "string"},
}

// GraphStats counts what a table or GraphML export wrote.
type GraphStats struct {
	Nodes int `json:"nodes"`
	Edges int `json:"edges"`
}

// ExportGraphML writes entities as nodes and typed edges (co-mentions included, with their
// grade and evidence count) as a directed GraphML graph that Gephi opens as is. Edges whose
// ends are outside the scope are left out.
func ExportGraphML(ctx context.Context, g Reader, scope graphdb.ExportScope, w io.Writer) (GraphStats, error) {
	var st GraphStats
	bw := bufio.NewWriterSize(w, 256<<10)
	esc := func(s string) string {
		var b strings.Builder
		_ = xml.EscapeText(&b, []byte(strings.ToValidUTF8(s, "")))
		return b.String()
	}
	fmt.Fprintln(bw, `<?xml version="1.0" encoding="UTF-8"?>`)
	fmt.Fprintln(bw, `<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">`)
	for _, k := range graphMLKeys {
		fmt.Fprintf(bw, "  <key id=%q for=%q attr.name=%q attr.type=%q/>\n", k.id, k.on, k.name, k.typ)
	}
	fmt.Fprintln(bw, `  <graph id="scamgraph" edgedefault="directed">`)
	data := func(key, v string) {
		if v != "" {
			fmt.Fprintf(bw, "      <data key=%q>%s</data>\n", key, esc(v))
		}
	}
	nodes := map[string]bool{}
	err := g.ExportEntities(ctx, scope, func(e graphdb.ExportEntity) error {
		st.Nodes++
		nodes[e.ID] = true
		fmt.Fprintf(bw, "    <node id=\"%s\">\n", esc(e.ID))
		data("label", e.Name)
		data("n_name", e.Name)
		data("n_type", e.Type)
		data("n_aliases", strings.Join(e.Aliases, "; "))
		data("n_identifiers", identifiers(e.Identifiers))
		data("n_merged", strings.Join(e.MergedIDs, "; "))
		data("n_documents", strconv.Itoa(e.Documents))
		_, err := fmt.Fprintln(bw, "    </node>")
		return err
	})
	if err != nil {
		return st, err
	}
	err = g.ExportEdges(ctx, scope, func(e graphdb.ExportEdge) error {
		if !nodes[e.Subject] || !nodes[e.Object] {
			return nil
		}
		st.Edges++
		fmt.Fprintf(bw, "    <edge id=\"e%d\" source=\"%s\" target=\"%s\">\n", st.Edges, esc(e.Subject), esc(e.Object))
		data("label", e.Predicate)
		data("e_predicate", e.Predicate)
		data("e_grade", e.Grade)
		data("e_confidence", strconv.FormatFloat(e.Confidence, 'f', -1, 64))
		data("e_evidence", strconv.Itoa(e.EvidenceCount))
		data("e_contested", strconv.FormatBool(e.Contested))
		data("e_key", e.Key)
		data("e_first", stamp(e.FirstSeen))
		data("e_last", stamp(e.LastSeen))
		data("e_first_reported", stampPtr(e.FirstReported))
		data("e_last_reported", stampPtr(e.LastReported))
		data("e_quote", e.Quote)
		data("e_quote_url", e.QuoteURL)
		data("e_quote_date", stampPtr(e.QuoteDate))
		data("e_role", e.Role)
		data("e_current", strconv.FormatBool(e.Current))
		_, err := fmt.Fprintln(bw, "    </edge>")
		return err
	})
	if err != nil {
		return st, err
	}
	fmt.Fprintln(bw, "  </graph>")
	fmt.Fprintln(bw, "</graphml>")
	return st, bw.Flush()
}

func identifiers(ids []graphdb.Identifier) string {
	parts := make([]string, len(ids))
	for i, id := range ids {
		parts[i] = id.Scheme + " " + id.Value
	}
	return strings.Join(parts, "; ")
}

func stamp(t time.Time) string {
	if t.IsZero() {
		return ""
	}
	return t.UTC().Format(time.RFC3339)
}

func stampPtr(t *time.Time) string {
	if t == nil {
		return ""
	}
	return stamp(*t)
}

// CSV column headers.
var (
	NodeColumns = []string{"id", "name", "type", "aliases", "identifiers", "merged_ids", "documents", "first_seen", "last_seen"}
	EdgeColumns = []string{"subject", "predicate", "object", "grade", "confidence", "evidence_count", "denials",
		"contested", "first_seen", "last_seen", "key", "first_reported", "last_reported", "quote", "quote_url", "quote_date", "role", "current"}
	EvidenceColumns = []string{"id", "edge_key", "subject", "predicate", "object", "subject_node", "object_node",
		"grade", "confidence", "denial", "quote", "document_url", "document_title", "published", "publisher", "source",
		"extractor", "capture", "first_seen", "last_seen", "role", "ended"}
)

// TableStats counts what ExportCSV wrote.
type TableStats struct {
	Nodes    int `json:"nodes"`
	Edges    int `json:"edges"`
	Evidence int `json:"evidence"`
}

// ExportCSV writes nodes.csv, edges.csv (each edge with its strongest quote) and
// evidence.csv (one row per evidence record) into dir (created if missing). Lists inside a
// cell (aliases, identifiers, merged ids) are joined with "; ". Each file is written to a
// temporary name first, so a failed export never leaves half a table behind.
func ExportCSV(ctx context.Context, g Reader, scope graphdb.ExportScope, dir string) (TableStats, error) {
	var st TableStats
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return st, fmt.Errorf("export csv: %w", err)
	}
	nodes := map[string]bool{}
	err := writeCSV(filepath.Join(dir, "nodes.csv"), NodeColumns, func(cw rowWriter) error {
		return g.ExportEntities(ctx, scope, func(e graphdb.ExportEntity) error {
			st.Nodes++
			nodes[e.ID] = true
			return cw.Write([]string{e.ID, e.Name, e.Type, strings.Join(e.Aliases, "; "), identifiers(e.Identifiers),
				strings.Join(e.MergedIDs, "; "), strconv.Itoa(e.Documents), stamp(e.FirstSeen), stamp(e.LastSeen)})
		})
	})
	if err != nil {
		return st, err
	}
	err = writeCSV(filepath.Join(dir, "edges.csv"), EdgeColumns, func(cw rowWriter) error {
		return g.ExportEdges(ctx, scope, func(e graphdb.ExportEdge) error {
			if !nodes[e.Subject] || !nodes[e.Object] {
				return nil
			}
			st.Edges++
			return cw.Write([]string{e.Subject, e.Predicate, e.Object, e.Grade, strconv.FormatFloat(e.Confidence, 'f', -1, 64),
				strconv.Itoa(e.EvidenceCount), strconv.Itoa(e.Denials), strconv.FormatBool(e.Contested),
				stamp(e.FirstSeen), stamp(e.LastSeen), e.Key, stampPtr(e.FirstReported), stampPtr(e.LastReported),
				e.Quote, e.QuoteURL, stampPtr(e.QuoteDate), e.Role, strconv.FormatBool(e.Current)})
		})
	})
	if err != nil {
		return st, err
	}
	err = writeCSV(filepath.Join(dir, "evidence.csv"), EvidenceColumns, func(cw rowWriter) error {
		return g.ExportEvidence(ctx, scope, func(ev graphdb.ExportEvidence) error {
			st.Evidence++
			return cw.Write([]string{ev.ID, ev.EdgeKey, ev.Subject, ev.Predicate, ev.Object, ev.SubjectNode, ev.ObjectNode,
				ev.Grade, strconv.FormatFloat(ev.Confidence, 'f', -1, 64), strconv.FormatBool(ev.Denial), ev.Quote,
				ev.DocumentURL, ev.Document.Title, stampPtr(ev.Document.Published), ev.Document.Publisher, ev.Source,
				ev.Extractor, ev.Capture, stamp(ev.FirstSeen), stamp(ev.LastSeen), ev.Role, strconv.FormatBool(ev.Ended)})
		})
	})
	return st, err
}

func writeCSV(path string, header []string, rows func(rowWriter) error) error {
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return fmt.Errorf("export csv: %w", err)
	}
	defer os.Remove(tmp)
	bw := bufio.NewWriterSize(f, 256<<10)
	cw := csv.NewWriter(bw)
	err = cw.Write(header)
	if err == nil {
		err = rows(spreadsheetSafe{cw})
	}
	cw.Flush()
	if err == nil {
		err = cw.Error()
	}
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("export csv %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("export csv %s: %w", path, err)
	}
	return nil
}

// rowWriter is what the table exports write rows to.
type rowWriter interface{ Write(row []string) error }

// spreadsheetSafe writes rows whose cells cannot run as spreadsheet formulas. The tables are
// opened in spreadsheets by their readers, and names and quotes come from crawled pages, written
// by the people investigated: a cell beginning with =, +, -, @, tab or carriage return would be
// read as a formula (OWASP "CSV injection"), so such a cell gets a leading apostrophe, which
// spreadsheets show as text and hide.
type spreadsheetSafe struct{ w *csv.Writer }

func (s spreadsheetSafe) Write(row []string) error {
	safe := row
	for i, c := range row {
		if c == "" || !strings.ContainsRune("=+-@\t\r", rune(c[0])) {
			continue
		}
		if &safe[0] == &row[0] {
			safe = append([]string(nil), row...)
		}
		safe[i] = "'" + c
	}
	return s.w.Write(safe)
}
