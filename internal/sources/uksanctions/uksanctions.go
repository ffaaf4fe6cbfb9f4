// Package uksanctions is the uksanctions source kind: the UK Sanctions List as XML.
package uksanctions

import (
	"bytes"
	"net/url"
	"strings"

	"github.com/scamgraph/scamgraph/internal/sources"
)

// Name is the kind as written in sources.yaml.
const Name = "uksanctions"

// Kind is the UK Sanctions List XML; each designation is a document.
type Kind struct{ sources.Addresses }

// Spec describes the kind.
func (Kind) Spec() sources.Spec {
	return sources.Spec{Name: Name, Publisher: "UK Foreign, Commonwealth & Development Office", Form: sources.List, Expect: sources.ExpectXML, Accept: sources.AcceptXML, Official: true}
}

// Parse reads the whole list. Records is the *List.
func (Kind) Parse(r sources.Response) (*sources.Parsed, error) {
	l, err := Parse(bytes.NewReader(r.Body))
	if err != nil {
		return nil, err
	}
	p := &sources.Parsed{Kind: Name, Skipped: l.Skipped, Document: true, Records: l}
	for _, d := range l.Designations {
		p.Items = append(p.Items, sources.Item{ID: "uksanctions:" + d.UniqueID})
	}
	return p, nil
}

// ByURL recognises the list's file names.
func (Kind) ByURL(u *url.URL, _ []byte) bool {
	path := strings.ToLower(u.Path)
	return strings.HasSuffix(path, "uk-sanctions-list.xml") || strings.HasSuffix(path, "uk_sanctions_list.xml")
}

// ByContent recognises the Designations root element.
func (Kind) ByContent(_ string, body []byte) int {
	head := sources.Head(body, 8<<10)
	if len(head) > 0 && head[0] == '<' && sources.XMLRoot(head) == "Designations" {
		return 2
	}
	return 0
}
