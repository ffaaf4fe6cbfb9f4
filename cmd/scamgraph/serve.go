package main

import (
	"context"
	"errors"
	"fmt"
	"net"
	"net/http"
	"syscall"
	"time"

	"github.com/scamgraph/scamgraph/web"
)

const defaultAddr = "127.0.0.1:8080"

func runServe(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "serve [--addr HOST:PORT]", "serve [--addr HOST:PORT]\n\n"+
		"Serves the explorer (/) and the JSON API over the graph at NEO4J_URI (default the local Neo4j):\n"+
		"/healthz, /api/stats, /api/summary, /api/entities?q=, /api/entities/{id}, /api/evidence;\n"+
		"analytics: /api/entities/{id}/neighbourhood, /api/entities/{id}/owners,\n"+
		"/api/compounds/{id}/complicity, /api/paths, /api/sanctioned-networks, /api/centrality;\n"+
		"explorer: /api/entities/{id}/graph, /api/export, /captures/{sha256}, /feeds/entities/{id}.atom;\n"+
		"POST /api/cypher (read-only). See docs/queries.md.")
	addr := fs.String("addr", envOr("SCAMGRAPH_ADDR", defaultAddr), "listen address (env SCAMGRAPH_ADDR)")
	data := fs.String("data", "", "crawl data directory whose archive GET /captures/{sha256} reads (default: data_dir of --config, else .scamgraph/data)")
	cfgPath := fs.String("config", "", "crawl configuration whose data_dir holds the archive")
	if err := parseFlags(fs, args); err != nil {
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
		return err
	}
	srv := web.New(g, e.log)
	srv.SetCaptures(web.ArchiveCaptures(dir))
	fmt.Fprintf(e.stdout, "Explorer and API: http://%s/   (Ctrl-C to stop)\n", ln.Addr())
	return serveUntilDone(ctx, ln, srv)
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
	srv := &http.Server{Handler: h, ReadHeaderTimeout: 10 * time.Second, WriteTimeout: 60 * time.Second}
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
