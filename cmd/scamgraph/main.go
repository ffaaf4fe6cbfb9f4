// Command scamgraph crawls public sources about scam compounds, extracts who and what they
// name, and links it all, with evidence, in a Neo4j graph.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"os"
	"os/signal"
	"strings"
	"syscall"
)

// version is set at build time with -ldflags "-X main.version=..."; "dev" otherwise.
var version = "dev"

type command struct {
	name    string
	summary string
	run     func(ctx context.Context, env *env, args []string) error
}

func commands() []command {
	return []command{
		{"demo", "crawl the bundled sample world into the graph and serve it (what `make demo` runs)", runDemo},
		{"crawl", "crawl the sources of a config file, extract them and load the graph", runCrawl},
		{"schedule", "run each source's crawl on its cron schedule until stopped (daemon)", runSchedule},
		{"jobs", "list past scheduled crawl runs", runJobs},
		{"extract", "extract documents, entities and relations from local files as JSON Lines", runExtract},
		{"eval", "score entity and relation extraction on a labelled set", runEval},
		{"resolve", "merge records of the same entity; explain or split merges (resolve [--dry-run] | explain A B | split ID)", runResolve},
		{"export", "export the graph as FollowTheMoney JSON lines, GraphML or CSV", runExport},
		{"import", "import FollowTheMoney JSON lines into the graph", runImport},
		{"query", "ask the graph: neighbours, paths, owners, complicity, sanctioned, central, cypher", runQuery},
		{"brief", "write a footnoted advocacy brief on entities as Markdown, HTML or PDF", runBrief},
		{"serve", "serve the web explorer and JSON API over the graph", runServe},
		{"hash-password", "print a users-file line (name:bcrypt hash) for the password on stdin", runHashPassword},
		{"capture", "print the archived bytes of a capture, by sha256", runCapture},
		{"db", "start, stop or show the local Neo4j (start|stop|status)", runDB},
		{"version", "print version information", runVersion},
	}
}

// env carries what every command shares: output streams and the logger.
type env struct {
	stdout, stderr io.Writer
	stdin          io.Reader
	log            *slog.Logger
}

func main() {
	// A closed pipe on stdout (`scamgraph demo | tee log`, then Ctrl-C kills tee first) must not
	// kill the process before it has stopped what it started: writes fail instead.
	signal.Ignore(syscall.SIGPIPE)
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	code := run(ctx, os.Args[1:], os.Stdin, os.Stdout, os.Stderr)
	stop()
	os.Exit(code)
}

func run(ctx context.Context, args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	level := slog.LevelInfo
	if v := os.Getenv("SCAMGRAPH_LOG"); v != "" {
		if err := level.UnmarshalText([]byte(v)); err != nil {
			fmt.Fprintf(stderr, "SCAMGRAPH_LOG=%q: use debug, info, warn or error\n", v)
			return 2
		}
	}
	e := &env{stdout: stdout, stderr: stderr, stdin: stdin,
		log: slog.New(slog.NewTextHandler(stderr, &slog.HandlerOptions{Level: level}))}
	if len(args) == 0 || args[0] == "-h" || args[0] == "--help" || args[0] == "help" {
		usage(stdout)
		if len(args) == 0 {
			return 2
		}
		return 0
	}
	for _, c := range commands() {
		if c.name != args[0] {
			continue
		}
		err := c.run(ctx, e, args[1:])
		switch {
		case err == nil:
			return 0
		case errors.Is(err, flag.ErrHelp):
			return 0
		case errors.Is(err, errUsage):
			return 2
		case errors.Is(err, errReported):
			return 1
		case errors.Is(err, context.Canceled):
			fmt.Fprintln(stderr, "scamgraph: interrupted")
			return 130
		default:
			fmt.Fprintf(stderr, "scamgraph %s: %v\n", c.name, err)
			return 1
		}
	}
	fmt.Fprintf(stderr, "scamgraph: unknown command %q\n\n", args[0])
	usage(stderr)
	return 2
}

// errUsage marks a usage mistake whose message was already printed.
var errUsage = errors.New("usage")

// errReported marks a failure whose details were already printed.
var errReported = errors.New("failed")

func usage(w io.Writer) {
	fmt.Fprint(w, `scamgraph: an OSINT crawler and evidence graph of scam compounds

Usage: scamgraph <command> [flags]   (scamgraph <command> -h for its flags)

Commands:
`)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, `
Start here: "make demo" (or "scamgraph demo") builds a graph from the bundled sample sources and
serves it at http://127.0.0.1:8080/; Neo4j Browser is at http://127.0.0.1:7474/.
For real sources: copy sources.example.yaml, then "scamgraph crawl --config sources.yaml".

Environment:
  NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD  an existing Neo4j 5 to use (default: the local one,
                                         bolt://127.0.0.1:7687, started by "scamgraph db start")
  SCAMGRAPH_ADDR                         address the web server listens on (default 127.0.0.1:8080)
  SCAMGRAPH_LOG                          log level: debug, info, warn, error
`)
}

// newFlags returns a flag set that prints its usage with a one-line synopsis.
func newFlags(e *env, name, synopsis string) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(e.stderr)
	fs.Usage = func() {
		fmt.Fprintf(e.stderr, "Usage: scamgraph %s\n\n", synopsis)
		fs.PrintDefaults()
	}
	return fs
}

// parseFlags parses args and turns usage errors into errUsage.
func parseFlags(fs *flag.FlagSet, args []string) error {
	if err := fs.Parse(args); err != nil {
		if errors.Is(err, flag.ErrHelp) {
			return err
		}
		return errUsage
	}
	return nil
}

func envOr(key, def string) string {
	if v := strings.TrimSpace(os.Getenv(key)); v != "" {
		return v
	}
	return def
}
