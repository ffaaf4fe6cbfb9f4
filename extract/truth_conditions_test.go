package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestTruthConditioned holds ties supposed by an if-clause after them or by a fronted clause
// on their truth to no relation (truthConditioned); a concession ("even if") or a clause
// conditioning something else leaves the tie stated.
func TestTruthConditioned(t *testing.T) {
	x := newTestExtractor(t)
	own := []rel{{"Zhang Wei", model.Owns, "Golden Bay Park", ""}}
	checkRelCases(t, x, []relCase{
		// Must not fire.
		{"an if-clause after the tie", "Zhang Wei owns Golden Bay Park if records are right.", nil, own},
		{"a fronted if true", "If true, Zhang Wei owns Golden Bay Park.", nil, own},
		{"a fronted clause on the records", "If the records are accurate, Zhang Wei owns Golden Bay Park.", nil, own},
		{"unless after a passive", "Golden Bay Park is owned by Zhang Wei, unless the registry is out of date.", nil, own},
		{"only if after the tie", "Zhang Wei owns Golden Bay Park only if the deed is valid.", nil, own},
		{"a reported if true", "Police said that if true, Zhang Wei owns Golden Bay Park.", nil, own},
		{"if so after a question", "Does the deed hold? If so, Zhang Wei owns Golden Bay Park.", nil, own},
		// Recall: the tie is stated.
		{"a fronted clause conditioning something else", "If convicted, Zhang Wei, who owns Golden Bay Park, faces ten years.", own, nil},
		{"a later clause's if", "Zhang Wei owns Golden Bay Park, and police will raid it if needed.", own, nil},
		{"a plain tie", "Zhang Wei owns Golden Bay Park.", own, nil},
	})
}
