package web

import (
	"bufio"
	"crypto/rand"
	"crypto/sha256"
	"crypto/subtle"
	"encoding/hex"
	"fmt"
	"html/template"
	"math"
	"net"
	"net/http"
	"os"
	"strconv"
	"strings"
	"sync"
	"time"

	"golang.org/x/crypto/bcrypt"
)

// Access says under which names the server answers and who may use it. A server on a loopback
// address needs no login (a journalist's laptop); on any other address `scamgraph serve`
// refuses to start without Token or Users.
type Access struct {
	// BindAddr is the listen address; its host is one of the served names.
	BindAddr string
	// PublicHosts are further names (SCAMGRAPH_PUBLIC_HOSTS) the server answers to.
	PublicHosts []string
	// Token (SCAMGRAPH_TOKEN) is accepted as "Authorization: Bearer TOKEN" and on the login page.
	Token string
	// Users (SCAMGRAPH_USERS_FILE) maps names to bcrypt password hashes, for the login page.
	Users map[string][]byte
	// CypherPerMinute and CypherBurst rate-limit POST /api/cypher per client when a login is
	// required (defaults 30 and 10).
	CypherPerMinute, CypherBurst int
}

// LoginRequired reports whether the access settings ask for a login.
func (a Access) LoginRequired() bool { return a.Token != "" || len(a.Users) > 0 }

const (
	sessionCookie = "scamgraph_session"
	sessionTTL    = 12 * time.Hour
	minTokenLen   = 16
)

// SetAccess applies a's names and login. It refuses a token too short to resist guessing.
func (s *Server) SetAccess(a Access) error {
	if a.Token != "" && len(a.Token) < minTokenLen {
		return fmt.Errorf("SCAMGRAPH_TOKEN must be at least %d characters (e.g. `openssl rand -hex 32`)", minTokenLen)
	}
	names := append(append([]string{}, LocalHosts...), a.PublicHosts...)
	if h := hostName(a.BindAddr); h != "" && h != "0.0.0.0" && h != "::" {
		names = append(names, h)
	}
	s.hosts = hostSet(names)
	if !a.LoginRequired() {
		s.auth = nil
		return nil
	}
	perMin, burst := a.CypherPerMinute, a.CypherBurst
	if perMin <= 0 {
		perMin = 30
	}
	if burst <= 0 {
		burst = 10
	}
	s.auth = &authState{users: a.Users, sessions: map[string]time.Time{},
		cypher: newLimiter(float64(perMin)/60, burst), login: newLimiter(10.0/60, 5)}
	if a.Token != "" {
		s.auth.token = sha256.Sum256([]byte(a.Token))
		s.auth.hasToken = true
	}
	return nil
}

// authState checks logins and holds the explorer's sessions (in memory: a restart logs out).
type authState struct {
	token    [32]byte
	hasToken bool
	users    map[string][]byte
	mu       sync.Mutex
	sessions map[string]time.Time // session id -> expiry
	cypher   *limiter
	login    *limiter
}

// publicPaths are served without a login: the login page and its stylesheet, and the health check.
func publicPath(r *http.Request) bool {
	switch r.URL.Path {
	case "/login", "/style.css", "/healthz":
		return true
	}
	return false
}

func (a *authState) tokenOK(tok string) bool {
	sum := sha256.Sum256([]byte(tok))
	return a.hasToken && subtle.ConstantTimeCompare(sum[:], a.token[:]) == 1
}

// allowed reports whether r carries the token (Bearer) or a live session cookie.
func (a *authState) allowed(r *http.Request) bool {
	if h := r.Header.Get("Authorization"); h != "" {
		scheme, tok, ok := strings.Cut(h, " ")
		return ok && strings.EqualFold(scheme, "Bearer") && a.tokenOK(strings.TrimSpace(tok))
	}
	c, err := r.Cookie(sessionCookie)
	if err != nil || len(c.Value) != 64 {
		return false
	}
	a.mu.Lock()
	defer a.mu.Unlock()
	exp, ok := a.sessions[c.Value]
	if ok && time.Now().After(exp) {
		delete(a.sessions, c.Value)
		return false
	}
	return ok
}

func (a *authState) newSession() string {
	b := make([]byte, 32)
	_, _ = rand.Read(b)
	id := hex.EncodeToString(b)
	now := time.Now()
	a.mu.Lock()
	defer a.mu.Unlock()
	for k, exp := range a.sessions {
		if now.After(exp) {
			delete(a.sessions, k)
		}
	}
	a.sessions[id] = now.Add(sessionTTL)
	return id
}

// check verifies a login form: the token alone, or a user name and password from the users file.
func (a *authState) check(user, password string) bool {
	if user == "" {
		return a.tokenOK(password)
	}
	hash, ok := a.users[user]
	if !ok {
		// Spend the same time as a real comparison, so names cannot be probed by timing.
		_ = bcrypt.CompareHashAndPassword(dummyHash(), []byte(password))
		return false
	}
	return bcrypt.CompareHashAndPassword(hash, []byte(password)) == nil
}

var dummyHash = sync.OnceValue(func() []byte {
	h, _ := bcrypt.GenerateFromPassword([]byte("scamgraph-timing-equaliser"), bcrypt.DefaultCost)
	return h
})

// challenge answers a request without a login: 401 for the API, the login page for the rest.
func (s *Server) challenge(w http.ResponseWriter, r *http.Request) {
	if strings.HasPrefix(r.URL.Path, "/api/") || r.Method != http.MethodGet {
		w.Header().Set("WWW-Authenticate", `Bearer realm="scamgraph"`)
		s.fail(w, http.StatusUnauthorized, "log in first: send Authorization: Bearer SCAMGRAPH_TOKEN, or log in at /login")
		return
	}
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}

var loginPage = template.Must(template.New("login").Parse(`<!doctype html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>scamgraph: log in</title><link rel="stylesheet" href="/style.css"></head>
<body><main class="login"><h1>scamgraph</h1>
{{if .Error}}<p class="error" role="alert">{{.Error}}</p>{{end}}
<form method="post" action="/login">
{{if .Users}}<label>User <input name="user" autocomplete="username"></label>
<p class="hint">Leave the user empty to log in with the server's token.</p>{{else}}<input name="user" autocomplete="username" hidden>{{end}}
<label>{{if .Users}}Password or token{{else}}Token{{end}} <input name="password" type="password" autocomplete="current-password" required></label>
<button type="submit">Log in</button></form></main></body></html>
`))

func (s *Server) loginForm(w http.ResponseWriter, r *http.Request) {
	s.showLogin(w, http.StatusOK, "")
}

func (s *Server) showLogin(w http.ResponseWriter, code int, msg string) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(code)
	users := s.auth != nil && len(s.auth.users) > 0
	_ = loginPage.Execute(w, struct {
		Error string
		Users bool
	}{msg, users})
}

func (s *Server) loginSubmit(w http.ResponseWriter, r *http.Request) {
	if s.auth == nil {
		http.Redirect(w, r, "/", http.StatusSeeOther)
		return
	}
	if ok, wait := s.auth.login.take(clientKey(r)); !ok {
		w.Header().Set("Retry-After", strconv.Itoa(wait))
		s.showLogin(w, http.StatusTooManyRequests, "Too many attempts; wait a minute.")
		return
	}
	r.Body = http.MaxBytesReader(w, r.Body, 8<<10)
	if err := r.ParseForm(); err != nil {
		s.showLogin(w, http.StatusBadRequest, "The form could not be read.")
		return
	}
	if !s.auth.check(strings.TrimSpace(r.PostForm.Get("user")), r.PostForm.Get("password")) {
		s.showLogin(w, http.StatusUnauthorized, "Wrong user, password or token.")
		return
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: s.auth.newSession(), Path: "/",
		MaxAge: int(sessionTTL / time.Second), HttpOnly: true, SameSite: http.SameSiteStrictMode, Secure: r.TLS != nil})
	http.Redirect(w, r, "/", http.StatusSeeOther)
}

func (s *Server) logout(w http.ResponseWriter, r *http.Request) {
	if s.auth != nil {
		if c, err := r.Cookie(sessionCookie); err == nil {
			s.auth.mu.Lock()
			delete(s.auth.sessions, c.Value)
			s.auth.mu.Unlock()
		}
	}
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: "/", MaxAge: -1, HttpOnly: true, SameSite: http.SameSiteStrictMode})
	http.Redirect(w, r, "/login", http.StatusSeeOther)
}

// clientKey is the rate limiter's notion of one client: its IP address (a proxy in front
// should be given its own limits).
func clientKey(r *http.Request) string {
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

// limiter is a token bucket per client.
type limiter struct {
	rate    float64 // tokens per second
	burst   float64
	mu      sync.Mutex
	buckets map[string]*bucket
}

type bucket struct {
	tokens float64
	last   time.Time
}

func newLimiter(perSecond float64, burst int) *limiter {
	return &limiter{rate: perSecond, burst: float64(burst), buckets: map[string]*bucket{}}
}

// take spends one token of key's bucket; when there is none it returns false and the seconds
// until there will be.
func (l *limiter) take(key string) (bool, int) {
	now := time.Now()
	l.mu.Lock()
	defer l.mu.Unlock()
	if len(l.buckets) > 10000 { // forget idle clients rather than grow without bound
		for k, b := range l.buckets {
			if now.Sub(b.last) > time.Duration(l.burst/l.rate*float64(time.Second)) {
				delete(l.buckets, k)
			}
		}
	}
	b, ok := l.buckets[key]
	if !ok {
		b = &bucket{tokens: l.burst, last: now}
		l.buckets[key] = b
	}
	b.tokens = math.Min(l.burst, b.tokens+now.Sub(b.last).Seconds()*l.rate)
	b.last = now
	if b.tokens >= 1 {
		b.tokens--
		return true, 0
	}
	return false, int(math.Ceil((1 - b.tokens) / l.rate))
}

// LoadUsers reads a users file: one "name:bcrypt-hash" a line (as `scamgraph hash-password` or
// `htpasswd -nB` print them); blank lines and # comments are skipped.
func LoadUsers(path string) (map[string][]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("users file: %w", err)
	}
	defer f.Close()
	users := map[string][]byte{}
	sc := bufio.NewScanner(f)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		name, hash, ok := strings.Cut(line, ":")
		name = strings.TrimSpace(name)
		if !ok || name == "" {
			return nil, fmt.Errorf("users file %s line %d: want name:bcrypt-hash", path, n)
		}
		if _, err := bcrypt.Cost([]byte(hash)); err != nil {
			return nil, fmt.Errorf("users file %s line %d: %s's password is not a bcrypt hash (make one with `scamgraph hash-password %s`)", path, n, name, name)
		}
		users[name] = []byte(hash)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("users file %s: %w", path, err)
	}
	if len(users) == 0 {
		return nil, fmt.Errorf("users file %s names no user", path)
	}
	return users, nil
}

// HashPassword returns a users-file line for name and password.
func HashPassword(name, password string) (string, error) {
	if strings.ContainsAny(name, ":\n") || strings.TrimSpace(name) == "" {
		return "", fmt.Errorf("user name %q must be non-empty and hold no colon", name)
	}
	if len(password) < 10 {
		return "", fmt.Errorf("password must have at least 10 characters")
	}
	h, err := bcrypt.GenerateFromPassword([]byte(password), bcrypt.DefaultCost)
	if err != nil {
		return "", err
	}
	return name + ":" + string(h), nil
}
