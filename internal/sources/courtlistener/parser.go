package courtlistener

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/scamgraph/scamgraph/internal/formats"
)

// Page is one page of a CourtListener REST v4 /search/ answer.
type Page struct {
	Count int
	// Next and Previous are the cursor URLs of the neighbouring pages, "" at either end.
	Next, Previous string
	Results        []Result
	Skipped        []error
}

// Result is one search hit: a docket (type=r or d) or an opinion cluster (type=o).
type Result struct {
	CaseName, DocketNumber string
	DocketID               int
	CourtID, Court         string
	DateFiled              *time.Time
	// AbsoluteURL is site-relative, as the API gives it ("/docket/123/united-states-v-chen/").
	AbsoluteURL, Snippet string
	// RECAPDocuments are the matching filings nested in a type=r hit (up to three).
	RECAPDocuments []Doc
	// Parties lists party names when the API includes them (type=r and d).
	Parties []string
}

// Doc is a RECAP filing nested in a docket hit.
type Doc struct {
	Description, Snippet, AbsoluteURL string
	EntryDateFiled                    *time.Time
	DocumentNumber                    string
}

type clResultJSON struct {
	CaseName          formats.FlexString `json:"caseName"`
	CaseNameFull      formats.FlexString `json:"caseNameFull"`
	DocketNumber      formats.FlexString `json:"docketNumber"`
	DocketID          formats.FlexInt    `json:"docket_id"`
	CourtID           formats.FlexString `json:"court_id"`
	Court             formats.FlexString `json:"court"`
	DateFiled         formats.FlexString `json:"dateFiled"`
	AbsoluteURL       formats.FlexString `json:"absolute_url"`
	DocketAbsoluteURL formats.FlexString `json:"docket_absolute_url"`
	Snippet           formats.FlexString `json:"snippet"`
	Party             []string           `json:"party"`
	RECAPDocuments    []struct {
		Description      formats.FlexString `json:"description"`
		ShortDescription formats.FlexString `json:"short_description"`
		Snippet          formats.FlexString `json:"snippet"`
		AbsoluteURL      formats.FlexString `json:"absolute_url"`
		EntryDateFiled   formats.FlexString `json:"entry_date_filed"`
		DocumentNumber   formats.FlexString `json:"document_number"`
	} `json:"recap_documents"`
	Opinions []struct {
		Snippet formats.FlexString `json:"snippet"`
	} `json:"opinions"`
}

// Parse parses a v4 search answer. Anonymous requests now get 401 with
// {"detail": "..."}; that body is reported as an error quoting the detail.
func Parse(body []byte) (*Page, error) {
	var env struct {
		Count    json.RawMessage    `json:"count"`
		Next     formats.FlexString `json:"next"`
		Previous formats.FlexString `json:"previous"`
		Results  []json.RawMessage  `json:"results"`
		Detail   formats.FlexString `json:"detail"`
	}
	if err := formats.DecodeJSON("courtlistener search", body, &env); err != nil {
		return nil, err
	}
	if env.Results == nil && env.Detail != "" {
		return nil, fmt.Errorf("courtlistener search: API says %q", string(env.Detail))
	}
	if env.Results == nil {
		return nil, formats.MissingResults("courtlistener search", body)
	}
	var count formats.FlexInt
	_ = count.UnmarshalJSON(env.Count) // count=on answers give a URL here; that reads as 0
	out := &Page{Count: int(count), Next: formats.Clean(string(env.Next)), Previous: formats.Clean(string(env.Previous))}
	out.Results, out.Skipped = formats.DecodeItems("courtlistener result", env.Results, result)
	return out, nil
}

// result reads one hit; a hit with neither a case name nor an address names nothing.
func result(n int, r clResultJSON) (Result, error) {
	res := Result{
		CaseName:     formats.Clean(string(r.CaseName)),
		DocketNumber: formats.Clean(string(r.DocketNumber)),
		DocketID:     int(r.DocketID),
		CourtID:      formats.Clean(string(r.CourtID)),
		Court:        formats.Clean(string(r.Court)),
		DateFiled:    formats.OptTime(string(r.DateFiled), formats.ISOLayouts...),
		AbsoluteURL:  formats.Clean(string(r.AbsoluteURL)),
		Snippet:      string(r.Snippet),
		Parties:      formats.AppendClean(nil, r.Party...),
	}
	if res.CaseName == "" {
		res.CaseName = formats.Clean(string(r.CaseNameFull))
	}
	if res.AbsoluteURL == "" {
		res.AbsoluteURL = formats.Clean(string(r.DocketAbsoluteURL))
	}
	if res.Snippet == "" {
		for _, o := range r.Opinions {
			if o.Snippet != "" {
				res.Snippet = string(o.Snippet)
				break
			}
		}
	}
	for _, d := range r.RECAPDocuments {
		doc := Doc{
			Description:    formats.Clean(string(d.Description)),
			Snippet:        string(d.Snippet),
			AbsoluteURL:    formats.Clean(string(d.AbsoluteURL)),
			EntryDateFiled: formats.OptTime(string(d.EntryDateFiled), formats.ISOLayouts...),
			DocumentNumber: formats.Clean(string(d.DocumentNumber)),
		}
		if doc.Description == "" {
			doc.Description = formats.Clean(string(d.ShortDescription))
		}
		res.RECAPDocuments = append(res.RECAPDocuments, doc)
	}
	if res.CaseName == "" && res.AbsoluteURL == "" {
		return res, fmt.Errorf("courtlistener result #%d: no caseName and no absolute_url", n)
	}
	return res, nil
}
