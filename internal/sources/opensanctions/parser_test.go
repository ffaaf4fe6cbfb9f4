package opensanctions

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/internal/formats/formatstest"
)

func TestParseFtM(t *testing.T) {
	var got []Entity
	skipped, err := Parse(bytes.NewReader(formatstest.Fixture(t, "opensanctions.ftm.json")), func(e Entity) error {
		got = append(got, e)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 6 || len(skipped) != 2 {
		t.Fatalf("entities %d skipped %d: %v", len(got), len(skipped), skipped)
	}
	if !strings.Contains(skipped[0].Error(), "line 7") || !strings.Contains(skipped[1].Error(), "line 8") {
		t.Errorf("skip line numbers: %v", skipped)
	}
	chen := got[0]
	if chen.ID != "os-test-chen-zhi" || chen.Schema != "Person" || chen.Caption != "Chen Zhi" || !chen.Target ||
		!slices.Equal(chen.Datasets, []string{"us_ofac_sdn"}) || !slices.Equal(chen.Referents, []string{"ofac-90001"}) ||
		chen.First("name") != "Chen Zhi" || !slices.Equal(chen.Properties["alias"], []string{"Vincent Chen", "陈志"}) ||
		chen.FirstSeen != "2025-10-14T18:00:00" || len(chen.Properties["cryptoWallets"]) != 0 {
		t.Errorf("chen %+v", chen)
	}
	own := got[3]
	if own.Schema != "Ownership" || own.First("owner") != "os-test-chen-zhi" || own.First("asset") != "os-test-prince" {
		t.Errorf("ownership %+v", own)
	}
	nested := got[5]
	if nested.First("addressEntity") != "addr-test-1" || len(nested.Nested) != 1 || nested.Nested[0].First("country") != "kh" ||
		nested.First("incorporationDate") != "2019" {
		t.Errorf("nested %+v", nested)
	}
}

func TestParseFtMLongLineAndStop(t *testing.T) {
	long := `{"id":"x","schema":"Thing","properties":{"notes":["` + strings.Repeat("a", MaxLineBytes) + `"]}}`
	body := long + "\n" + `{"id":"ok","schema":"Person","properties":{"name":["A"]}}` + "\n" + `{"id":"ok2","schema":"Person"}`
	var ids []string
	skipped, err := Parse(strings.NewReader(body), func(e Entity) error { ids = append(ids, e.ID); return nil })
	if err != nil || len(skipped) != 1 || !strings.Contains(skipped[0].Error(), "longer than") || !slices.Equal(ids, []string{"ok", "ok2"}) {
		t.Errorf("long line: %v %v %v", err, skipped, ids)
	}
	stop := errors.New("stop here")
	_, err = Parse(strings.NewReader(body), func(e Entity) error { return stop })
	if !errors.Is(err, stop) || !strings.Contains(err.Error(), "ok") {
		t.Errorf("callback error: %v", err)
	}
	// Garbage floods are reported with a bounded list.
	var flood strings.Builder
	for i := 0; i < maxSkippedLines+50; i++ {
		fmt.Fprintf(&flood, "garbage %d\n", i)
	}
	skipped, err = Parse(strings.NewReader(flood.String()), func(Entity) error { return nil })
	if err != nil || len(skipped) != maxSkippedLines+1 || !strings.Contains(skipped[len(skipped)-1].Error(), "50 more") {
		t.Errorf("flood: %v %d", err, len(skipped))
	}
}
