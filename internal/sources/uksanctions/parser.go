package uksanctions

import (
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/scamgraph/scamgraph/internal/formats"
)

// List is the UK Sanctions List published by the FCDO
// (https://sanctionslist.fcdo.gov.uk/docs/UK-Sanctions-List.xml), the sole official UK list
// since the OFSI Consolidated List was retired.
type List struct {
	DateGenerated *time.Time
	Designations  []Designation
	// Skipped reports designations left out (no UniqueID, no name).
	Skipped []error
}

// Designation is one <Designation>.
type Designation struct {
	UniqueID, OFSIGroupID, RegimeName string
	// EntityType is "Individual", "Entity" or "Ship" (<IndividualEntityShip>).
	EntityType     string
	DateDesignated *time.Time
	Names          []NameEntry
	// Addresses are rendered on one line each; AddressCountries holds their countries.
	Addresses []string
	// Sanctions are the measures imposed ("Asset freeze", "Trust services sanctions"...).
	Sanctions                              []string
	OtherInformation, UKStatementOfReasons string

	LastUpdated       *time.Time
	UNReferenceNumber string
	// DesignationSource is "UK" for autonomous designations, "UN" for UN listings.
	DesignationSource           string
	NonLatinNames               []string
	AddressCountries            []string
	Nationalities, DatesOfBirth []string
	Positions                   []string
	// RegistrationNumbers are business registration numbers of entities.
	RegistrationNumbers []string
	// Titles are honorifics and ranks ("Dr", "General").
	Titles []string
	// Passports and NationalIDs are identity documents; Note holds the list's additional
	// information ("issued in ...").
	Passports, NationalIDs []DocumentID
	// PlacesOfBirth are "town, country" of each listed birth location.
	PlacesOfBirth            []string
	Phones, Emails, Websites []string
	// ParentCompanies and Subsidiaries name related entities as the list writes them.
	ParentCompanies, Subsidiaries []string
	// EntityTypes are the list's TypeOfEntity values ("Private company", "Bank").
	EntityTypes []string
}

// DocumentID is a passport or national identity number.
type DocumentID struct {
	Number, Note string
}

// NameEntry is one name of a designation. Type is as listed: "Primary Name", "Primary Name
// Variation" or "Alias".
type NameEntry struct {
	Full string
	Type string
	// Given holds Name1..Name5 and Family holds Name6, the list's surname field (entities carry
	// their whole name in Name6).
	Given, Family string
}

// PrimaryName returns the first name of type "Primary Name", else the first name.
func (d Designation) PrimaryName() string {
	for _, n := range d.Names {
		if strings.EqualFold(n.Type, "Primary Name") {
			return n.Full
		}
	}
	if len(d.Names) > 0 {
		return d.Names[0].Full
	}
	return ""
}

type ukNameXML struct {
	Name     string `xml:"Name"`
	Name1    string `xml:"Name1"`
	Name2    string `xml:"Name2"`
	Name3    string `xml:"Name3"`
	Name4    string `xml:"Name4"`
	Name5    string `xml:"Name5"`
	Name6    string `xml:"Name6"`
	NameType string `xml:"NameType"`
}

type ukDesignationXML struct {
	LastUpdated       string      `xml:"LastUpdated"`
	DateDesignated    string      `xml:"DateDesignated"`
	UniqueID          string      `xml:"UniqueID"`
	OFSIGroupID       string      `xml:"OFSIGroupID"`
	UNReferenceNumber string      `xml:"UNReferenceNumber"`
	Names             []ukNameXML `xml:"Names>Name"`
	NonLatinNames     []string    `xml:"NonLatinNames>NonLatinName>NameNonLatinScript"`
	RegimeName        string      `xml:"RegimeName"`
	EntityType        string      `xml:"IndividualEntityShip"`
	DesignationSource string      `xml:"DesignationSource"`
	SanctionsImposed  string      `xml:"SanctionsImposed"`
	OtherInformation  string      `xml:"OtherInformation"`
	StatementOfReason string      `xml:"UKStatementofReasons"`
	StatementAlt      string      `xml:"UKStatementOfReasons"`
	Addresses         []struct {
		Line1      string `xml:"AddressLine1"`
		Line2      string `xml:"AddressLine2"`
		Line3      string `xml:"AddressLine3"`
		Line4      string `xml:"AddressLine4"`
		Line5      string `xml:"AddressLine5"`
		Line6      string `xml:"AddressLine6"`
		PostalCode string `xml:"AddressPostalCode"`
		Country    string `xml:"AddressCountry"`
	} `xml:"Addresses>Address"`
	Individuals []struct {
		DOBs          []string `xml:"DOBs>DOB"`
		Nationalities []string `xml:"Nationalities>Nationality"`
		Positions     []string `xml:"Positions>Position"`
		Title         []string `xml:"Title"`
		Titles        []string `xml:"Titles>Title"`
		Births        []struct {
			Town    string `xml:"TownOfBirth"`
			Country string `xml:"CountryOfBirth"`
		} `xml:"BirthDetails>Location"`
		Passports []struct {
			Number string `xml:"PassportNumber"`
			Info   string `xml:"PassportAdditionalInformation"`
		} `xml:"PassportDetails>Passport"`
		NationalIDs []struct {
			Number string `xml:"NationalIdentifierNumber"`
			Info   string `xml:"NationalIdentifierAdditionalInformation"`
		} `xml:"NationalIdentifierDetails>NationalIdentifier"`
	} `xml:"IndividualDetails>Individual"`
	Entities []struct {
		RegistrationNumbers []string `xml:"BusinessRegistrationNumbers>BusinessRegistrationNumber"`
		Types               []string `xml:"TypeOfEntities>TypeOfEntity"`
		Parents             []string `xml:"ParentCompanies>ParentCompany"`
		Subsidiaries        []string `xml:"Subsidiaries>Subsidiary"`
	} `xml:"EntityDetails>Entity"`
	// The list writes each non-Latin name as its own <NonLatinNames> element holding
	// <NameNonLatinScript> (as OpenSanctions' crawler of the live file reads it); some copies
	// nest a <NonLatinName> in between. Both are read.
	NonLatinFlat []string `xml:"NonLatinNames>NameNonLatinScript"`
	Titles       []string `xml:"Titles>Title"`
	Phones       []string `xml:"PhoneNumbers>PhoneNumber"`
	Emails       []string `xml:"EmailAddresses>EmailAddress"`
	Websites     []string `xml:"Websites>Website"`
}

// ukDateLayouts: the list writes dd/mm/yyyy; ISO forms are accepted too.
var ukDateLayouts = append([]string{"02/01/2006", "2/1/2006", "02/01/2006 15:04:05"}, formats.ISOLayouts...)

// Parse streams the UK Sanctions List XML. On an XML syntax error the designations
// read so far are returned together with the error.
func Parse(r io.Reader) (*List, error) {
	dec := formats.NewXMLDecoder(formats.LimitList(r, "uk sanctions list"))
	list := &List{}
	root, err := formats.WalkXML(dec, "uk sanctions list", []string{"Designations"}, func(_ string, se *xml.StartElement) error {
		switch se.Name.Local {
		case "DateGenerated":
			var s string
			if err := dec.DecodeElement(&s, se); err != nil {
				return fmt.Errorf("uk sanctions list: <DateGenerated>: %w", err)
			}
			list.DateGenerated = formats.OptTime(s, ukDateLayouts...)
		case "Designation":
			var x ukDesignationXML
			if err := dec.DecodeElement(&x, se); err != nil {
				return fmt.Errorf("uk sanctions list: <Designation> #%d: %w", len(list.Designations)+len(list.Skipped)+1, err)
			}
			d, err := x.designation()
			if err != nil {
				list.Skipped = append(list.Skipped, err)
				return nil
			}
			if len(list.Designations) >= formats.MaxEntries {
				list.Skipped = append(list.Skipped, fmt.Errorf("uk designation %s: past %d entries", d.UniqueID, formats.MaxEntries))
				return nil
			}
			list.Designations = append(list.Designations, d)
		default:
			if err := dec.Skip(); err != nil {
				return fmt.Errorf("uk sanctions list: <%s> at line %d: %w", se.Name.Local, formats.LineOf(dec), err)
			}
		}
		return nil
	})
	keep, err := formats.SettleList(root, err, "uk sanctions list", len(list.Designations), "designations")
	if !keep {
		return nil, err
	}
	return list, err
}

func (x ukDesignationXML) designation() (Designation, error) {
	d := Designation{
		UniqueID:             formats.Clean(x.UniqueID),
		OFSIGroupID:          formats.Clean(x.OFSIGroupID),
		RegimeName:           formats.Clean(x.RegimeName),
		EntityType:           formats.Clean(x.EntityType),
		DateDesignated:       formats.OptTime(x.DateDesignated, ukDateLayouts...),
		LastUpdated:          formats.OptTime(x.LastUpdated, ukDateLayouts...),
		UNReferenceNumber:    formats.Clean(x.UNReferenceNumber),
		DesignationSource:    formats.Clean(x.DesignationSource),
		OtherInformation:     formats.Clean(x.OtherInformation),
		UKStatementOfReasons: formats.Clean(x.StatementOfReason),
		NonLatinNames:        uniqueClean(nil, append(x.NonLatinFlat, x.NonLatinNames...)...),
		Titles:               uniqueClean(nil, x.Titles...),
		Phones:               uniqueClean(nil, x.Phones...),
		Websites:             uniqueClean(nil, x.Websites...),
	}
	for _, e := range x.Emails {
		// One element may hold several addresses separated by ";" or spaces.
		d.Emails = uniqueClean(d.Emails, strings.FieldsFunc(e, func(r rune) bool { return r == ';' || r == ' ' || r == ',' })...)
	}
	for _, e := range x.Entities {
		d.RegistrationNumbers = uniqueClean(d.RegistrationNumbers, e.RegistrationNumbers...)
		d.EntityTypes = uniqueClean(d.EntityTypes, e.Types...)
		d.ParentCompanies = uniqueClean(d.ParentCompanies, e.Parents...)
		d.Subsidiaries = uniqueClean(d.Subsidiaries, e.Subsidiaries...)
	}
	if d.UKStatementOfReasons == "" {
		d.UKStatementOfReasons = formats.Clean(x.StatementAlt)
	}
	if d.UniqueID == "" {
		return d, fmt.Errorf("uk designation (group %q): no UniqueID", d.OFSIGroupID)
	}
	for _, n := range x.Names {
		given := strings.Join(formats.AppendClean(nil, n.Name1, n.Name2, n.Name3, n.Name4, n.Name5), " ")
		family := formats.Clean(n.Name6)
		full := formats.Clean(n.Name)
		if full == "" {
			full = strings.Join(formats.AppendClean(nil, given, family), " ")
		}
		if full != "" {
			d.Names = append(d.Names, NameEntry{Full: full, Type: formats.Clean(n.NameType), Given: given, Family: family})
		}
	}
	if len(d.Names) == 0 {
		return d, fmt.Errorf("uk designation %s: no name", d.UniqueID)
	}
	for _, s := range strings.Split(x.SanctionsImposed, "|") {
		d.Sanctions = formats.AppendClean(d.Sanctions, s)
	}
	for _, a := range x.Addresses {
		line := strings.Join(formats.AppendClean(nil, a.Line1, a.Line2, a.Line3, a.Line4, a.Line5, a.Line6, a.PostalCode, a.Country), ", ")
		if line != "" {
			d.Addresses = append(d.Addresses, line)
		}
		if c := formats.Clean(a.Country); c != "" && !contains(d.AddressCountries, c) {
			d.AddressCountries = append(d.AddressCountries, c)
		}
	}
	for _, ind := range x.Individuals {
		d.DatesOfBirth = formats.AppendClean(d.DatesOfBirth, ind.DOBs...)
		d.Nationalities = formats.AppendClean(d.Nationalities, ind.Nationalities...)
		d.Positions = formats.AppendClean(d.Positions, ind.Positions...)
		d.Titles = uniqueClean(d.Titles, append(ind.Title, ind.Titles...)...)
		for _, b := range ind.Births {
			if place := strings.Join(formats.AppendClean(nil, b.Town, b.Country), ", "); place != "" {
				d.PlacesOfBirth = uniqueClean(d.PlacesOfBirth, place)
			}
		}
		for _, p := range ind.Passports {
			if n := formats.Clean(p.Number); n != "" {
				d.Passports = append(d.Passports, DocumentID{Number: n, Note: formats.Clean(p.Info)})
			}
		}
		for _, p := range ind.NationalIDs {
			if n := formats.Clean(p.Number); n != "" {
				d.NationalIDs = append(d.NationalIDs, DocumentID{Number: n, Note: formats.Clean(p.Info)})
			}
		}
	}
	return d, nil
}

// uniqueClean appends the cleaned values not yet in dst.
func uniqueClean(dst []string, vals ...string) []string {
	for _, v := range vals {
		if v = formats.Clean(v); v != "" && !contains(dst, v) {
			dst = append(dst, v)
		}
	}
	return dst
}

func contains(list []string, s string) bool {
	for _, v := range list {
		if v == s {
			return true
		}
	}
	return false
}
