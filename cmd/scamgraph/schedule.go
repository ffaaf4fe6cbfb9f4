package main

import (
	"context"
	"fmt"

	"github.com/scamgraph/scamgraph/schedules"
)

func runSchedule(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "schedule", "schedule [--config sources.yaml] [--health HOST:PORT] [--source NAME]...\n\n"+
		"Runs each source's crawl on its cron spec (`schedule:` in the config, robfig/cron syntax with\n"+
		"descriptors such as @every 6h) until SIGTERM or Ctrl-C, which lets running crawls finish or\n"+
		"checkpoint. A source's run never overlaps itself; each run is recorded for `scamgraph jobs`.")
	path := fs.String("config", "sources.yaml", "crawl configuration (see sources.example.yaml)")
	health := fs.String("health", envOr("SCAMGRAPH_HEALTH_ADDR", "127.0.0.1:8081"), "address of the scheduler's /healthz endpoint (empty for none)")
	atStart := fs.Bool("run-at-start", true, "run every source once when the daemon starts")
	var only multiFlag
	fs.Var(&only, "source", "schedule only this source (repeatable)")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	cfg, err := loadConfig(*path)
	if err != nil {
		return err
	}
	if _, err := cfg.Pick(only); err != nil {
		return err
	}
	for _, s := range cfg.Sources {
		if _, err := schedules.ParseSpec(s.Limits.Schedule); err != nil {
			return fmt.Errorf("source %q: schedule %q: %w", s.Name, s.Limits.Schedule, err)
		}
	}
	g, err := openGraph(ctx)
	if err != nil {
		return err
	}
	defer g.Close(context.Background())
	runner, closeRunner, err := openRunner(e, cfg, g)
	if err != nil {
		return err
	}
	defer closeRunner()
	job := schedules.RunnerJob(runner)
	fmt.Fprintf(e.stdout, "Scheduling %d sources (health: http://%s/healthz); Ctrl-C or SIGTERM to stop\n", len(cfg.Sources), *health)
	return schedules.Run(ctx, cfg, job, schedules.Options{HealthAddr: *health, Logger: e.log, Sources: only, RunAtStart: *atStart})
}

func runJobs(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "jobs", "jobs [--config sources.yaml | --data DIR] [-n 50]\n\n"+
		"Lists the scheduler's runs, newest first: source, start, end, status and counts.")
	path := fs.String("config", "", "crawl configuration whose data_dir holds the history")
	data := fs.String("data", "", "crawl data directory (default: data_dir of --config, else .scamgraph/data)")
	n := fs.Int("n", 50, "how many runs to list")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	dir, err := dataDir(*data, *path)
	if err != nil {
		return err
	}
	runs, err := schedules.ListRuns(dir, *n)
	if err != nil {
		return err
	}
	schedules.PrintRuns(e.stdout, runs)
	return nil
}
