package graphdb

import (
	"context"
	"errors"
	"fmt"
	"io"
	"testing"
	"time"

	"github.com/neo4j/neo4j-go-driver/v5/neo4j"
)

// Driver errors are sorted into kinds once, here; the web server only sees the kinds.
func TestClassify(t *testing.T) {
	for _, c := range []struct {
		err  error
		kind error // nil: no kind, the error comes back as it was
	}{
		{&neo4j.Neo4jError{Code: "Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration", Msg: "The transaction has been terminated."}, ErrTimeout},
		{&neo4j.Neo4jError{Code: "Neo.ClientError.Transaction.TransactionMarkedAsFailed", Msg: "transaction timed out"}, ErrTimeout},
		{&neo4j.Neo4jError{Code: "Neo.TransientError.Transaction.Terminated", Msg: "terminated"}, ErrTimeout},
		{fmt.Errorf("walk: %w", context.DeadlineExceeded), ErrTimeout},
		{&neo4j.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError", Msg: "Invalid input"}, ErrBadQuery},
		{&neo4j.Neo4jError{Code: "Neo.ClientError.Procedure.ProcedureNotFound", Msg: "no such procedure"}, ErrBadQuery},
		{&neo4j.Neo4jError{Code: "Neo.ClientError.Request.Invalid", Msg: "bad parameter"}, ErrBadQuery},
		{&neo4j.Neo4jError{Code: "Neo.ClientError.Security.Forbidden", Msg: "not allowed"}, ErrRefused},
		{&neo4j.Neo4jError{Code: "Neo.ClientError.Transaction.ForbiddenDueToTransactionType", Msg: "Writing in read access mode not allowed"}, ErrRefused},
		{&neo4j.Neo4jError{Code: "Neo.DatabaseError.General.UnknownError", Msg: "disk full"}, nil},
		{io.ErrUnexpectedEOF, nil},
	} {
		got := classify(fmt.Errorf("at bolt://x: %w", c.err))
		for _, k := range []error{ErrTimeout, ErrBadQuery, ErrRefused, ErrNotFound} {
			if errors.Is(got, k) != (k == c.kind) {
				t.Errorf("%v: errors.Is(%v) = %v", c.err, k, !(k == c.kind))
			}
		}
		if !errors.Is(got, c.err) {
			t.Errorf("%v: the driver's error is lost", c.err)
		}
		var ne *neo4j.Neo4jError
		var qe *QueryError
		if errors.As(c.err, &ne) && c.kind != nil && (!errors.As(got, &qe) || qe.Detail != ne.Msg) {
			t.Errorf("%v: detail %+v, want Neo4j's message", c.err, qe)
		}
	}
}

// Against the real database: an unknown id is ErrNotFound naming it, a syntax error is
// ErrBadQuery with Neo4j's message, a query past its limit is ErrTimeout.
func TestTypedErrors(t *testing.T) {
	s := openTest(t, false)
	ctx := context.Background()
	tag := newTag(t)

	_, err := s.EntityNode(ctx, "person:nobody-"+tag)
	var nf NotFound
	if !errors.Is(err, ErrNotFound) || !errors.As(err, &nf) || nf.ID != "person:nobody-"+tag {
		t.Errorf("unknown entity: %v", err)
	}
	_, err = s.ReadCypher(ctx, "MATCH (n RETURN n", nil, CypherOptions{})
	var qe *QueryError
	if !errors.Is(err, ErrBadQuery) || !errors.As(err, &qe) || qe.Detail == "" {
		t.Errorf("syntax error: %v", err)
	}
	_, err = s.ReadCypher(ctx, "UNWIND range(1, 100000000) AS x WITH x WHERE x = -1 RETURN count(*)", nil, CypherOptions{Timeout: 200 * time.Millisecond})
	if !errors.Is(err, ErrTimeout) {
		t.Errorf("slow query: %v, want ErrTimeout", err)
	}
}

// TestCreatedElsewhere: an index or constraint another process created first is no error of a
// migration; every other failure still is.
func TestCreatedElsewhere(t *testing.T) {
	for _, c := range []struct {
		err  error
		want bool
	}{
		{&neo4j.Neo4jError{Code: "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists"}, true},
		{fmt.Errorf("wrapped: %w", &neo4j.Neo4jError{Code: "Neo.ClientError.Schema.IndexWithNameAlreadyExists"}), true},
		{&neo4j.Neo4jError{Code: "Neo.ClientError.Schema.ConstraintAlreadyExists"}, true},
		{&QueryError{Kind: ErrBadQuery, Err: &neo4j.Neo4jError{Code: "Neo.ClientError.Schema.EquivalentSchemaRuleAlreadyExists"}}, true},
		{&neo4j.Neo4jError{Code: "Neo.ClientError.Statement.SyntaxError"}, false},
		{&neo4j.Neo4jError{Code: "Neo.ClientError.Schema.ConstraintValidationFailed"}, false},
		{errors.New("connection reset"), false},
	} {
		if got := createdElsewhere(c.err); got != c.want {
			t.Errorf("createdElsewhere(%v) = %v, want %v", c.err, got, c.want)
		}
	}
}
