package ofac

import (
	"encoding/xml"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"

	"github.com/scamgraph/scamgraph/internal/formats"
)

// List is OFAC's Specially Designated Nationals list as published in SDN.XML
// (sanctionslistservice.ofac.treas.gov .../exports/SDN.XML, formerly treasury.gov/ofac/downloads/sdn.xml).
type List struct {
	// PublishDate and RecordCount come from <publshInformation> (sic).
	PublishDate *time.Time
	RecordCount int
	Entries     []Entry
	// Skipped reports entries left out (unreadable uid, no name).
	Skipped []error
}

// Entry is one <sdnEntry>: a listed individual, entity, vessel or aircraft.
type Entry struct {
	UID int
	// FirstName and LastName as listed: individuals "Zhi" / "CHEN"; entities carry the whole
	// name in LastName.
	FirstName, LastName, Title string
	// SDNType is "Individual", "Entity", "Vessel" or "Aircraft".
	SDNType   string
	Programs  []string
	AKAs      []Aka
	Addresses []Address
	IDs       []ID
	// DatesOfBirth are as listed ("1987", "16 Sep 1952", "circa 1960").
	DatesOfBirth, PlacesOfBirth, Nationalities, Citizenships []string
	Remarks                                                  string
}

// Aka is an alias: Type "a.k.a.", "f.k.a." or "n.k.a."; Category "strong" or "weak".
type Aka struct {
	Type, Category, FirstName, LastName string
}

// ID is an identifying document or number. Crypto wallets have Type
// "Digital Currency Address - XBT" (ETH, USDT, TRX...).
type ID struct {
	Type, Number, Country string
}

// Address is a listed address.
type Address struct {
	Address1, City, StateOrProvince, Country string
	Address2, Address3, PostalCode           string
}

// IsIndividual reports whether the entry lists a natural person.
func (e Entry) IsIndividual() bool { return strings.EqualFold(e.SDNType, "Individual") }

// Name gives a display name: for individuals family name then given name with the list's
// capitals softened ("CHEN, Zhi" -> "Chen Zhi"); for others the listed name as is.
func (e Entry) Name() string {
	return sdnName(e.IsIndividual(), e.FirstName, e.LastName)
}

// ListedName gives the name as OFAC prints it: "CHEN, Zhi" for individuals.
func (e Entry) ListedName() string {
	return sdnListedName(e.FirstName, e.LastName)
}

// Name gives the alias's display name, in the same style as Entry.Name; individual says
// whether the entry it belongs to is a person.
func (a Aka) Name(individual bool) string {
	return sdnName(individual, a.FirstName, a.LastName)
}

// ListedName gives the alias as OFAC prints it.
func (a Aka) ListedName() string { return sdnListedName(a.FirstName, a.LastName) }

// CryptoScheme returns the currency code of a digital currency address id ("XBT", "ETH"),
// or "" when the id is not a wallet address.
func (id ID) CryptoScheme() string {
	rest, ok := strings.CutPrefix(id.Type, "Digital Currency Address")
	if !ok {
		return ""
	}
	return strings.TrimSpace(strings.TrimLeft(rest, " -–"))
}

func sdnName(individual bool, first, last string) string {
	first, last = formats.Clean(first), formats.Clean(last)
	if !individual {
		if last == "" {
			return first
		}
		return last
	}
	return strings.TrimSpace(formats.SoftenCaps(last) + " " + first)
}

func sdnListedName(first, last string) string {
	first, last = formats.Clean(first), formats.Clean(last)
	switch {
	case first == "":
		return last
	case last == "":
		return first
	}
	return last + ", " + first
}

type sdnEntryXML struct {
	UID       string   `xml:"uid"`
	FirstName string   `xml:"firstName"`
	LastName  string   `xml:"lastName"`
	Title     string   `xml:"title"`
	SDNType   string   `xml:"sdnType"`
	Remarks   string   `xml:"remarks"`
	Programs  []string `xml:"programList>program"`
	AKAs      []struct {
		Type      string `xml:"type"`
		Category  string `xml:"category"`
		FirstName string `xml:"firstName"`
		LastName  string `xml:"lastName"`
	} `xml:"akaList>aka"`
	IDs []struct {
		Type    string `xml:"idType"`
		Number  string `xml:"idNumber"`
		Country string `xml:"idCountry"`
	} `xml:"idList>id"`
	Addresses []struct {
		Address1        string `xml:"address1"`
		Address2        string `xml:"address2"`
		Address3        string `xml:"address3"`
		City            string `xml:"city"`
		StateOrProvince string `xml:"stateOrProvince"`
		PostalCode      string `xml:"postalCode"`
		Country         string `xml:"country"`
	} `xml:"addressList>address"`
	Nationalities []string `xml:"nationalityList>nationality>country"`
	Citizenships  []string `xml:"citizenshipList>citizenship>country"`
	DatesOfBirth  []string `xml:"dateOfBirthList>dateOfBirthItem>dateOfBirth"`
	PlacesOfBirth []string `xml:"placeOfBirthList>placeOfBirthItem>placeOfBirth"`
}

// Parse streams SDN.XML. Namespaces are ignored (OFAC has changed the default namespace
// between publication services); a legacy charset declared in the prolog is converted. An entry
// without a readable uid or name is skipped and reported. On an XML syntax error (a truncated
// download) the entries read so far are returned together with the error.
func Parse(r io.Reader) (*List, error) {
	dec := formats.NewXMLDecoder(formats.LimitList(r, "sdn list"))
	list := &List{}
	root, err := formats.WalkXML(dec, "sdn list", []string{"sdnList"}, func(_ string, se *xml.StartElement) error {
		switch se.Name.Local {
		case "publshInformation", "publishInformation":
			var p struct {
				PublishDate string `xml:"Publish_Date"`
				RecordCount string `xml:"Record_Count"`
			}
			if err := dec.DecodeElement(&p, se); err != nil {
				return fmt.Errorf("sdn list: <publshInformation>: %w", err)
			}
			list.PublishDate = formats.OptTime(p.PublishDate, "01/02/2006", "1/2/2006", "2006-01-02")
			list.RecordCount, _ = strconv.Atoi(strings.TrimSpace(p.RecordCount))
		case "sdnEntry":
			var x sdnEntryXML
			if err := dec.DecodeElement(&x, se); err != nil {
				return fmt.Errorf("sdn list: <sdnEntry> after uid %s: %w", lastSDNUID(list), err)
			}
			e, err := x.entry()
			if err != nil {
				list.Skipped = append(list.Skipped, err)
				return nil
			}
			if len(list.Entries) >= formats.MaxEntries {
				list.Skipped = append(list.Skipped, fmt.Errorf("sdn entry uid %d: past %d entries", e.UID, formats.MaxEntries))
				return nil
			}
			list.Entries = append(list.Entries, e)
		default:
			// Unknown top-level element: skip it whole.
			if err := dec.Skip(); err != nil {
				return fmt.Errorf("sdn list: <%s> at line %d: %w", se.Name.Local, formats.LineOf(dec), err)
			}
		}
		return nil
	})
	keep, err := formats.SettleList(root, err, "sdn list", len(list.Entries), "entries")
	if !keep {
		return nil, err
	}
	return list, err
}

func lastSDNUID(l *List) string {
	if len(l.Entries) == 0 {
		return "(none)"
	}
	return strconv.Itoa(l.Entries[len(l.Entries)-1].UID)
}

func (x sdnEntryXML) entry() (Entry, error) {
	uid, err := strconv.Atoi(strings.TrimSpace(x.UID))
	if err != nil || uid <= 0 {
		return Entry{}, fmt.Errorf("sdn entry %q: unreadable uid %q", formats.Clean(x.LastName), formats.Clean(x.UID))
	}
	e := Entry{
		UID:           uid,
		FirstName:     formats.Clean(x.FirstName),
		LastName:      formats.Clean(x.LastName),
		Title:         formats.Clean(x.Title),
		SDNType:       formats.Clean(x.SDNType),
		Programs:      formats.AppendClean(nil, x.Programs...),
		Remarks:       formats.Clean(x.Remarks),
		DatesOfBirth:  formats.AppendClean(nil, x.DatesOfBirth...),
		PlacesOfBirth: formats.AppendClean(nil, x.PlacesOfBirth...),
		Nationalities: formats.AppendClean(nil, x.Nationalities...),
		Citizenships:  formats.AppendClean(nil, x.Citizenships...),
	}
	if e.LastName == "" && e.FirstName == "" {
		return Entry{}, fmt.Errorf("sdn entry uid %d: no name", uid)
	}
	for _, a := range x.AKAs {
		aka := Aka{Type: formats.Clean(a.Type), Category: formats.Clean(a.Category), FirstName: formats.Clean(a.FirstName), LastName: formats.Clean(a.LastName)}
		if aka.FirstName != "" || aka.LastName != "" {
			e.AKAs = append(e.AKAs, aka)
		}
	}
	for _, i := range x.IDs {
		id := ID{Type: formats.Clean(i.Type), Number: formats.Clean(i.Number), Country: formats.Clean(i.Country)}
		if id.Number != "" {
			e.IDs = append(e.IDs, id)
		}
	}
	for _, a := range x.Addresses {
		addr := Address{
			Address1: formats.Clean(a.Address1), Address2: formats.Clean(a.Address2), Address3: formats.Clean(a.Address3),
			City: formats.Clean(a.City), StateOrProvince: formats.Clean(a.StateOrProvince), PostalCode: formats.Clean(a.PostalCode),
			Country: formats.Clean(a.Country),
		}
		if addr != (Address{}) {
			e.Addresses = append(e.Addresses, addr)
		}
	}
	return e, nil
}

// String renders the address on one line, most specific part first.
func (a Address) String() string {
	return strings.Join(formats.AppendClean(nil, a.Address1, a.Address2, a.Address3, a.City, a.StateOrProvince, a.PostalCode, a.Country), ", ")
}
