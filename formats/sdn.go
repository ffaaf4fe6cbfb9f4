package formats

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"time"
	"unicode"
)

// SDNList is OFAC's Specially Designated Nationals list as published in SDN.XML
// (sanctionslistservice.ofac.treas.gov .../exports/SDN.XML, formerly treasury.gov/ofac/downloads/sdn.xml).
type SDNList struct {
	// PublishDate and RecordCount come from <publshInformation> (sic).
	PublishDate *time.Time
	RecordCount int
	Entries     []SDNEntry
	// Skipped reports entries left out (unreadable uid, no name).
	Skipped []error
}

// SDNEntry is one <sdnEntry>: a listed individual, entity, vessel or aircraft.
type SDNEntry struct {
	UID int
	// FirstName and LastName as listed: individuals "Zhi" / "CHEN"; entities carry the whole
	// name in LastName.
	FirstName, LastName, Title string
	// SDNType is "Individual", "Entity", "Vessel" or "Aircraft".
	SDNType   string
	Programs  []string
	AKAs      []SDNAka
	Addresses []SDNAddress
	IDs       []SDNID
	// DatesOfBirth are as listed ("1987", "16 Sep 1952", "circa 1960").
	DatesOfBirth, PlacesOfBirth, Nationalities, Citizenships []string
	Remarks                                                  string
}

// SDNAka is an alias: Type "a.k.a.", "f.k.a." or "n.k.a."; Category "strong" or "weak".
type SDNAka struct {
	Type, Category, FirstName, LastName string
}

// SDNID is an identifying document or number. Crypto wallets have Type
// "Digital Currency Address - XBT" (ETH, USDT, TRX...).
type SDNID struct {
	Type, Number, Country string
}

// SDNAddress is a listed address.
type SDNAddress struct {
	Address1, City, StateOrProvince, Country string
	Address2, Address3, PostalCode           string
}

// IsIndividual reports whether the entry lists a natural person.
func (e SDNEntry) IsIndividual() bool { return strings.EqualFold(e.SDNType, "Individual") }

// Name gives a display name: for individuals family name then given name with the list's
// capitals softened ("CHEN, Zhi" -> "Chen Zhi"); for others the listed name as is.
func (e SDNEntry) Name() string {
	return sdnName(e.IsIndividual(), e.FirstName, e.LastName)
}

// ListedName gives the name as OFAC prints it: "CHEN, Zhi" for individuals.
func (e SDNEntry) ListedName() string {
	return sdnListedName(e.FirstName, e.LastName)
}

// Name gives the alias's display name, in the same style as SDNEntry.Name; individual says
// whether the entry it belongs to is a person.
func (a SDNAka) Name(individual bool) string {
	return sdnName(individual, a.FirstName, a.LastName)
}

// ListedName gives the alias as OFAC prints it.
func (a SDNAka) ListedName() string { return sdnListedName(a.FirstName, a.LastName) }

// CryptoScheme returns the currency code of a digital currency address id ("XBT", "ETH"),
// or "" when the id is not a wallet address.
func (id SDNID) CryptoScheme() string {
	rest, ok := strings.CutPrefix(id.Type, "Digital Currency Address")
	if !ok {
		return ""
	}
	return strings.TrimSpace(strings.TrimLeft(rest, " -–"))
}

func sdnName(individual bool, first, last string) string {
	first, last = clean(first), clean(last)
	if !individual {
		if last == "" {
			return first
		}
		return last
	}
	return strings.TrimSpace(SoftenCaps(last) + " " + first)
}

func sdnListedName(first, last string) string {
	first, last = clean(first), clean(last)
	switch {
	case first == "":
		return last
	case last == "":
		return first
	}
	return last + ", " + first
}

// SoftenCaps turns an all-capitals name ("CHEN", "WAN KUOK-KOI") into "Chen", "Wan Kuok-koi",
// as sanctions lists write family names in capitals; mixed-case input is returned unchanged.
func SoftenCaps(s string) string {
	hasLower := false
	for _, r := range s {
		if unicode.IsLower(r) {
			hasLower = true
			break
		}
	}
	if hasLower {
		return s
	}
	var b strings.Builder
	start := true
	for _, r := range s {
		if start {
			b.WriteRune(unicode.ToUpper(r))
		} else {
			b.WriteRune(unicode.ToLower(r))
		}
		start = r == ' '
	}
	return b.String()
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

// ParseSDN streams SDN.XML. Namespaces are ignored (OFAC has changed the default namespace
// between publication services); a legacy charset declared in the prolog is converted. An entry
// without a readable uid or name is skipped and reported. On an XML syntax error (a truncated
// download) the entries read so far are returned together with the error.
func ParseSDN(r io.Reader) (*SDNList, error) {
	dec := newXMLDecoder(limitList(r, "sdn list"))
	list := &SDNList{}
	root, err := walkXML(dec, "sdn list", []string{"sdnList"}, func(_ string, se *xml.StartElement) error {
		switch se.Name.Local {
		case "publshInformation", "publishInformation":
			var p struct {
				PublishDate string `xml:"Publish_Date"`
				RecordCount string `xml:"Record_Count"`
			}
			if err := dec.DecodeElement(&p, se); err != nil {
				return fmt.Errorf("sdn list: <publshInformation>: %w", err)
			}
			list.PublishDate = optTime(p.PublishDate, "01/02/2006", "1/2/2006", "2006-01-02")
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
			if len(list.Entries) >= maxEntries {
				list.Skipped = append(list.Skipped, fmt.Errorf("sdn entry uid %d: past %d entries", e.UID, maxEntries))
				return nil
			}
			list.Entries = append(list.Entries, e)
		default:
			// Unknown top-level element: skip it whole.
			if err := dec.Skip(); err != nil {
				return fmt.Errorf("sdn list: <%s> at line %d: %w", se.Name.Local, lineOf(dec), err)
			}
		}
		return nil
	})
	var syn *xmlSyntaxError
	var rootErr *xmlRootError
	switch {
	case errors.As(err, &rootErr):
		return nil, err
	case errors.As(err, &syn):
		return list, fmt.Errorf("sdn list: XML at line %d after %d entries: %w", syn.Line, len(list.Entries), syn.Err)
	case err != nil:
		return list, err
	case root == "":
		return nil, errors.New("sdn list: no XML element found")
	}
	return list, nil
}

func lastSDNUID(l *SDNList) string {
	if len(l.Entries) == 0 {
		return "(none)"
	}
	return strconv.Itoa(l.Entries[len(l.Entries)-1].UID)
}

func (x sdnEntryXML) entry() (SDNEntry, error) {
	uid, err := strconv.Atoi(strings.TrimSpace(x.UID))
	if err != nil || uid <= 0 {
		return SDNEntry{}, fmt.Errorf("sdn entry %q: unreadable uid %q", clean(x.LastName), clean(x.UID))
	}
	e := SDNEntry{
		UID:           uid,
		FirstName:     clean(x.FirstName),
		LastName:      clean(x.LastName),
		Title:         clean(x.Title),
		SDNType:       clean(x.SDNType),
		Programs:      appendClean(nil, x.Programs...),
		Remarks:       clean(x.Remarks),
		DatesOfBirth:  appendClean(nil, x.DatesOfBirth...),
		PlacesOfBirth: appendClean(nil, x.PlacesOfBirth...),
		Nationalities: appendClean(nil, x.Nationalities...),
		Citizenships:  appendClean(nil, x.Citizenships...),
	}
	if e.LastName == "" && e.FirstName == "" {
		return SDNEntry{}, fmt.Errorf("sdn entry uid %d: no name", uid)
	}
	for _, a := range x.AKAs {
		aka := SDNAka{Type: clean(a.Type), Category: clean(a.Category), FirstName: clean(a.FirstName), LastName: clean(a.LastName)}
		if aka.FirstName != "" || aka.LastName != "" {
			e.AKAs = append(e.AKAs, aka)
		}
	}
	for _, i := range x.IDs {
		id := SDNID{Type: clean(i.Type), Number: clean(i.Number), Country: clean(i.Country)}
		if id.Number != "" {
			e.IDs = append(e.IDs, id)
		}
	}
	for _, a := range x.Addresses {
		addr := SDNAddress{
			Address1: clean(a.Address1), Address2: clean(a.Address2), Address3: clean(a.Address3),
			City: clean(a.City), StateOrProvince: clean(a.StateOrProvince), PostalCode: clean(a.PostalCode),
			Country: clean(a.Country),
		}
		if addr != (SDNAddress{}) {
			e.Addresses = append(e.Addresses, addr)
		}
	}
	return e, nil
}

// String renders the address on one line, most specific part first.
func (a SDNAddress) String() string {
	return strings.Join(appendClean(nil, a.Address1, a.Address2, a.Address3, a.City, a.StateOrProvince, a.PostalCode, a.Country), ", ")
}
