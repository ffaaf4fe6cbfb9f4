package formats

import (
	"encoding/json"
	"fmt"
	"time"
)

// CourtListenerPage is one page of a CourtListener REST v4 /search/ answer.
type CourtListenerPage struct {
	Count int
	// Next and Previous are the cursor URLs of the neighbouring pages, "" at either end.
	Next, Previous string
	Results        []CourtListenerResult
	Skipped        []error
}

// CourtListenerResult is one search hit: a docket (type=r or d) or an opinion cluster (type=o).
type CourtListenerResult struct {
	CaseName, DocketNumber string
	DocketID               int
	CourtID, Court         string
	DateFiled              *time.Time
	// AbsoluteURL is site-relative, as the API gives it ("/docket/123/united-states-v-chen/").
	AbsoluteURL, Snippet string
	// RECAPDocuments are the matching filings nested in a type=r hit (up to three).
	RECAPDocuments []CourtListenerDoc
	// Parties lists party names when the API includes them (type=r and d).
	Parties []string
}

// CourtListenerDoc is a RECAP filing nested in a docket hit.
type CourtListenerDoc struct {
	Description, Snippet, AbsoluteURL string
	EntryDateFiled                    *time.Time
	DocumentNumber                    string
}

type clResultJSON struct {
	CaseName          flexString `json:"caseName"`
	CaseNameFull      flexString `json:"caseNameFull"`
	DocketNumber      flexString `json:"docketNumber"`
	DocketID          flexInt    `json:"docket_id"`
	CourtID           flexString `json:"court_id"`
	Court             flexString `json:"court"`
	DateFiled         flexString `json:"dateFiled"`
	AbsoluteURL       flexString `json:"absolute_url"`
	DocketAbsoluteURL flexString `json:"docket_absolute_url"`
	Snippet           flexString `json:"snippet"`
	Party             []string   `json:"party"`
	RECAPDocuments    []struct {
		Description      flexString `json:"description"`
		ShortDescription flexString `json:"short_description"`
		Snippet          flexString `json:"snippet"`
		AbsoluteURL      flexString `json:"absolute_url"`
		EntryDateFiled   flexString `json:"entry_date_filed"`
		DocumentNumber   flexString `json:"document_number"`
	} `json:"recap_documents"`
	Opinions []struct {
		Snippet flexString `json:"snippet"`
	} `json:"opinions"`
}

// ParseCourtListener parses a v4 search answer. Anonymous requests now get 401 with
// {"detail": "..."}; that body is reported as an error quoting the detail.
func ParseCourtListener(body []byte) (*CourtListenerPage, error) {
	var env struct {
		Count    json.RawMessage   `json:"count"`
		Next     flexString        `json:"next"`
		Previous flexString        `json:"previous"`
		Results  []json.RawMessage `json:"results"`
		Detail   flexString        `json:"detail"`
	}
	if err := decodeJSON("courtlistener search", body, &env); err != nil {
		return nil, err
	}
	if env.Results == nil && env.Detail != "" {
		return nil, fmt.Errorf("courtlistener search: API says %q", string(env.Detail))
	}
	if env.Results == nil {
		return nil, fmt.Errorf("courtlistener search: no results array in the answer (body starts %s)", snippet(body))
	}
	var count flexInt
	_ = count.UnmarshalJSON(env.Count) // count=on answers give a URL here; that reads as 0
	out := &CourtListenerPage{Count: int(count), Next: clean(string(env.Next)), Previous: clean(string(env.Previous))}
	for i, raw := range env.Results {
		var r clResultJSON
		if err := json.Unmarshal(raw, &r); err != nil {
			out.Skipped = append(out.Skipped, fmt.Errorf("courtlistener result #%d: %w", i+1, err))
			continue
		}
		res := CourtListenerResult{
			CaseName:     clean(string(r.CaseName)),
			DocketNumber: clean(string(r.DocketNumber)),
			DocketID:     int(r.DocketID),
			CourtID:      clean(string(r.CourtID)),
			Court:        clean(string(r.Court)),
			DateFiled:    optTime(string(r.DateFiled), isoLayouts...),
			AbsoluteURL:  clean(string(r.AbsoluteURL)),
			Snippet:      string(r.Snippet),
			Parties:      appendClean(nil, r.Party...),
		}
		if res.CaseName == "" {
			res.CaseName = clean(string(r.CaseNameFull))
		}
		if res.AbsoluteURL == "" {
			res.AbsoluteURL = clean(string(r.DocketAbsoluteURL))
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
			doc := CourtListenerDoc{
				Description:    clean(string(d.Description)),
				Snippet:        string(d.Snippet),
				AbsoluteURL:    clean(string(d.AbsoluteURL)),
				EntryDateFiled: optTime(string(d.EntryDateFiled), isoLayouts...),
				DocumentNumber: clean(string(d.DocumentNumber)),
			}
			if doc.Description == "" {
				doc.Description = clean(string(d.ShortDescription))
			}
			res.RECAPDocuments = append(res.RECAPDocuments, doc)
		}
		if res.CaseName == "" && res.AbsoluteURL == "" {
			out.Skipped = append(out.Skipped, fmt.Errorf("courtlistener result #%d: no caseName and no absolute_url", i+1))
			continue
		}
		out.Results = append(out.Results, res)
	}
	return out, nil
}
