package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSharedSubject holds the rule of shared_subject.go to sentences it must read and
// sentences where it must stay silent. The names are invented.
func TestSharedSubject(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a second verb phrase takes the sentence's subject",
			"Nora Vance sits on the board of Silver Cedar Holdings Corp. and also chairs the Kampot Chamber of Commerce.",
			[]rel{{"Nora Vance", model.Directs, "Kampot Chamber of Commerce", ""}},
			nil},
		{"an auxiliary and a date before the second verb",
			"Nora Vance is a member of the Kampot Chamber of Commerce's board and has served since 2023 as an adviser to the Ministry of Interior.",
			[]rel{{"Nora Vance", model.EmployedBy, "Ministry of Interior", ""}},
			nil},
		{"a place before the subject",
			"In Kampot, Nora Vance sits on the board of Silver Cedar Holdings Corp. and also chairs the Kampot Chamber of Commerce.",
			[]rel{{"Nora Vance", model.Directs, "Kampot Chamber of Commerce", ""}},
			nil},
		{"the subject of a reported clause",
			"Nora Vance said Tan Wei owns Silver Cedar Holdings Corp. and chairs the Kampot Chamber of Commerce.",
			[]rel{{"Tan Wei", model.Directs, "Kampot Chamber of Commerce", ""}},
			[]rel{{"Nora Vance", model.Directs, "Kampot Chamber of Commerce", ""}}},
		{"a relative clause on an object",
			"Tan Wei met Nora Vance, who owns Silver Cedar Holdings Corp. and chairs the Kampot Chamber of Commerce.",
			[]rel{{"Nora Vance", model.Directs, "Kampot Chamber of Commerce", ""}},
			[]rel{{"Tan Wei", model.Directs, "Kampot Chamber of Commerce", ""}}},
		{"coordinated noun phrases, no second verb",
			"Nora Vance met the owner of Silver Cedar Holdings Corp. and the director of the Kampot Chamber of Commerce.",
			nil,
			[]rel{{"Nora Vance", model.Directs, "Kampot Chamber of Commerce", ""}, {"Nora Vance", model.Owns, "Silver Cedar Holdings Corp.", ""}}},
		{"a second clause with a subject of its own",
			"Nora Vance owns Silver Cedar Holdings Corp. and her brother chairs the Kampot Chamber of Commerce.",
			nil,
			[]rel{{"Nora Vance", model.Directs, "Kampot Chamber of Commerce", ""}}},
		{"a person inside the first conjunct",
			"Nora Vance hired Tan Wei at Silver Cedar Holdings Corp. and later chaired the Kampot Chamber of Commerce.",
			nil,
			[]rel{{"Tan Wei", model.Directs, "Kampot Chamber of Commerce", ""}}},
		{"a subordinate clause before the and",
			"Nora Vance said that Silver Cedar Holdings Corp. lost money and now runs the Kampot Chamber of Commerce.",
			nil,
			[]rel{{"Nora Vance", model.Directs, "Kampot Chamber of Commerce", ""}}},
		{"a participle phrase after while keeps the subject",
			"Nora Vance chairs Silver Cedar Holdings Corp., while also serving as an adviser to the Ministry of Interior.",
			[]rel{{"Nora Vance", model.EmployedBy, "Ministry of Interior", ""}},
			nil},
		{"a while clause with a subject of its own",
			"Nora Vance chairs Silver Cedar Holdings Corp., while her husband runs the Kampot Chamber of Commerce.",
			nil,
			[]rel{{"Nora Vance", model.Directs, "Kampot Chamber of Commerce", ""}}},
		{"a relative clause on the first object",
			"Nora Vance runs Bright Harbour Ltd., which owns Jade Moon Park, and chairs the Kampot Chamber of Commerce.",
			[]rel{{"Nora Vance", model.Directs, "Kampot Chamber of Commerce", ""}},
			[]rel{{"Bright Harbour Ltd.", model.Directs, "Kampot Chamber of Commerce", ""}}},
		// Coordinated subjects set off by appositions.
		{"two subjects with descriptions share the verb",
			"Nora Vance, a Chinese national, and Tan Wei, a Thai businessman, ran Jade Moon Park.",
			[]rel{{"Nora Vance", model.Operates, "Jade Moon Park", ""}, {"Tan Wei", model.Operates, "Jade Moon Park", ""}},
			nil},
		{"an age and a kin phrase before the later subjects",
			"Nora Vance, 68, and her sons Tan Wei and Aung Ko Ko had controlled Jade Moon Park.",
			[]rel{{"Nora Vance", model.Operates, "Jade Moon Park", ""}},
			nil},
		{"an age and a home town",
			"Nora Vance, 41, of Irvine, California, and Tan Wei, 38, controlled Bright Harbour Ltd.",
			[]rel{{"Nora Vance", model.Owns, "Bright Harbour Ltd.", ""}},
			nil},
		{"an apposition that names another person is no coordination",
			"Nora Vance, a friend of Tan Wei, ran Jade Moon Park.",
			[]rel{{"Nora Vance", model.Operates, "Jade Moon Park", ""}},
			[]rel{{"Tan Wei", model.Operates, "Jade Moon Park", ""}}},
		{"coordinated objects of another verb",
			"Nora Vance met Aung Ko Ko, 38, and Tan Wei, 41, who ran Jade Moon Park.",
			nil,
			[]rel{{"Nora Vance", model.Operates, "Jade Moon Park", ""}, {"Aung Ko Ko", model.Operates, "Jade Moon Park", ""}}},
	}
	checkRelCases(t, x, cases)
}
