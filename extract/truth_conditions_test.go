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
		{"an if-clause after a dash", "Zhang Wei owns Golden Bay Park — if the records are right.", nil, own},
		{"an if-clause in brackets", "Zhang Wei owns Golden Bay Park (if the records are right).", nil, own},
		{"provided after the tie", "Zhang Wei owns Golden Bay Park, provided the registry is right.", nil, own},
		{"assuming after the tie", "Zhang Wei owns Golden Bay Park, assuming the filings are accurate.", nil, own},
		{"a fronted if true over the sentence", "If true, this would mean Zhang Wei owns Golden Bay Park.", nil, own},
		{"a fronted if accurate over the sentence", "If accurate, the leaked records show Zhang Wei owns Golden Bay Park.", nil, own},
		{"a bare if true after the tie", "Zhang Wei owns Golden Bay Park, if true.", nil, own},
		{"a bare if confirmed after the tie", "Zhang Wei owns Golden Bay Park, if confirmed.", nil, own},
		{"a comma-led if with a verb", "Zhang Wei owns Golden Bay Park, if the records are right.", nil, own},
		{"unless with a subject", "Zhang Wei owns Golden Bay Park unless the court rules otherwise.", nil, own},
		{"unless with a pronoun subject", "Zhang Wei owns Golden Bay Park unless he sold it last year.", nil, own},
		{"a dash-led if closed by that is", "Zhang Wei owns Golden Bay Park — if the records are right, that is.", nil, own},
		{"a dash-led if with no main clause", "Zhang Wei owns Golden Bay Park — if the records are right, as officials insist.", nil, own},
		// Recall: the tie is stated.
		{"a concessive if indirectly", "Zhang Wei owns Golden Bay Park, if indirectly.", own, nil},
		{"a concessive if not in name", "Zhang Wei owns Golden Bay Park, if not in name then in practice.", own, nil},
		{"a concessive if not owner", "Zhang Wei is chairman of Golden Bay Holdings Co., Ltd., if not its real owner.", []rel{{"Zhang Wei", model.Directs, "Golden Bay Holdings Co., Ltd.", ""}}, nil},
		{"a concessive if only on paper", "Zhang Wei chairs Golden Bay Holdings Co., Ltd., if only on paper.", []rel{{"Zhang Wei", model.Directs, "Golden Bay Holdings Co., Ltd.", ""}}, nil},
		{"a concessive if reluctantly", "The Karen National Army protects KK Park, if reluctantly.", []rel{{"Karen National Army", model.Protects, "KK Park", ""}}, nil},
		{"if confirmed conditions an appointment", "If confirmed, Zhang Wei, the chairman of Golden Bay Holdings Co., Ltd., will become the new trade minister.", []rel{{"Zhang Wei", model.Directs, "Golden Bay Holdings Co., Ltd.", ""}}, nil},
		{"a source's word is alleged", "Zhang Wei owns Golden Bay Park, if the company's website is to be believed.", []rel{{"Zhang Wei", model.Owns, "Golden Bay Park", model.Alleged}}, nil},
		{"witnesses' testimony is alleged", "The Karen National Army protects KK Park, if the testimony of rescued workers is right.", []rel{{"Karen National Army", model.Protects, "KK Park", model.Alleged}}, nil},
		{"providing as a participle", "The Karen National Army protects KK Park, providing armed guards.", []rel{{"Karen National Army", model.Protects, "KK Park", ""}}, nil},
		{"a fronted clause conditioning something else", "If convicted, Zhang Wei, who owns Golden Bay Park, faces ten years.", own, nil},
		{"a later clause's if", "Zhang Wei owns Golden Bay Park, and police will raid it if needed.", own, nil},
		{"a plain tie", "Zhang Wei owns Golden Bay Park.", own, nil},
		{"an if after an apposition conditions the main clause", "Police will arrest Zhang Wei, the owner of Golden Bay Park, if he is found in Thailand.", own, nil},
		{"an if after a relative clause conditions the main clause", "Thai authorities will cut power to KK Park, which is run by the Karen National Army, if talks are unsuccessful.", []rel{{"Karen National Army", model.Operates, "KK Park", ""}}, nil},
		{"an unless after an apposition", "Police will seize Golden Bay Park, owned by Zhang Wei, unless the fines are paid.", own, nil},
		{"a dash-led if with its own main clause", "Zhang Wei owns Golden Bay Park — if it is sanctioned, he will lose millions.", own, nil},
		{"unless with no clause", "The Karen National Army protects KK Park unless paid off, residents said.", []rel{{"Karen National Army", model.Protects, "KK Park", model.Alleged}}, nil},
		{"filings anything to go by is alleged", "Zhang Wei owns Golden Bay Park if corporate filings are anything to go by.", []rel{{"Zhang Wei", model.Owns, "Golden Bay Park", model.Alleged}}, nil},
		{"the registry any guide is alleged", "Zhang Wei owns Golden Bay Park, if the registry is any guide.", []rel{{"Zhang Wei", model.Owns, "Golden Bay Park", model.Alleged}}, nil},
	})
}
