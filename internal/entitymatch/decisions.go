package entitymatch

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// Decisions are analysts' rulings, kept in a versioned YAML file and honoured on every run:
//
//	merge:
//	  - ids: [person:chen-zhi, person:vincent-chen]
//	    note: same passport in the indictment and the OFAC entry
//	never_merge:
//	  - ids: [person:li-wu, person:lu-wu]
//	    note: two different people
//
// A never-merge decision wins over everything, an analyst merge included; a decision naming
// more than two ids applies to every pair of them.
type Decisions struct {
	Merge      []Decision `yaml:"merge" json:"merge"`
	NeverMerge []Decision `yaml:"never_merge" json:"never_merge"`
}

// Decision is one ruling about a set of entity ids.
type Decision struct {
	IDs  []string `yaml:"ids" json:"ids"`
	Note string   `yaml:"note,omitempty" json:"note,omitempty"`
	By   string   `yaml:"by,omitempty" json:"by,omitempty"`
	At   string   `yaml:"at,omitempty" json:"at,omitempty"`
}

// maxDecisionsBytes bounds the decisions file.
const maxDecisionsBytes = 8 << 20

// ParseDecisions reads a decisions file. Unknown keys are an error, so a typo ("never-merge")
// cannot silently disable a ruling.
func ParseDecisions(r io.Reader) (Decisions, error) {
	var d Decisions
	b, err := io.ReadAll(io.LimitReader(r, maxDecisionsBytes+1))
	if err != nil {
		return d, err
	}
	if len(b) > maxDecisionsBytes {
		return d, fmt.Errorf("decisions file is larger than %d bytes", maxDecisionsBytes)
	}
	if len(bytes.TrimSpace(b)) == 0 {
		return d, nil
	}
	dec := yaml.NewDecoder(bytes.NewReader(b))
	dec.KnownFields(true)
	if err := dec.Decode(&d); err != nil && !errors.Is(err, io.EOF) {
		return Decisions{}, err
	}
	for i, x := range d.Merge {
		if err := x.check(); err != nil {
			return Decisions{}, fmt.Errorf("merge #%d: %w", i+1, err)
		}
	}
	for i, x := range d.NeverMerge {
		if err := x.check(); err != nil {
			return Decisions{}, fmt.Errorf("never_merge #%d: %w", i+1, err)
		}
	}
	return d, nil
}

func (x Decision) check() error {
	if len(x.IDs) < 2 {
		return fmt.Errorf("needs at least two ids, has %d", len(x.IDs))
	}
	for _, id := range x.IDs {
		if strings.TrimSpace(id) == "" {
			return errors.New("empty id")
		}
	}
	return nil
}

// LoadDecisions reads a decisions file; a file that does not exist yet is no decisions.
func LoadDecisions(path string) (Decisions, error) {
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return Decisions{}, nil
	}
	if err != nil {
		return Decisions{}, fmt.Errorf("decisions %s: %w", path, err)
	}
	defer f.Close()
	d, err := ParseDecisions(f)
	if err != nil {
		return Decisions{}, fmt.Errorf("decisions %s: %w", path, err)
	}
	return d, nil
}

// pairIn reports whether both ids are named by one decision of the list, with its note.
func pairIn(list []Decision, a, b Candidate) (string, bool) {
	ia, ib := append([]string{a.ID}, a.MergedIDs...), append([]string{b.ID}, b.MergedIDs...)
	for _, x := range list {
		if intersects(x.IDs, ia) && intersects(x.IDs, ib) {
			// The same id on both sides (a decision naming one id twice) is no pair.
			if a.ID == b.ID {
				continue
			}
			return x.Note, true
		}
	}
	return "", false
}

func (d Decisions) neverMerged(a, b Candidate) (string, bool) { return pairIn(d.NeverMerge, a, b) }
func (d Decisions) merged(a, b Candidate) (string, bool)      { return pairIn(d.Merge, a, b) }

// HasNeverMerge reports whether a never-merge decision names both ids.
func (d Decisions) HasNeverMerge(a, b string) bool {
	for _, x := range d.NeverMerge {
		if slices.Contains(x.IDs, a) && slices.Contains(x.IDs, b) {
			return true
		}
	}
	return false
}

// AppendDecision adds one decision to the file at path (creating it when missing) and keeps
// the comments and order of what is there. kind is "merge" or "never_merge". Nothing is
// written when the same pair is already decided that way.
func AppendDecision(path, kind string, x Decision) (bool, error) {
	if kind != "merge" && kind != "never_merge" {
		return false, fmt.Errorf("decision kind %q: use merge or never_merge", kind)
	}
	if err := x.check(); err != nil {
		return false, err
	}
	b, err := os.ReadFile(path)
	if err != nil && !errors.Is(err, os.ErrNotExist) {
		return false, fmt.Errorf("decisions %s: %w", path, err)
	}
	cur, err := ParseDecisions(bytes.NewReader(b))
	if err != nil {
		return false, fmt.Errorf("decisions %s: %w", path, err)
	}
	list := cur.Merge
	if kind == "never_merge" {
		list = cur.NeverMerge
	}
	for _, have := range list {
		all := true
		for _, id := range x.IDs {
			all = all && slices.Contains(have.IDs, id)
		}
		if all {
			return false, nil
		}
	}
	var doc yaml.Node
	if len(bytes.TrimSpace(b)) > 0 {
		if err := yaml.Unmarshal(b, &doc); err != nil {
			return false, fmt.Errorf("decisions %s: %w", path, err)
		}
	}
	if doc.Kind == 0 {
		doc = yaml.Node{Kind: yaml.DocumentNode, Content: []*yaml.Node{{Kind: yaml.MappingNode, Tag: "!!map"}}}
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return false, fmt.Errorf("decisions %s: top level is not a mapping", path)
	}
	var seq *yaml.Node
	for i := 0; i+1 < len(root.Content); i += 2 {
		if root.Content[i].Value == kind {
			seq = root.Content[i+1]
		}
	}
	if seq == nil {
		seq = &yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
		root.Content = append(root.Content, &yaml.Node{Kind: yaml.ScalarNode, Tag: "!!str", Value: kind}, seq)
	}
	if seq.Kind == yaml.ScalarNode && (seq.Tag == "!!null" || seq.Value == "" || seq.Value == "[]") {
		*seq = yaml.Node{Kind: yaml.SequenceNode, Tag: "!!seq"}
	}
	if seq.Kind != yaml.SequenceNode {
		return false, fmt.Errorf("decisions %s: %s is not a list", path, kind)
	}
	seq.Style = 0
	var item yaml.Node
	if err := item.Encode(x); err != nil {
		return false, err
	}
	for i := 0; i+1 < len(item.Content); i += 2 {
		if item.Content[i].Value == "ids" {
			item.Content[i+1].Style = yaml.FlowStyle
		}
	}
	seq.Content = append(seq.Content, &item)
	var out bytes.Buffer
	enc := yaml.NewEncoder(&out)
	enc.SetIndent(2)
	if err := enc.Encode(&doc); err != nil {
		return false, err
	}
	if err := enc.Close(); err != nil {
		return false, err
	}
	if _, err := ParseDecisions(bytes.NewReader(out.Bytes())); err != nil {
		return false, fmt.Errorf("decisions %s: would write an unreadable file: %w", path, err)
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return false, err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, out.Bytes(), 0o644); err != nil {
		return false, fmt.Errorf("write decisions %s: %w", path, err)
	}
	if err := os.Rename(tmp, path); err != nil {
		return false, fmt.Errorf("write decisions %s: %w", path, err)
	}
	return true, nil
}
