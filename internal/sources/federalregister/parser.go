package federalregister

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"

	"github.com/scamgraph/scamgraph/internal/formats"
)

// Page is one page of https://www.federalregister.gov/api/v1/documents.json.
type Page struct {
	Count int
	// NextPageURL is the absolute URL of the next page, "" on the last.
	NextPageURL string
	Results     []Doc
	Skipped     []error
}

// Doc is one Federal Register document (rule, proposed rule, notice).
type Doc struct {
	DocumentNumber, Title, Type, Abstract, HTMLURL, PDFURL string
	PublicationDate                                        *time.Time
	// Agencies are the agency names ("Financial Crimes Enforcement Network").
	Agencies []string
	// Excerpts is the search-hit excerpt, HTML with <span class="match"> marks.
	Excerpts string
}

type frDocJSON struct {
	DocumentNumber  formats.FlexString `json:"document_number"`
	Title           formats.FlexString `json:"title"`
	Type            formats.FlexString `json:"type"`
	Abstract        formats.FlexString `json:"abstract"`
	HTMLURL         formats.FlexString `json:"html_url"`
	PDFURL          formats.FlexString `json:"pdf_url"`
	PublicationDate formats.FlexString `json:"publication_date"`
	Excerpts        formats.FlexString `json:"excerpts"`
	Agencies        []struct {
		Name    formats.FlexString `json:"name"`
		RawName formats.FlexString `json:"raw_name"`
	} `json:"agencies"`
}

// Parse parses a documents search page. An error answer
// ({"errors": {...}}) is reported as an error.
func Parse(body []byte) (*Page, error) {
	var env struct {
		Count       formats.FlexInt    `json:"count"`
		NextPageURL formats.FlexString `json:"next_page_url"`
		Results     []json.RawMessage  `json:"results"`
		Errors      json.RawMessage    `json:"errors"`
	}
	if err := formats.DecodeJSON("federal register documents", body, &env); err != nil {
		return nil, err
	}
	if len(env.Errors) > 0 && string(env.Errors) != "null" && env.Results == nil {
		return nil, fmt.Errorf("federal register documents: API error %s", formats.Snippet(env.Errors))
	}
	if env.Results == nil && (env.Count != 0 || !bytes.Contains(body, []byte(`"count"`))) {
		// The API leaves results out only when it found nothing ({"count": 0, ...}); any
		// other answer without them is not a documents page.
		return nil, formats.MissingResults("federal register documents", body)
	}
	out := &Page{Count: int(env.Count), NextPageURL: formats.Clean(string(env.NextPageURL))}
	out.Results, out.Skipped = formats.DecodeItems("federal register document", env.Results, document)
	return out, nil
}

// document reads one result; a document with neither an address nor a number cannot be linked to.
func document(n int, d frDocJSON) (Doc, error) {
	doc := Doc{
		DocumentNumber:  formats.Clean(string(d.DocumentNumber)),
		Title:           formats.Clean(string(d.Title)),
		Type:            formats.Clean(string(d.Type)),
		Abstract:        formats.Clean(string(d.Abstract)),
		HTMLURL:         formats.Clean(string(d.HTMLURL)),
		PDFURL:          formats.Clean(string(d.PDFURL)),
		PublicationDate: formats.OptTime(string(d.PublicationDate), formats.ISOLayouts...),
		Excerpts:        string(d.Excerpts),
	}
	for _, a := range d.Agencies {
		name := formats.Clean(string(a.Name))
		if name == "" {
			name = formats.Clean(string(a.RawName))
		}
		doc.Agencies = formats.AppendClean(doc.Agencies, name)
	}
	if doc.HTMLURL == "" && doc.DocumentNumber == "" {
		return doc, fmt.Errorf("federal register document #%d %q: no html_url or document_number", n, doc.Title)
	}
	return doc, nil
}
