package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/internal/localdb"
)

// projectDir finds the checkout that holds internal/localdb/launcher/pom.xml: $SCAMGRAPH_HOME, else the working
// directory or one of its parents, else the directory above the binary.
func projectDir() (string, error) {
	if v := os.Getenv("SCAMGRAPH_HOME"); v != "" {
		return v, nil
	}
	var starts []string
	if wd, err := os.Getwd(); err == nil {
		starts = append(starts, wd)
	}
	if exe, err := os.Executable(); err == nil {
		starts = append(starts, filepath.Dir(exe))
	}
	for _, dir := range starts {
		for d := dir; ; d = filepath.Dir(d) {
			if _, err := os.Stat(filepath.Join(d, "internal", "localdb", "launcher", "pom.xml")); err == nil {
				return d, nil
			}
			if filepath.Dir(d) == d {
				break
			}
		}
	}
	return "", errors.New("cannot find the scamgraph checkout (a folder with internal/localdb/launcher/pom.xml): run from inside it, set SCAMGRAPH_HOME, or set NEO4J_URI to an existing Neo4j 5")
}

func localOptions(e *env) (localdb.Options, error) {
	dir, err := projectDir()
	if err != nil {
		return localdb.Options{}, err
	}
	return localdb.Options{ProjectDir: dir, Progress: e.stderr}, nil
}

func runDB(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "db", "db start|stop|status [--quiet]\n\n"+
		"Runs the project's local Neo4j Community 5.26 from its Maven Central jars: Bolt on\n"+
		"127.0.0.1:7687, Neo4j Browser on http://127.0.0.1:7474/, data under .scamgraph/neo4j.\n"+
		"Needs Java 17 and Maven (the first start downloads about 130 MB of jars).")
	quiet := fs.Bool("quiet", false, "status: print nothing, exit 0 only when it is running")
	if len(args) == 0 {
		fs.Usage()
		return errUsage
	}
	verb := args[0]
	if err := parseFlags(fs, args[1:]); err != nil {
		return err
	}
	opts, err := localOptions(e)
	if err != nil {
		return err
	}
	switch verb {
	case "start":
		srv, err := localdb.Start(ctx, opts)
		if err != nil {
			return err
		}
		word := "started"
		if !srv.Started() {
			word = "already running"
		}
		fmt.Fprintf(e.stdout, "Neo4j %s (pid %d)\n  Bolt:    %s\n  Browser: %s\n", word, srv.PID(), srv.URI(), srv.BrowserURL())
		return nil
	case "stop":
		if err := localdb.Stop(ctx, opts); err != nil {
			return err
		}
		fmt.Fprintln(e.stdout, "Neo4j stopped")
		return nil
	case "status":
		st, err := localdb.Status(ctx, opts)
		if err != nil {
			return err
		}
		if *quiet {
			if !st.Running {
				return errReported
			}
			return nil
		}
		fmt.Fprintln(e.stdout, st.String())
		if !st.Running {
			return errReported
		}
		return nil
	}
	fs.Usage()
	return errUsage
}

// openGraph connects to NEO4J_URI, or to the local Neo4j when it is unset, and makes sure the
// schema is in place.
func openGraph(ctx context.Context) (*graphdb.Store, error) {
	cfg := graphdb.ConfigFromEnv()
	s, err := graphdb.Open(ctx, cfg)
	if err != nil {
		return nil, err
	}
	if err := s.EnsureSchema(ctx); err != nil {
		s.Close(ctx)
		return nil, fmt.Errorf("prepare graph schema at %s: %w", cfg.URI, err)
	}
	return s, nil
}
