package formats

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
)

func TestParseSDN(t *testing.T) {
	l, err := ParseSDN(bytes.NewReader(fixture(t, "sdn.xml")))
	if err != nil {
		t.Fatal(err)
	}
	if !sameTime(l.PublishDate, day(2025, 10, 14)) || l.RecordCount != 4 {
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
	if !equalStrings(chen.Programs, []string{"TCO"}) || !equalStrings(chen.DatesOfBirth, []string{"1987"}) ||
		!equalStrings(chen.PlacesOfBirth, []string{"Fujian, China"}) || !equalStrings(chen.Nationalities, []string{"Cambodia"}) ||
		!equalStrings(chen.Citizenships, []string{"China"}) || chen.Remarks != "(Linked To: PRINCE HOLDING GROUP)" {
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
	if !equalStrings(kna.Programs, []string{"TCO", "BURMA-EO14014"}) || kna.AKAs[0].Type != "f.k.a." ||
		kna.Addresses[0].StateOrProvince != "Kayin State" || kna.Addresses[0].Country != "Burma" {
		t.Errorf("kna %+v", kna)
	}
}

func TestParseSDNWindows1252(t *testing.T) {
	l, err := ParseSDN(bytes.NewReader(fixture(t, "sdn_windows1252.xml")))
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Entries) != 1 || l.Entries[0].AKAs[0].LastName != "KING’S ROMANS CAFÉ" || !sameTime(l.PublishDate, day(2018, 1, 30)) {
		t.Fatalf("got %+v", l.Entries)
	}
}

func TestSoftenCaps(t *testing.T) {
	tests := map[string]string{"CHEN": "Chen", "WAN KUOK-KOI": "Wan Kuok-koi", "McDonald": "McDonald", "": "", "ÉLODIE": "Élodie"}
	for in, want := range tests {
		if got := SoftenCaps(in); got != want {
			t.Errorf("SoftenCaps(%q) = %q, want %q", in, got, want)
		}
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
		l, err := ParseSDN(strings.NewReader(tt.body))
		if err == nil {
			t.Errorf("%s: no error", tt.name)
			continue
		}
		if tt.partial >= 0 && (l == nil || len(l.Entries) != tt.partial) {
			t.Errorf("%s: partial entries %v", tt.name, l)
		}
	}
	// An entry with no name at all is skipped, not fatal.
	l, err := ParseSDN(strings.NewReader(`<sdnList><sdnEntry><uid>7</uid></sdnEntry><sdnEntry><uid>8</uid><lastName>B</lastName></sdnEntry></sdnList>`))
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
	lr := &limitedReader{r: &endlessReader{}, n: limit, limit: limit, what: "test list"}
	n, err := io.Copy(io.Discard, lr)
	if !errors.Is(err, ErrTooLarge) || n != limit {
		t.Errorf("copied %d: %v", n, err)
	}
	// Input of exactly the limit is accepted.
	exact := &limitedReader{r: strings.NewReader(strings.Repeat("a", 100)), n: 100, limit: 100, what: "exact"}
	if n, err := io.Copy(io.Discard, exact); err != nil || n != 100 {
		t.Errorf("exact: %d %v", n, err)
	}
	// Through the parser, an endless entry fails with the bound rather than running forever.
	if _, err := ParseSDN(&limitedReader{r: &endlessReader{}, n: limit, limit: limit, what: "sdn"}); !errors.Is(err, ErrTooLarge) {
		t.Errorf("parser: %v", err)
	}
}

func TestParseUKSanctions(t *testing.T) {
	l, err := ParseUKSanctions(bytes.NewReader(fixture(t, "uk_sanctions.xml")))
	if err != nil {
		t.Fatal(err)
	}
	if !sameTime(l.DateGenerated, day(2025, 10, 15)) || len(l.Designations) != 3 || len(l.Skipped) != 1 {
		t.Fatalf("generated %v designations %d skipped %d", l.DateGenerated, len(l.Designations), len(l.Skipped))
	}
	d := l.Designations[0]
	if d.UniqueID != "GHR0099" || d.OFSIGroupID != "17001" || d.RegimeName != "Global Human Rights" || d.EntityType != "Individual" ||
		d.DesignationSource != "UK" || !sameTime(d.DateDesignated, day(2025, 10, 14)) || !sameTime(d.LastUpdated, day(2025, 10, 14)) {
		t.Errorf("designation %+v", d)
	}
	if len(d.Names) != 2 || d.Names[0] != (UKName{Full: "Zhi CHEN", Type: "Primary Name", Given: "Zhi", Family: "CHEN"}) || d.Names[1].Type != "Alias" || d.PrimaryName() != "Zhi CHEN" {
		t.Errorf("names %+v", d.Names)
	}
	if !equalStrings(d.NonLatinNames, []string{"陈志"}) || !equalStrings(d.Sanctions, []string{"Asset freeze", "Travel Ban"}) ||
		!equalStrings(d.Addresses, []string{"Prince Plaza, Phnom Penh, Cambodia"}) || !equalStrings(d.AddressCountries, []string{"Cambodia"}) ||
		!equalStrings(d.Nationalities, []string{"Cambodia", "China"}) || !equalStrings(d.DatesOfBirth, []string{"dd/mm/1987"}) ||
		!strings.HasPrefix(d.UKStatementOfReasons, "Chen Zhi is the founder") || d.OtherInformation == "" {
		t.Errorf("details %+v", d)
	}
	byex := l.Designations[1]
	if byex.EntityType != "Entity" || byex.PrimaryName() != "Byex Exchange Co Ltd" || !equalStrings(byex.RegistrationNumbers, []string{"00000001"}) {
		t.Errorf("byex %+v", byex)
	}
}

func TestParseUKSanctionsBad(t *testing.T) {
	for _, body := range []string{``, `<sdnList/>`, `<Designations><Designation><UniqueID>X</Uniq`, "\x00\x01"} {
		if _, err := ParseUKSanctions(strings.NewReader(body)); err == nil {
			t.Errorf("accepted %q", body)
		}
	}
	// windows-1252 declared.
	body := "<?xml version=\"1.0\" encoding=\"windows-1252\"?><Designations><Designation><UniqueID>CYB0001</UniqueID><Names><Name><Name6>Caf\xe9 \x93Ltd\x94</Name6><NameType>Primary Name</NameType></Name></Names></Designation></Designations>"
	l, err := ParseUKSanctions(strings.NewReader(body))
	if err != nil || len(l.Designations) != 1 || l.Designations[0].PrimaryName() != "Café “Ltd”" {
		t.Errorf("windows-1252: %v %+v", err, l)
	}
}

func TestParseFtM(t *testing.T) {
	var got []FtMEntity
	skipped, err := ParseFtM(bytes.NewReader(fixture(t, "opensanctions.ftm.json")), func(e FtMEntity) error {
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
		!equalStrings(chen.Datasets, []string{"us_ofac_sdn"}) || !equalStrings(chen.Referents, []string{"ofac-90001"}) ||
		chen.First("name") != "Chen Zhi" || !equalStrings(chen.Properties["alias"], []string{"Vincent Chen", "陈志"}) ||
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
	long := `{"id":"x","schema":"Thing","properties":{"notes":["` + strings.Repeat("a", MaxFtMLineBytes) + `"]}}`
	body := long + "\n" + `{"id":"ok","schema":"Person","properties":{"name":["A"]}}` + "\n" + `{"id":"ok2","schema":"Person"}`
	var ids []string
	skipped, err := ParseFtM(strings.NewReader(body), func(e FtMEntity) error { ids = append(ids, e.ID); return nil })
	if err != nil || len(skipped) != 1 || !strings.Contains(skipped[0].Error(), "longer than") || !equalStrings(ids, []string{"ok", "ok2"}) {
		t.Errorf("long line: %v %v %v", err, skipped, ids)
	}
	stop := errors.New("stop here")
	_, err = ParseFtM(strings.NewReader(body), func(e FtMEntity) error { return stop })
	if !errors.Is(err, stop) || !strings.Contains(err.Error(), "ok") {
		t.Errorf("callback error: %v", err)
	}
	// Garbage floods are reported with a bounded list.
	var flood strings.Builder
	for i := 0; i < maxSkippedLines+50; i++ {
		fmt.Fprintf(&flood, "garbage %d\n", i)
	}
	skipped, err = ParseFtM(strings.NewReader(flood.String()), func(FtMEntity) error { return nil })
	if err != nil || len(skipped) != maxSkippedLines+1 || !strings.Contains(skipped[len(skipped)-1].Error(), "50 more") {
		t.Errorf("flood: %v %d", err, len(skipped))
	}
}
