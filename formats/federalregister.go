package formats

import (
	"bytes"
	"encoding/json"
	"fmt"
	"time"
)

// FederalRegisterPage is one page of https://www.federalregister.gov/api/v1/documents.json.
type FederalRegisterPage struct {
	Count int
	// NextPageURL is the absolute URL of the next page, "" on the last.
	NextPageURL string
	Results     []FederalRegisterDoc
	Skipped     []error
}

// FederalRegisterDoc is one Federal Register document (rule, proposed rule, notice).
type FederalRegisterDoc struct {
	DocumentNumber, Title, Type, Abstract, HTMLURL, PDFURL string
	PublicationDate                                        *time.Time
	// Agencies are the agency names ("Financial Crimes Enforcement Network").
	Agencies []string
	// Excerpts is the search-hit excerpt, HTML with <span class="match"> marks.
	Excerpts string
}

type frDocJSON struct {
	DocumentNumber  flexString `json:"document_number"`
	Title           flexString `json:"title"`
	Type            flexString `json:"type"`
	Abstract        flexString `json:"abstract"`
	HTMLURL         flexString `json:"html_url"`
	PDFURL          flexString `json:"pdf_url"`
	PublicationDate flexString `json:"publication_date"`
	Excerpts        flexString `json:"excerpts"`
	Agencies        []struct {
		Name    flexString `json:"name"`
		RawName flexString `json:"raw_name"`
	} `json:"agencies"`
}

// ParseFederalRegister parses a documents search page. An error answer
// ({"errors": {...}}) is reported as an error.
func ParseFederalRegister(body []byte) (*FederalRegisterPage, error) {
	var env struct {
		Count       flexInt           `json:"count"`
		NextPageURL flexString        `json:"next_page_url"`
		Results     []json.RawMessage `json:"results"`
		Errors      json.RawMessage   `json:"errors"`
	}
	if err := decodeJSON("federal register documents", body, &env); err != nil {
		return nil, err
	}
	if len(env.Errors) > 0 && string(env.Errors) != "null" && env.Results == nil {
		return nil, fmt.Errorf("federal register documents: API error %s", snippet(env.Errors))
	}
	if env.Results == nil && (env.Count != 0 || !bytes.Contains(body, []byte(`"count"`))) {
		// The API leaves results out only when it found nothing ({"count": 0, ...}); any
		// other answer without them is not a documents page.
		return nil, fmt.Errorf("federal register documents: no results array in the answer (body starts %s)", snippet(body))
	}
	out := &FederalRegisterPage{Count: int(env.Count), NextPageURL: clean(string(env.NextPageURL))}
	for i, raw := range env.Results {
		var d frDocJSON
		if err := json.Unmarshal(raw, &d); err != nil {
			out.Skipped = append(out.Skipped, fmt.Errorf("federal register document #%d: %w", i+1, err))
			continue
		}
		doc := FederalRegisterDoc{
			DocumentNumber:  clean(string(d.DocumentNumber)),
			Title:           clean(string(d.Title)),
			Type:            clean(string(d.Type)),
			Abstract:        clean(string(d.Abstract)),
			HTMLURL:         clean(string(d.HTMLURL)),
			PDFURL:          clean(string(d.PDFURL)),
			PublicationDate: optTime(string(d.PublicationDate), isoLayouts...),
			Excerpts:        string(d.Excerpts),
		}
		for _, a := range d.Agencies {
			name := clean(string(a.Name))
			if name == "" {
				name = clean(string(a.RawName))
			}
			doc.Agencies = appendClean(doc.Agencies, name)
		}
		if doc.HTMLURL == "" && doc.DocumentNumber == "" {
			out.Skipped = append(out.Skipped, fmt.Errorf("federal register document #%d %q: no html_url or document_number", i+1, doc.Title))
			continue
		}
		out.Results = append(out.Results, doc)
	}
	return out, nil
}
