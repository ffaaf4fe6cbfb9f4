package schedules

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/internal/config"
)

func testConfig(t *testing.T, sources string) *config.Config {
	t.Helper()
	cfg, err := config.Parse([]byte(fmt.Sprintf("user_agent: \"scamgraph-test (+mailto:t@example.org)\"\ndata_dir: %q\ndefaults:\n  jitter: 1ms\nsources:\n%s",
		t.TempDir(), sources)))
	if err != nil {
		t.Fatal(err)
	}
	return cfg
}

// TestScheduleRunsWithoutOverlap runs a slow source every second: ticks that find it running
// are skipped, every run is recorded with its counts, and the health endpoint reports it.
func TestScheduleRunsWithoutOverlap(t *testing.T) {
	cfg := testConfig(t, `  - name: slow
    kind: rss
    url: http://127.0.0.1:1/feed
    schedule: "@every 1s"
  - name: quick
    kind: rss
    url: http://127.0.0.1:1/other
    schedule: "* * * * * *"
`)
	var mu sync.Mutex
	running := map[string]int{}
	maxRunning := map[string]int{}
	runs := map[string]int{}
	job := func(ctx context.Context, src config.Source) (map[string]int, error) {
		mu.Lock()
		running[src.Name]++
		runs[src.Name]++
		maxRunning[src.Name] = max(maxRunning[src.Name], running[src.Name])
		n := runs[src.Name]
		mu.Unlock()
		defer func() {
			mu.Lock()
			running[src.Name]--
			mu.Unlock()
		}()
		if src.Name == "slow" {
			time.Sleep(2500 * time.Millisecond) // spans two ticks
		}
		if src.Name == "quick" && n == 2 {
			return map[string]int{"fetched": 0}, errors.New("feed.example.org: 403 Forbidden")
		}
		return map[string]int{"fetched": n, "documents": 2 * n}, nil
	}
	ctx, cancel := context.WithCancel(context.Background())
	addr := make(chan string, 1)
	done := make(chan error, 1)
	go func() {
		done <- Run(ctx, cfg, job, Options{HealthAddr: "127.0.0.1:0", OnListen: func(a string) { addr <- a }})
	}()
	healthURL := "http://" + <-addr + "/healthz"

	time.Sleep(3800 * time.Millisecond)
	resp, err := http.Get(healthURL)
	if err != nil {
		t.Fatal(err)
	}
	var h health
	if err := json.NewDecoder(resp.Body).Decode(&h); err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != 200 || h.Status != "ok" || len(h.Sources) != 2 || h.Sources[0].Next.IsZero() {
		t.Errorf("health: %d %+v", resp.StatusCode, h)
	}
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}

	mu.Lock()
	defer mu.Unlock()
	if maxRunning["slow"] != 1 || maxRunning["quick"] != 1 {
		t.Errorf("overlapping runs: %v", maxRunning)
	}
	if runs["slow"] < 1 || runs["slow"] > 2 {
		t.Errorf("slow source ran %d times in 3.8s with 2.5s runs", runs["slow"])
	}
	if runs["quick"] < 3 {
		t.Errorf("quick source ran %d times", runs["quick"])
	}
	recs, err := ListRuns(cfg.DataDir, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != runs["slow"]+runs["quick"] {
		t.Fatalf("%d runs recorded, %d made", len(recs), runs["slow"]+runs["quick"])
	}
	var failed, ok int
	for i, r := range recs {
		if i > 0 && r.Start.After(recs[i-1].Start) {
			t.Error("runs not listed newest first")
		}
		if r.End.IsZero() || r.Start.IsZero() || r.PID != os.Getpid() {
			t.Errorf("incomplete record %+v", r)
		}
		switch r.Status {
		case StatusFailed:
			failed++
			if r.Source != "quick" || !strings.Contains(r.Error, "403") {
				t.Errorf("failed run %+v", r)
			}
		case StatusOK:
			ok++
			if r.Counts["documents"] != 2*r.Counts["fetched"] {
				t.Errorf("counts %v", r.Counts)
			}
		case StatusInterrupted:
		default:
			t.Errorf("status %q", r.Status)
		}
	}
	if failed != 1 || ok == 0 {
		t.Errorf("%d failed, %d ok", failed, ok)
	}
	if two, _ := ListRuns(cfg.DataDir, 2); len(two) != 2 || two[0].ID != recs[0].ID {
		t.Errorf("ListRuns(2) = %d records", len(two))
	}
	var out bytes.Buffer
	PrintRuns(&out, recs)
	if !strings.Contains(out.String(), "quick") || !strings.Contains(out.String(), "403 Forbidden") {
		t.Errorf("PrintRuns:\n%s", out.String())
	}
}

// TestStopLetsTheRunningJobCheckpoint cancels the daemon (as SIGTERM does) while a job runs:
// the job sees the cancellation, takes its time to checkpoint, and Run waits for it.
func TestStopLetsTheRunningJobCheckpoint(t *testing.T) {
	cfg := testConfig(t, `  - name: feed
    kind: rss
    url: http://127.0.0.1:1/feed
    schedule: "@every 1h"
`)
	started := make(chan struct{})
	var checkpointed atomic.Bool
	job := func(ctx context.Context, src config.Source) (map[string]int, error) {
		close(started)
		<-ctx.Done()
		time.Sleep(300 * time.Millisecond) // write the checkpoint
		checkpointed.Store(true)
		return map[string]int{"fetched": 3, "left": 7}, ctx.Err()
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- Run(ctx, cfg, job, Options{RunAtStart: true}) }()
	<-started
	cancel()
	if err := <-done; err != nil {
		t.Fatal(err)
	}
	if !checkpointed.Load() {
		t.Fatal("Run returned before the running job had checkpointed")
	}
	recs, err := ListRuns(cfg.DataDir, 0)
	if err != nil || len(recs) != 1 {
		t.Fatalf("%v %v", recs, err)
	}
	if recs[0].Status != StatusInterrupted || recs[0].Counts["left"] != 7 || recs[0].Error != "" {
		t.Errorf("record %+v", recs[0])
	}
}

func TestBadScheduleNamesTheSource(t *testing.T) {
	cfg := testConfig(t, `  - name: gdelt-kh
    kind: gdelt
    url: http://127.0.0.1:1/api
    schedule: "every six hours"
`)
	err := Run(context.Background(), cfg, nil, Options{})
	if err == nil || !strings.Contains(err.Error(), `source "gdelt-kh"`) || !strings.Contains(err.Error(), "every six hours") {
		t.Fatalf("err = %v", err)
	}
}

// TestListRunsAfterDaemonDied reads a history whose daemon was killed mid-run and left a torn
// last line.
func TestListRunsAfterDaemonDied(t *testing.T) {
	dir := t.TempDir()
	start := time.Date(2025, 10, 15, 8, 0, 0, 0, time.UTC)
	lines := []RunRecord{
		{ID: "a", Source: "camboja", Start: start, Status: StatusRunning, PID: 1 << 30},
		{ID: "a", Source: "camboja", Start: start, End: start.Add(time.Minute), Status: StatusOK, PID: 1 << 30, Counts: map[string]int{"documents": 4}},
		{ID: "b", Source: "camboja", Start: start.Add(time.Hour), Status: StatusRunning, PID: 1 << 30},
	}
	var buf bytes.Buffer
	for _, l := range lines {
		b, _ := json.Marshal(l)
		buf.Write(append(b, '\n'))
	}
	buf.WriteString(`{"id":"c","source":"cambo`)
	if err := os.WriteFile(filepath.Join(dir, JobsFile), buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	recs, err := ListRuns(dir, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(recs) != 2 || recs[0].ID != "b" || recs[0].Status != StatusInterrupted || recs[1].Status != StatusOK || recs[1].Counts["documents"] != 4 {
		t.Fatalf("%+v", recs)
	}
	if none, err := ListRuns(t.TempDir(), 0); err != nil || len(none) != 0 {
		t.Fatalf("empty history: %v %v", none, err)
	}
}
