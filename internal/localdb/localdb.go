// Package localdb runs the project's own Neo4j Community 5.26 (internal/localdb/launcher/Launcher.java on the Maven
// Central jars) as a detached background process, so users without Docker or a Neo4j install get a
// graph with one command. It starts, reuses, inspects and stops that process; it never touches a
// Neo4j it did not start.
package localdb

import (
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
	"github.com/neo4j/neo4j-go-driver/v5/neo4j/config"
)

// Defaults for Options fields left empty.
const (
	DefaultBoltAddr     = "127.0.0.1:7687"
	DefaultHTTPAddr     = "127.0.0.1:7474"
	DefaultHeapMB       = 1024
	DefaultPageCacheMB  = 512
	DefaultStartTimeout = 180 * time.Second
	DefaultStopTimeout  = 60 * time.Second
)

// Options says where the runtime lives and how the server listens. Only ProjectDir is required.
type Options struct {
	// ProjectDir is the repository root holding internal/localdb/launcher/pom.xml and internal/localdb/launcher/Launcher.java.
	ProjectDir string
	// StateDir holds the database, its logs, the process log and the pid file.
	// Default <ProjectDir>/.scamgraph/neo4j.
	StateDir string
	// BoltAddr is the Bolt listen address, default 127.0.0.1:7687.
	BoltAddr string
	// HTTPAddr serves Neo4j Browser, default 127.0.0.1:7474.
	HTTPAddr string
	// HeapMB bounds the JVM heap (default 1024); PageCacheMB the store page cache (default 512).
	HeapMB, PageCacheMB int
	// StartTimeout bounds the wait for Bolt to answer, default 180 s (a cold start on a busy
	// 2-core machine has taken 75 s; a process that dies is noticed at once regardless).
	StartTimeout time.Duration
	// StopTimeout bounds the wait for a clean shutdown before SIGKILL, default 60 s.
	StopTimeout time.Duration
	// Progress receives human-readable progress (downloads, startup); nil discards it.
	Progress io.Writer
}

func (o Options) withDefaults() (Options, error) {
	if o.ProjectDir == "" {
		return o, errors.New("localdb: Options.ProjectDir is empty (it must be the checkout holding internal/localdb/launcher/pom.xml)")
	}
	dir, err := filepath.Abs(o.ProjectDir)
	if err != nil {
		return o, fmt.Errorf("localdb: project dir %s: %w", o.ProjectDir, err)
	}
	o.ProjectDir = dir
	if o.StateDir == "" {
		o.StateDir = filepath.Join(o.ProjectDir, ".scamgraph", "neo4j")
	}
	if o.StateDir, err = filepath.Abs(o.StateDir); err != nil {
		return o, fmt.Errorf("localdb: state dir: %w", err)
	}
	if o.BoltAddr == "" {
		o.BoltAddr = DefaultBoltAddr
	}
	if o.HTTPAddr == "" {
		o.HTTPAddr = DefaultHTTPAddr
	}
	for _, a := range []struct{ name, addr string }{{"Bolt", o.BoltAddr}, {"HTTP", o.HTTPAddr}} {
		if _, _, err := net.SplitHostPort(a.addr); err != nil {
			return o, fmt.Errorf("localdb: %s address %q: %w", a.name, a.addr, err)
		}
	}
	if o.HeapMB <= 0 {
		o.HeapMB = DefaultHeapMB
	}
	if o.PageCacheMB <= 0 {
		o.PageCacheMB = DefaultPageCacheMB
	}
	if o.StartTimeout <= 0 {
		o.StartTimeout = DefaultStartTimeout
	}
	if o.StopTimeout <= 0 {
		o.StopTimeout = DefaultStopTimeout
	}
	if o.Progress == nil {
		o.Progress = io.Discard
	}
	return o, nil
}

func (o Options) runtimeDir() string { return filepath.Join(o.ProjectDir, "internal/localdb/launcher") }
func (o Options) pidPath() string    { return filepath.Join(o.StateDir, "neo4j.pid") }
func (o Options) logPath() string    { return filepath.Join(o.StateDir, "neo4j.log") }
func (o Options) lockPath() string   { return filepath.Join(o.StateDir, "neo4j.lock") }

// Server is a running local Neo4j.
type Server struct {
	pid      int
	started  bool
	boltAddr string
	httpAddr string
	logPath  string
}

// URI is the Bolt address for drivers, e.g. bolt://127.0.0.1:7687.
func (s *Server) URI() string { return "bolt://" + s.boltAddr }

// BrowserURL opens Neo4j Browser already pointed at this server.
func (s *Server) BrowserURL() string { return "http://" + s.httpAddr + "/" }

// Started reports whether this call started the process (false: an earlier one was reused).
func (s *Server) Started() bool { return s.started }

// PID is the JVM's process id.
func (s *Server) PID() int { return s.pid }

// State describes the local server as seen from its state dir and its Bolt port.
type State struct {
	Running    bool // a process started by localdb is alive
	PID        int
	URI        string
	BrowserURL string
	Reachable  bool // Bolt answered a query
	LogFile    string
}

func (s State) String() string {
	switch {
	case s.Running && s.Reachable:
		return fmt.Sprintf("running (pid %d)\n  Bolt:    %s\n  Browser: %s", s.PID, s.URI, s.BrowserURL)
	case s.Running:
		return fmt.Sprintf("starting or unresponsive (pid %d): %s does not answer yet; log: %s", s.PID, s.URI, s.LogFile)
	case s.Reachable:
		return fmt.Sprintf("not running, but another Neo4j answers on %s", s.URI)
	default:
		return "not running"
	}
}

// pidRecord is what the pid file holds: the process and the addresses it was started with.
type pidRecord struct {
	pid            int
	bolt, httpAddr string
}

func readPID(path string) (pidRecord, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return pidRecord{}, err
	}
	lines := strings.Split(strings.TrimSpace(string(b)), "\n")
	if len(lines) != 3 {
		return pidRecord{}, fmt.Errorf("pid file %s: want 3 lines (pid, bolt, http), got %d", path, len(lines))
	}
	pid, err := strconv.Atoi(strings.TrimSpace(lines[0]))
	if err != nil || pid <= 0 {
		return pidRecord{}, fmt.Errorf("pid file %s: bad pid %q", path, lines[0])
	}
	return pidRecord{pid: pid, bolt: strings.TrimSpace(lines[1]), httpAddr: strings.TrimSpace(lines[2])}, nil
}

func writePID(path string, r pidRecord) error {
	tmp := path + ".tmp"
	data := fmt.Sprintf("%d\n%s\n%s\n", r.pid, r.bolt, r.httpAddr)
	if err := os.WriteFile(tmp, []byte(data), 0o644); err != nil {
		return fmt.Errorf("write pid file: %w", err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return fmt.Errorf("write pid file: %w", err)
	}
	return nil
}

// ourProcess reports whether the pid file names a live launcher JVM; a stale file is removed.
func ourProcess(o Options) (pidRecord, bool, error) {
	rec, err := readPID(o.pidPath())
	if errors.Is(err, os.ErrNotExist) {
		return pidRecord{}, false, nil
	}
	if err != nil {
		// A damaged pid file cannot name a process we could safely signal.
		_ = os.Remove(o.pidPath())
		return pidRecord{}, false, nil
	}
	if !isLauncher(rec.pid) {
		if err := os.Remove(o.pidPath()); err != nil && !errors.Is(err, os.ErrNotExist) {
			return pidRecord{}, false, fmt.Errorf("remove stale pid file: %w", err)
		}
		return pidRecord{}, false, nil
	}
	return rec, true, nil
}

// Start returns the running local Neo4j, starting it first when needed. The process is detached:
// it keeps running after the caller exits, until Stop.
func Start(ctx context.Context, opts Options) (*Server, error) {
	o, err := opts.withDefaults()
	if err != nil {
		return nil, err
	}
	if err := os.MkdirAll(o.StateDir, 0o755); err != nil {
		return nil, fmt.Errorf("localdb: create state dir: %w", err)
	}
	unlock, err := lockFile(ctx, o.lockPath())
	if err != nil {
		return nil, err
	}
	defer unlock()

	if rec, ok, err := ourProcess(o); err != nil {
		return nil, err
	} else if ok {
		if rec.bolt != o.BoltAddr || rec.httpAddr != o.HTTPAddr {
			return nil, fmt.Errorf("localdb: the Neo4j of %s is already running (pid %d) on Bolt %s, HTTP %s, not on the requested %s, %s; run `scamgraph db stop` first",
				o.StateDir, rec.pid, rec.bolt, rec.httpAddr, o.BoltAddr, o.HTTPAddr)
		}
		srv := &Server{pid: rec.pid, boltAddr: rec.bolt, httpAddr: rec.httpAddr, logPath: o.logPath()}
		// It may still be starting (another command launched it a moment ago).
		if err := waitReady(ctx, o, srv, nil, 0); err != nil {
			return nil, err
		}
		return srv, nil
	}

	for _, p := range []struct{ what, addr, env string }{
		{"Bolt", o.BoltAddr, "NEO4J_URI"},
		{"Neo4j Browser (HTTP)", o.HTTPAddr, ""},
	} {
		if err := portFree(p.addr); err != nil {
			hint := "stop the program using it"
			if p.env != "" {
				hint += ", or if it is a Neo4j 5 you want to use, set NEO4J_URI=bolt://" + p.addr
			}
			return nil, fmt.Errorf("localdb: cannot start Neo4j: %s port %s is already in use by another program (%v); %s", p.what, p.addr, err, hint)
		}
	}

	javaPath, err := findJava(ctx)
	if err != nil {
		return nil, err
	}
	if err := ensureJars(ctx, o); err != nil {
		return nil, err
	}
	return launch(ctx, o, javaPath)
}

// portFree checks that nothing listens on addr by binding it briefly.
func portFree(addr string) error {
	ln, err := net.Listen("tcp", addr)
	if err != nil {
		var op *net.OpError
		if errors.As(err, &op) && op.Err != nil {
			return op.Err
		}
		return err
	}
	return ln.Close()
}

// javaArgs are the JVM flags the launcher runs with: bounded heap, the module openings Neo4j's own
// neo4j.conf passes, and exit (not limp on) after an OutOfMemoryError.
func javaArgs(heapMB int) []string {
	initial := min(256, heapMB)
	return []string{
		fmt.Sprintf("-Xms%dm", initial),
		fmt.Sprintf("-Xmx%dm", heapMB),
		"-XX:+UseG1GC",
		"-XX:+ExitOnOutOfMemoryError",
		"-XX:+DisableExplicitGC",
		"--add-opens=java.base/java.nio=ALL-UNNAMED",
		"--add-opens=java.base/java.io=ALL-UNNAMED",
		"--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
		"-Dio.netty.tryReflectionSetAccessible=true",
		"-Dlog4j2.disable.jmx=true",
		"-cp", "target/lib/*",
		"Launcher.java",
	}
}

// launcherEnv replaces any inherited launcher settings with the ones from o. Authentication stays
// off (the server listens on loopback for one user), so a NEO4J_PASSWORD meant for a remote
// server cannot switch it on here.
func launcherEnv(base []string, o Options) []string {
	own := map[string]string{
		"NEO4J_BOLT_ADDR":    o.BoltAddr,
		"NEO4J_HTTP_ADDR":    o.HTTPAddr,
		"NEO4J_HOME_DIR":     o.StateDir,
		"NEO4J_PAGECACHE_MB": strconv.Itoa(o.PageCacheMB),
		"NEO4J_PASSWORD":     "",
	}
	env := make([]string, 0, len(base)+len(own))
	for _, kv := range base {
		k, _, _ := strings.Cut(kv, "=")
		if _, ok := own[k]; !ok {
			env = append(env, kv)
		}
	}
	for _, k := range []string{"NEO4J_BOLT_ADDR", "NEO4J_HTTP_ADDR", "NEO4J_HOME_DIR", "NEO4J_PAGECACHE_MB", "NEO4J_PASSWORD"} {
		env = append(env, k+"="+own[k])
	}
	return env
}

func launch(ctx context.Context, o Options, javaPath string) (*Server, error) {
	logf, err := os.OpenFile(o.logPath(), os.O_CREATE|os.O_WRONLY|os.O_APPEND, 0o644)
	if err != nil {
		return nil, fmt.Errorf("localdb: open log: %w", err)
	}
	defer logf.Close()
	offset, err := logf.Seek(0, io.SeekEnd)
	if err != nil {
		return nil, fmt.Errorf("localdb: open log: %w", err)
	}
	fmt.Fprintf(logf, "==== %s starting Neo4j: Bolt %s, HTTP %s\n", time.Now().Format(time.RFC3339), o.BoltAddr, o.HTTPAddr)

	cmd := exec.Command(javaPath, javaArgs(o.HeapMB)...)
	cmd.Dir = o.runtimeDir()
	cmd.Env = launcherEnv(os.Environ(), o)
	cmd.Stdout = logf
	cmd.Stderr = logf
	detach(cmd)
	fmt.Fprintf(o.Progress, "Starting Neo4j 5.26 on %s (log: %s)\n", o.BoltAddr, o.logPath())
	begin := time.Now()
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("localdb: run %s: %w", javaPath, err)
	}
	exited := make(chan struct{})
	go func() {
		// Reaps the child when it exits while this process still runs (tests, `make demo`).
		_ = cmd.Wait()
		close(exited)
	}()
	srv := &Server{pid: cmd.Process.Pid, started: true, boltAddr: o.BoltAddr, httpAddr: o.HTTPAddr, logPath: o.logPath()}
	if err := writePID(o.pidPath(), pidRecord{pid: srv.pid, bolt: o.BoltAddr, httpAddr: o.HTTPAddr}); err != nil {
		_ = stopPID(srv.pid, o.StopTimeout)
		return nil, fmt.Errorf("localdb: %w", err)
	}
	if err := waitReady(ctx, o, srv, exited, offset); err != nil {
		_ = stopPID(srv.pid, o.StopTimeout)
		_ = os.Remove(o.pidPath())
		return nil, err
	}
	fmt.Fprintf(o.Progress, "Neo4j ready in %.1f s: %s, Neo4j Browser %s\n", time.Since(begin).Seconds(), srv.URI(), srv.BrowserURL())
	return srv, nil
}

// waitReady polls Bolt until a query succeeds. exited (may be nil) closes when the child dies;
// otherwise liveness is checked through the pid. logOffset marks where this run's output starts.
func waitReady(ctx context.Context, o Options, srv *Server, exited <-chan struct{}, logOffset int64) error {
	ctx, cancel := context.WithTimeout(ctx, o.StartTimeout)
	defer cancel()
	drv, err := newDriver(srv.URI())
	if err != nil {
		return fmt.Errorf("localdb: %w", err)
	}
	defer drv.Close(context.Background())

	tick := time.NewTicker(250 * time.Millisecond)
	defer tick.Stop()
	var lastErr error
	for {
		if lastErr = ping(ctx, drv); lastErr == nil {
			return nil
		}
		dead := false
		if exited != nil {
			select {
			case <-exited:
				dead = true
			default:
			}
		} else if !isLauncher(srv.pid) {
			dead = true
		}
		if dead {
			return fmt.Errorf("localdb: Neo4j (pid %d) exited during startup; end of %s:\n%s", srv.pid, o.logPath(), logTail(o.logPath(), logOffset, 40))
		}
		select {
		case <-ctx.Done():
			if errors.Is(ctx.Err(), context.DeadlineExceeded) {
				return fmt.Errorf("localdb: Neo4j (pid %d) did not answer on %s within %s (last error: %v); end of %s:\n%s",
					srv.pid, srv.URI(), o.StartTimeout, lastErr, o.logPath(), logTail(o.logPath(), logOffset, 40))
			}
			return fmt.Errorf("localdb: waiting for Neo4j: %w", ctx.Err())
		case <-exited:
		case <-tick.C:
		}
	}
}

func newDriver(uri string) (neo4j.DriverWithContext, error) {
	return neo4j.NewDriverWithContext(uri, neo4j.NoAuth(), func(c *config.Config) {
		c.SocketConnectTimeout = 2 * time.Second
		c.ConnectionAcquisitionTimeout = 5 * time.Second
		c.MaxConnectionPoolSize = 2
	})
}

// ping proves the default database answers queries, not just that the port accepts connections.
func ping(ctx context.Context, drv neo4j.DriverWithContext) error {
	ctx, cancel := context.WithTimeout(ctx, 5*time.Second)
	defer cancel()
	if err := drv.VerifyConnectivity(ctx); err != nil {
		return err
	}
	sess := drv.NewSession(ctx, neo4j.SessionConfig{DatabaseName: "neo4j", AccessMode: neo4j.AccessModeRead})
	defer sess.Close(context.Background())
	res, err := sess.Run(ctx, "RETURN 1", nil)
	if err != nil {
		return err
	}
	_, err = res.Consume(ctx)
	return err
}

// logTail returns the last n lines written at or after offset.
func logTail(path string, offset int64, n int) string {
	f, err := os.Open(path)
	if err != nil {
		return fmt.Sprintf("(cannot read log: %v)", err)
	}
	defer f.Close()
	const maxRead = 64 << 10
	info, err := f.Stat()
	if err != nil {
		return fmt.Sprintf("(cannot read log: %v)", err)
	}
	start := max(offset, info.Size()-maxRead)
	b, err := io.ReadAll(io.NewSectionReader(f, start, info.Size()-start))
	if err != nil {
		return fmt.Sprintf("(cannot read log: %v)", err)
	}
	lines := strings.Split(strings.TrimRight(string(b), "\n"), "\n")
	if len(lines) > n {
		lines = lines[len(lines)-n:]
	}
	return strings.Join(lines, "\n")
}

// Stop shuts the local Neo4j down cleanly (SIGTERM, then SIGKILL after StopTimeout). It is not an
// error when nothing runs.
func Stop(ctx context.Context, opts Options) error {
	o, err := opts.withDefaults()
	if err != nil {
		return err
	}
	if _, err := os.Stat(o.StateDir); errors.Is(err, os.ErrNotExist) {
		return nil
	}
	unlock, err := lockFile(ctx, o.lockPath())
	if err != nil {
		return err
	}
	defer unlock()
	rec, ok, err := ourProcess(o)
	if err != nil || !ok {
		return err
	}
	fmt.Fprintf(o.Progress, "Stopping Neo4j (pid %d)\n", rec.pid)
	if err := stopPID(rec.pid, o.StopTimeout); err != nil {
		return fmt.Errorf("localdb: stop Neo4j (pid %d): %w", rec.pid, err)
	}
	if err := os.Remove(o.pidPath()); err != nil && !errors.Is(err, os.ErrNotExist) {
		return fmt.Errorf("localdb: remove pid file: %w", err)
	}
	return nil
}

// stopPID sends SIGTERM, waits up to timeout for the exit, then kills.
func stopPID(pid int, timeout time.Duration) error {
	if err := terminate(pid); err != nil {
		if !processAlive(pid) {
			return nil
		}
		return err
	}
	if waitGone(pid, timeout) {
		return nil
	}
	if err := kill(pid); err != nil && processAlive(pid) {
		return err
	}
	if waitGone(pid, 10*time.Second) {
		return nil
	}
	return fmt.Errorf("process %d still alive after SIGKILL", pid)
}

func waitGone(pid int, timeout time.Duration) bool {
	deadline := time.Now().Add(timeout)
	for processAlive(pid) {
		if time.Now().After(deadline) {
			return false
		}
		time.Sleep(100 * time.Millisecond)
	}
	return true
}

// Status reports whether the local server runs and whether its Bolt port answers.
func Status(ctx context.Context, opts Options) (State, error) {
	o, err := opts.withDefaults()
	if err != nil {
		return State{}, err
	}
	st := State{LogFile: o.logPath()}
	bolt, httpAddr := o.BoltAddr, o.HTTPAddr
	if rec, ok, err := ourProcess(o); err != nil {
		return st, err
	} else if ok {
		st.Running, st.PID = true, rec.pid
		bolt, httpAddr = rec.bolt, rec.httpAddr
	}
	srv := Server{boltAddr: bolt, httpAddr: httpAddr}
	st.URI, st.BrowserURL = srv.URI(), srv.BrowserURL()
	drv, err := newDriver(st.URI)
	if err != nil {
		return st, fmt.Errorf("localdb: %w", err)
	}
	defer drv.Close(context.Background())
	st.Reachable = ping(ctx, drv) == nil
	return st, nil
}
