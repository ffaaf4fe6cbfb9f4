package interop

import (
	"bufio"
	"cmp"
	"context"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"

	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/model"
)

// ReleaseReader is what a dataset release reads: the exports and the graph's summary.
type ReleaseReader interface {
	Reader
	Summary(ctx context.Context) (*graphdb.Summary, error)
}

// ReleaseOptions describe a dataset release.
type ReleaseOptions struct {
	// Date names the release (scamgraph-YYYY-MM-DD); the zero value is today (UTC).
	Date time.Time
	// Licence is the licence the data is released under, written in the README.
	Licence string
	// Version is the scamgraph build that wrote it.
	Version string
	// Extractor is the extractor version of this build, named in the README beside the schema.
	Extractor string
	// Progress, when set, gets one line per file written.
	Progress io.Writer
}

// ReleaseStats says what a release holds.
type ReleaseStats struct {
	Dir      string           `json:"dir"`
	Files    []string         `json:"files"`
	Graph    GraphStats       `json:"graph"`
	Tables   TableStats       `json:"tables"`
	FtM      ExportStats      `json:"ftm"`
	Summary  *graphdb.Summary `json:"summary"`
	Checksum string           `json:"sha256sums"` // path of SHA256SUMS
}

// Release file names, in the order they are written.
const (
	releaseFtM     = "scamgraph.ftm.json"
	releaseGraphML = "scamgraph.graphml"
	releaseREADME  = "README.md"
	releaseSums    = "SHA256SUMS"
)

// Release writes a dated, checksummed dataset release into parent/scamgraph-YYYY-MM-DD:
// FollowTheMoney JSON lines, GraphML, nodes/edges/evidence CSV, a README (licence, sources,
// counts, columns) and SHA256SUMS over every other file. It is built in a temporary
// directory beside the final one and renamed into place, so a failed release leaves nothing
// that looks finished; a release of that date already there is an error, never overwritten.
func Release(ctx context.Context, g ReleaseReader, parent string, opt ReleaseOptions) (ReleaseStats, error) {
	var st ReleaseStats
	date := opt.Date
	if date.IsZero() {
		date = time.Now()
	}
	date = date.UTC()
	name := "scamgraph-" + date.Format("2006-01-02")
	final := filepath.Join(parent, name)
	if _, err := os.Stat(final); err == nil {
		return st, fmt.Errorf("release %s exists already: move it away or release into another directory", final)
	} else if !errors.Is(err, fs.ErrNotExist) {
		return st, fmt.Errorf("release: %w", err)
	}
	if err := os.MkdirAll(parent, 0o755); err != nil {
		return st, fmt.Errorf("release: %w", err)
	}
	tmp, err := os.MkdirTemp(parent, "."+name+".tmp-")
	if err != nil {
		return st, fmt.Errorf("release: %w", err)
	}
	defer os.RemoveAll(tmp) // nothing left after the rename succeeds
	progress := func(format string, args ...any) {
		if opt.Progress != nil {
			fmt.Fprintf(opt.Progress, format+"\n", args...)
		}
	}
	scope := graphdb.ExportScope{}

	sum, err := g.Summary(ctx)
	if err != nil {
		return st, err
	}
	st.Summary = sum
	if err := writeFile(filepath.Join(tmp, releaseFtM), func(w io.Writer) error {
		st.FtM, err = ExportFtM(ctx, g, scope, w)
		return err
	}); err != nil {
		return st, err
	}
	progress("  %-22s %d FtM entities", releaseFtM, st.FtM.Lines)
	if err := writeFile(filepath.Join(tmp, releaseGraphML), func(w io.Writer) error {
		st.Graph, err = ExportGraphML(ctx, g, scope, w)
		return err
	}); err != nil {
		return st, err
	}
	progress("  %-22s %d nodes, %d edges", releaseGraphML, st.Graph.Nodes, st.Graph.Edges)
	if st.Tables, err = ExportCSV(ctx, g, scope, tmp); err != nil {
		return st, err
	}
	progress("  %-22s %d nodes, %d edges, %d evidence records", "{nodes,edges,evidence}.csv",
		st.Tables.Nodes, st.Tables.Edges, st.Tables.Evidence)
	if err := writeFile(filepath.Join(tmp, releaseREADME), func(w io.Writer) error {
		return writeReleaseREADME(w, name, date, opt, st)
	}); err != nil {
		return st, err
	}
	files := []string{releaseFtM, releaseGraphML, "nodes.csv", "edges.csv", "evidence.csv", releaseREADME}
	if err := writeFile(filepath.Join(tmp, releaseSums), func(w io.Writer) error {
		for _, f := range files {
			h, err := fileSHA256(filepath.Join(tmp, f))
			if err != nil {
				return err
			}
			if _, err := fmt.Fprintf(w, "%s  %s\n", h, f); err != nil {
				return err
			}
		}
		return nil
	}); err != nil {
		return st, err
	}
	if err := os.Chmod(tmp, 0o755); err != nil {
		return st, fmt.Errorf("release: %w", err)
	}
	if err := os.Rename(tmp, final); err != nil {
		return st, fmt.Errorf("release: %w", err)
	}
	st.Dir, st.Files, st.Checksum = final, append(files, releaseSums), filepath.Join(final, releaseSums)
	return st, nil
}

// writeFile writes path through a buffer, reporting the first error of writing or closing.
func writeFile(path string, write func(io.Writer) error) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("release: %w", err)
	}
	bw := bufio.NewWriterSize(f, 256<<10)
	err = write(bw)
	if err == nil {
		err = bw.Flush()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("release %s: %w", filepath.Base(path), err)
	}
	return nil
}

func fileSHA256(path string) (string, error) {
	f, err := os.Open(path)
	if err != nil {
		return "", fmt.Errorf("release checksum: %w", err)
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return "", fmt.Errorf("release checksum %s: %w", path, err)
	}
	return hex.EncodeToString(h.Sum(nil)), nil
}

// mdCell keeps a table cell on one line and its pipes literal: source names come from
// configuration, but a README is read as Markdown.
func mdCell(s string) string {
	s = strings.NewReplacer("|", `\|`, "\n", " ", "\r", " ").Replace(s)
	return strings.TrimSpace(s)
}

func writeReleaseREADME(w io.Writer, name string, date time.Time, opt ReleaseOptions, st ReleaseStats) error {
	sum := st.Summary
	licence := opt.Licence
	if licence == "" {
		licence = "see the publisher of this release"
	}
	b := &strings.Builder{}
	fmt.Fprintf(b, "# %s\n\n", name)
	fmt.Fprintf(b, "A dataset release of the scamgraph knowledge graph of scam compounds, their owners, operators,\n"+
		"protectors and the sanctions against them, written %s by scamgraph %s (graph schema %d,\nextractor %s).\n\n",
		date.Format("2006-01-02"), opt.Version, graphdb.SchemaVersion(), cmp.Or(opt.Extractor, "unknown"))
	fmt.Fprintf(b, "## Licence\n\nThe compiled data (entities, edges, grades, tables) is released under %s.\n"+
		"Quotes are short excerpts of the documents listed in `evidence.csv`, whose text remains under\n"+
		"its publishers' terms; cite the document (`document_url`) as well as this release.\n\n", licence)
	fmt.Fprintf(b, "## Reading it\n\nEvery typed edge is derived from evidence: a quote in a dated document, graded `official`\n"+
		"(a sanction list, court record or government action states it), `reported` (a news text states\n"+
		"it as fact), `alleged` (attributed or hedged, denials included) or `co-mentioned` (the two only\n"+
		"appear together). An edge's grade is its strongest evidence's; `grade_rank` orders them\n"+
		"(0 = official ... 3 = co-mentioned). A grade is a statement about the sources, not a finding.\n\n")
	fmt.Fprintf(b, "## Counts\n\n%d entities, %d typed relations, %d documents from %d sources; %d evidence records.\n\n",
		sum.Stats.Entities, sum.Stats.Relations, sum.Stats.Documents, sum.Stats.Sources, st.Tables.Evidence)
	b.WriteString("| Entity type | Count |\n|---|---:|\n")
	for _, t := range sum.EntitiesByType {
		fmt.Fprintf(b, "| %s | %d |\n", mdCell(t.Type), t.Count)
	}
	b.WriteString("\n| Predicate | Edges |")
	for _, g := range model.Grades {
		fmt.Fprintf(b, " %s |", g)
	}
	b.WriteString(" contested |\n|---|---:|")
	for range model.Grades {
		b.WriteString("---:|")
	}
	b.WriteString("---:|\n")
	for _, p := range sum.Relations {
		fmt.Fprintf(b, "| %s | %d |", mdCell(p.Predicate), p.Count)
		for _, g := range model.Grades {
			fmt.Fprintf(b, " %d |", p.ByGrade[g])
		}
		fmt.Fprintf(b, " %d |\n", p.Contested)
	}
	b.WriteString("\n## Sources\n\n| Source | Kind | Address | Documents | Last crawled |\n|---|---|---|---:|---|\n")
	sources := append([]graphdb.SourceCount(nil), sum.DocumentsBySource...)
	sort.SliceStable(sources, func(i, j int) bool { return sources[i].Source < sources[j].Source })
	for _, s := range sources {
		last := ""
		if s.LastSeen != nil {
			last = s.LastSeen.UTC().Format("2006-01-02")
		}
		fmt.Fprintf(b, "| %s | %s | %s | %d | %s |\n", mdCell(s.Source), mdCell(s.Kind), mdCell(s.URL), s.Documents, last)
	}
	fmt.Fprintf(b, "\n## Files\n\n"+
		"| File | What |\n|---|---|\n"+
		"| `%s` | FollowTheMoney JSON lines (Aleph/OpenAleph, OpenSanctions tools); `scamgraph import --format ftm` reads it back |\n"+
		"| `%s` | GraphML for Gephi or NetworkX: entity nodes, typed edges with grade, evidence count, strongest quote |\n"+
		"| `nodes.csv` | one row per entity: %s |\n"+
		"| `edges.csv` | one row per typed edge (co-mentions included): %s |\n"+
		"| `evidence.csv` | one row per evidence record: %s |\n"+
		"| `SHA256SUMS` | checksums of the files above: `sha256sum -c SHA256SUMS` |\n\n",
		releaseFtM, releaseGraphML, strings.Join(NodeColumns, ", "), strings.Join(EdgeColumns, ", "),
		strings.Join(EvidenceColumns, ", "))
	fmt.Fprintf(b, "%d FtM entities; GraphML %d nodes and %d edges. Times are UTC, RFC 3339. Lists inside a CSV cell\n"+
		"are joined with `; `. `edges.csv` `key` and `evidence.csv` `edge_key` join an edge to its evidence.\n"+
		"Quotes and titles are written as the sources gave them, and the sources include the people they\n"+
		"name: a CSV cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return is written with a\n"+
		"leading `'`, so that a spreadsheet shows it as text instead of running it as a formula.\n",
		st.FtM.Lines, st.Graph.Nodes, st.Graph.Edges)
	_, err := io.WriteString(w, b.String())
	return err
}
