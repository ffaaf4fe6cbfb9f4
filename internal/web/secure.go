package web

import (
	"mime"
	"net"
	"net/http"
	"net/url"
	"strings"
)

// DefaultCSP is the Content-Security-Policy of every answer: the explorer's own scripts, styles
// and API, nothing inline, never framed. A route serving foreign bytes sets a stricter one with
// SandboxCSP (the header is set before the route runs, so the route's Set wins).
const DefaultCSP = "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; connect-src 'self'; " +
	"object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"

// SandboxCSP is for answers whose bytes are not the explorer's (archived captures): they get
// no script, no same-origin access and no framing.
const SandboxCSP = "sandbox; default-src 'none'; img-src data:; style-src 'unsafe-inline'; frame-ancestors 'none'"

// WithCSP wraps a route so that its answers carry csp instead of DefaultCSP.
func WithCSP(csp string, h http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Security-Policy", csp)
		h.ServeHTTP(w, r)
	})
}

// securityHeaders go on every answer, errors included.
func securityHeaders(h http.Header) {
	h.Set("Content-Security-Policy", DefaultCSP)
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Referrer-Policy", "no-referrer")
	h.Set("X-Frame-Options", "DENY")
	h.Set("Cross-Origin-Resource-Policy", "same-origin")
	h.Set("Cross-Origin-Opener-Policy", "same-origin")
	h.Set("Permissions-Policy", "camera=(), microphone=(), geolocation=()")
}

// LocalHosts are the names every server answers to: a browser on the same machine.
var LocalHosts = []string{"localhost", "127.0.0.1", "::1"}

// hostSet normalises host names (host, host:port, [v6]:port) to lower-case names without port.
func hostSet(names []string) map[string]bool {
	out := map[string]bool{}
	for _, n := range names {
		if h := hostName(n); h != "" {
			out[h] = true
		}
	}
	return out
}

func hostName(hostport string) string {
	hostport = strings.TrimSpace(strings.ToLower(hostport))
	if h, _, err := net.SplitHostPort(hostport); err == nil {
		hostport = h
	}
	return strings.TrimSuffix(strings.Trim(hostport, "[]"), ".")
}

// checkRequest refuses what another site, or a name the server does not serve, could send: a
// Host outside the served names (DNS rebinding), an Origin that is not the server's own, a
// cross-site subresource request, and a body that is not JSON on an API call (a cross-site
// form or text/plain POST needs no preflight; application/json does). It returns the status
// and message to answer with, or 0.
func (s *Server) checkRequest(r *http.Request) (int, string) {
	host := hostName(r.Host)
	if !s.hosts[host] {
		return http.StatusMisdirectedRequest, "this server does not answer to the name " + quoteHost(r.Host) +
			"; add it to SCAMGRAPH_PUBLIC_HOSTS if it is the server's public name"
	}
	if o := r.Header.Get("Origin"); o != "" {
		u, err := url.Parse(o)
		if err != nil || (u.Scheme != "http" && u.Scheme != "https") || !strings.EqualFold(u.Host, r.Host) {
			return http.StatusForbidden, "cross-origin requests are not served"
		}
	}
	if r.Header.Get("Sec-Fetch-Site") == "cross-site" && r.Header.Get("Sec-Fetch-Mode") != "navigate" {
		return http.StatusForbidden, "cross-site requests are not served"
	}
	switch r.Method {
	case http.MethodGet, http.MethodHead, http.MethodOptions:
	default:
		if strings.HasPrefix(r.URL.Path, "/api/") {
			mt, _, err := mime.ParseMediaType(r.Header.Get("Content-Type"))
			if err != nil || mt != "application/json" {
				return http.StatusUnsupportedMediaType, "send the body as JSON with Content-Type: application/json"
			}
		}
	}
	return 0, ""
}

func quoteHost(h string) string {
	if len(h) > 100 {
		h = h[:100] + "…"
	}
	return "\"" + strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || r == '"' {
			return '?'
		}
		return r
	}, h) + "\""
}

// IsLoopback reports whether a listen address only accepts connections from this machine.
func IsLoopback(addr string) bool {
	host := hostName(addr)
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
