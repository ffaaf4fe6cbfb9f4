package opensanctions

import (
	"bytes"
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/internal/sharedtest"
)

// These tests read real responses of the service, captured by public projects, from
// ../shared/captures beside the repository (each folder's SOURCE.txt names their origin). They
// fail, not skip, when the captures are missing.

func TestOpenSanctionsCaptures(t *testing.T) {
	for _, c := range []struct {
		file                  string
		entities, targets     int
		ops                   map[string]int
		id, caption, schema   string
		firstName, sampleProp string
	}{
		{"opensanctions/yente_zala.ftm.json", 91, 14, map[string]int{"": 91}, "", "", "", "", ""},
		{"opensanctions/yente_parteispenden.ftm.json", 475, 0, map[string]int{"": 475}, "", "", "", "", ""},
		{"opensanctions/yente_t1_eu_fsf.ftm.json", 7, 6, map[string]int{"": 7}, "", "", "", "", ""},
		{"opensanctions/wd_persons.targets.nested.json", 10, 10, map[string]int{"": 10}, "", "", "", "", ""},
		// A delta file: {"op": "ADD", "entity": {...}} lines, skipped line by line before.
		{"opensanctions/yente_t2_delta.json", 2, 2, map[string]int{"ADD": 2}, "NK-2T3S8Hu29ktYnKSTgQp2wL", "AL-QAIDA IN IRAQ", "Organization", "", "alias"},
	} {
		n, targets, ops := 0, 0, map[string]int{}
		var found *Entity
		skipped, err := Parse(bytes.NewReader(sharedtest.Capture(t, c.file)), func(e Entity) error {
			n++
			if e.Target {
				targets++
			}
			ops[e.Op]++
			if e.ID == c.id {
				found = &e
			}
			if e.Caption == "" && !strings.Contains(c.file, "parteispenden") { // an older export, without captions
				t.Errorf("%s: entity %s without caption or schema", c.file, e.ID)
			}
			return nil
		})
		if err != nil || len(skipped) != 0 || n != c.entities || targets != c.targets || len(ops) != len(c.ops) {
			t.Errorf("%s: %d entities, %d targets, ops %v, skipped %v, err %v", c.file, n, targets, ops, skipped, err)
		}
		for op, k := range c.ops {
			if ops[op] != k {
				t.Errorf("%s: ops %v", c.file, ops)
			}
		}
		if c.id != "" && (found == nil || found.Caption != c.caption || found.Schema != c.schema || len(found.Properties[c.sampleProp]) < 10) {
			t.Errorf("%s: entity %s = %+v", c.file, c.id, found)
		}
	}
}
