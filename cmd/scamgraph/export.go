package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/scamgraph/scamgraph/extract"
	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/internal/interop"
	"github.com/scamgraph/scamgraph/internal/sources/opensanctions"
	"github.com/scamgraph/scamgraph/model"
)

func runExport(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "export", "export --format ftm|statements|graphml|csv [--out PATH] [--source NAME]\n"+
		"export --release DIR [--licence TEXT]\n\n"+
		"Writes the graph as FollowTheMoney JSON lines (Aleph/OpenAleph, OpenSanctions tools; standard\n"+
		"properties only, provenance and grades included), OpenSanctions statements CSV (with each\n"+
		"claim's grade and quote), GraphML (Gephi) or CSV (nodes.csv, edges.csv and evidence.csv in the\n"+
		"--out directory). ftm, statements and graphml go to stdout unless --out names a file. --source\n"+
		"exports only what one source gave. --release writes a dated dataset release,\n"+
		"DIR/scamgraph-YYYY-MM-DD: FtM, GraphML and CSV, a README with licence, sources and counts, and\n"+
		"SHA256SUMS.")
	format := fs.String("format", "", "ftm, statements, graphml or csv")
	out := fs.String("out", "", "output file (ftm, graphml) or directory (csv, default ./export)")
	source := fs.String("source", "", "export only the documents of this source and what they name")
	release := fs.String("release", "", "write a dated, checksummed dataset release into this directory")
	licence := fs.String("licence", "CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/)", "licence of the released data, for the release README")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if *release != "" {
		if fs.NArg() != 0 || *format != "" || *out != "" || *source != "" {
			fmt.Fprintln(e.stderr, "export: --release writes every format of the whole graph; leave out --format, --out and --source")
			return errUsage
		}
		g, err := openGraph(ctx)
		if err != nil {
			return err
		}
		defer g.Close(context.Background())
		fmt.Fprintf(e.stderr, "writing a dataset release into %s\n", *release)
		st, err := interop.Release(ctx, g, *release, interop.ReleaseOptions{Licence: *licence, Version: version, Extractor: extract.Version, Progress: e.stderr})
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stdout, "%s: %d entities, %d edges, %d evidence records, %d documents; verify with: cd %s && sha256sum -c %s\n",
			st.Dir, st.Tables.Nodes, st.Tables.Edges, st.Tables.Evidence, st.Summary.Stats.Documents, st.Dir, filepath.Base(st.Checksum))
		return nil
	}
	if fs.NArg() != 0 || (*format != "ftm" && *format != "statements" && *format != "graphml" && *format != "csv") {
		fs.Usage()
		return errUsage
	}
	g, err := openGraph(ctx)
	if err != nil {
		return err
	}
	defer g.Close(context.Background())
	scope := graphdb.ExportScope{Source: *source}
	if *format == "csv" {
		dir := *out
		if dir == "" {
			dir = "export"
		}
		st, err := interop.ExportCSV(ctx, g, scope, dir)
		if err != nil {
			return err
		}
		fmt.Fprintf(e.stderr, "wrote %d nodes, %d edges and %d evidence records to %s\n", st.Nodes, st.Edges, st.Evidence,
			filepath.Join(dir, "{nodes,edges,evidence}.csv"))
		return nil
	}
	return writeOut(*out, e.stdout, func(w io.Writer) error {
		switch *format {
		case "ftm":
			st, err := interop.ExportFtM(ctx, g, scope, w)
			if err == nil {
				fmt.Fprintf(e.stderr, "wrote %d FtM entities: %d entities, %d documents, %d mentions, %d evidence records\n",
					st.Lines, st.Entities, st.Documents, st.Mentions, st.Evidence)
			}
			return err
		case "statements":
			st, err := interop.ExportStatements(ctx, g, scope, w)
			if err == nil {
				fmt.Fprintf(e.stderr, "wrote the statements of %d FtM entities: %d entities, %d documents, %d evidence records\n",
					st.Lines, st.Entities, st.Documents, st.Evidence)
			}
			return err
		default:
			st, err := interop.ExportGraphML(ctx, g, scope, w)
			if err == nil {
				fmt.Fprintf(e.stderr, "wrote %d nodes and %d edges\n", st.Nodes, st.Edges)
			}
			return err
		}
	})
}

// writeOut writes to stdout, or to a file through a temporary name so a failed export leaves
// no half-written file.
func writeOut(path string, stdout io.Writer, write func(io.Writer) error) error {
	if path == "" || path == "-" {
		bw := bufio.NewWriter(stdout)
		if err := write(bw); err != nil {
			return err
		}
		return bw.Flush()
	}
	tmp := path + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return err
	}
	defer os.Remove(tmp)
	if err := write(f); err != nil {
		f.Close()
		return err
	}
	if err := f.Close(); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

func runImport(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "import", "import --format ftm PATH   (PATH may be - for stdin)\n\n"+
		"Reads FollowTheMoney JSON lines into the graph. A scamgraph export comes back as it was\n"+
		"(documents, mentions, graded evidence, merges); other FtM data (OpenSanctions, Aleph) is read\n"+
		"like a crawled OpenSanctions list, as documents of a source named after the file.")
	format := fs.String("format", "ftm", "ftm (the only import format)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 || *format != "ftm" {
		fs.Usage()
		return errUsage
	}
	path := fs.Arg(0)
	var r io.Reader = e.stdin
	name := "ftm-import:stdin"
	if path != "-" {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		r, name = f, "ftm-import:"+filepath.Base(path)
	}
	g, err := openGraph(ctx)
	if err != nil {
		return err
	}
	defer g.Close(context.Background())
	st, err := interop.ImportFtM(ctx, g, bufio.NewReaderSize(r, 1<<20), name, time.Now().UTC(), readFtMList)
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "read %d lines (%d skipped, %d foreign): %d documents, %d entities, %d evidence records, %d merges restored\n",
		st.Lines, st.Skipped, st.Foreign, st.Documents, st.Entities, st.Evidence, st.Merges)
	return nil
}

// readFtMList reads FollowTheMoney lines of another tool as the extractor reads a crawled
// OpenSanctions list, so imported and crawled records of one entity become one node.
func readFtMList(source string, lines []byte) ([]model.Document, error) {
	docs, ok, err := extract.SanctionsDocuments(extract.Page{URL: "ftm-import:" + source, Kind: opensanctions.Name,
		Body: lines, Source: source})
	if err == nil && !ok {
		err = errors.New("not FollowTheMoney entities")
	}
	return docs, err
}
