package extract

import "strings"

// Organization sectors (CONTRACTS vocabulary). The complicity view asks which bodies that
// tie to a compound are public ones: government, legislature, judiciary, police, military or
// armed groups.
const (
	SectorGovernment   = "government"
	SectorLegislature  = "legislature"
	SectorJudiciary    = "judiciary"
	SectorPolice       = "police"
	SectorMilitary     = "military"
	SectorArmedGroup   = "armed-group"
	SectorIntergov     = "intergovernmental"
	SectorNGO          = "ngo"
	SectorMedia        = "media"
	SectorAcademic     = "academic"
	SectorBusinessAssn = "business-association"
	SectorOther        = "other"
)

// Sectors lists the sectors in the vocabulary's order.
var Sectors = []string{SectorGovernment, SectorLegislature, SectorJudiciary, SectorPolice, SectorMilitary,
	SectorArmedGroup, SectorIntergov, SectorNGO, SectorMedia, SectorAcademic, SectorBusinessAssn, SectorOther}

// PublicSector reports the sectors of public power: bodies whose officers shielding a compound
// is complicity rather than business.
func PublicSector(s string) bool {
	switch s {
	case SectorGovernment, SectorLegislature, SectorJudiciary, SectorPolice, SectorMilitary, SectorArmedGroup:
		return true
	}
	return false
}

// knownSectors gives the sector of the gazetteer's organisations by canonical name; names the
// rules below would get wrong or cannot tell are listed.
var knownSectors = map[string]string{
	"Karen National Union": SectorArmedGroup, "Karen National Liberation Army": SectorArmedGroup,
	"Democratic Karen Benevolent Army": SectorArmedGroup, "Karen National Army": SectorArmedGroup,
	"14K Triad": SectorOther, "World Hongmen History and Culture Association": SectorOther,
	"Scam Center Strike Force": SectorGovernment, "US Secret Service": SectorPolice,
	"Federal Bureau of Investigation": SectorPolice, "National Crime Agency": SectorPolice,
	"European Union": SectorIntergov, "United Nations": SectorIntergov, "Interpol": SectorIntergov, "ASEAN": SectorIntergov,
	"United Nations Office on Drugs and Crime": SectorIntergov, "Office of the High Commissioner for Human Rights": SectorIntergov,
	"Cambodian People's Party": SectorLegislature, "Myanmar military": SectorMilitary,
	"Wenzhou Intermediate People's Court": SectorJudiciary, "Supreme Court": SectorJudiciary,
	"Phnom Penh Municipal Court": SectorJudiciary, "Ministry of Public Security": SectorPolice,
	"Department of Special Investigation": SectorPolice, "Anti-Money Laundering Office": SectorGovernment,
	"Amnesty International": SectorNGO, "Humanity Research Consultancy": SectorNGO, "Justice For Myanmar": SectorNGO,
	"International Justice Mission": SectorNGO, "Blue Dragon Children's Foundation": SectorNGO, "Elliptic": SectorOther,
	"Chainalysis": SectorOther, "Myanmar Witness": SectorNGO, "Centre for Information Resilience": SectorNGO,
	"Cyber Scam Monitor": SectorNGO, "Human Rights Watch": SectorNGO, "United States Institute of Peace": SectorGovernment,
	"International Consortium of Investigative Journalists": SectorMedia, "Radio Free Asia": SectorMedia,
	"Voice of Democracy": SectorMedia, "CamboJA News": SectorMedia, "Khmer Times": SectorMedia, "Phnom Penh Post": SectorMedia,
	"The Irrawaddy": SectorMedia, "Frontier Myanmar": SectorMedia, "Reuters": SectorMedia, "Associated Press": SectorMedia,
	"Agence France-Presse": SectorMedia, "BBC": SectorMedia, "Al Jazeera": SectorMedia, "Nikkei Asia": SectorMedia,
	"The Diplomat": SectorMedia, "Mekong Independent": SectorMedia, "Democratic Voice of Burma": SectorMedia,
	"Tech Transparency Project": SectorNGO, "Global Anti-Scam Organization": SectorNGO, "US Congress": SectorLegislature,
	"US Senate": SectorLegislature, "Chinese embassy": SectorGovernment,
}

// sectorWords type an organisation by a word of its name; the first rule that matches wins,
// so the more specific come first ("Border Guard Force" before "force", "Police Court"?
// rare, court first).
var sectorWords = []struct {
	sector string
	words  []string
}{
	{SectorLegislature, []string{"senate", "parliament", "congress", "legislature", "hluttaw", "house"}},
	{SectorJudiciary, []string{"court", "tribunal", "judiciary", "prosecutor", "prosecutors", "prosecutor's", "procuratorate"}},
	{SectorArmedGroup, []string{"militia", "militias", "insurgents", "rebels", "liberation", "bgf", "dkba", "knu", "knla",
		"uwsa", "mndaa", "ta'ang", "arakan", "kachin", "karen", "shan", "wa", "kokang", "resistance",
		"pdf", "brotherhood"}},
	{SectorPolice, []string{"police", "gendarmerie", "customs", "investigation", "investigations",
		"security", "enforcement", "narcotics", "commissariat", "interpol", "constabulary", "anti-trafficking",
		"suppression", "cybercrime", "anti-cybercrime", "anti-human", "anti-narcotics"}},
	{SectorMilitary, []string{"army", "military", "navy", "air", "armed", "forces", "troops", "tatmadaw", "junta",
		"brigade", "battalion", "division", "command", "soldiers", "defence", "defense", "rangers", "marines", "task"}},
	{SectorLegislature, []string{"assembly"}},
	{SectorIntergov, []string{"nations", "asean", "unodc", "unicef", "iom", "ohchr", "interpol", "europol", "fatf"}},
	{SectorMedia, []string{"news", "times", "post", "press", "radio", "daily", "journal", "herald", "tribune", "gazette",
		"television", "tv", "magazine", "weekly", "chronicle", "bulletin", "observer", "review", "media", "ledger"}},
	{SectorAcademic, []string{"university", "college", "academy", "institute", "school", "think-tank", "lab", "laboratory"}},
	{SectorBusinessAssn, []string{"chamber", "federation", "association"}},
	{SectorNGO, []string{"foundation", "watch", "monitor", "mission", "charity", "consultancy", "alliance", "coalition",
		"society", "initiative", "project", "network", "trust", "rights"}},
	{SectorGovernment, []string{"ministry", "department", "government", "office", "agency", "commission", "committee",
		"council", "treasury", "administration", "authority", "authorities", "cabinet", "embassy", "consulate",
		"directorate", "inspectorate", "secretariat", "registry", "service", "board", "municipality", "province", "bureau",
		"immigration"}},
}

// sectorOf types an organisation by the gazetteer, then by the words of its name; "" when
// nothing says.
func sectorOf(name string) string {
	if s, ok := knownSectors[name]; ok {
		return s
	}
	words := strings.Fields(strings.ToLower(strings.NewReplacer(",", " ", "(", " ", ")", " ").Replace(name)))
	if s := sectorByShape(name, words); s != "" {
		return s
	}
	for _, r := range sectorWords {
		for _, w := range words {
			for _, c := range r.words {
				if w == c {
					return r.sector
				}
			}
		}
	}
	return ""
}

// sectorByShape types what a single word of the name would type wrongly: a non-state army
// ("Democratic Alliance Army", "Karen National Army") or a border guard force is an armed
// group, not the military; a political party is neither legislature nor government; an
// association with no trade in its name is an NGO, not a business association; an acronym
// with a country ("IJM Cambodia") is the country office of an NGO.
func sectorByShape(name string, words []string) string {
	has := func(w string) bool { return containsAny(words, w) }
	if has("army") && containsAny(words, "democratic", "alliance", "liberation", "independence", "benevolent", "buddhist",
		"united", "revolutionary", "karen", "kachin", "shan", "arakan", "kokang", "wa") ||
		strings.Contains(strings.Join(words, " "), "border guard force") {
		return SectorArmedGroup
	}
	if words[len(words)-1] == "party" && !containsAny(words, "communist") {
		return SectorOther
	}
	if has("association") && !containsAny(words, "chamber", "commerce", "business", "businesses", "trade", "traders", "industry",
		"industries", "employers", "manufacturers", "bankers", "banks", "investors", "entrepreneurs", "merchants",
		"gaming", "casino", "casinos", "developers", "exporters", "importers", "tourism", "hotel", "hotels", "realtors",
		"companies", "enterprises", "nations", "history", "culture") {
		return SectorNGO
	}
	if f := strings.Fields(name); len(f) == 2 && isAcronym(f[0]) && len(f[0]) >= 3 && isCountry(f[1]) {
		return SectorNGO
	}
	return ""
}
