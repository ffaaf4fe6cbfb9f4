package extract

import (
	"math"
	"strings"
	"testing"
	"time"

	"github.com/scamgraph/scamgraph/model"
)

// TestRaidEntries holds the shape of raid_entries.go: police, military or government bodies
// (and their men) that entered a site raided it; anyone else entering, or a body saying who
// entered, did not.
func TestRaidEntries(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a provincial police force entered a site",
			"Kampot Provincial Police entered Golden Sands Park on Friday and freed 60 workers.",
			[]rel{{"Kampot Provincial Police", model.Raided, "Golden Sands Park", ""}}, nil},
		{"an army's troops entered a site after a dated lead",
			"UPDATE 3 May — Royal Thai Army troops entered Lucky Star Hub this morning and detained 40 workers.",
			[]rel{{"Royal Thai Army", model.Raided, "Lucky Star Hub", ""}}, nil},
		{"agents of two bodies entered the site",
			"Agents of the National Bureau of Investigation (NBI) and the Bureau of Immigration entered the Ocean Crest Hub before dawn and arrested 12 managers.",
			[]rel{{"National Bureau of Investigation", model.Raided, "Ocean Crest Hub", ""}, {"Bureau of Immigration", model.Raided, "Ocean Crest Hub", ""}}, nil},
		{"an entry to serve a warrant is a raid",
			"Kampot Provincial Police entered Golden Sands Park on Friday to serve a search warrant.",
			[]rel{{"Kampot Provincial Police", model.Raided, "Golden Sands Park", ""}}, nil},
		{"agents of a body, dated and armed with a warrant, entered a site",
			"On 2 March 2024, agents of the National Bureau of Investigation (NBI), armed with a warrant to search and seize computer data, entered Ocean Crest Hub, a gated complex of five buildings.",
			[]rel{{"National Bureau of Investigation", model.Raided, "Ocean Crest Hub", ""}}, nil},
		{"a police force went into a site",
			"Lao police went into Kapok Star Plaza last night together with embassy staff and rescued 30 workers.",
			[]rel{{"Lao police", model.Raided, "Kapok Star Plaza", ""}}, nil},
		{"a joint force of two bodies carried out an inspection of a site; the unit's parent did not",
			"On 10 November 2024, a joint force of the Preah Sihanouk Provincial Police Commissariat and the Anti-Human Trafficking and Juvenile Protection Department of the General Commissariat of National Police carried out an inspection of Prosperity Bay Compound.",
			[]rel{{"Preah Sihanouk Provincial Police Commissariat", model.Raided, "Prosperity Bay Compound", ""}, {"Anti-Human Trafficking and Juvenile Protection Department", model.Raided, "Prosperity Bay Compound", ""}},
			[]rel{{"General Commissariat of National Police", model.Raided, "Prosperity Bay Compound", ""}}},
		{"a joint force after a fronted phrase naming its informants",
			"Acting on information received from the Embassy of the Republic of Indonesia, a joint force composed of the Banteay Meanchey Provincial Police Commissariat and the Royal Gendarmerie of Cambodia entered Royal Crown Garden and checked the documents of 516 foreign nationals.",
			[]rel{{"Banteay Meanchey Provincial Police Commissariat", model.Raided, "Royal Crown Garden", ""}, {"Royal Gendarmerie of Cambodia", model.Raided, "Royal Crown Garden", ""}},
			[]rel{{"Embassy of the Republic of Indonesia", model.Raided, "Royal Crown Garden", ""}}},
		{"an armed group's men entered a site and detained people",
			"Soldiers of the Democratic Karen Benevolent Army entered Jade Harbor Park and detained 30 Chinese nationals.",
			[]rel{{"Democratic Karen Benevolent Army", model.Raided, "Jade Harbor Park", ""}}, nil},
		{"officers entered a site in a raid",
			"Officers of the Royal Thai Police entered Jade Harbor Park in a raid on Friday.",
			[]rel{{"Royal Thai Police", model.Raided, "Jade Harbor Park", ""}}, nil},
		// Must not fire.
		{"a bare entry by troops tells no raid deed",
			"UPDATE 3 May — Royal Thai Army troops entered Lucky Star Hub this morning.",
			nil, []rel{{"Royal Thai Army", model.Raided, "Lucky Star Hub", ""}}},
		{"an armed group's men entering a site it guards",
			"Soldiers of the Democratic Karen Benevolent Army entered Jade Harbor Park.",
			nil, []rel{{"Democratic Karen Benevolent Army", model.Raided, "Jade Harbor Park", ""}}},
		{"officers on a tour with investors",
			"Officers of the Royal Thai Police entered Jade Harbor Park with Chinese investors on a tour.",
			nil, []rel{{"Royal Thai Police", model.Raided, "Jade Harbor Park", ""}}},
		{"officers at a ceremony",
			"Officers of the Royal Thai Police entered Jade Harbor Park as part of a ceremony.",
			nil, []rel{{"Royal Thai Police", model.Raided, "Jade Harbor Park", ""}}},
		{"an entry before the site was one",
			"Officers of the Royal Thai Police entered Jade Harbor Park in 2019 when it was still a hotel.",
			nil, []rel{{"Royal Thai Police", model.Raided, "Jade Harbor Park", ""}}},
		{"officers welcomed by the manager",
			"Officers of the Royal Thai Police went into Jade Harbor Park and were met by the manager.",
			nil, []rel{{"Royal Thai Police", model.Raided, "Jade Harbor Park", ""}}},
		{"a payment collected",
			"The Royal Thai Police entered Jade Harbor Park and collected the monthly payment.",
			nil, []rel{{"Royal Thai Police", model.Raided, "Jade Harbor Park", ""}}},
		{"a habitual entry",
			"The Karen National Army entered Jade Harbor Park every evening.",
			nil, []rel{{"Karen National Army", model.Raided, "Jade Harbor Park", ""}}},
		{"a habitual entry with a deed word is still a round, not a raid",
			"Soldiers of the Democratic Karen Benevolent Army entered Jade Harbor Park each week and searched the guards' rooms.",
			nil, []rel{{"Democratic Karen Benevolent Army", model.Raided, "Jade Harbor Park", ""}}},
		{"officers who announced the site was empty",
			"Officers of the Royal Thai Police entered Jade Harbor Park and announced that it was empty.",
			nil, []rel{{"Royal Thai Police", model.Raided, "Jade Harbor Park", ""}}},
		{"officers saying the site was empty",
			"Officers of the Royal Thai Police entered Jade Harbor Park, saying it was empty.",
			nil, []rel{{"Royal Thai Police", model.Raided, "Jade Harbor Park", ""}}},
		{"officers who found the site empty",
			"Officers of the Royal Thai Police entered Jade Harbor Park and found it was empty.",
			nil, []rel{{"Royal Thai Police", model.Raided, "Jade Harbor Park", ""}}},
		{"a hedged entry with no deed",
			"Royal Thai Army troops reportedly entered Lucky Star Hub on Monday, police said.",
			nil, []rel{{"Royal Thai Army", model.Raided, "Lucky Star Hub", ""}}},
		{"an inspection only planned",
			"Kampot Provincial Police said they would carry out an inspection of Golden Sands Park next month.",
			nil, []rel{{"Kampot Provincial Police", model.Raided, "Golden Sands Park", ""}}},
		{"a firm's own inspection of a site",
			"Golden Bay Holdings Co., Ltd. carried out an inspection of Ocean Crest Hub before signing the lease.",
			nil, []rel{{"Golden Bay Holdings Co., Ltd.", model.Raided, "Ocean Crest Hub", ""}}},
		{"a body telling who went into the site",
			"Kampot Provincial Police said the recruits went into Golden Sands Park in May.",
			nil, []rel{{"Kampot Provincial Police", model.Raided, "Golden Sands Park", ""}}},
		{"police who went into a site to meet its owners",
			"Kampot Provincial Police went into Golden Sands Park on Friday to meet the owners.",
			nil, []rel{{"Kampot Provincial Police", model.Raided, "Golden Sands Park", ""}}},
		{"agents armed with a letter of invitation, not a warrant",
			"On 2 March 2024, agents of the National Bureau of Investigation, armed with a letter from the owners, entered Ocean Crest Hub.",
			nil, []rel{{"National Bureau of Investigation", model.Raided, "Ocean Crest Hub", ""}}},
		{"an entry for talks is no raid",
			"Kampot Provincial Police entered Golden Sands Park on Friday for talks with the managers.",
			nil, []rel{{"Kampot Provincial Police", model.Raided, "Golden Sands Park", ""}}},
		{"a body telling who entered the site",
			"Kampot Provincial Police said the recruits entered Golden Sands Park in May.",
			nil, []rel{{"Kampot Provincial Police", model.Raided, "Golden Sands Park", ""}}},
		{"a firm entering a site is no raid",
			"Golden Bay Holdings Co., Ltd. entered Ocean Crest Hub as a tenant in 2021.",
			nil, []rel{{"Golden Bay Holdings Co., Ltd.", model.Raided, "Ocean Crest Hub", ""}}},
		{"entering talks is no entry",
			"The National Bureau of Investigation entered talks with the owners of Ocean Crest Hub.",
			nil, []rel{{"National Bureau of Investigation", model.Raided, "Ocean Crest Hub", ""}}},
		{"an inspection of something of the site is no raid",
			"The Philippine National Police conducted an inspection of the Golden Fortune compound's fire exits in 2019, years before the scam operation began.",
			nil, []rel{{"Philippine National Police", model.Raided, "Golden Fortune Resorts World", ""}}},
		{"an inspection of the site itself is a raid",
			"The Philippine National Police conducted an inspection of the Golden Fortune compound in 2023 and freed 40 workers.",
			[]rel{{"Philippine National Police", model.Raided, "Golden Fortune Resorts World", ""}}, nil},
		// Review of round 23: the words that make an entry no raid count only in the entry's own
		// clause, not in what is told of the workers freed; more deeds tell a raid.
		{"workers freed who had paid recruiters",
			"Officers of the Royal Thai Police went into Jade Harbor Park and rescued 60 workers who had paid recruiters.",
			[]rel{{"Royal Thai Police", model.Raided, "Jade Harbor Park", ""}}, nil},
		{"workers freed who scammed daily",
			"Officers of the Royal Thai Police went into Jade Harbor Park and freed 60 workers who were forced to scam 16 hours daily.",
			[]rel{{"Royal Thai Police", model.Raided, "Jade Harbor Park", ""}}, nil},
		{"workers found locked inside",
			"Officers of the Royal Thai Police went into Jade Harbor Park and found 300 foreign workers locked inside.",
			[]rel{{"Royal Thai Police", model.Raided, "Jade Harbor Park", ""}}, nil},
		{"an entry during an operation",
			"Officers of the Royal Thai Police went into Jade Harbor Park during an operation on Friday.",
			[]rel{{"Royal Thai Police", model.Raided, "Jade Harbor Park", ""}}, nil},
		{"a habit told before the entry",
			"Every evening, officers of the Royal Thai Police entered Jade Harbor Park and searched the rooms.",
			nil, []rel{{"Royal Thai Police", model.Raided, "Jade Harbor Park", ""}}},
	}
	checkRelCases(t, x, cases)
}

// TestEntryDeedClause holds the raid deed of an entry to the entering party's clause
// (entryDeedTold, notRaidDeeds): a deed done to the party ("where they were detained by
// armed guards") or a guard's catching of runaways ("detained workers who tried to flee") is
// no raid; the party's own freeing, searching, arresting or seizing still is.
func TestEntryDeedClause(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		// Must not fire.
		{"police detained by the guards of the site they went into",
			"Cambodian police went into Golden Fortune Park, where they were detained by armed guards.",
			nil, []rel{{"Cambodian police", model.Raided, "Golden Fortune Park", ""}}},
		{"officers held inside the site they entered",
			"The Royal Thai Police entered Golden Fortune Park, where officers were detained by armed guards.",
			nil, []rel{{"Royal Thai Police", model.Raided, "Golden Fortune Park", ""}}},
		{"officers of a body taken by the guards",
			"Officers of the Royal Thai Police went into Golden Fortune Park, where they were briefly held by guards for six hours.",
			nil, []rel{{"Royal Thai Police", model.Raided, "Golden Fortune Park", ""}}},
		{"agents questioned by the site's men",
			"Agents of the Bureau of Immigration entered Ocean Crest Hub and were questioned by its security staff.",
			nil, []rel{{"Bureau of Immigration", model.Raided, "Ocean Crest Hub", ""}}},
		{"an armed group's men catch runaways",
			"Soldiers of the DKBA entered Shwe Kokko Park and detained workers who tried to flee.",
			nil, []rel{{"Democratic Karen Benevolent Army", model.Raided, "Shwe Kokko Park", ""}}},
		{"troops round up escapees",
			"Soldiers of the Democratic Karen Benevolent Army entered Jade Harbor Park and rounded up 12 workers trying to escape.",
			nil, []rel{{"Democratic Karen Benevolent Army", model.Raided, "Jade Harbor Park", ""}}},
		{"troops capture runaways",
			"Soldiers of the Democratic Karen Benevolent Army entered Jade Harbor Park and captured the escapees.",
			nil, []rel{{"Democratic Karen Benevolent Army", model.Raided, "Jade Harbor Park", ""}}},
		{"police attacked and held inside",
			"Police from the Royal Thai Police entered Shwe Kokko Park, where they were attacked and detained by guards.",
			nil, []rel{{"Royal Thai Police", model.Raided, "Shwe Kokko Park", ""}}},
		{"an armed group's men detain runaways, with a comma",
			"The DKBA entered Shwe Kokko Park, detaining workers who tried to escape.",
			nil, []rel{{"Democratic Karen Benevolent Army", model.Raided, "Shwe Kokko Park", ""}}},
		{"an armed group's men detain a number of runaways",
			"DKBA soldiers entered KK Park and detained 30 workers who tried to flee.",
			nil, []rel{{"Democratic Karen Benevolent Army", model.Raided, "KK Park", ""}}},
		{"an armed group's men detain dozens of runaways",
			"DKBA soldiers entered KK Park and detained dozens of workers who tried to flee.",
			nil, []rel{{"Democratic Karen Benevolent Army", model.Raided, "KK Park", ""}}},
		{"an armed group detains runaways where it went",
			"The Karen National Army entered KK Park, where they detained 200 workers trying to escape.",
			nil, []rel{{"Karen National Army", model.Raided, "KK Park", ""}}},
		{"an armed group holding runaways",
			"The BGF entered KK Park, holding 200 people who tried to flee.",
			nil, []rel{{"Karen National Army", model.Raided, "KK Park", ""}}},
		{"police detained by guards",
			"Royal Thai Police officers entered KK Park and were detained by armed guards.",
			nil, []rel{{"Royal Thai Police", model.Raided, "KK Park", ""}}},
		{"police questioned then released",
			"Royal Thai Police officers entered KK Park and were questioned, then released.",
			nil, []rel{{"Royal Thai Police", model.Raided, "KK Park", ""}}},
		{"a relative clause on the site raided by others before",
			"Royal Thai Police officers entered KK Park, which police had raided last year.",
			nil, []rel{{"Royal Thai Police", model.Raided, "KK Park", ""}}},
		{"a site's common noun before a relative clause by another",
			"Royal Thai Police officers entered the Jinbei compound, which was then stormed by the DKBA.",
			nil, []rel{{"Royal Thai Police", model.Raided, "Jinbei", ""}}},
		{"a site's common noun before a relative clause on another's raid",
			"Royal Thai Police officers entered the Jinbei compound, which police had raided last year.",
			nil, []rel{{"Royal Thai Police", model.Raided, "Jinbei", ""}}},
		{"a passive relative clause on the site by another",
			"Soldiers of the Myanmar army entered KK Park, which was then stormed by the DKBA.",
			nil, []rel{{"Myanmar military", model.Raided, "KK Park", ""}}},
		// Recall: the party's own deeds.
		{"a relative clause on the site the party searched",
			"Royal Thai Police officers entered KK Park which they then searched.",
			[]rel{{"Royal Thai Police", model.Raided, "KK Park", ""}}, nil},
		{"a passive relative clause on the site then searched",
			"Soldiers of the Myanmar army entered KK Park, which was then searched and sealed off.",
			[]rel{{"Myanmar military", model.Raided, "KK Park", ""}}, nil},
		{"a site's common noun before the party's relative clause",
			"Royal Thai Police officers entered the Jinbei compound, which they then searched.",
			[]rel{{"Royal Thai Police", model.Raided, "Jinbei", ""}}, nil},
		{"a site's common noun before a passive relative clause",
			"Royal Thai Police officers entered the Jinbei compound, which was then searched and sealed off.",
			[]rel{{"Royal Thai Police", model.Raided, "Jinbei", ""}}, nil},
		{"an armed group catches runaways, then searches",
			"DKBA soldiers entered KK Park and detained workers who tried to flee, then searched the offices.",
			[]rel{{"Democratic Karen Benevolent Army", model.Raided, "KK Park", ""}}, nil},
		{"an armed group detains bosses trying to flee",
			"The Democratic Karen Buddhist Army entered KK Park on Monday and detained scam bosses trying to flee.",
			[]rel{{"Democratic Karen Benevolent Army", model.Raided, "KK Park", ""}}, nil},
		{"an armed group captures bosses fleeing",
			"The Karen National Union entered Shwe Kokko and captured Chinese bosses fleeing across the river.",
			[]rel{{"Karen National Union", model.Raided, "Shwe Kokko", ""}}, nil},
		{"an armed group detains bosses who tried to flee",
			"The Karen National Army entered KK Park and detained Chinese bosses who tried to flee; they handed 60 of them to Thai police.",
			[]rel{{"Karen National Army", model.Raided, "KK Park", ""}}, nil},
		{"police detain those fleeing their entry",
			"Thai police and soldiers entered Shwe Kokko Park and detained workers who tried to flee.",
			[]rel{{"Royal Thai Police", model.Raided, "Shwe Kokko Park", ""}}, nil},
		{"police freed workers after entering",
			"The Royal Thai Police entered Golden Fortune Park and rescued 200 workers.",
			[]rel{{"Royal Thai Police", model.Raided, "Golden Fortune Park", ""}}, nil},
		{"an armed group's men arrest suspects",
			"Soldiers of the Democratic Karen Benevolent Army entered Jade Harbor Park and arrested 40 suspects.",
			[]rel{{"Democratic Karen Benevolent Army", model.Raided, "Jade Harbor Park", ""}}, nil},
		{"police rescue workers who tried to flee",
			"Lao police went into Kapok Star Plaza and rescued 30 workers who had tried to flee.",
			[]rel{{"Lao police", model.Raided, "Kapok Star Plaza", ""}}, nil},
		{"police freed people inside where they went",
			"Lao police went into Kapok Star Plaza, where they freed 30 workers.",
			[]rel{{"Lao police", model.Raided, "Kapok Star Plaza", ""}}, nil},
	})
}

// TestEntryDeedToldLinear holds the deed reading of an entry to a bounded window a site: a
// sentence listing many entered sites costs in proportion to its length.
func TestEntryDeedToldLinear(t *testing.T) {
	unit := "police entered Jade Park, where they were detained by guards, and "
	cost := func(n int) (time.Duration, int) {
		text := strings.Repeat(unit, n)
		st := sentence{s: 0, e: len(text)}
		best, got := time.Duration(math.MaxInt64), 0
		for r := 0; r < 5; r++ {
			got = 0
			t0 := time.Now()
			for k := 0; k < n; k++ {
				i := k*len(unit) + strings.Index(unit, "Jade Park")
				if !entryDeedTold(text, st, candidate{s: i, e: i + len("Jade Park"), text: "Jade Park"}, true) {
					got++
				}
			}
			best = min(best, time.Since(t0))
		}
		return best, got
	}
	small, n1 := cost(50)
	large, n2 := cost(800)
	if n1 != 50 || n2 != 800 {
		t.Fatalf("read %d and %d entries as no raid, want 50 and 800", n1, n2)
	}
	if large > 64*small+50*time.Millisecond {
		t.Fatalf("16x the sites cost %v against %v: not linear", large, small)
	}
}
