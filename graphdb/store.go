// Package graphdb stores extracted documents, entities and graded relations in Neo4j 5 and
// answers the questions the CLI, the JSON API and the explorer ask of the graph. Every edge
// between two entities is derived from the evidence records that support it, so an edge can
// always be traced back to the quotes and documents behind it.
package graphdb

import (
	"context"
	"fmt"
	"os"
	"strings"
	"sync"
	"sync/atomic"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Config says where the graph lives.
type Config struct {
	URI      string
	User     string
	Password string
	Database string
}

// DefaultURI is the Bolt address of the project's local Neo4j.
const DefaultURI = "bolt://127.0.0.1:7687"

// ConfigFromEnv reads NEO4J_URI (default bolt://127.0.0.1:7687), NEO4J_USER, NEO4J_PASSWORD and
// NEO4J_DATABASE (default neo4j).
func ConfigFromEnv() Config {
	c := Config{
		URI:      strings.TrimSpace(os.Getenv("NEO4J_URI")),
		User:     os.Getenv("NEO4J_USER"),
		Password: os.Getenv("NEO4J_PASSWORD"),
		Database: strings.TrimSpace(os.Getenv("NEO4J_DATABASE")),
	}
	if c.URI == "" {
		c.URI = DefaultURI
	}
	if c.Database == "" {
		c.Database = "neo4j"
	}
	return c
}

// Store is a connection to the graph. It is safe for concurrent use.
type Store struct {
	driver neo4j.DriverWithContext
	cfg    Config
	// research is the driver of researcher queries: through a recordCap on loopback for a
	// bolt:// server (so one row cannot take unbounded memory), else the main driver.
	researchOnce sync.Once
	research     neo4j.DriverWithContext
	rcap         *recordCap
	// docIndexes is set once the document identity indexes are known to exist.
	docIndexes atomic.Bool
	hubs       hubCache // Hubs, remembered for a short while
}

// Auth is the login for the config: none when neither user nor password is set, and user
// "neo4j" when only a password is.
func (c Config) Auth() neo4j.AuthToken {
	if c.User == "" && c.Password == "" {
		return neo4j.NoAuth()
	}
	user := c.User
	if user == "" {
		user = "neo4j"
	}
	return neo4j.BasicAuth(user, c.Password, "")
}

// Open connects to the graph and checks that it answers.
func Open(ctx context.Context, cfg Config) (*Store, error) {
	if cfg.URI == "" {
		cfg.URI = DefaultURI
	}
	if cfg.Database == "" {
		cfg.Database = "neo4j"
	}
	drv, err := neo4j.NewDriverWithContext(cfg.URI, cfg.Auth())
	if err != nil {
		return nil, fmt.Errorf("neo4j at %s: %w (set NEO4J_URI to a bolt:// or neo4j:// address)", cfg.URI, err)
	}
	s := &Store{driver: drv, cfg: cfg}
	if err := s.Ping(ctx); err != nil {
		_ = drv.Close(ctx)
		return nil, err
	}
	return s, nil
}

// researchDriver returns the driver researcher queries use, starting the record cap relay the
// first time.
func (s *Store) researchDriver() (neo4j.DriverWithContext, *recordCap) {
	s.researchOnce.Do(func() {
		s.research = s.driver
		target, ok := boltTarget(s.cfg.URI)
		if !ok {
			return
		}
		c, err := startRecordCap(target, MaxRecordBytes)
		if err != nil {
			return
		}
		drv, err := neo4j.NewDriverWithContext("bolt://"+c.addr(), s.cfg.Auth())
		if err != nil {
			c.close()
			return
		}
		s.research, s.rcap = drv, c
	})
	return s.research, s.rcap
}

// Close releases the connections.
func (s *Store) Close(ctx context.Context) error {
	s.researchOnce.Do(func() {}) // no relay starts after Close
	if s.rcap != nil {
		_ = s.research.Close(ctx)
		s.rcap.close()
	}
	if err := s.driver.Close(ctx); err != nil {
		return fmt.Errorf("close neo4j %s: %w", s.cfg.URI, err)
	}
	return nil
}

// Ping checks that the database answers a query, not only that the socket opens.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.driver.VerifyConnectivity(ctx); err != nil {
		return fmt.Errorf("neo4j at %s is unreachable: %w (start it with `make db` or `scamgraph db start`, or set NEO4J_URI)", s.cfg.URI, err)
	}
	_, err := readTx(ctx, s, func(ctx context.Context, tx neo4j.ManagedTransaction) (struct{}, error) {
		res, err := tx.Run(ctx, "RETURN 1", nil)
		if err != nil {
			return struct{}{}, err
		}
		_, err = res.Consume(ctx)
		return struct{}{}, err
	})
	if err != nil {
		return fmt.Errorf("neo4j at %s, database %q: %w", s.cfg.URI, s.cfg.Database, err)
	}
	return nil
}

// URI returns the address the store talks to, for messages.
func (s *Store) URI() string { return s.cfg.URI }

func (s *Store) session(ctx context.Context, mode neo4j.AccessMode) neo4j.SessionWithContext {
	return s.driver.NewSession(ctx, neo4j.SessionConfig{DatabaseName: s.cfg.Database, AccessMode: mode})
}

// writeTx runs work in a managed write transaction, retried on transient errors.
func writeTx[T any](ctx context.Context, s *Store, work func(context.Context, neo4j.ManagedTransaction) (T, error), conf ...func(*neo4j.TransactionConfig)) (T, error) {
	sess := s.session(ctx, neo4j.AccessModeWrite)
	defer sess.Close(ctx)
	return neo4j.ExecuteWrite(ctx, sess, func(tx neo4j.ManagedTransaction) (T, error) { return work(ctx, tx) }, conf...)
}

// readTx runs work in a managed read transaction.
func readTx[T any](ctx context.Context, s *Store, work func(context.Context, neo4j.ManagedTransaction) (T, error), conf ...func(*neo4j.TransactionConfig)) (T, error) {
	sess := s.session(ctx, neo4j.AccessModeRead)
	defer sess.Close(ctx)
	v, err := neo4j.ExecuteRead(ctx, sess, func(tx neo4j.ManagedTransaction) (T, error) { return work(ctx, tx) }, conf...)
	return v, classify(err)
}

// collect runs a read query and returns its records.
func (s *Store) collect(ctx context.Context, query string, params map[string]any) ([]*neo4j.Record, error) {
	return readTx(ctx, s, func(ctx context.Context, tx neo4j.ManagedTransaction) ([]*neo4j.Record, error) {
		res, err := tx.Run(ctx, query, params)
		if err != nil {
			return nil, err
		}
		return res.Collect(ctx)
	})
}

// exec runs one write statement and discards its result.
func exec(ctx context.Context, tx neo4j.ManagedTransaction, query string, params map[string]any) error {
	res, err := tx.Run(ctx, query, params)
	if err != nil {
		return err
	}
	_, err = res.Consume(ctx)
	return err
}
