package extract

import (
	"strings"
	"testing"
	"time"
)

// TestListContrasts holds list_contrasts.go: a list of the sanctioned ends at a contrast
// word, and "but also" goes on. It also holds the sanction shapes that must read nothing: a
// sanction urged, asked for, proposed, considered, lifted, removed, denied or petitioned
// against, a freeze recommended, and another party named in the same sentence (one served,
// one owning, one spared, one sanctioned by another body).
func TestListContrasts(t *testing.T) {
	x := newTestExtractor(t)
	const ust = "US Department of the Treasury"
	const ofac = "Office of Foreign Assets Control"
	const bh = "Bright Harbour Trading Co., Ltd."
	const ht = "Huang Tiancheng"
	cases := []relCase{
		{"but not its chairman",
			"The US Treasury sanctioned Bright Harbour Trading Co., Ltd., but not its chairman, Huang Tiancheng.",
			sanctioned(bh, ust), sanctioned(ht, ust)},
		{"designated, but not",
			"OFAC designated Bright Harbour Trading Co., Ltd., but not its chairman, Huang Tiancheng.",
			sanctioned(bh, ofac), sanctioned(ht, ofac)},
		{"although another was spared",
			"OFAC designated Bright Harbour Trading Co., Ltd. and Huang Tiancheng, although Zhou Weiming, their partner, was spared.",
			sanctioned(bh, ofac, ht, ofac), sanctioned("Zhou Weiming", ofac)},
		{"but also goes on",
			"The US Treasury sanctioned Bright Harbour Trading Co., Ltd., but also its chairman, Huang Tiancheng.",
			sanctioned(bh, ust, ht, ust), nil},
		{"a plain list",
			"The US Treasury sanctioned Bright Harbour Trading Co., Ltd. and its chairman, Huang Tiancheng.",
			sanctioned(bh, ust, ht, ust), nil},
		// Review of round 24: "but" and "though" joining adjectives inside an item, asides
		// the list skips, and "but also" with punctuation after "also" go on with the list.
		{"but joining adjectives before the list",
			"OFAC designated the small but powerful Kayin Border Force and its leader, Saw Chit Thu.",
			sanctioned("Saw Chit Thu", ofac), nil},
		{"but joining adjectives in an apposition",
			"OFAC designated Huang Tiancheng, a little-known but wealthy tycoon, and his firm, Bright Harbour Trading Co., Ltd.",
			sanctioned(ht, ofac, bh, ofac), nil},
		{"though joining adjectives",
			"The US Treasury sanctioned Huang Tiancheng, a quiet though powerful financier, and his firm, Bright Harbour Trading Co., Ltd.",
			sanctioned(ht, ust, bh, ust), nil},
		{"an aside after and: unlike",
			"OFAC designated Bright Harbour Trading Co., Ltd. and, unlike the EU, Huang Tiancheng.",
			sanctioned(bh, ofac, ht, ofac), nil},
		{"an aside after and: though",
			"OFAC designated Huang Tiancheng and, though it is only a shell, Blue Sky Holdings Ltd.",
			sanctioned(ht, ofac, "Blue Sky Holdings Ltd.", ofac), nil},
		{"but also, separately",
			"The US Treasury sanctioned Bright Harbour Trading Co., Ltd. but also, separately, Huang Tiancheng.",
			sanctioned(bh, ust, ht, ust), nil},
		{"not only ... but also",
			"The US Treasury sanctioned not only Bright Harbour Trading Co., Ltd. but also its chairman, Huang Tiancheng.",
			sanctioned(bh, ust, ht, ust), nil},
		{"though not its chairman",
			"The US Treasury sanctioned Bright Harbour Trading Co., Ltd., though not its chairman, Huang Tiancheng.",
			sanctioned(bh, ust), sanctioned(ht, ust)},
		{"although, no comma",
			"OFAC designated Bright Harbour Trading Co., Ltd. although Huang Tiancheng was spared.",
			sanctioned(bh, ofac), sanctioned(ht, ofac)},
		{"and not its chairman",
			"OFAC designated Bright Harbour Trading Co., Ltd., and not its chairman, Huang Tiancheng.",
			sanctioned(bh, ofac), sanctioned(ht, ofac)},
		{"and not, no comma",
			"OFAC designated Bright Harbour Trading Co., Ltd. and not its chairman, Huang Tiancheng.",
			sanctioned(bh, ofac), sanctioned(ht, ofac)},
		{"a dash before but not",
			"OFAC designated Bright Harbour Trading Co., Ltd. - but not its chairman, Huang Tiancheng.",
			sanctioned(bh, ofac), sanctioned(ht, ofac)},
		{"but not, no comma",
			"OFAC designated Bright Harbour Trading Co., Ltd. but not its chairman, Huang Tiancheng.",
			sanctioned(bh, ofac), sanctioned(ht, ofac)},
		{"except",
			"OFAC designated the directors of Bright Harbour Trading Co., Ltd. except its chairman, Huang Tiancheng.",
			nil, sanctioned(ht, ofac)},
		{"an aside that denies",
			"OFAC designated Bright Harbour Trading Co., Ltd. and, though not its chairman, Huang Tiancheng, his deputy, Zhou Weiming.",
			nil, sanctioned(ht, ofac)},
		{"a comma and not",
			"OFAC designated Bright Harbour Trading Co., Ltd., not its chairman, Huang Tiancheng.",
			sanctioned(bh, ofac), sanctioned(ht, ofac)},
		// Sanctions not made.
		{"urged", "Lawmakers urged the US Treasury to sanction Huang Tiancheng and Bright Harbour Trading Co., Ltd.",
			nil, sanctioned(ht, ust, bh, ust)},
		{"asked for", "Activists have asked the UK to impose sanctions on Huang Tiancheng.",
			nil, sanctioned(ht, "United Kingdom")},
		{"lifted", "The US Treasury lifted sanctions on Huang Tiancheng in 2025.",
			nil, sanctioned(ht, ust)},
		{"removed from the list", "The US Treasury removed Huang Tiancheng from its sanctions list in 2025.",
			nil, sanctioned(ht, ust)},
		{"proposed and blocked", "The EU proposed sanctions against Huang Tiancheng, but Hungary blocked them.",
			nil, sanctioned(ht, "European Union")},
		{"considered", "The US Treasury is considering sanctions on Huang Tiancheng, officials said.",
			nil, sanctioned(ht, ust)},
		{"delisted", "Huang Tiancheng was delisted by OFAC in 2025.",
			nil, sanctioned(ht, ofac)},
		{"denied", "Huang Tiancheng has not been sanctioned by any government.",
			nil, nil},
		{"petitioned for removal", "Huang Tiancheng petitioned OFAC to be removed from the sanctions list.",
			nil, sanctioned(ht, ofac)},
		{"a freeze recommended", "The Philippine Senate recommended that the Anti-Money Laundering Council freeze the accounts of Huang Tiancheng.",
			nil, sanctioned(ht, "Anti-Money Laundering Council")},
		// Another party in the same sentence.
		{"the party served", "The US Treasury sanctioned Bright Harbour Trading Co., Ltd. for providing services to Huang Tiancheng.",
			sanctioned(bh, ust), sanctioned(ht, ust)},
		{"the owner in a relative clause", "OFAC designated Bright Harbour Trading Co., Ltd., which is owned by Huang Tiancheng.",
			sanctioned(bh, ofac), sanctioned(ht, ofac)},
		{"a chairman not designated", "The US Treasury sanctioned Bright Harbour Trading Co., Ltd., whose chairman, Huang Tiancheng, was not designated.",
			sanctioned(bh, ust), sanctioned(ht, ust)},
		{"each body its own party", "The UK sanctioned Bright Harbour Trading Co., Ltd.; the US Treasury sanctioned Huang Tiancheng.",
			sanctioned(bh, "United Kingdom", ht, ust), sanctioned(ht, "United Kingdom", bh, ust)},
		// A contrast inside an item's apposition or relative clause is the item's, not the list's.
		{"a contrast inside an apposition's relative clause",
			"The US Treasury sanctioned Chen Zhi, a tycoon who was once an adviser but not a minister, Jin Bei Group and Byex Exchange.",
			sanctioned("Chen Zhi", ust, "Jin Bei Group", ust, "Byex Exchange", ust), nil},
		{"a contrast inside a relative clause",
			"The US Treasury sanctioned Chen Zhi, who fled Cambodia but not China, and Jin Bei Group.",
			sanctioned("Chen Zhi", ust, "Jin Bei Group", ust), nil},
		{"a contrast after a comma going on with the clause",
			"The US Treasury sanctioned Chen Zhi, whose Prince Group is based in Phnom Penh, but operates across Asia, and Jin Bei Group.",
			sanctioned("Chen Zhi", ust, "Jin Bei Group", ust), nil},
		{"an aside after the relative word",
			"The US Treasury sanctioned Jin Bei Group, a firm that, although small, laundered millions, and Byex Exchange.",
			sanctioned("Jin Bei Group", ust, "Byex Exchange", ust), nil},
		{"but not after an apposition",
			"The US Treasury sanctioned Bright Harbour Trading Co., Ltd., a firm run by Zhou Weiming, but not its chairman, Huang Tiancheng.",
			sanctioned(bh, ust), sanctioned(ht, ust)},
		{"although after an apposition",
			"The US Treasury sanctioned Bright Harbour Trading Co., Ltd., a firm run by Zhou Weiming, although Huang Tiancheng, its partner, was spared.",
			sanctioned(bh, ust), sanctioned(ht, ust)},
		{"and not after a relative clause",
			"The US Treasury sanctioned Bright Harbour Trading Co., Ltd., which Zhou Weiming runs, and not its chairman, Huang Tiancheng.",
			sanctioned(bh, ust), sanctioned(ht, ust)},
	}
	checkRelCases(t, x, cases)
}

// TestItemClausesLinear: the clause spans of a long list are found in time linear in its length.
func TestItemClausesLinear(t *testing.T) {
	unit := "Chen Zhi, a firm that, although small, laundered millions but not gold, and Jin Bei Group, whose Prince Group is based in Phnom Penh, but operates across Asia, and "
	long := strings.Repeat(unit, 4000)
	start := time.Now()
	if got := listContrastEnd(long, 0, len(long)); got != len(long) {
		t.Fatalf("list cut at %d of %d", got, len(long))
	}
	if d := time.Since(start); d > 2*time.Second {
		t.Fatalf("too slow: %v", d)
	}
}
