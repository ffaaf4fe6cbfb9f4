package ofac

import (
	"bytes"
	"errors"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/internal/formats"
	"github.com/scamgraph/scamgraph/internal/formats/formatstest"
)

func TestParseSDN(t *testing.T) {
	l, err := Parse(bytes.NewReader(formatstest.Fixture(t, "sdn.xml")))
	if err != nil {
		t.Fatal(err)
	}
	if !formatstest.SameTime(l.PublishDate, formatstest.Day(2025, 10, 14)) || l.RecordCount != 4 {
		t.Errorf("publish info %v %d", l.PublishDate, l.RecordCount)
	}
	if len(l.Entries) != 3 || len(l.Skipped) != 1 {
		t.Fatalf("entries %d skipped %d", len(l.Entries), len(l.Skipped))
	}
	if !strings.Contains(l.Skipped[0].Error(), "not-a-number") {
		t.Errorf("skip reason %v", l.Skipped[0])
	}
	chen := l.Entries[0]
	if chen.UID != 90001 || !chen.IsIndividual() || chen.Name() != "Chen Zhi" || chen.ListedName() != "CHEN, Zhi" {
		t.Errorf("chen %d %q %q", chen.UID, chen.Name(), chen.ListedName())
	}
	if !slices.Equal(chen.Programs, []string{"TCO"}) || !slices.Equal(chen.DatesOfBirth, []string{"1987"}) ||
		!slices.Equal(chen.PlacesOfBirth, []string{"Fujian, China"}) || !slices.Equal(chen.Nationalities, []string{"Cambodia"}) ||
		!slices.Equal(chen.Citizenships, []string{"China"}) || chen.Remarks != "(Linked To: PRINCE HOLDING GROUP)" {
		t.Errorf("chen details %+v", chen)
	}
	if len(chen.AKAs) != 1 || chen.AKAs[0].Name(true) != "Chen Vincent" || chen.AKAs[0].Category != "strong" || chen.AKAs[0].Type != "a.k.a." {
		t.Errorf("chen akas %+v", chen.AKAs)
	}
	if len(chen.IDs) != 3 || chen.IDs[1].CryptoScheme() != "XBT" || chen.IDs[1].Number != "bc1qexampleexampleexampleexample0000000" ||
		chen.IDs[0].CryptoScheme() != "" || chen.IDs[0].Country != "Cambodia" {
		t.Errorf("chen ids %+v", chen.IDs)
	}
	if len(chen.Addresses) != 1 || chen.Addresses[0].String() != "Phnom Penh, Cambodia" {
		t.Errorf("chen addresses %+v", chen.Addresses)
	}
	prince := l.Entries[1]
	if prince.IsIndividual() || prince.Name() != "PRINCE HOLDING GROUP" || len(prince.AKAs) != 2 ||
		prince.AKAs[1].Name(false) != "太子集团" || prince.IDs[1].CryptoScheme() != "ETH" {
		t.Errorf("prince %+v", prince)
	}
	kna := l.Entries[2]
	if !slices.Equal(kna.Programs, []string{"TCO", "BURMA-EO14014"}) || kna.AKAs[0].Type != "f.k.a." ||
		kna.Addresses[0].StateOrProvince != "Kayin State" || kna.Addresses[0].Country != "Burma" {
		t.Errorf("kna %+v", kna)
	}
}

func TestParseSDNWindows1252(t *testing.T) {
	l, err := Parse(bytes.NewReader(formatstest.Fixture(t, "sdn_windows1252.xml")))
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Entries) != 1 || l.Entries[0].AKAs[0].LastName != "KING’S ROMANS CAFÉ" || !formatstest.SameTime(l.PublishDate, formatstest.Day(2018, 1, 30)) {
		t.Fatalf("got %+v", l.Entries)
	}
}

func TestParseSDNBad(t *testing.T) {
	tests := []struct {
		name, body string
		partial    int // entries returned with the error
	}{
		{"wrong root", `<Designations></Designations>`, -1},
		{"empty", ``, -1},
		{"html", `<html><body>Service Unavailable</body></html>`, -1},
		{"truncated", `<sdnList><sdnEntry><uid>1</uid><lastName>A</lastName></sdnEntry><sdnEntry><uid>2</uid><lastN`, 1},
		{"bad charset", `<?xml version="1.0" encoding="x-no-such"?><sdnList/>`, -1},
	}
	for _, tt := range tests {
		l, err := Parse(strings.NewReader(tt.body))
		if err == nil {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		if tt.partial >= 0 && (l == nil || len(l.Entries) != tt.partial) {
			t.Errorf("%s: partial entries %v", tt.name, l)
		}
	}
	// An entry with no name at all is skipped, not fatal.
	l, err := Parse(strings.NewReader(`<sdnList><sdnEntry><uid>7</uid></sdnEntry><sdnEntry><uid>8</uid><lastName>B</lastName></sdnEntry></sdnList>`))
	if err != nil || len(l.Entries) != 1 || len(l.Skipped) != 1 {
		t.Errorf("nameless entry: %v %+v", err, l)
	}
}

// endlessReader yields a never-ending XML text node, to prove the stream bound holds.
type endlessReader struct{ started bool }

func (e *endlessReader) Read(p []byte) (int, error) {
	if !e.started {
		e.started = true
		return copy(p, "<sdnList><sdnEntry><remarks>"), nil
	}
	for i := range p {
		p[i] = 'a'
	}
	return len(p), nil
}

func TestListStreamBound(t *testing.T) {
	const limit = 4 << 20
	lr := formats.LimitReader(&endlessReader{}, limit, "test list")
	n, err := io.Copy(io.Discard, lr)
	if !errors.Is(err, formats.ErrTooLarge) || n != limit {
		t.Errorf("copied %d: %v", n, err)
	}
	// Input of exactly the limit is accepted.
	exact := formats.LimitReader(strings.NewReader(strings.Repeat("a", 100)), 100, "exact")
	if n, err := io.Copy(io.Discard, exact); err != nil || n != 100 {
		t.Errorf("exact: %d %v", n, err)
	}
	// Through the parser, an endless entry fails with the bound rather than running forever.
	if _, err := Parse(formats.LimitReader(&endlessReader{}, limit, "sdn")); !errors.Is(err, formats.ErrTooLarge) {
		t.Errorf("parser: %v", err)
	}
}
