// Package ofac is the ofac source kind: OFAC's SDN list (or the consolidated list) as XML.
package ofac

import (
	"bytes"
	"net/url"
	"strconv"
	"strings"

	"github.com/scamgraph/scamgraph/internal/sources"
)

// Name is the kind as written in sources.yaml.
const Name = "ofac"

// Kind is the OFAC SDN XML list; each listed party is a document.
type Kind struct{ sources.Addresses }

// Spec describes the kind.
func (Kind) Spec() sources.Spec {
	return sources.Spec{Name: Name, Publisher: "U.S. Treasury OFAC", Form: sources.List, Expect: sources.ExpectXML, Accept: sources.AcceptXML, Official: true}
}

// Parse reads the whole list. Records is the *List.
func (Kind) Parse(r sources.Response) (*sources.Parsed, error) {
	l, err := Parse(bytes.NewReader(r.Body))
	if err != nil {
		return nil, err
	}
	p := &sources.Parsed{Kind: Name, Skipped: l.Skipped, Document: true, Records: l}
	for _, e := range l.Entries {
		p.Items = append(p.Items, sources.Item{ID: "ofac:" + strconv.Itoa(e.UID)})
	}
	return p, nil
}

// ByURL recognises the list's file names.
func (Kind) ByURL(u *url.URL, _ []byte) bool {
	path := strings.ToLower(u.Path)
	return strings.HasSuffix(path, "/sdn.xml") || strings.HasSuffix(path, "/consolidated.xml")
}

// ByContent recognises the sdnList root element.
func (Kind) ByContent(_ string, body []byte) int {
	head := sources.Head(body, 8<<10)
	if len(head) > 0 && head[0] == '<' && sources.XMLRoot(head) == "sdnList" {
		return 2
	}
	return 0
}
