package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestOpenClauses holds conditionalSpan and landmarkSite: a tie an "if" or "unless" clause
// supposes, or one a site named only as a landmark would bear, gives no relation; a clause
// closed before the tie, a tie stated after it, and a site "nearby" describes are read.
func TestOpenClauses(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		// Recall.
		{"an if-clause closed before the tie",
			"If convicted, Wang Li, who owns Silver Bay Park, faces ten years in prison.",
			[]rel{{"Wang Li", model.Owns, "Silver Bay Park", ""}}, nil},
		{"an if-clause after the tie",
			"Wang Li owns Silver Bay Park, even if he denies it.",
			[]rel{{"Wang Li", model.Owns, "Silver Bay Park", ""}}, nil},
		{"a relative clause after a closed if-clause",
			"If the talks fail, Golden Reed Co., Ltd., which operates Silver Bay Park, will close.",
			[]rel{{"Golden Reed Co., Ltd.", model.Operates, "Silver Bay Park", ""}}, nil},
		{"an inquiry's if is an allegation",
			"Police are investigating if Wang Li owns Silver Bay Park.",
			[]rel{{"Wang Li", model.Owns, "Silver Bay Park", model.Alleged}}, nil},
		{"the nearby site is the site",
			"The Royal Thai Police raided the nearby Silver Bay Park on Monday.",
			[]rel{{"Royal Thai Police", model.Raided, "Silver Bay Park", ""}}, nil},
		{"owns the nearby site",
			"Wang Li also owns the nearby Silver Bay Park.",
			[]rel{{"Wang Li", model.Owns, "Silver Bay Park", ""}}, nil},
		{"a raided site placed by a town",
			"The Royal Thai Police raided Silver Bay Park near Myawaddy.",
			[]rel{{"Royal Thai Police", model.Raided, "Silver Bay Park", ""}}, nil},
		// Recall (review of r22-sweep).
		{"where a place is, inside an if-clause",
			"If you have relatives at Blue Harbour Park in Myawaddy, contact the embassy.",
			[]rel{{"Blue Harbour Park", model.LocatedIn, "Myawaddy", ""}}, nil},
		{"an if-clause ended by because",
			"Officials will seize the casino if needed because Zhao Ming owns Blue Harbour Park.",
			[]rel{{"Zhao Ming", model.Owns, "Blue Harbour Park", ""}}, nil},
		{"a comma-less if-clause before a main clause with still",
			"Even if the court clears him Zhao Ming still owns Blue Harbour Park.",
			[]rel{{"Zhao Ming", model.Owns, "Blue Harbour Park", ""}}, nil},
		{"a comma-less as-if clause before a main clause with still",
			"Acting as if nothing had happened Zhao Ming still runs Blue Harbour Park.",
			[]rel{{"Zhao Ming", model.Operates, "Blue Harbour Park", ""}}, nil},
		{"an inquiry's if: examining",
			"Prosecutors are examining if Zhao Ming owns Blue Harbour Park.",
			[]rel{{"Zhao Ming", model.Owns, "Blue Harbour Park", model.Alleged}}, nil},
		// Precision.
		{"a reporter's question gives no tie",
			"Reporters asked if Zhao Ming owns Blue Harbour Park.",
			nil, []rel{{"Zhao Ming", model.Owns, "Blue Harbour Park", ""}}},
		{"wondering if gives no tie",
			"Villagers wonder if Zhao Ming owns Blue Harbour Park.",
			nil, []rel{{"Zhao Ming", model.Owns, "Blue Harbour Park", ""}}},
		{"still inside the if-clause",
			"If Zhao Ming still owns Blue Harbour Park, he will be arrested.",
			nil, []rel{{"Zhao Ming", model.Owns, "Blue Harbour Park", ""}}},
		{"now inside an if-clause closed after the tie",
			"If the court agrees Zhao Ming now owns Blue Harbour Park, the land is seized.",
			nil, []rel{{"Zhao Ming", model.Owns, "Blue Harbour Park", ""}}},
		{"a clause the if-clause reports, with also",
			"If the court rules Zhao Ming also owns Blue Harbour Park the land will be seized.",
			nil, []rel{{"Zhao Ming", model.Owns, "Blue Harbour Park", ""}}},
		{"a clause the if-clause weighs, with now",
			"Only if police find that Zhao Ming now runs Blue Harbour Park will they act.",
			nil, []rel{{"Zhao Ming", model.Operates, "Blue Harbour Park", ""}}},
		{"a comma-less if-clause with no main-clause marker",
			"Even if Zhao Ming owns Blue Harbour Park nobody can prove it.",
			nil, []rel{{"Zhao Ming", model.Owns, "Blue Harbour Park", ""}}},
		{"because inside the span's own if-clause is after the tie",
			"Police would act if Zhao Ming owned Blue Harbour Park because the law is clear.",
			nil, []rel{{"Zhao Ming", model.Owns, "Blue Harbour Park", ""}}},
		{"an if-clause supposes ownership",
			"If Wang Li owned Silver Bay Park, he would be liable for what happened there.",
			nil, []rel{{"Wang Li", model.Owns, "Silver Bay Park", ""}}},
		{"an if-clause at the end",
			"The deal would be void if Golden Reed Co., Ltd. operated Silver Bay Park.",
			nil, []rel{{"Golden Reed Co., Ltd.", model.Operates, "Silver Bay Park", ""}}},
		{"an unless-clause; the comma inside the firm's name closes nothing",
			"Unless Golden Reed Co., Ltd. runs Silver Bay Park, the licence lapses in June.",
			// The recogniser reads "Unless" into the firm's name here; both spellings are held.
			nil, []rel{{"Golden Reed Co., Ltd.", model.Operates, "Silver Bay Park", ""}, {"Unless Golden Reed Co., Ltd.", model.Operates, "Silver Bay Park", ""}}},
		{"a supposed post",
			"If Wang Li were chairman of Golden Reed Co., Ltd., the loan would have been illegal.",
			nil, []rel{{"Wang Li", model.Directs, "Golden Reed Co., Ltd.", ""}}},
		{"even if",
			"Even if the Democratic Karen Benevolent Army guarded Silver Bay Park, nobody has proved it.",
			nil, []rel{{"Democratic Karen Benevolent Army", model.Protects, "Silver Bay Park", ""}}},
		{"a raid a condition governs",
			"The Royal Thai Police will raid Silver Bay Park only if the court agrees, and if the court agrees Wang Li owns Silver Bay Park the land is seized.",
			nil, []rel{{"Wang Li", model.Owns, "Silver Bay Park", ""}}},
		{"a compound near the site was raided",
			"The Royal Thai Police raided a compound near Silver Bay Park on Monday.",
			nil, []rel{{"Royal Thai Police", model.Raided, "Silver Bay Park", ""}}},
		{"buildings next to the site were raided",
			"The Royal Thai Police raided two buildings next to Silver Bay Park.",
			nil, []rel{{"Royal Thai Police", model.Raided, "Silver Bay Park", ""}}},
		{"a hotel opposite the site",
			"Golden Reed Co., Ltd. runs a hotel opposite Silver Bay Park.",
			nil, []rel{{"Golden Reed Co., Ltd.", model.Operates, "Silver Bay Park", ""}}},
		{"the land beside the site is owned",
			"The land beside Silver Bay Park is owned by Wang Li.",
			nil, []rel{{"Wang Li", model.Owns, "Silver Bay Park", ""}}},
		{"a camp south of the site is guarded",
			"The Democratic Karen Benevolent Army guards a camp 5 km south of Silver Bay Park.",
			nil, []rel{{"Democratic Karen Benevolent Army", model.Protects, "Silver Bay Park", ""}}},
	})
}

// TestShamPosts holds shamPost: a post called fake, self-styled or not yet held is no post;
// the plain post beside it is read.
func TestShamPosts(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCasesEitherWay(t, x, []relCase{
		{"a plain officer",
			"Chen Wei, an officer of the Royal Thai Police, was arrested in Mae Sot.",
			[]rel{{"Chen Wei", model.EmployedBy, "Royal Thai Police", ""}}, nil},
		{"a plain adviser",
			"Chen Wei, an adviser to Li Qiang, was arrested.",
			[]rel{{"Chen Wei", model.AssociateOf, "Li Qiang", ""}}, nil},
		{"a fake officer",
			"Chen Wei, a fake officer of the Royal Thai Police, was arrested in Mae Sot.",
			nil, []rel{{"Chen Wei", model.EmployedBy, "Royal Thai Police", ""}}},
		{"a self-styled adviser",
			"Chen Wei, a self-styled adviser to Li Qiang, was arrested.",
			nil, []rel{{"Chen Wei", model.AssociateOf, "Li Qiang", ""}}},
		{"a would-be director",
			"Chen Wei, a would-be director of Sunrise Holdings Co., Ltd., was arrested.",
			nil, []rel{{"Chen Wei", model.Directs, "Sunrise Holdings Co., Ltd.", ""}}},
		{"a bogus chairman",
			"Chen Wei, the bogus chairman of Sunrise Holdings Co., Ltd., fled.",
			nil, []rel{{"Chen Wei", model.Directs, "Sunrise Holdings Co., Ltd.", ""}}},
		{"a prospective member",
			"Chen Wei, a prospective member of the Democratic Karen Benevolent Army, fled.",
			nil, []rel{{"Chen Wei", model.MemberOf, "Democratic Karen Benevolent Army", ""}}},
		{"a purported adviser",
			"Zhao Ming, a purported adviser to Huang Jun, was arrested.",
			nil, []rel{{"Zhao Ming", model.AssociateOf, "Huang Jun", ""}}},
		{"a fake police officer",
			"Zhao Ming, a fake police officer of the Royal Thai Police, was arrested.",
			nil, []rel{{"Zhao Ming", model.EmployedBy, "Royal Thai Police", ""}}},
		// Recall: a sham word elsewhere in the gap is not the post's (review of r22-sweep).
		{"a false name given, a real chairman",
			"Zhao Ming, who gave police a false name, is chairman of Jade River Co., Ltd.",
			[]rel{{"Zhao Ming", model.Directs, "Jade River Co., Ltd.", ""}}, nil},
		{"fake passports sold, a real member",
			"Zhao Ming, who sold fake passports, is a member of the Democratic Karen Benevolent Army.",
			[]rel{{"Zhao Ming", model.MemberOf, "Democratic Karen Benevolent Army", ""}}, nil},
		{"an aspiring politician, a real director",
			"Zhao Ming, an aspiring politician, is the director of Jade River Co., Ltd.",
			[]rel{{"Zhao Ming", model.Directs, "Jade River Co., Ltd.", ""}}, nil},
		{"fake profiles, a real officer",
			"Zhao Ming, whose fake profiles lured victims, is an officer of the Royal Thai Police.",
			[]rel{{"Zhao Ming", model.EmployedBy, "Royal Thai Police", ""}}, nil},
		{"a sentence for fake invoices, a real chair",
			"Zhao Ming, who served a sentence for fake invoices, chairs Jade River Co., Ltd.",
			[]rel{{"Zhao Ming", model.Directs, "Jade River Co., Ltd.", ""}}, nil},
	})
}

// TestSetAsideEnds holds setAsideEnd: a name the sentence sets aside with "not", "rather
// than" or "instead of" is no end of the tie; the name kept is read where the pair rules
// reach it.
func TestSetAsideEnds(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		// Recall.
		{"the name kept before the aside",
			"Chen Wei, not Li Qiang, owns Golden Lotus Park.",
			[]rel{{"Chen Wei", model.Owns, "Golden Lotus Park", ""}}, nil},
		{"the raided site kept",
			"The Royal Thai Police raided KK Park, not Golden Lotus Park.",
			[]rel{{"Royal Thai Police", model.Raided, "KK Park", ""}}, nil},
		{"instead of after the site",
			"The Royal Thai Police raided Golden Lotus Park instead of KK Park.",
			[]rel{{"Royal Thai Police", model.Raided, "Golden Lotus Park", ""}}, nil},
		{"not only keeps its name's partner",
			"Not only the Royal Thai Police but also the Myanmar Army raided Golden Lotus Park.",
			[]rel{{"Myanmar military", model.Raided, "Golden Lotus Park", ""}}, nil},
		// Precision.
		{"a raider set aside by not",
			"The Myanmar Army, not the Royal Thai Police, raided Golden Lotus Park.",
			nil, []rel{{"Royal Thai Police", model.Raided, "Golden Lotus Park", ""}}},
		{"a raider set aside by rather than",
			"The Royal Thai Police, rather than the Myanmar Army, raided Golden Lotus Park.",
			nil, []rel{{"Myanmar military", model.Raided, "Golden Lotus Park", ""}}},
		{"an owner set aside",
			"Li Qiang's company, not Chen Wei, owns Golden Lotus Park.",
			nil, []rel{{"Chen Wei", model.Owns, "Golden Lotus Park", ""}}},
		{"a site set aside",
			"The Royal Thai Police raided KK Park, not Golden Lotus Park.",
			nil, []rel{{"Royal Thai Police", model.Raided, "Golden Lotus Park", ""}}},
		{"a site set aside by instead of",
			"The Royal Thai Police raided Golden Lotus Park instead of KK Park.",
			nil, []rel{{"Royal Thai Police", model.Raided, "KK Park", ""}}},
	})
}
