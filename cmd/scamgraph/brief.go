package main

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"time"

	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/internal/brief"
	"github.com/scamgraph/scamgraph/model"
)

func runBrief(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "brief", "brief [--format md|html|pdf] [--out FILE] [--min-grade G] [--since DATE] NAME_OR_ID...\n\n"+
		"Writes an advocacy brief on one or more entities or compounds: a summary, key facts, the\n"+
		"network drawing, ownership chains, complicity paths and a timeline, every statement\n"+
		"footnoted to its document, quote and archived capture. Names resolve like the search\n"+
		"(exact name, then alias); an ambiguous name lists the ids to choose from. PDF is printed\n"+
		"by headless Chromium (SCAMGRAPH_CHROMIUM, default /usr/bin/chromium).")
	format := fs.String("format", brief.FormatMarkdown, "output format: md, html or pdf")
	out := fs.String("out", "", "file to write (default standard output; required for pdf on a terminal)")
	minGrade := fs.String("min-grade", model.Alleged, "weakest grade stated: official, reported or alleged (co-mentioned also lists co-mentions, never as ties)")
	since := fs.String("since", "", "leave out evidence dated before this day (YYYY-MM-DD)")
	pos, err := parseInterleaved(fs, args)
	if err != nil {
		return err
	}
	usage := func(format string, a ...any) error {
		fmt.Fprintf(e.stderr, "scamgraph brief: %s\n\n", fmt.Sprintf(format, a...))
		fs.Usage()
		return errUsage
	}
	if !slices.Contains(brief.Formats, *format) {
		return usage("--format must be one of %s", strings.Join(brief.Formats, ", "))
	}
	if !slices.Contains(model.Grades, *minGrade) {
		return usage("--min-grade must be one of %s", strings.Join(model.Grades, ", "))
	}
	var opt brief.Options
	opt.MinGrade = *minGrade
	if *since != "" {
		t, err := time.Parse("2006-01-02", *since)
		if err != nil {
			return usage("--since %q: give a day as YYYY-MM-DD", *since)
		}
		opt.Since = t
	}
	if len(pos) == 0 {
		return usage("give at least one entity name or id (quote names with spaces)")
	}
	if len(pos) > brief.MaxSubjects {
		return usage("one brief covers at most %d entities", brief.MaxSubjects)
	}
	if *format == brief.FormatPDF && *out == "" && isTerminal(e.stdout) {
		return usage("a PDF is not for the terminal: give --out FILE.pdf")
	}
	chromium := ""
	if *format == brief.FormatPDF {
		if chromium, err = brief.FindChromium(); err != nil {
			return err // before touching the graph: say what to install first
		}
	}
	// Read only: the brief neither writes nor migrates the graph.
	g, err := graphdb.Open(ctx, graphdb.ConfigFromEnv())
	if err != nil {
		return err
	}
	defer g.Close(context.Background())
	ids, err := brief.Resolve(ctx, g, pos)
	if err != nil {
		var amb *brief.Ambiguous
		var nf *brief.NotFound
		if errors.As(err, &amb) || errors.As(err, &nf) {
			lines := strings.Split(err.Error(), "\n")
			for i, l := range lines {
				lines[i] = clean(l)
			}
			fmt.Fprintf(e.stderr, "scamgraph brief: %s\n", strings.Join(lines, "\n"))
			return errReported
		}
		return err
	}
	fmt.Fprintf(e.stderr, "Reading the graph for %s...\n", clean(strings.Join(ids, ", ")))
	b, err := brief.Build(ctx, g, ids, opt)
	if err != nil {
		return err
	}
	var buf bytes.Buffer
	switch *format {
	case brief.FormatHTML:
		err = brief.HTML(&buf, b)
	case brief.FormatPDF:
		fmt.Fprintln(e.stderr, "Printing the PDF with "+chromium+"...")
		err = brief.PDF(ctx, &buf, b, chromium)
	default:
		err = brief.Markdown(&buf, b)
	}
	if err != nil {
		return err
	}
	ties, left := 0, 0
	for _, s := range b.Subjects {
		ties += s.TieCount
		left += s.LeftOut.BelowGrade + s.LeftOut.BeforeDate
	}
	summary := fmt.Sprintf("%s on %s: %s, %s; %s left out by the filters.",
		strings.ToUpper(*format), entities(len(b.Subjects)), plural(ties, "tie"), plural(len(b.Notes), "footnote"), plural(left, "tie"))
	if *out == "" {
		if _, err := e.stdout.Write(buf.Bytes()); err != nil {
			return err
		}
		fmt.Fprintln(e.stderr, summary)
		return nil
	}
	if err := writeFileAtomic(*out, buf.Bytes()); err != nil {
		return err
	}
	fmt.Fprintf(e.stderr, "Wrote %s (%d bytes). %s\n", *out, buf.Len(), summary)
	return nil
}

// writeFileAtomic writes through a temporary file in the same directory, so a failed or
// interrupted run never leaves half a brief under the requested name.
func writeFileAtomic(path string, data []byte) error {
	f, err := os.CreateTemp(filepath.Dir(path), ".brief-*")
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	defer os.Remove(f.Name())
	if _, err := f.Write(data); err != nil {
		f.Close()
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := f.Close(); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Chmod(f.Name(), 0o644); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	if err := os.Rename(f.Name(), path); err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}

// isTerminal reports whether w is a character device (a terminal), where binary output
// would be garbage.
func isTerminal(w any) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

func entities(n int) string {
	if n == 1 {
		return "1 entity"
	}
	return fmt.Sprintf("%d entities", n)
}
