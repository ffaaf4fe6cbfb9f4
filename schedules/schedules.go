// Package schedules runs each source's crawl on its cron schedule (`scamgraph schedule`) and
// keeps a history of the runs (`scamgraph jobs`).
//
// Schedules use robfig/cron/v3: five-field specs, an optional leading seconds field, and
// descriptors such as @hourly or @every 6h. A source's run never overlaps itself (a tick that
// finds it still running is skipped), starts after a random jitter, and is recorded in
// <DataDir>/jobs.jsonl: one JSON line when it starts and one when it ends. The file is plain
// text, appended to, so `scamgraph jobs` can read it while the daemon holds the crawl state.
package schedules

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"sync"
	"syscall"
	"time"

	"github.com/robfig/cron/v3"

	"github.com/scamgraph/scamgraph/internal/config"
	"github.com/scamgraph/scamgraph/internal/pipeline"
)

// Job crawls one source. It returns counts for the run history (fetched, documents, ...).
// When ctx is cancelled it should stop soon and leave its work resumable.
type Job func(ctx context.Context, src config.Source) (counts map[string]int, err error)

// Run statuses.
const (
	StatusRunning     = "running"
	StatusOK          = "ok"
	StatusFailed      = "failed"
	StatusInterrupted = "interrupted" // stopped by SIGTERM, or the daemon died
)

// JobsFile is the run history's file name under the data directory.
const JobsFile = "jobs.jsonl"

// RunRecord is one run of one source's job.
type RunRecord struct {
	ID       string         `json:"id"`
	Source   string         `json:"source"`
	Kind     string         `json:"kind"`
	Schedule string         `json:"schedule"`
	Start    time.Time      `json:"start"`
	End      time.Time      `json:"end,omitzero"`
	Status   string         `json:"status"`
	Counts   map[string]int `json:"counts,omitempty"`
	Error    string         `json:"error,omitempty"`
	PID      int            `json:"pid"`
}

// Duration is how long the run took (so far, while running).
func (r RunRecord) Duration() time.Duration {
	if r.End.IsZero() {
		return time.Since(r.Start)
	}
	return r.End.Sub(r.Start)
}

// Options tune Run.
type Options struct {
	// HealthAddr, when set, serves GET /healthz with the scheduler's state.
	HealthAddr string
	Logger     *slog.Logger
	// Sources limits the daemon to the named sources (default: all).
	Sources []string
	// RunAtStart runs every source once (after its jitter) when the daemon starts.
	RunAtStart bool
	// StopTimeout bounds the wait for running jobs once ctx is done (default 2m).
	StopTimeout time.Duration
	// OnListen is told the health endpoint's address once it listens (useful with port 0).
	OnListen func(addr string)
}

// specParser reads schedules: an optional seconds field, five cron fields, or a descriptor.
var specParser = cron.NewParser(cron.SecondOptional | cron.Minute | cron.Hour | cron.Dom | cron.Month | cron.Dow | cron.Descriptor)

// ParseSpec checks a cron spec as Run reads it.
func ParseSpec(spec string) (cron.Schedule, error) { return specParser.Parse(spec) }

// entry is one source under the scheduler.
type entry struct {
	src     config.Source
	id      cron.EntryID
	mu      sync.Mutex // held while the source's job runs
	running bool
	last    *RunRecord
}

// waitIdle returns once the source's job is not running.
func (e *entry) waitIdle() {
	e.mu.Lock()
	defer e.mu.Unlock()
}

type scheduler struct {
	cfg     *config.Config
	job     Job
	opts    Options
	log     *slog.Logger
	cron    *cron.Cron
	history *history
	started time.Time

	mu      sync.Mutex
	entries []*entry
}

// Run schedules every source's job and blocks until ctx is done (the caller's
// signal.NotifyContext for SIGTERM/SIGINT). Running jobs see ctx cancelled, so they finish or
// checkpoint; Run returns once they have, or after StopTimeout.
func Run(ctx context.Context, cfg *config.Config, job Job, opts Options) error {
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	if opts.StopTimeout <= 0 {
		opts.StopTimeout = 2 * time.Minute
	}
	s := &scheduler{cfg: cfg, job: job, opts: opts, log: opts.Logger, started: time.Now()}
	srcs, err := cfg.Pick(opts.Sources)
	if err != nil {
		return err
	}
	if len(srcs) == 0 {
		return errors.New("no sources to schedule")
	}
	if err := os.MkdirAll(cfg.DataDir, 0o755); err != nil {
		return fmt.Errorf("data dir: %w", err)
	}
	s.history, err = openHistory(cfg.DataDir)
	if err != nil {
		return err
	}
	defer s.history.Close()

	s.cron = cron.New(cron.WithParser(specParser), cron.WithLogger(cronLogger{s.log}),
		cron.WithChain(cron.Recover(cronLogger{s.log})))
	for _, src := range srcs {
		spec := src.Limits.Schedule
		sched, err := specParser.Parse(spec)
		if err != nil {
			return fmt.Errorf("source %q: schedule %q: %w", src.Name, spec, err)
		}
		e := &entry{src: src}
		e.id = s.cron.Schedule(sched, cron.FuncJob(func() { s.runJob(ctx, e) }))
		s.entries = append(s.entries, e)
	}

	var srv *http.Server
	if opts.HealthAddr != "" {
		ln, err := net.Listen("tcp", opts.HealthAddr)
		if err != nil {
			return fmt.Errorf("health endpoint: %w", err)
		}
		srv = &http.Server{Handler: s.healthHandler(), ReadHeaderTimeout: 5 * time.Second}
		go func() {
			if err := srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
				s.log.Error("health endpoint", "err", err)
			}
		}()
		if opts.OnListen != nil {
			opts.OnListen(ln.Addr().String())
		}
		s.log.Info("health endpoint listening", "addr", ln.Addr().String())
	}

	s.cron.Start()
	for _, e := range s.entries {
		s.log.Info("scheduled", "source", e.src.Name, "schedule", e.src.Limits.Schedule, "next", s.cron.Entry(e.id).Next)
	}
	startDone := make(chan struct{})
	if opts.RunAtStart {
		go func() {
			defer close(startDone)
			s.runAtStart(ctx)
		}()
	} else {
		close(startDone)
	}
	<-ctx.Done()
	s.log.Info("stopping: waiting for running jobs to finish or checkpoint")
	stopped := s.cron.Stop()
	waitAll := make(chan struct{})
	go func() {
		<-stopped.Done()
		// Jobs started by RunAtStart are outside cron; wait for them too.
		<-startDone
		for _, e := range s.entries {
			e.waitIdle()
		}
		close(waitAll)
	}()
	var stopErr error
	select {
	case <-waitAll:
	case <-time.After(opts.StopTimeout):
		stopErr = fmt.Errorf("jobs still running after %s", opts.StopTimeout)
	}
	if srv != nil {
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		_ = srv.Shutdown(sctx)
		cancel()
	}
	return stopErr
}

// runAtStart runs every source once in the order a crawl takes them (pipeline.Groups):
// sanctions lists first, and the other sources once the lists have loaded, so articles
// recognise the names the lists bring.
func (s *scheduler) runAtStart(ctx context.Context) {
	byName := make(map[string]*entry, len(s.entries))
	srcs := make([]config.Source, 0, len(s.entries))
	for _, e := range s.entries {
		byName[e.src.Name] = e
		srcs = append(srcs, e.src)
	}
	for _, group := range pipeline.Groups(srcs) {
		var wg sync.WaitGroup
		for _, src := range group {
			e := byName[src.Name]
			wg.Add(1)
			go func() {
				defer wg.Done()
				s.runJob(ctx, e)
				e.waitIdle() // a cron tick may have started it first
			}()
		}
		wg.Wait()
		if ctx.Err() != nil {
			return
		}
	}
}

// RunnerJob is the Job that crawls one source through r: the same run as `scamgraph crawl`,
// with its counts and failure rule.
func RunnerJob(r *pipeline.Runner) Job {
	return func(ctx context.Context, src config.Source) (map[string]int, error) {
		res, err := r.Run(ctx, []config.Source{src})
		if res == nil {
			return nil, err
		}
		counts := map[string]int{}
		for _, st := range res.Summary.Sources {
			for k, v := range st.Counts() {
				counts[k] += v
			}
		}
		counts["extracted"] = res.Totals.Documents
		counts["relations_written"] = res.Totals.Relations
		if err != nil {
			return counts, err
		}
		counts["merged"] = len(res.Resolved.Merges) + len(res.Resolved.Absorbed)
		return counts, res.Err()
	}
}

// runJob runs one source's job unless it is already running, after a random jitter.
func (s *scheduler) runJob(ctx context.Context, e *entry) {
	if !e.mu.TryLock() {
		s.log.Info("skipped: previous run still going", "source", e.src.Name)
		return
	}
	defer e.mu.Unlock()
	if ctx.Err() != nil {
		return
	}
	if j := e.src.Limits.Jitter.D(); j > 0 {
		t := time.NewTimer(time.Duration(rand.Int64N(int64(j))))
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C:
		}
	}
	rec := RunRecord{
		ID:     strconv.FormatInt(time.Now().UnixNano(), 36) + "-" + strconv.Itoa(os.Getpid()),
		Source: e.src.Name, Kind: e.src.Kind, Schedule: e.src.Limits.Schedule,
		Start: time.Now(), Status: StatusRunning, PID: os.Getpid(),
	}
	s.setState(e, &rec, true)
	if err := s.history.Append(rec); err != nil {
		s.log.Error("job history", "err", err)
	}
	s.log.Info("run started", "source", e.src.Name)

	counts, err := s.job(ctx, e.src)
	rec.End, rec.Counts = time.Now(), counts
	switch {
	case ctx.Err() != nil:
		rec.Status = StatusInterrupted
		if err != nil && !errors.Is(err, context.Canceled) {
			rec.Error = err.Error()
		}
	case err != nil:
		rec.Status, rec.Error = StatusFailed, err.Error()
	default:
		rec.Status = StatusOK
	}
	if err := s.history.Append(rec); err != nil {
		s.log.Error("job history", "err", err)
	}
	s.setState(e, &rec, false)
	s.log.Info("run ended", "source", e.src.Name, "status", rec.Status, "took", rec.End.Sub(rec.Start).Round(time.Millisecond), "err", rec.Error)
}

func (s *scheduler) setState(e *entry, rec *RunRecord, running bool) {
	s.mu.Lock()
	defer s.mu.Unlock()
	r := *rec
	e.last, e.running = &r, running
}

// health is the /healthz answer.
type health struct {
	Status  string         `json:"status"`
	Started time.Time      `json:"started"`
	Sources []sourceHealth `json:"sources"`
}

type sourceHealth struct {
	Name     string     `json:"name"`
	Kind     string     `json:"kind"`
	Schedule string     `json:"schedule"`
	Next     time.Time  `json:"next"`
	Running  bool       `json:"running"`
	Last     *RunRecord `json:"last,omitempty"`
}

func (s *scheduler) healthHandler() http.Handler {
	mux := http.NewServeMux()
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		h := health{Status: "ok", Started: s.started}
		s.mu.Lock()
		for _, e := range s.entries {
			h.Sources = append(h.Sources, sourceHealth{Name: e.src.Name, Kind: e.src.Kind, Schedule: e.src.Limits.Schedule,
				Next: s.cron.Entry(e.id).Next, Running: e.running, Last: e.last})
		}
		s.mu.Unlock()
		w.Header().Set("Content-Type", "application/json")
		_ = json.NewEncoder(w).Encode(h)
	})
	return mux
}

// history appends run records to jobs.jsonl.
type history struct {
	mu sync.Mutex
	f  *os.File
}

func openHistory(dataDir string) (*history, error) {
	f, err := os.OpenFile(filepath.Join(dataDir, JobsFile), os.O_CREATE|os.O_APPEND|os.O_WRONLY, 0o644)
	if err != nil {
		return nil, fmt.Errorf("job history: %w", err)
	}
	return &history{f: f}, nil
}

// Append writes one record as one line; a line is written with a single write so that a
// reader never sees half of it.
func (h *history) Append(r RunRecord) error {
	b, err := json.Marshal(r)
	if err != nil {
		return err
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	_, err = h.f.Write(append(b, '\n'))
	return err
}

func (h *history) Close() error { return h.f.Close() }

// ListRuns returns the n most recent runs, newest first (all when n <= 0). A run recorded as
// running whose process is gone is reported as interrupted.
func ListRuns(dataDir string, n int) ([]RunRecord, error) {
	b, err := os.ReadFile(filepath.Join(dataDir, JobsFile))
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("job history: %w", err)
	}
	byID := map[string]RunRecord{}
	var order []string
	for i, line := range splitLines(b) {
		if len(line) == 0 {
			continue
		}
		var r RunRecord
		if err := json.Unmarshal(line, &r); err != nil {
			// A torn last line from a killed daemon is not worth failing for.
			if i == len(splitLines(b))-1 {
				continue
			}
			return nil, fmt.Errorf("job history %s line %d: %w", JobsFile, i+1, err)
		}
		if _, ok := byID[r.ID]; !ok {
			order = append(order, r.ID)
		}
		byID[r.ID] = r
	}
	out := make([]RunRecord, 0, len(order))
	for _, id := range order {
		r := byID[id]
		if r.Status == StatusRunning && !alive(r.PID) {
			r.Status = StatusInterrupted
		}
		out = append(out, r)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Start.After(out[j].Start) })
	if n > 0 && len(out) > n {
		out = out[:n]
	}
	return out, nil
}

func splitLines(b []byte) [][]byte {
	var out [][]byte
	start := 0
	for i, c := range b {
		if c == '\n' {
			out = append(out, b[start:i])
			start = i + 1
		}
	}
	if start < len(b) {
		out = append(out, b[start:])
	}
	return out
}

// alive reports whether a process exists.
func alive(pid int) bool {
	if pid <= 0 {
		return false
	}
	if pid == os.Getpid() {
		return true
	}
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

// PrintRuns writes runs as a table for `scamgraph jobs`.
func PrintRuns(w io.Writer, runs []RunRecord) {
	if len(runs) == 0 {
		fmt.Fprintln(w, "No scheduled runs recorded yet (start one with `scamgraph schedule`).")
		return
	}
	fmt.Fprintf(w, "%-20s  %-24s  %-11s  %9s  %s\n", "started", "source", "status", "took", "counts")
	for _, r := range runs {
		keys := make([]string, 0, len(r.Counts))
		for k := range r.Counts {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		counts := ""
		for _, k := range keys {
			if counts != "" {
				counts += " "
			}
			counts += fmt.Sprintf("%s=%d", k, r.Counts[k])
		}
		fmt.Fprintf(w, "%-20s  %-24s  %-11s  %9s  %s\n", r.Start.Local().Format("2006-01-02 15:04:05"), r.Source, r.Status,
			r.Duration().Round(time.Second), counts)
		if r.Error != "" {
			fmt.Fprintf(w, "%-20s  %s\n", "", r.Error)
		}
	}
}

// cronLogger sends cron's messages to slog.
type cronLogger struct{ l *slog.Logger }

func (c cronLogger) Info(msg string, kv ...any) { c.l.Debug("cron: "+msg, kv...) }
func (c cronLogger) Error(err error, msg string, kv ...any) {
	c.l.Error("cron: "+msg, append([]any{"err", err}, kv...)...)
}
