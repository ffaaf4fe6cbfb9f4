package localdb

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

func projectDir(t *testing.T) string {
	t.Helper()
	dir, err := filepath.Abs("../..")
	if err != nil {
		t.Fatal(err)
	}
	return dir
}

// freeAddr returns a loopback address nothing listens on right now.
func freeAddr(t *testing.T) string {
	t.Helper()
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	addr := ln.Addr().String()
	ln.Close()
	return addr
}

func testOptions(t *testing.T) Options {
	return Options{
		ProjectDir:  projectDir(t),
		StateDir:    t.TempDir(),
		BoltAddr:    freeAddr(t),
		HTTPAddr:    freeAddr(t),
		HeapMB:      512,
		PageCacheMB: 64,
	}
}

func query(ctx context.Context, t *testing.T, uri string, auth neo4j.AuthToken, cypher string, params map[string]any) (*neo4j.EagerResult, error) {
	t.Helper()
	drv, err := neo4j.NewDriverWithContext(uri, auth)
	if err != nil {
		t.Fatal(err)
	}
	defer drv.Close(ctx)
	return neo4j.ExecuteQuery(ctx, drv, cypher, params, neo4j.EagerResultTransformer, neo4j.ExecuteQueryWithDatabase("neo4j"))
}

func noRedirectGet(t *testing.T, url string, accept string) (*http.Response, string) {
	t.Helper()
	client := &http.Client{
		Timeout:       10 * time.Second,
		CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse },
	}
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		t.Fatal(err)
	}
	if accept != "" {
		req.Header.Set("Accept", accept)
	}
	resp, err := client.Do(req)
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	defer resp.Body.Close()
	body, err := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	if err != nil {
		t.Fatalf("GET %s: %v", url, err)
	}
	return resp, string(body)
}

// TestLifecycle runs the real JVM: cold start, query, browser, status, reuse, stop.
func TestLifecycle(t *testing.T) {
	ctx, cancel := context.WithTimeout(context.Background(), 4*time.Minute)
	defer cancel()
	opts := testOptions(t)
	var progress bytes.Buffer
	opts.Progress = &progress
	t.Cleanup(func() {
		if err := Stop(context.Background(), opts); err != nil {
			t.Errorf("cleanup stop: %v", err)
		}
	})

	begin := time.Now()
	srv, err := Start(ctx, opts)
	if err != nil {
		t.Fatalf("start: %v", err)
	}
	t.Logf("cold start to Bolt-ready: %s", time.Since(begin).Round(10*time.Millisecond))
	if !srv.Started() || srv.PID() <= 0 {
		t.Fatalf("Started=%v PID=%d, want a new process", srv.Started(), srv.PID())
	}
	if want := "bolt://" + opts.BoltAddr; srv.URI() != want {
		t.Errorf("URI = %q, want %q", srv.URI(), want)
	}
	if !strings.Contains(progress.String(), "Neo4j ready") {
		t.Errorf("progress output lacks the ready line:\n%s", progress.String())
	}
	if !isLauncher(srv.PID()) {
		t.Fatalf("pid %d is not a running launcher", srv.PID())
	}

	token := fmt.Sprintf("probe-%d", time.Now().UnixNano())
	if _, err := query(ctx, t, srv.URI(), neo4j.NoAuth(), "CREATE (:LocaldbProbe {token: $token})", map[string]any{"token": token}); err != nil {
		t.Fatalf("write: %v", err)
	}
	res, err := query(ctx, t, srv.URI(), neo4j.NoAuth(), "MATCH (p:LocaldbProbe {token: $token}) RETURN count(p) AS n", map[string]any{"token": token})
	if err != nil {
		t.Fatalf("read: %v", err)
	}
	if n, _ := res.Records[0].Get("n"); n != int64(1) {
		t.Fatalf("probe count = %v, want 1", n)
	}

	// Queries cannot read files through this server, even without scamgraph's plan guard.
	settings, err := query(ctx, t, srv.URI(), neo4j.NoAuth(), "SHOW SETTINGS YIELD name, value RETURN name, value", nil)
	if err != nil {
		t.Fatalf("settings: %v", err)
	}
	got := map[string]string{}
	for _, r := range settings.Records {
		got[r.Values[0].(string)] = fmt.Sprint(r.Values[1])
	}
	importDir := got["server.directories.import"]
	if got["dbms.security.allow_csv_import_from_file_urls"] != "false" || got["dbms.security.procedures.unrestricted"] != "" ||
		filepath.Base(importDir) != "import" || got["db.memory.transaction.max"] == "0B" {
		t.Errorf("file and procedure settings: csv file URLs %q, unrestricted %q, import %q, tx max %q",
			got["dbms.security.allow_csv_import_from_file_urls"], got["dbms.security.procedures.unrestricted"], importDir, got["db.memory.transaction.max"])
	}
	if err := os.WriteFile(filepath.Join(importDir, "probe.csv"), []byte("secret-"+token+"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if res, err := query(ctx, t, srv.URI(), neo4j.NoAuth(), "LOAD CSV FROM 'file:///probe.csv' AS l RETURN l", nil); err == nil {
		t.Errorf("LOAD CSV read a file from the import directory: %v", res.Records)
	}

	resp, _ := noRedirectGet(t, srv.BrowserURL(), "text/html")
	loc := resp.Header.Get("Location")
	if resp.StatusCode != http.StatusFound || !strings.Contains(loc, "dbms="+srv.URI()) || !strings.Contains(loc, "preselectAuthMethod=NO_AUTH") {
		t.Errorf("GET / = %d Location %q, want a redirect into the browser with dbms=%s and NO_AUTH", resp.StatusCode, loc, srv.URI())
	}
	resp, body := noRedirectGet(t, "http://"+opts.HTTPAddr+"/browser/", "")
	if resp.StatusCode != http.StatusOK || !strings.Contains(body, "<title>Neo4j Browser</title>") {
		t.Errorf("GET /browser/ = %d, body starts %.80q; want the Neo4j Browser page", resp.StatusCode, body)
	}
	resp, body = noRedirectGet(t, "http://"+opts.HTTPAddr+"/", "application/json")
	if resp.StatusCode != http.StatusOK || !strings.Contains(body, `"bolt_direct":"`+srv.URI()+`"`) {
		t.Errorf("discovery = %d %s, want bolt_direct %s", resp.StatusCode, body, srv.URI())
	}
	if resp, _ := noRedirectGet(t, "http://"+opts.HTTPAddr+"/browser/../../Launcher.java", ""); resp.StatusCode != http.StatusNotFound {
		t.Errorf("path traversal answered %d, want 404", resp.StatusCode)
	}

	st, err := Status(ctx, opts)
	if err != nil {
		t.Fatalf("status: %v", err)
	}
	if !st.Running || !st.Reachable || st.PID != srv.PID() || st.URI != srv.URI() {
		t.Errorf("status = %+v, want running and reachable as pid %d", st, srv.PID())
	}

	again, err := Start(ctx, opts)
	if err != nil {
		t.Fatalf("second start: %v", err)
	}
	if again.Started() || again.PID() != srv.PID() {
		t.Errorf("second start: Started=%v PID=%d, want reuse of pid %d", again.Started(), again.PID(), srv.PID())
	}
	other := opts
	other.BoltAddr = freeAddr(t)
	if _, err := Start(ctx, other); err == nil || !strings.Contains(err.Error(), "already running") {
		t.Errorf("start on other ports with the same state dir: err = %v, want 'already running'", err)
	}

	begin = time.Now()
	if err := Stop(ctx, opts); err != nil {
		t.Fatalf("stop: %v", err)
	}
	t.Logf("stop: %s", time.Since(begin).Round(10*time.Millisecond))
	if processAlive(srv.PID()) {
		t.Fatalf("pid %d still alive after Stop", srv.PID())
	}
	if _, err := os.Stat(opts.pidPath()); !os.IsNotExist(err) {
		t.Errorf("pid file still present after Stop (stat err %v)", err)
	}
	st, err = Status(ctx, opts)
	if err != nil {
		t.Fatalf("status after stop: %v", err)
	}
	if st.Running || st.Reachable {
		t.Errorf("status after stop = %+v, want not running and unreachable", st)
	}
	if err := Stop(ctx, opts); err != nil {
		t.Errorf("second stop: %v, want nil when nothing runs", err)
	}
}

func TestStartRefusesBusyPort(t *testing.T) {
	for _, which := range []string{"bolt", "http"} {
		t.Run(which, func(t *testing.T) {
			ln, err := net.Listen("tcp", "127.0.0.1:0")
			if err != nil {
				t.Fatal(err)
			}
			defer ln.Close()
			opts := testOptions(t)
			busy := ln.Addr().String()
			if which == "bolt" {
				opts.BoltAddr = busy
			} else {
				opts.HTTPAddr = busy
			}
			_, err = Start(context.Background(), opts)
			if err == nil {
				Stop(context.Background(), opts)
				t.Fatalf("Start succeeded with %s port %s taken", which, busy)
			}
			if !strings.Contains(err.Error(), busy) || !strings.Contains(err.Error(), "already in use") {
				t.Errorf("error %q does not name port %s as in use", err, busy)
			}
			if _, err := os.Stat(opts.pidPath()); !os.IsNotExist(err) {
				t.Errorf("pid file written although nothing started (stat err %v)", err)
			}
		})
	}
}

func TestStartReportsEarlyExit(t *testing.T) {
	opts := testOptions(t)
	opts.HeapMB = 1 // the JVM refuses to boot with a 1 MiB heap
	begin := time.Now()
	_, err := Start(context.Background(), opts)
	if err == nil {
		Stop(context.Background(), opts)
		t.Fatal("Start succeeded with a 1 MiB heap")
	}
	for _, want := range []string{"exited during startup", "Too small", opts.logPath()} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("error lacks %q:\n%v", want, err)
		}
	}
	if d := time.Since(begin); d > 60*time.Second {
		t.Errorf("noticing the dead process took %s", d)
	}
	if _, err := os.Stat(opts.pidPath()); !os.IsNotExist(err) {
		t.Errorf("pid file left behind after a failed start (stat err %v)", err)
	}
}

func TestStopIgnoresForeignPID(t *testing.T) {
	opts := testOptions(t)
	// The pid file names this test process, which is not a launcher: Stop must not signal it.
	if err := writePID(opts.pidPath(), pidRecord{pid: os.Getpid(), bolt: opts.BoltAddr, httpAddr: opts.HTTPAddr}); err != nil {
		t.Fatal(err)
	}
	if err := Stop(context.Background(), opts); err != nil {
		t.Fatalf("stop: %v", err)
	}
	if _, err := os.Stat(opts.pidPath()); !os.IsNotExist(err) {
		t.Errorf("stale pid file kept (stat err %v)", err)
	}
	st, err := Status(context.Background(), opts)
	if err != nil {
		t.Fatal(err)
	}
	if st.Running || st.Reachable {
		t.Errorf("status = %+v, want not running", st)
	}
	if err := Stop(context.Background(), Options{ProjectDir: opts.ProjectDir, StateDir: filepath.Join(t.TempDir(), "absent")}); err != nil {
		t.Errorf("stop without a state dir: %v", err)
	}
}

func TestJavaMajor(t *testing.T) {
	tests := []struct {
		out     string
		want    int
		wantErr bool
	}{
		{`openjdk version "17.0.15" 2025-04-15`, 17, false},
		{`openjdk version "21" 2023-09-19`, 21, false},
		{`java version "1.8.0_392"`, 8, false},
		{`openjdk version "11.0.2" 2019-01-15`, 11, false},
		{`Picked up JAVA_TOOL_OPTIONS: -Xss1m` + "\n" + `openjdk version "25-ea" 2025-09-16`, 25, false},
		{"bash: java: command not found", 0, true},
		{"", 0, true},
	}
	for _, tt := range tests {
		got, err := javaMajor(tt.out)
		if (err != nil) != tt.wantErr || got != tt.want {
			t.Errorf("javaMajor(%q) = %d, %v; want %d, error %v", tt.out, got, err, tt.want, tt.wantErr)
		}
	}
}

func TestLauncherEnvOverridesInherited(t *testing.T) {
	o := Options{BoltAddr: "127.0.0.1:1", HTTPAddr: "127.0.0.1:2", StateDir: "/state", PageCacheMB: 64}
	base := []string{"PATH=/bin", "NEO4J_PASSWORD=remote-secret", "NEO4J_BOLT_ADDR=0.0.0.0:7687", "NEO4J_URI=bolt://x"}
	env := launcherEnv(base, o)
	for _, want := range []string{"PATH=/bin", "NEO4J_URI=bolt://x", "NEO4J_PASSWORD=", "NEO4J_BOLT_ADDR=127.0.0.1:1",
		"NEO4J_HTTP_ADDR=127.0.0.1:2", "NEO4J_HOME_DIR=/state", "NEO4J_PAGECACHE_MB=64"} {
		if !slices.Contains(env, want) {
			t.Errorf("env lacks %q: %v", want, env)
		}
	}
	for _, bad := range []string{"NEO4J_PASSWORD=remote-secret", "NEO4J_BOLT_ADDR=0.0.0.0:7687"} {
		if slices.Contains(env, bad) {
			t.Errorf("env keeps inherited %q", bad)
		}
	}
}

func TestPIDFile(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "neo4j.pid")
	in := pidRecord{pid: 4242, bolt: "127.0.0.1:7687", httpAddr: "127.0.0.1:7474"}
	if err := writePID(path, in); err != nil {
		t.Fatal(err)
	}
	out, err := readPID(path)
	if err != nil || out != in {
		t.Fatalf("readPID = %+v, %v; want %+v", out, err, in)
	}
	for _, bad := range []string{"", "abc\nx\ny\n", "-1\na\nb\n", "12\n", "12\na\nb\nc\n"} {
		if err := os.WriteFile(path, []byte(bad), 0o644); err != nil {
			t.Fatal(err)
		}
		if r, err := readPID(path); err == nil {
			t.Errorf("readPID(%q) = %+v, want an error", bad, r)
		}
	}
}

func TestLogTail(t *testing.T) {
	path := filepath.Join(t.TempDir(), "log")
	old := "old run line\n"
	var b strings.Builder
	b.WriteString(old)
	for i := range 50 {
		fmt.Fprintf(&b, "line %d\n", i)
	}
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	got := logTail(path, int64(len(old)), 3)
	if got != "line 47\nline 48\nline 49" {
		t.Errorf("logTail last 3 = %q", got)
	}
	if got := logTail(path, int64(len(old)), 1000); strings.Contains(got, "old run") || !strings.HasPrefix(got, "line 0\n") {
		t.Errorf("logTail from offset includes the earlier run or misses lines: %.40q", got)
	}
}

func TestOptionsDefaults(t *testing.T) {
	o, err := Options{ProjectDir: "/repo"}.withDefaults()
	if err != nil {
		t.Fatal(err)
	}
	if o.StateDir != "/repo/.scamgraph/neo4j" || o.BoltAddr != DefaultBoltAddr || o.HTTPAddr != DefaultHTTPAddr ||
		o.HeapMB != DefaultHeapMB || o.PageCacheMB != DefaultPageCacheMB || o.Progress == nil {
		t.Errorf("defaults = %+v", o)
	}
	for _, bad := range []Options{{}, {ProjectDir: "/r", BoltAddr: "7687"}, {ProjectDir: "/r", HTTPAddr: "localhost"}} {
		if _, err := bad.withDefaults(); err == nil {
			t.Errorf("withDefaults(%+v) accepted bad options", bad)
		}
	}
}
