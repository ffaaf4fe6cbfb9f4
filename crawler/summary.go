package crawler

import (
	"fmt"
	"io"
	"strings"
	"text/tabwriter"
	"time"
)

// maxErrors bounds the error messages kept per source; the rest are counted.
const maxErrors = 20

// SourceStats is what a run did for one source.
type SourceStats struct {
	Name, Kind string
	// Fetched counts 2xx responses; NotModified counts 304s and 2xx listing pages whose body
	// had not changed since the last fetch.
	Fetched, NotModified int
	// Failed counts fetches and pages that failed (network, HTTP errors, malformed answers,
	// handler errors); Errors says why.
	Failed int
	// Documents counts captures handed to the handler.
	Documents int
	// Items counts entries seen for the first time on listing and API pages (posts,
	// releases, sanctions entries, feed items).
	Items int
	// Skipped counts malformed entries left out, pages that are not HTML, duplicates and
	// pages robots.txt disallows.
	Skipped int
	// Queued is what is left in the source's frontier for the next run.
	Queued int
	// Truncated counts bodies cut at max_body_bytes (documents kept with truncated: true,
	// listings parsed up to the cut).
	Truncated int
	Bytes     int64
	Errors    []string
	// Notes name what was cut, guessed or used for discovery only, without failing.
	Notes    []string
	Duration time.Duration
}

func (s *SourceStats) addNote(msg string) {
	if len(s.Notes) < maxErrors {
		s.Notes = append(s.Notes, msg)
	} else if len(s.Notes) == maxErrors {
		s.Notes = append(s.Notes, "further notes not listed")
	}
}

func (s *SourceStats) addError(msg string) {
	if len(s.Errors) < maxErrors {
		s.Errors = append(s.Errors, msg)
	} else if len(s.Errors) == maxErrors {
		s.Errors = append(s.Errors, "further errors not listed")
	}
}

// Summary is what a run did.
type Summary struct {
	Sources           []SourceStats
	Started, Finished time.Time
	// Interrupted is set when the run was cancelled; what was left stays queued.
	Interrupted bool
}

// Failed lists the names of sources with at least one failure.
func (s *Summary) Failed() []string {
	var out []string
	for _, st := range s.Sources {
		if st.Failed > 0 {
			out = append(out, st.Name)
		}
	}
	return out
}

// Totals adds up the sources.
func (s *Summary) Totals() SourceStats {
	t := SourceStats{Name: "total"}
	for _, st := range s.Sources {
		t.Fetched += st.Fetched
		t.NotModified += st.NotModified
		t.Failed += st.Failed
		t.Documents += st.Documents
		t.Items += st.Items
		t.Skipped += st.Skipped
		t.Queued += st.Queued
		t.Truncated += st.Truncated
		t.Bytes += st.Bytes
	}
	t.Duration = s.Finished.Sub(s.Started)
	return t
}

// Print writes a table of the sources, then each failing source's errors by name.
func (s *Summary) Print(w io.Writer) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "source\tkind\tfetched\tnot modified\tfailed\tnew documents\tnew items\tskipped\tleft\ttime\t")
	for _, st := range s.Sources {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t\n", st.Name, st.Kind, st.Fetched, st.NotModified,
			st.Failed, st.Documents, st.Items, st.Skipped, st.Queued, st.Duration.Round(time.Millisecond))
	}
	t := s.Totals()
	fmt.Fprintf(tw, "total\t\t%d\t%d\t%d\t%d\t%d\t%d\t%d\t%s\t\n", t.Fetched, t.NotModified, t.Failed, t.Documents,
		t.Items, t.Skipped, t.Queued, t.Duration.Round(time.Millisecond))
	tw.Flush()
	for _, st := range s.Sources {
		if len(st.Errors) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s (%s): %d failed\n", st.Name, st.Kind, st.Failed)
		for _, e := range st.Errors {
			fmt.Fprintf(w, "  - %s\n", e)
		}
	}
	for _, st := range s.Sources {
		if len(st.Notes) == 0 {
			continue
		}
		fmt.Fprintf(w, "\n%s (%s): cut or guessed", st.Name, st.Kind)
		if st.Truncated > 0 {
			fmt.Fprintf(w, " (%d bodies cut at max_body_bytes)", st.Truncated)
		}
		fmt.Fprintln(w)
		for _, n := range st.Notes {
			fmt.Fprintf(w, "  - %s\n", n)
		}
	}
	if s.Interrupted {
		fmt.Fprintln(w, "\nInterrupted: what was left is queued and the next run resumes it.")
	}
}

// progress writes one source's progress line, at most every ProgressEvery unless final.
// Called with r.mu held.
func (r *run) progress(sr *srcRun, final bool) {
	w := r.c.opts.Progress
	if w == nil {
		return
	}
	now := time.Now()
	if !final && now.Sub(sr.lastShown) < r.c.opts.ProgressEvery {
		return
	}
	sr.lastShown = now
	st := sr.stats
	state := fmt.Sprintf("%d waiting", sr.waiting+sr.inflight)
	if final {
		state = "done"
		if st.Queued > 0 {
			state = fmt.Sprintf("done, %d left for the next run", st.Queued)
		}
	}
	line := fmt.Sprintf("  %s: fetched %d, not modified %d, failed %d, new documents %d (%s)",
		sr.src.Name, st.Fetched, st.NotModified, st.Failed, st.Documents, state)
	if final && len(st.Errors) > 0 {
		line += ": " + strings.TrimSuffix(st.Errors[0], ".")
	}
	fmt.Fprintln(w, line)
}

// Counts returns the figures as a map, for run histories.
func (s SourceStats) Counts() map[string]int {
	return map[string]int{"fetched": s.Fetched, "not_modified": s.NotModified, "failed": s.Failed,
		"documents": s.Documents, "items": s.Items, "skipped": s.Skipped, "left": s.Queued}
}
