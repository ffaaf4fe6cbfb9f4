package graphdb

import (
	"context"
	"errors"
	"strings"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Kinds of storage error a caller can act on, checked with errors.Is. Neo4j's own codes do
// not leave this package: they are sorted into these here, once, and the web server maps
// each kind to a status code.
var (
	// ErrBadQuery: Neo4j rejected the query (syntax, types, unknown procedure, bad request).
	ErrBadQuery = errors.New("bad query")
	// ErrRefused: Neo4j refused the query for what it would do (a write, a security rule).
	ErrRefused = errors.New("refused")
	// ErrTimeout: the query ran past its time limit, in the database or in the context.
	ErrTimeout = errors.New("timed out")
	// ErrNotFound: the entity asked for does not exist.
	ErrNotFound = errors.New("not found")
)

// QueryError is a storage error sorted into a kind. Error keeps the driver's full text (with
// the context the store wrapped it in); Detail is the database's own message, fit to show to
// the researcher who wrote the query.
type QueryError struct {
	Kind   error
	Detail string
	Err    error
}

func (e *QueryError) Error() string   { return e.Err.Error() }
func (e *QueryError) Unwrap() []error { return []error{e.Kind, e.Err} }

// classify sorts a driver error into a kind; errors of no known kind come back as they were.
func classify(err error) error {
	if err == nil {
		return nil
	}
	var qe *QueryError
	if errors.As(err, &qe) {
		return err
	}
	var ne *neo4j.Neo4jError
	if errors.As(err, &ne) {
		switch {
		case strings.HasPrefix(ne.Code, "Neo.ClientError.Transaction.TransactionTimedOut"),
			strings.Contains(ne.Code, "Terminated"),
			strings.Contains(ne.Msg, "timed out"):
			return &QueryError{Kind: ErrTimeout, Detail: ne.Msg, Err: err}
		case strings.HasPrefix(ne.Code, "Neo.ClientError.Statement."), strings.HasPrefix(ne.Code, "Neo.ClientError.Procedure."),
			ne.Code == "Neo.ClientError.Request.Invalid":
			return &QueryError{Kind: ErrBadQuery, Detail: ne.Msg, Err: err}
		case strings.HasPrefix(ne.Code, "Neo.ClientError.Security."), strings.HasSuffix(ne.Code, "ForbiddenOnReadOnlyDatabase"),
			strings.HasPrefix(ne.Code, "Neo.ClientError.Transaction.") && strings.Contains(strings.ToLower(ne.Msg), "read"):
			return &QueryError{Kind: ErrRefused, Detail: ne.Msg, Err: err}
		}
		return err
	}
	if errors.Is(err, context.DeadlineExceeded) {
		return &QueryError{Kind: ErrTimeout, Detail: "deadline exceeded", Err: err}
	}
	return err
}
