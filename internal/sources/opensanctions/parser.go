package opensanctions

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/scamgraph/scamgraph/internal/formats"
)

// MaxLineBytes bounds one FollowTheMoney JSON line; longer lines are skipped.
const MaxLineBytes = 8 << 20

// Entity is one FollowTheMoney entity as OpenSanctions publishes it in entities.ftm.json
// and targets.nested.json (one JSON object per line).
type Entity struct {
	ID, Schema string
	// Properties maps property names ("name", "alias", "country", "owner"...) to their values;
	// nested entities (targets.nested.json) are flattened to their ids.
	Properties map[string][]string
	Datasets   []string
	FirstSeen  string
	LastSeen   string
	Referents  []string
	// Caption is the display name OpenSanctions picked; Target marks listed parties.
	Caption string
	Target  bool
	// Nested holds the nested entities of targets.nested.json, flattened in turn.
	Nested []Entity
	// Op is the change a delta file line makes ("ADD", "MOD" or "DEL"; entities.delta.json
	// lines are {"op": ..., "entity": {...}}); "" for a line of a full export.
	Op string
}

// First returns the first value of a property, or "".
func (e Entity) First(prop string) string {
	if v := e.Properties[prop]; len(v) > 0 {
		return v[0]
	}
	return ""
}

type ftmJSON struct {
	ID         formats.FlexString           `json:"id"`
	Schema     formats.FlexString           `json:"schema"`
	Properties map[string][]json.RawMessage `json:"properties"`
	Datasets   []formats.FlexString         `json:"datasets"`
	FirstSeen  formats.FlexString           `json:"first_seen"`
	LastSeen   formats.FlexString           `json:"last_seen"`
	Referents  []formats.FlexString         `json:"referents"`
	Caption    formats.FlexString           `json:"caption"`
	Target     bool                         `json:"target"`
}

// maxSkippedLines bounds the per-line errors kept; the rest are counted.
const maxSkippedLines = 1000

// maxNestDepth bounds nested entity recursion in targets.nested.json lines.
const maxNestDepth = 8

// Parse streams FollowTheMoney JSON lines, calling fn for each entity in file order.
// Lines that are blank are ignored; lines that are too long (MaxLineBytes), not JSON, or
// lack an id or schema are skipped and reported. An error from fn stops the stream and is
// returned wrapped.
func Parse(r io.Reader, fn func(Entity) error) (skipped []error, err error) {
	br := bufio.NewReaderSize(formats.LimitList(r, "ftm entities"), 64<<10)
	lineNo, extra := 0, 0
	skip := func(e error) {
		if len(skipped) < maxSkippedLines {
			skipped = append(skipped, e)
		} else {
			extra++
		}
	}
	defer func() {
		if extra > 0 {
			skipped = append(skipped, fmt.Errorf("ftm entities: %d more bad lines not listed", extra))
		}
	}()
	var buf []byte
	for {
		line, tooLong, rerr := readBoundedLine(br, buf[:0])
		buf = line
		if rerr != nil && !errors.Is(rerr, io.EOF) {
			return skipped, fmt.Errorf("ftm entities: read after line %d: %w", lineNo, rerr)
		}
		if len(line) > 0 || tooLong || rerr == nil {
			lineNo++
		}
		switch {
		case tooLong:
			skip(fmt.Errorf("ftm line %d: longer than %d bytes", lineNo, MaxLineBytes))
		case len(bytes.TrimSpace(line)) > 0:
			e, perr := parseFtMLine(line, 0)
			if perr != nil {
				skip(fmt.Errorf("ftm line %d: %w", lineNo, perr))
				break
			}
			if ferr := fn(e); ferr != nil {
				return skipped, fmt.Errorf("ftm entity %s (line %d): %w", e.ID, lineNo, ferr)
			}
		}
		if errors.Is(rerr, io.EOF) {
			return skipped, nil
		}
	}
}

// readBoundedLine reads up to the next '\n'. A line longer than MaxLineBytes is consumed
// and discarded, reported by tooLong.
func readBoundedLine(br *bufio.Reader, buf []byte) (line []byte, tooLong bool, err error) {
	for {
		frag, err := br.ReadSlice('\n')
		if !tooLong {
			if len(buf)+len(frag) > MaxLineBytes {
				tooLong, buf = true, buf[:0]
			} else {
				buf = append(buf, frag...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		return bytes.TrimRight(buf, "\r\n"), tooLong, err
	}
}

func parseFtMLine(line []byte, depth int) (Entity, error) {
	var x struct {
		ftmJSON
		Op     formats.FlexString `json:"op"`
		Entity *ftmJSON           `json:"entity"`
	}
	if err := json.Unmarshal(line, &x); err != nil {
		return Entity{}, fmt.Errorf("not a JSON entity (starts %s): %w", formats.Snippet(line), err)
	}
	if x.Entity != nil && x.ID == "" {
		// A delta line: the entity and what to do with it.
		op := strings.ToUpper(formats.Clean(string(x.Op)))
		if op != "ADD" && op != "MOD" && op != "DEL" {
			return Entity{}, fmt.Errorf("delta line with op %q (want ADD, MOD or DEL)", string(x.Op))
		}
		if op == "DEL" && x.Entity.Schema == "" {
			// A deletion may carry only the id.
			x.Entity.Schema = "Thing"
		}
		e, err := x.Entity.entity(depth)
		e.Op = op
		return e, err
	}
	return x.ftmJSON.entity(depth)
}

func (x ftmJSON) entity(depth int) (Entity, error) {
	e := Entity{
		ID:        formats.Clean(string(x.ID)),
		Schema:    formats.Clean(string(x.Schema)),
		FirstSeen: formats.Clean(string(x.FirstSeen)),
		LastSeen:  formats.Clean(string(x.LastSeen)),
		Caption:   formats.Clean(string(x.Caption)),
		Target:    x.Target,
	}
	if e.ID == "" || e.Schema == "" {
		return e, fmt.Errorf("entity without id or schema (id %q, schema %q)", e.ID, e.Schema)
	}
	for _, d := range x.Datasets {
		e.Datasets = formats.AppendClean(e.Datasets, string(d))
	}
	for _, r := range x.Referents {
		e.Referents = formats.AppendClean(e.Referents, string(r))
	}
	if len(x.Properties) > 0 {
		e.Properties = make(map[string][]string, len(x.Properties))
	}
	for prop, vals := range x.Properties {
		for _, raw := range vals {
			v, nested, ok := ftmValue(raw, depth)
			if !ok {
				continue
			}
			e.Properties[prop] = append(e.Properties[prop], v)
			if nested != nil {
				e.Nested = append(e.Nested, *nested)
			}
		}
	}
	return e, nil
}

// ftmValue reads one property value: a string, a number, or a nested entity (its id).
func ftmValue(raw json.RawMessage, depth int) (string, *Entity, bool) {
	raw = bytes.TrimSpace(raw)
	if len(raw) == 0 {
		return "", nil, false
	}
	switch raw[0] {
	case '"':
		var s string
		if json.Unmarshal(raw, &s) != nil || s == "" {
			return "", nil, false
		}
		return s, nil, true
	case '{':
		var x ftmJSON
		if json.Unmarshal(raw, &x) != nil {
			return "", nil, false
		}
		id := formats.Clean(string(x.ID))
		if id == "" {
			return "", nil, false
		}
		if depth >= maxNestDepth {
			return id, nil, true
		}
		n, err := x.entity(depth + 1)
		if err != nil {
			return id, nil, true
		}
		return id, &n, true
	default:
		if f, err := strconv.ParseFloat(string(raw), 64); err == nil {
			return strconv.FormatFloat(f, 'f', -1, 64), nil, true
		}
		return "", nil, false
	}
}
