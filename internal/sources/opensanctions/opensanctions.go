// Package opensanctions is the opensanctions source kind: OpenSanctions datasets as
// FollowTheMoney JSON lines (entities.ftm.json, deltas, targets.nested.json).
package opensanctions

import (
	"bytes"
	"fmt"
	"net/url"
	"strings"

	"github.com/scamgraph/scamgraph/internal/sources"
)

// Name is the kind as written in sources.yaml.
const Name = "opensanctions"

// Kind is an OpenSanctions dataset; each target entity is a document.
type Kind struct{ sources.Addresses }

// Spec describes the kind.
func (Kind) Spec() sources.Spec {
	return sources.Spec{Name: Name, Publisher: "OpenSanctions", Form: sources.List, Expect: sources.ExpectLines, Accept: sources.AcceptLines, Official: true}
}

// Parse reads every entity, deletions of a delta included. Records is the []Entity
// in file order. An answer without one entity is an error.
func (Kind) Parse(r sources.Response) (*sources.Parsed, error) {
	p := &sources.Parsed{Kind: Name, Document: true}
	var all []Entity
	skipped, err := Parse(bytes.NewReader(r.Body), func(e Entity) error {
		all = append(all, e)
		p.Items = append(p.Items, sources.Item{ID: "opensanctions:" + e.ID})
		return nil
	})
	if err != nil {
		return nil, err
	}
	if len(all) == 0 {
		if len(skipped) > 0 {
			return nil, fmt.Errorf("no FollowTheMoney entities in the answer: %w", skipped[0])
		}
		return nil, fmt.Errorf("no FollowTheMoney entities in the answer")
	}
	p.Skipped, p.Records = skipped, all
	return p, nil
}

// ByURL recognises the dataset file names.
func (Kind) ByURL(u *url.URL, _ []byte) bool {
	path := strings.ToLower(u.Path)
	return strings.HasSuffix(path, ".ftm.json") || strings.HasSuffix(path, "targets.nested.json")
}

// ByContent recognises a first line that is a FollowTheMoney entity.
func (Kind) ByContent(_ string, body []byte) int {
	head := sources.Head(body, 8<<10)
	if len(head) == 0 || head[0] != '{' {
		return 0
	}
	line, _, _ := bytes.Cut(head, []byte("\n"))
	if bytes.Contains(line, []byte(`"schema"`)) && bytes.Contains(line, []byte(`"properties"`)) && bytes.Contains(line, []byte(`"id"`)) {
		return 2
	}
	return 0
}
