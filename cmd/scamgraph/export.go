package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"time"

	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/interop"
)

func runExport(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "export", "export --format ftm|statements|graphml|csv [--out PATH] [--source NAME]\n\n"+
		"Writes the graph as FollowTheMoney JSON lines (Aleph/OpenAleph, OpenSanctions tools; standard\n"+
		"properties only, provenance and grades included), OpenSanctions statements CSV (with each\n"+
		"claim's grade and quote), GraphML (Gephi) or CSV (nodes.csv and edges.csv in the --out\n"+
		"directory). ftm, statements and graphml go to stdout unless --out names a file. --source\n"+
		"exports only what one source gave.")
	format := fs.String("format", "", "ftm, statements, graphml or csv")
	out := fs.String("out", "", "output file (ftm, graphml) or directory (csv, default ./export)")
	source := fs.String("source", "", "export only the documents of this source and what they name")
	if err := parseFlags(fs, args); err != nil {
		return err
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
		fmt.Fprintf(e.stderr, "wrote %d nodes and %d edges to %s\n", st.Nodes, st.Edges, filepath.Join(dir, "{nodes,edges}.csv"))
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
	st, err := interop.ImportFtM(ctx, g, bufio.NewReaderSize(r, 1<<20), name, time.Now().UTC())
	if err != nil {
		return err
	}
	fmt.Fprintf(e.stdout, "read %d lines (%d skipped, %d foreign): %d documents, %d entities, %d evidence records, %d merges restored\n",
		st.Lines, st.Skipped, st.Foreign, st.Documents, st.Entities, st.Evidence, st.Merges)
	return nil
}
