package web

import (
	"bytes"
	"encoding/json"
	"fmt"
	"net/http"
	"strings"

	"github.com/scamgraph/scamgraph/graphdb"
)

// DefaultMaxAnswer caps the bytes of one API answer (SCAMGRAPH_MAX_ANSWER_MB changes it): a
// researcher query streams rows until the cap and then says it was cut; other endpoints,
// already bounded by their own row caps, answer 400 past it instead of growing the server.
const DefaultMaxAnswer = 4 << 20

// SetMaxAnswer changes the byte cap of one API answer (at least 64 KiB).
func (s *Server) SetMaxAnswer(n int64) {
	if n > 0 {
		s.maxAnswer = max(n, 64<<10)
	}
}

// flushAt is how much of a streamed answer is held before it is written out.
const flushAt = 32 << 10

// tailReserve keeps room under the cap for the closing of the answer.
const tailReserve = 512

// cypherStream writes a researcher query's answer as it arrives:
//
//	{"columns": [...], "rows": [[...], ...], "truncated": false}
//
// and, when cut, "truncated": true with "reason". Nothing reaches the client before the first
// flush, so an error Neo4j reports up front still gets a proper 4xx.
type cypherStream struct {
	w       http.ResponseWriter
	buf     bytes.Buffer
	limit   int64
	size    int64 // bytes flushed plus buffered
	rows    int
	maxRows int
	started bool
	cut     string // why the rows stop early
}

func (c *cypherStream) Columns(cols []string) error {
	b, err := json.Marshal(cols)
	if err != nil {
		return err
	}
	c.write([]byte(`{"columns":`))
	c.write(b)
	c.write([]byte(`,"rows":[`))
	return nil
}

func (c *cypherStream) Row(v []any) error {
	b, err := json.Marshal(v)
	if err != nil {
		return fmt.Errorf("row %d cannot be written as JSON: %w", c.rows+1, err)
	}
	if c.size+int64(len(b))+1+tailReserve > c.limit {
		c.cut = fmt.Sprintf("the answer reached the %s cap of one API answer after %d rows; ask for fewer rows or smaller values", byteSize(c.limit), c.rows)
		return graphdb.ErrStopRows
	}
	if c.rows > 0 {
		c.write([]byte{','})
	}
	c.write(b)
	c.rows++
	if c.buf.Len() >= flushAt {
		c.flush()
	}
	return nil
}

func (c *cypherStream) write(b []byte) {
	c.buf.Write(b)
	c.size += int64(len(b))
}

func (c *cypherStream) flush() {
	if !c.started {
		c.w.Header().Set("Content-Type", "application/json; charset=utf-8")
		c.w.Header().Set("Cache-Control", "no-store")
		c.w.WriteHeader(http.StatusOK)
		c.started = true
	}
	_, _ = c.w.Write(c.buf.Bytes())
	c.buf.Reset()
}

// finish closes the answer. more says rows were left at max_rows; failure, when set, is why
// the answer stops after it had started.
func (c *cypherStream) finish(more bool, failure string) {
	tail := map[string]any{"truncated": false}
	switch {
	case failure != "":
		if len(failure) > tailReserve/2 {
			failure = strings.ToValidUTF8(failure[:tailReserve/2], "") + "…"
		}
		tail = map[string]any{"truncated": true, "reason": failure}
	case c.cut != "":
		tail = map[string]any{"truncated": true, "reason": c.cut}
	case more:
		tail = map[string]any{"truncated": true, "reason": fmt.Sprintf("more rows existed than max_rows (%d)", c.maxRows)}
	}
	c.write([]byte("],"))
	b, _ := json.Marshal(tail)
	c.write(b[1:]) // the tail's fields continue the answer's object
	c.write([]byte("\n"))
	c.flush()
}

func byteSize(n int64) string {
	if n >= 1<<20 && n%(1<<20) == 0 {
		return fmt.Sprintf("%d MiB", n>>20)
	}
	return fmt.Sprintf("%d KiB", n>>10)
}
