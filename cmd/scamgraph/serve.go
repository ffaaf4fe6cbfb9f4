package main

import (
	"bufio"
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"os"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/scamgraph/scamgraph/graphdb"
	"github.com/scamgraph/scamgraph/internal/web"
)

const defaultAddr = "127.0.0.1:8080"

func runServe(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "serve [--addr HOST:PORT]", "serve [--addr HOST:PORT]\n\n"+
		"Serves the explorer (/) and the JSON API over the graph at NEO4J_URI (default the local Neo4j):\n"+
		"/healthz, /api/stats, /api/summary, /api/entities?q=, /api/entities/{id}, /api/evidence;\n"+
		"analytics: /api/entities/{id}/neighbourhood, /api/entities/{id}/owners,\n"+
		"/api/compounds/{id}/complicity, /api/paths, /api/sanctioned-networks, /api/centrality;\n"+
		"explorer: /api/entities/{id}/graph, /api/export, /captures/{sha256}, /feeds/entities/{id}.atom;\n"+
		"POST /api/cypher (read-only). See docs/queries.md.\n"+
		"Briefs: /api/brief?ids=&format=html|pdf|md (see scamgraph brief -h).")
	addr := fs.String("addr", envOr("SCAMGRAPH_ADDR", defaultAddr), "listen address (env SCAMGRAPH_ADDR)")
	data := fs.String("data", "", "crawl data directory whose archive GET /captures/{sha256} reads (default: data_dir of --config, else .scamgraph/data)")
	cfgPath := fs.String("config", "", "crawl configuration whose data_dir holds the archive")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	access, err := accessFromEnv(*addr)
	if err != nil {
		return err
	}
	ln, err := listen(*addr)
	if err != nil {
		return err
	}
	g, err := openGraph(ctx)
	if err != nil {
		ln.Close()
		return err
	}
	defer g.Close(context.Background())
	dir, err := dataDir(*data, *cfgPath)
	if err != nil {
		ln.Close()
		return err
	}
	srv, err := newWebServer(g, e, access)
	if err != nil {
		ln.Close()
		return err
	}
	srv.SetCaptures(web.ArchiveCaptures(dir))
	fmt.Fprintf(e.stdout, "Explorer and API: http://%s/   (Ctrl-C to stop)\n", ln.Addr())
	return serveUntilDone(ctx, ln, srv)
}

// accessFromEnv reads the access rules of a server on addr from the environment:
// SCAMGRAPH_PUBLIC_HOSTS (names served besides the bind address and localhost), SCAMGRAPH_TOKEN
// and SCAMGRAPH_USERS_FILE (the login, required off loopback).
func accessFromEnv(addr string) (web.Access, error) {
	a := web.Access{BindAddr: addr, Token: strings.TrimSpace(os.Getenv("SCAMGRAPH_TOKEN"))}
	for _, h := range strings.Split(os.Getenv("SCAMGRAPH_PUBLIC_HOSTS"), ",") {
		if h = strings.TrimSpace(h); h != "" {
			a.PublicHosts = append(a.PublicHosts, h)
		}
	}
	if f := os.Getenv("SCAMGRAPH_USERS_FILE"); f != "" {
		users, err := web.LoadUsers(f)
		if err != nil {
			return a, err
		}
		a.Users = users
	}
	if !web.IsLoopback(addr) && !a.LoginRequired() {
		return a, fmt.Errorf("refusing to serve on %s, which other machines can reach, without a login: "+
			"set SCAMGRAPH_TOKEN (e.g. `export SCAMGRAPH_TOKEN=$(openssl rand -hex 32)`) or SCAMGRAPH_USERS_FILE "+
			"(lines from `scamgraph hash-password NAME`), or listen on 127.0.0.1", addr)
	}
	return a, nil
}

// newWebServer makes the explorer and API handler with access rules a and the answer cap of
// SCAMGRAPH_MAX_ANSWER_MB.
func newWebServer(g *graphdb.Store, e *env, a web.Access) (*web.Server, error) {
	srv := web.New(g, e.log)
	if err := srv.SetAccess(a); err != nil {
		return nil, err
	}
	if v := os.Getenv("SCAMGRAPH_MAX_ANSWER_MB"); v != "" {
		n, err := strconv.Atoi(v)
		if err != nil || n < 1 || n > 1024 {
			return nil, fmt.Errorf("SCAMGRAPH_MAX_ANSWER_MB=%q: want a whole number of MiB from 1 to 1024", v)
		}
		srv.SetMaxAnswer(int64(n) << 20)
	}
	if v := os.Getenv("SCAMGRAPH_ANSWER_TTL"); v != "" {
		d, err := time.ParseDuration(v)
		if err != nil || d < 0 || d > time.Hour {
			return nil, fmt.Errorf("SCAMGRAPH_ANSWER_TTL=%q: want a duration from 0 (no reuse) to 1h, e.g. 2s", v)
		}
		srv.SetAnswerTTL(d)
	}
	// A soft memory limit makes the collector give memory back under load (GOMEMLIMIT wins).
	if os.Getenv("GOMEMLIMIT") == "" {
		debug.SetMemoryLimit(192 << 20)
	}
	if a.LoginRequired() {
		fmt.Fprintln(e.stdout, "Login required: API clients send Authorization: Bearer $SCAMGRAPH_TOKEN; browsers log in at /login")
	}
	return srv, nil
}

func runHashPassword(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "hash-password NAME", "hash-password NAME\n\n"+
		"Reads a password from stdin (one line) and prints a SCAMGRAPH_USERS_FILE line for NAME:\n"+
		"  scamgraph hash-password alice >> users.txt")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		return fmt.Errorf("hash-password takes one user name")
	}
	line, err := bufio.NewReader(e.stdin).ReadString('\n')
	if err != nil && line == "" {
		return fmt.Errorf("read the password from stdin: %w", err)
	}
	out, err := web.HashPassword(fs.Arg(0), strings.TrimRight(line, "\r\n"))
	if err != nil {
		return err
	}
	fmt.Fprintln(e.stdout, out)
	return nil
}

// listen opens the HTTP port, explaining the usual failure.
func listen(addr string) (net.Listener, error) {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		if errors.Is(err, syscall.EADDRINUSE) {
			return nil, fmt.Errorf("address %s is already in use: stop what listens there, or set SCAMGRAPH_ADDR to another address (e.g. 127.0.0.1:8088)", addr)
		}
		return nil, fmt.Errorf("listen on %s: %w", addr, err)
	}
	return ln, nil
}

// serveUntilDone serves h on ln until ctx ends, then shuts down gracefully.
func serveUntilDone(ctx context.Context, ln net.Listener, h http.Handler) error {
	// Slow or oversized requests cannot hold the server: headers within 10 s and 64 KiB, a body
	// within 30 s, idle connections closed after 2 min.
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, ReadTimeout: 30 * time.Second,
		WriteTimeout: 60 * time.Second, IdleTimeout: 2 * time.Minute, MaxHeaderBytes: 64 << 10}
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
		sctx, cancel := context.WithTimeout(context.Background(), 5*time.Second)
		defer cancel()
		_ = srv.Shutdown(sctx)
		return nil
	}
}
