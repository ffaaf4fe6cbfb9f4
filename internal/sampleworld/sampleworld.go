package sampleworld

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"net"
	"net/http"
	"sync"
	"time"
)

// Environment variable names that sources.yaml reads.
const (
	EnvURL                = "SAMPLEWORLD_URL"
	EnvCourtListenerToken = "SAMPLEWORLD_COURTLISTENER_TOKEN"
	EnvBlueskyHandle      = "SAMPLEWORLD_BLUESKY_HANDLE"
	EnvBlueskyPassword    = "SAMPLEWORLD_BLUESKY_PASSWORD"
)

// Credentials the sample services accept. They guard nothing; they exist so that the crawler's
// authentication paths run in the demo exactly as against the real services.
const (
	CourtListenerToken = "sampleworld-courtlistener-4c1e7f0a9b"
	BlueskyHandle      = "researcher.sampleworld.test"
	BlueskyPassword    = "smpl-wrld-demo-pass"
)

// DisallowedPage is a page that exists and is linked from the Mekong Ledger feed, but that
// robots.txt forbids; a polite crawler never requests it.
const DisallowedPage = "/mekong/private/kk-park-lease-documents/"

//go:embed sources.yaml
var sourcesYAML []byte

//go:embed all:data
var dataFS embed.FS

// SourcesYAML returns the embedded crawl configuration for the sample world. Its URLs use
// ${SAMPLEWORLD_URL}; config.Parse expands it from the environment.
func SourcesYAML() []byte {
	out := make([]byte, len(sourcesYAML))
	copy(out, sourcesYAML)
	return out
}

// Handler returns the handler serving every sample source. The embedded data is checked by the
// package tests, so a failure here is a build defect and panics.
func Handler() http.Handler {
	w, err := newWorld(dataFS)
	if err != nil {
		panic(fmt.Sprintf("sampleworld: embedded data is broken: %v", err))
	}
	return w
}

// Server is a running sample world on a local address.
type Server struct {
	url  string
	srv  *http.Server
	done chan struct{}
	once sync.Once
	err  error
}

// Start listens on addr ("127.0.0.1:0" picks a free port) and serves the sample world until
// ctx ends or Close is called.
func Start(ctx context.Context, addr string) (*Server, error) {
	w, err := newWorld(dataFS)
	if err != nil {
		return nil, fmt.Errorf("sampleworld: load data: %w", err)
	}
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", addr)
	if err != nil {
		return nil, fmt.Errorf("sampleworld: listen %s: %w", addr, err)
	}
	s := &Server{
		url:  "http://" + ln.Addr().String(),
		srv:  &http.Server{Handler: w, ReadHeaderTimeout: 10 * time.Second},
		done: make(chan struct{}),
	}
	go func() {
		defer close(s.done)
		if err := s.srv.Serve(ln); err != nil && !errors.Is(err, http.ErrServerClosed) {
			s.err = err
		}
	}()
	go func() {
		select {
		case <-ctx.Done():
			_ = s.Close()
		case <-s.done:
		}
	}()
	return s, nil
}

// URL returns the base address, without a trailing slash.
func (s *Server) URL() string { return s.url }

// Environ returns the NAME=value pairs that sources.yaml expects: the base address and the
// credentials of the authenticated sample services.
func (s *Server) Environ() []string {
	return []string{
		EnvURL + "=" + s.url,
		EnvCourtListenerToken + "=" + CourtListenerToken,
		EnvBlueskyHandle + "=" + BlueskyHandle,
		EnvBlueskyPassword + "=" + BlueskyPassword,
	}
}

// Close stops the server and waits for it to finish.
func (s *Server) Close() error {
	var err error
	s.once.Do(func() {
		err = s.srv.Close()
		<-s.done
		if s.err != nil {
			err = s.err
		}
	})
	return err
}
