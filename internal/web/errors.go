package web

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"time"

	"github.com/scamgraph/scamgraph/graphdb"
)

// This file is where errors from the graph store become HTTP answers. graphdb sorts driver
// errors into kinds (graphdb.ErrBadQuery, ErrRefused, ErrTimeout, ErrNotFound); the handlers
// pass what they get here, and only here are kinds mapped to status codes and messages.

// replyError answers a failed store call: nothing for a request the client gave up, 404 for
// what does not exist, 504 when the graph did not answer in time, else 500 with the cause logged.
func (s *Server) replyError(w http.ResponseWriter, r *http.Request, err error) {
	// The driver reports a cancelled or expired context as a connectivity error without
	// wrapping it, so the request's own context says which it was.
	switch {
	case errors.Is(err, context.Canceled) || errors.Is(r.Context().Err(), context.Canceled):
		return
	case errors.Is(err, graphdb.ErrNotFound):
		msg := "not found"
		var nf graphdb.NotFound
		if errors.As(err, &nf) {
			msg = nf.Error()
		}
		s.fail(w, http.StatusNotFound, msg)
	case errors.Is(err, graphdb.ErrTimeout), errors.Is(err, context.DeadlineExceeded), errors.Is(r.Context().Err(), context.DeadlineExceeded):
		s.log.Warn("request timed out", "path", r.URL.Path, "query", r.URL.RawQuery)
		s.fail(w, http.StatusGatewayTimeout, "the graph did not answer in time; ask for fewer hops, a smaller depth, a stronger min_grade or a lower limit")
	default:
		s.log.Error("request failed", "path", r.URL.Path, "err", err)
		s.fail(w, http.StatusInternalServerError, "graph query failed; see the server log")
	}
}

// pathSearchError turns a path search that ran out of time into a 400 that says what to ask
// instead; ok is false for other errors.
func pathSearchError(err error, all bool, hops int, limit time.Duration) (string, bool) {
	if !errors.Is(err, graphdb.ErrTimeout) && !errors.Is(err, context.DeadlineExceeded) {
		return "", false
	}
	msg := fmt.Sprintf("the path search stopped after %s: ", limit)
	if all {
		msg += fmt.Sprintf("there are too many simple paths of up to %d links to list. Ask for shortest paths, fewer links, a stronger minimum grade or fewer predicates", hops)
	} else {
		msg += "ask for fewer links, a stronger minimum grade or fewer predicates"
	}
	return msg, true
}

// cypherClientError tells the researcher what was wrong with the query: a write refused, a
// syntax or type error from Neo4j, the time limit. Other failures stay server errors.
func cypherClientError(err error, timeout time.Duration) (string, int, bool) {
	var qe *graphdb.QueryError
	switch {
	case errors.Is(err, graphdb.ErrRowTooLarge):
		return err.Error() + "; return smaller values (a slice of a list, a few properties)", http.StatusBadRequest, true
	case errors.Is(err, graphdb.ErrNotReadOnly):
		return err.Error() + " (this endpoint runs read-only queries: MATCH, OPTIONAL MATCH, WITH, RETURN, CALL { } of reads)", http.StatusBadRequest, true
	case errors.Is(err, graphdb.ErrTimeout), errors.Is(err, context.DeadlineExceeded):
		return fmt.Sprintf("query ran longer than the %s time limit", timeout), http.StatusBadRequest, true
	case errors.Is(err, graphdb.ErrBadQuery) && errors.As(err, &qe):
		return "cypher: " + qe.Detail, http.StatusBadRequest, true
	case errors.Is(err, graphdb.ErrRefused) && errors.As(err, &qe):
		return "cypher: refused: " + qe.Detail, http.StatusBadRequest, true
	}
	return "", 0, false
}
