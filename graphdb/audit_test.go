package graphdb

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/internal/entitymatch"
	"github.com/scamgraph/scamgraph/model"
)

// TestResolveSplitsMergesOlderRulesAllowed: two listed companies with their own OFAC uids
// that share a website and a list's "For more information" note were merged by older rules
// on those. The next resolve splits them (and keeps them apart), explain names the hard
// block, and the audit lists a names-only merge for review.
func TestResolveSplitsMergesOlderRulesAllowed(t *testing.T) {
	s := openTest(t, false)
	ctx := context.Background()
	tag := newTag(t)
	t.Cleanup(func() { removeResolutionData(t, s, tag) })

	parent := tagged(tag, model.Company, "Sovcomflot PAO")
	parent.Identifiers = []model.Identifier{{Scheme: "OFAC UID", Value: "9" + tag[len(tag)-4:] + "1"},
		{Scheme: "Website", Value: "www.scf-group.example"}}
	trading := tagged(tag, model.Company, "SCF Trading Ltd")
	trading.Identifiers = []model.Identifier{{Scheme: "OFAC UID", Value: "9" + tag[len(tag)-4:] + "2"},
		{Scheme: "Website", Value: "https://www.scf-group.example/"}}
	// Two records of one person, merged on names: allowed, but listed by the audit.
	a := tagged(tag, model.Person, "Ivan Petrov")
	b := tagged(tag, model.Person, "Petrov Ivan", "Ivan Petrov")
	ofac := tagged(tag, model.Organization, "Office of Foreign Assets Control", "OFAC")
	doc := model.Document{URL: "https://list.example/" + tag, Title: "list", Language: "en",
		Text:     "Sovcomflot PAO and SCF Trading Ltd are listed by OFAC. Ivan Petrov. Petrov Ivan.",
		Entities: []model.Entity{parent, trading, a, b, ofac},
		Relations: []model.Relation{
			rel(parent, model.SanctionedBy, ofac, model.Official, "Sovcomflot PAO and SCF Trading Ltd are listed by OFAC.", 1),
			rel(trading, model.SanctionedBy, ofac, model.Official, "Sovcomflot PAO and SCF Trading Ltd are listed by OFAC.", 1),
		}}
	if _, err := s.Load(ctx, SourceInfo{Name: "audit-" + tag, Kind: "test"}, []model.Document{doc}, time.Now().UTC()); err != nil {
		t.Fatal(err)
	}
	// The merge an older version made, on the shared website.
	old := entitymatch.Cluster{Canonical: parent.ID, Members: []entitymatch.Member{{ID: trading.ID, Reason: "identifier: website", Score: 1,
		Explanation: entitymatch.Explanation{A: trading.ID, B: parent.ID, Verdict: entitymatch.VerdictMerge, Score: 1,
			Matches: []entitymatch.Match{{Kind: entitymatch.KindIdentifier, Key: "id|other:website|www.scf-group.example", A: "Website", B: "Website"}}}}}}
	if _, err := s.mergeCluster(ctx, old, time.Now().UTC()); err != nil {
		t.Fatal(err)
	}
	reviews, err := s.AuditMerges(ctx, entitymatch.DefaultRules(), entitymatch.Decisions{}, ResolveScope{IDContains: tag})
	if err != nil {
		t.Fatal(err)
	}
	if len(reviews) != 1 || reviews[0].ID != trading.ID || !strings.Contains(reviews[0].Forbidden, "conflicting list:ofac") || !reviews[0].NeedsReview() {
		t.Fatalf("audit before resolve = %+v, want the website merge forbidden by the OFAC uids", reviews)
	}

	rep, err := s.ResolveScoped(ctx, entitymatch.DefaultRules(), entitymatch.Decisions{}, ResolveScope{IDContains: tag})
	if err != nil {
		t.Fatal(err)
	}
	if !slices.ContainsFunc(rep.Splits, func(sp entitymatch.Split) bool { return sp.ID == trading.ID && sp.From == parent.ID }) {
		t.Errorf("splits = %+v, want %s split from %s", rep.Splits, trading.ID, parent.ID)
	}
	if !entityExists(t, s, trading.ID) || !entityExists(t, s, parent.ID) {
		t.Fatalf("after resolve: both companies must be nodes again")
	}
	for _, m := range rep.Merges {
		if m.From == trading.ID || m.Into == trading.ID {
			t.Errorf("re-merged: %+v", m)
		}
	}
	exp, err := s.Explain(ctx, parent.ID, trading.ID, entitymatch.DefaultRules(), entitymatch.Decisions{})
	if err != nil {
		t.Fatal(err)
	}
	if exp.Explanation.Verdict != entitymatch.VerdictApart || !slices.ContainsFunc(exp.Explanation.Blockers, func(b string) bool { return strings.Contains(b, "conflicting list:ofac") }) ||
		len(exp.Explanation.Weak) != 1 {
		t.Errorf("explain = %s, want apart on the OFAC uids with the website shown as weak", exp.Explanation)
	}
	// The person records merged on names: the audit lists the merge for review, not forbidden.
	reviews, err = s.AuditMerges(ctx, entitymatch.DefaultRules(), entitymatch.Decisions{}, ResolveScope{IDContains: tag})
	if err != nil {
		t.Fatal(err)
	}
	if len(reviews) != 1 || reviews[0].Basis != entitymatch.BasisNames || reviews[0].Forbidden != "" || !reviews[0].NeedsReview() {
		t.Errorf("audit after resolve = %+v, want one names-only merge of the person records", reviews)
	}
	// A second run changes nothing.
	rep, err = s.ResolveScoped(ctx, entitymatch.DefaultRules(), entitymatch.Decisions{}, ResolveScope{IDContains: tag})
	if err != nil || len(rep.Splits)+len(rep.Merges) != 0 {
		t.Errorf("second resolve: %+v %v", rep, err)
	}
}
