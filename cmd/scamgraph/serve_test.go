package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"net/http/cookiejar"
	"net/http/httptest"
	"net/url"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/graphdb/graphdbtest"
)

// startServe runs the real `scamgraph serve` on addr with extra environment and waits until it
// answers; it is stopped when the test ends.
func startServe(t *testing.T, addr string, env ...string) (*exec.Cmd, *bytes.Buffer) {
	t.Helper()
	var out bytes.Buffer
	cmd := exec.Command(binary(t), "serve", "--addr", addr)
	cmd.Env = append(append(os.Environ(), "NEO4J_URI="+graphdbtest.URI()), env...)
	cmd.Stdout, cmd.Stderr = &out, &out
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() {
		cmd.Process.Signal(syscall.SIGINT)
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(10 * time.Second):
			cmd.Process.Kill()
		}
	})
	deadline := time.Now().Add(30 * time.Second)
	health := "http://" + strings.Replace(addr, "0.0.0.0:", "127.0.0.1:", 1) + "/healthz"
	for {
		resp, err := http.Get(health)
		if err == nil {
			resp.Body.Close()
			if resp.StatusCode == http.StatusOK {
				return cmd, &out
			}
		}
		if time.Now().After(deadline) {
			t.Fatalf("serve did not answer /healthz in time:\n%s", out.String())
		}
		time.Sleep(200 * time.Millisecond)
	}
}

// send makes one request and returns status, headers and up to 1 MiB of body.
func send(t *testing.T, c *http.Client, method, u string, hdr map[string]string, body string) (int, http.Header, string) {
	t.Helper()
	req, err := http.NewRequest(method, u, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	for k, v := range hdr {
		if k == "Host" {
			req.Host = v
			continue
		}
		req.Header.Set(k, v)
	}
	if c == nil {
		c = http.DefaultClient
	}
	resp, err := c.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, u, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(io.LimitReader(resp.Body, 1<<20))
	return resp.StatusCode, resp.Header, string(b)
}

var jsonCT = map[string]string{"Content-Type": "application/json"}

func cypherBody(q string, params map[string]any) string {
	b, _ := json.Marshal(map[string]any{"query": q, "params": params})
	return string(b)
}

// peakRSS reads a process's high-water resident set size from /proc, in bytes.
func peakRSS(t *testing.T, pid int) int64 {
	t.Helper()
	f, err := os.Open(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		t.Fatalf("read the server's memory: %v", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmHWM:"); ok {
			kb, err := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			if err != nil {
				t.Fatal(err)
			}
			return kb << 10
		}
	}
	t.Fatal("no VmHWM in /proc status")
	return 0
}

// TestServeHostile tries the real `scamgraph serve` (the handler `make demo` serves) as a
// hostile user would: through the API nothing outside the graph is read, nothing is written,
// no other client's query is visible, no cross-origin or foreign-Host request is served, five
// concurrent huge answers keep the server under 300 MiB, and bad input gets 4xx.
func TestServeHostile(t *testing.T) {
	graphdbtest.Shared(t)
	addr := freeAddr(t)
	cmd, out := startServe(t, addr)
	base := "http://" + addr
	var fetched atomic.Int64
	probe := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		fetched.Add(1)
		fmt.Fprintln(w, "secret,1")
	}))
	defer probe.Close()

	t.Run("nothing outside the graph, nothing written, no other client's queries", func(t *testing.T) {
		for _, q := range []string{
			"LOAD CSV FROM $u AS l RETURN l", "LOAD\u00a0CSV FROM $u AS l RETURN l", "LOAD//x\rCSV FROM $u AS l RETURN l",
			"LOAD CSV FROM 'file:///etc/passwd' AS l RETURN l", "UNWIND [1] AS x CALL { LOAD CSV FROM $u AS l RETURN l } RETURN l UNION RETURN 1 AS l",
			"SHOW TRANSACTIONS YIELD currentQuery, parameters RETURN *", "CALL db.stats.retrieve('QUERIES')", "CALL dbms.listConfig()",
			"SHOW SETTINGS", "CREATE (:PwnedServe) RETURN 1", "CALL { CREATE (:PwnedServe) } RETURN 1",
		} {
			code, _, body := send(t, nil, "POST", base+"/api/cypher", jsonCT, cypherBody(q, map[string]any{"u": probe.URL}))
			if code != http.StatusBadRequest || strings.Contains(body, "secret") || strings.Contains(body, "root:") {
				t.Errorf("%q: %d %s", q, code, body)
			}
		}
		if n := fetched.Load(); n != 0 {
			t.Errorf("the probe server was fetched %d times", n)
		}
		_, _, body := send(t, nil, "POST", base+"/api/cypher", jsonCT, cypherBody("MATCH (n:PwnedServe) RETURN count(n) AS n", nil))
		if !strings.Contains(body, `"rows":[[0]]`) {
			t.Errorf("a refused write left nodes: %s", body)
		}
	})

	t.Run("not usable from other sites", func(t *testing.T) {
		ok := cypherBody("RETURN 1 AS one", nil)
		for _, c := range []struct {
			name   string
			method string
			hdr    map[string]string
			want   int
		}{
			{"text/plain POST (no preflight)", "POST", map[string]string{"Content-Type": "text/plain"}, http.StatusUnsupportedMediaType},
			{"form POST", "POST", map[string]string{"Content-Type": "application/x-www-form-urlencoded"}, http.StatusUnsupportedMediaType},
			{"foreign Origin", "POST", map[string]string{"Content-Type": "application/json", "Origin": "http://evil.example"}, http.StatusForbidden},
			{"null Origin", "POST", map[string]string{"Content-Type": "application/json", "Origin": "null"}, http.StatusForbidden},
			{"foreign Host (DNS rebinding)", "POST", map[string]string{"Content-Type": "application/json", "Host": "evil.example:" + strings.Split(addr, ":")[1]}, http.StatusMisdirectedRequest},
			{"foreign Host GET", "GET", map[string]string{"Host": "rebind.evil.example"}, http.StatusMisdirectedRequest},
			{"cross-site fetch", "GET", map[string]string{"Sec-Fetch-Site": "cross-site", "Sec-Fetch-Mode": "no-cors"}, http.StatusForbidden},
			{"own Origin", "POST", map[string]string{"Content-Type": "application/json; charset=utf-8", "Origin": base}, http.StatusOK},
			{"localhost name", "POST", map[string]string{"Content-Type": "application/json", "Host": "localhost:" + strings.Split(addr, ":")[1]}, http.StatusOK},
		} {
			u := base + "/api/cypher"
			if c.method == "GET" {
				u = base + "/api/stats"
			}
			code, h, body := send(t, nil, c.method, u, c.hdr, ok)
			if code != c.want {
				t.Errorf("%s: %d %s, want %d", c.name, code, body, c.want)
			}
			for _, k := range []string{"Content-Security-Policy", "X-Content-Type-Options", "Referrer-Policy", "Cross-Origin-Resource-Policy", "Cross-Origin-Opener-Policy"} {
				if h.Get(k) == "" {
					t.Errorf("%s: answer lacks %s", c.name, k)
				}
			}
			if !strings.Contains(h.Get("Content-Security-Policy"), "frame-ancestors 'none'") {
				t.Errorf("%s: CSP %q", c.name, h.Get("Content-Security-Policy"))
			}
		}
	})

	t.Run("bad input gets 4xx", func(t *testing.T) {
		for _, p := range []string{
			"/api/entities?type=Bogus", "/api/entities?limit=x", "/api/entities/" + url.PathEscape(strings.Repeat("x", 600)),
			"/api/entities/a%01b", "/api/evidence?subject=a&predicate=BOGUS&object=b", "/api/evidence?subject=a",
			"/api/entities/x/neighbourhood?depth=99", "/api/paths?from=a", "/api/centrality?type=Robot",
			"/api/compounds/a%00/complicity", "/api/nothing", "/api/paths?from=a&to=b&limit=-1",
		} {
			code, _, body := send(t, nil, "GET", base+p, nil, "")
			if code < 400 || code >= 500 || strings.Contains(body, "neo4j") || strings.Contains(body, "goroutine") {
				t.Errorf("GET %s: %d %s", p, code, body)
			}
		}
		if code, _, body := send(t, nil, "POST", base+"/api/cypher", jsonCT, `{"query": "RETURN 0.0 / 0.0 AS nan"}`); code != http.StatusOK || !strings.Contains(body, `"NaN"`) {
			t.Errorf("a NaN in the answer: %d %s", code, body)
		}
		for _, b := range []string{`{"query": "MATCH (n RETURN n"}`, `{"query": 1}`, `[]`, `{"query": "RETURN 1", "max_rows": -5}`, `{"query": "RETURN 1"} {}`} {
			if code, _, body := send(t, nil, "POST", base+"/api/cypher", jsonCT, b); code < 400 || code >= 500 {
				t.Errorf("POST %s: %d %s", b, code, body)
			}
		}
	})

	t.Run("five concurrent huge answers stay under 300 MiB", func(t *testing.T) {
		pad := strings.Repeat("0123456789abcdef", 512) // 8 KiB a row
		queries := []string{
			"UNWIND range(1, 1000000) AS i RETURN i, $pad AS pad",
			"UNWIND range(1, 1000000) AS i RETURN i, $pad AS pad, $pad AS again",
			"RETURN [x IN range(1, 1000) | $pad] AS one_huge_row",
			"RETURN range(1, 20000000) AS one_enormous_row",
		}
		var wg sync.WaitGroup
		sizes := make([]int, len(queries))
		codes := make([]int, len(queries))
		bodies := make([]string, len(queries))
		for i, q := range queries {
			wg.Add(1)
			go func() {
				defer wg.Done()
				resp, err := http.Post(base+"/api/cypher", "application/json", strings.NewReader(cypherBody(q, map[string]any{"pad": pad})))
				if err != nil {
					t.Errorf("%q: %v", q, err)
					return
				}
				defer resp.Body.Close()
				b, _ := io.ReadAll(resp.Body)
				sizes[i], codes[i] = len(b), resp.StatusCode
				bodies[i] = string(b[max(0, len(b)-300):])
			}()
		}
		wg.Wait()
		for i := range queries {
			capped := codes[i] == http.StatusOK && strings.Contains(bodies[i], `"truncated":true`) && strings.Contains(bodies[i], "cap")
			tooLarge := codes[i] == http.StatusBadRequest && strings.Contains(bodies[i], "row of the answer is larger")
			if sizes[i] > 4<<20 || !(capped || tooLarge) {
				t.Errorf("%q: %d, %d bytes, ending %s", queries[i], codes[i], sizes[i], bodies[i])
			}
		}
		peak := peakRSS(t, cmd.Process.Pid)
		t.Logf("server peak RSS %.1f MiB after five concurrent huge answers", float64(peak)/(1<<20))
		if peak > 300<<20 {
			t.Errorf("server peak RSS %.1f MiB, want under 300 MiB", float64(peak)/(1<<20))
		}
	})
	if t.Failed() {
		t.Logf("server output:\n%s", out.String())
	}
}

// TestServeLogin runs `scamgraph serve` off loopback: it refuses to start without a login, and
// with SCAMGRAPH_TOKEN every page and API call needs it (Bearer for the API, the login page
// and an HttpOnly SameSite=Strict cookie for the explorer); /api/cypher is rate limited.
func TestServeLogin(t *testing.T) {
	graphdbtest.Shared(t)
	port := strings.Split(freeAddr(t), ":")[1]
	addr := "0.0.0.0:" + port
	code, _, errOut := runCLI(t, "", "serve", "--addr", addr)
	if code == 0 || !strings.Contains(errOut, "SCAMGRAPH_TOKEN") {
		t.Fatalf("serve on %s without a login: exit %d, %q", addr, code, errOut)
	}
	token := "test-token-" + strings.Repeat("x", 24)
	startServe(t, addr, "SCAMGRAPH_TOKEN="+token, "SCAMGRAPH_PUBLIC_HOSTS=graph.example.org")
	base := "http://127.0.0.1:" + port
	bearer := map[string]string{"Authorization": "Bearer " + token}

	if code, h, _ := send(t, nil, "GET", base+"/api/stats", nil, ""); code != http.StatusUnauthorized || h.Get("WWW-Authenticate") == "" {
		t.Errorf("API without token: %d", code)
	}
	if code, _, _ := send(t, nil, "GET", base+"/api/stats", map[string]string{"Authorization": "Bearer wrong-" + token}, ""); code != http.StatusUnauthorized {
		t.Errorf("API with a wrong token: %d", code)
	}
	if code, _, _ := send(t, nil, "GET", base+"/api/stats", bearer, ""); code != http.StatusOK {
		t.Errorf("API with the token: %d", code)
	}
	h := map[string]string{"Authorization": bearer["Authorization"], "Host": "graph.example.org"}
	if code, _, _ := send(t, nil, "GET", base+"/api/stats", h, ""); code != http.StatusOK {
		t.Errorf("a SCAMGRAPH_PUBLIC_HOSTS name: %d", code)
	}
	noRedirect := &http.Client{CheckRedirect: func(*http.Request, []*http.Request) error { return http.ErrUseLastResponse }}
	if code, hdr, _ := send(t, noRedirect, "GET", base+"/", nil, ""); code != http.StatusSeeOther || hdr.Get("Location") != "/login" {
		t.Errorf("explorer without login: %d to %q", code, hdr.Get("Location"))
	}
	jar, _ := cookiejar.New(nil)
	browser := &http.Client{Jar: jar}
	form := map[string]string{"Content-Type": "application/x-www-form-urlencoded", "Origin": base}
	if code, _, _ := send(t, browser, "POST", base+"/login", form, "password=wrong"); code != http.StatusUnauthorized {
		t.Errorf("login with a wrong token: %d", code)
	}
	code, _, _ = send(t, noRedirect, "POST", base+"/login", form, "password="+url.QueryEscape(token))
	if code != http.StatusSeeOther {
		t.Fatalf("login: %d", code)
	}
	// Log in again with a cookie jar, and check the cookie's attributes.
	req, _ := http.NewRequest("POST", base+"/login", strings.NewReader("password="+url.QueryEscape(token)))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	resp, err := noRedirect.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	cookie := resp.Header.Get("Set-Cookie")
	if !strings.Contains(cookie, "HttpOnly") || !strings.Contains(cookie, "SameSite=Strict") {
		t.Errorf("session cookie %q, want HttpOnly and SameSite=Strict", cookie)
	}
	u, _ := url.Parse(base)
	jar.SetCookies(u, resp.Cookies())
	if code, _, body := send(t, browser, "GET", base+"/", nil, ""); code != http.StatusOK || !strings.Contains(body, "scamgraph") {
		t.Errorf("explorer after login: %d", code)
	}
	if code, _, _ := send(t, browser, "GET", base+"/api/stats", nil, ""); code != http.StatusOK {
		t.Errorf("API with the session cookie: %d", code)
	}
	// The rate limit: a burst of 10, then 429 with Retry-After.
	limited := false
	for i := 0; i < 15 && !limited; i++ {
		code, hdr, _ := send(t, nil, "POST", base+"/api/cypher", map[string]string{"Content-Type": "application/json", "Authorization": bearer["Authorization"]}, cypherBody("RETURN 1", nil))
		if code == http.StatusTooManyRequests {
			limited = true
			if s, err := strconv.Atoi(hdr.Get("Retry-After")); err != nil || s < 1 {
				t.Errorf("429 without a Retry-After: %q", hdr.Get("Retry-After"))
			}
		}
	}
	if !limited {
		t.Error("15 quick queries were not rate limited")
	}
}
