package extract

import (
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// knownSectors gives the sector of the gazetteer's organisations by canonical name; names the
// rules below would get wrong or cannot tell are listed.
var knownSectors = map[string]string{
	"Karen National Union": model.SectorArmedGroup, "KNU/KNLA Peace Council": model.SectorArmedGroup,
	"Three Brotherhood Alliance": model.SectorArmedGroup, "Council of the European Union": model.SectorIntergov, "Karen National Liberation Army": model.SectorArmedGroup,
	"Democratic Karen Benevolent Army": model.SectorArmedGroup, "Karen National Army": model.SectorArmedGroup,
	"14K Triad": model.SectorOther, "World Hongmen History and Culture Association": model.SectorOther,
	"Scam Center Strike Force": model.SectorGovernment, "US Secret Service": model.SectorPolice,
	"Federal Bureau of Investigation": model.SectorPolice, "National Crime Agency": model.SectorPolice,
	"European Union": model.SectorIntergov, "United Nations": model.SectorIntergov, "Interpol": model.SectorIntergov, "ASEAN": model.SectorIntergov,
	"United Nations Office on Drugs and Crime": model.SectorIntergov, "Office of the High Commissioner for Human Rights": model.SectorIntergov,
	"Cambodian People's Party": model.SectorLegislature, "Myanmar military": model.SectorMilitary, "State Administration Council": model.SectorGovernment,
	"Wenzhou Intermediate People's Court": model.SectorJudiciary, "Supreme Court": model.SectorJudiciary,
	"Phnom Penh Municipal Court": model.SectorJudiciary, "Ministry of Public Security": model.SectorPolice,
	"Department of Special Investigation": model.SectorPolice, "Anti-Money Laundering Office": model.SectorGovernment,
	"Amnesty International": model.SectorNGO, "Humanity Research Consultancy": model.SectorNGO, "Justice For Myanmar": model.SectorNGO,
	"International Justice Mission": model.SectorNGO, "Blue Dragon Children's Foundation": model.SectorNGO, "Elliptic": model.SectorOther,
	"Chainalysis": model.SectorOther, "Myanmar Witness": model.SectorNGO, "Centre for Information Resilience": model.SectorNGO,
	"Cyber Scam Monitor": model.SectorNGO, "Human Rights Watch": model.SectorNGO, "United States Institute of Peace": model.SectorGovernment,
	"International Consortium of Investigative Journalists": model.SectorMedia, "Radio Free Asia": model.SectorMedia,
	"Voice of Democracy": model.SectorMedia, "CamboJA News": model.SectorMedia, "Khmer Times": model.SectorMedia, "Phnom Penh Post": model.SectorMedia,
	"The Irrawaddy": model.SectorMedia, "Frontier Myanmar": model.SectorMedia, "Reuters": model.SectorMedia, "Associated Press": model.SectorMedia,
	"Agence France-Presse": model.SectorMedia, "BBC": model.SectorMedia, "Al Jazeera": model.SectorMedia, "Nikkei Asia": model.SectorMedia,
	"The Diplomat": model.SectorMedia, "Mekong Independent": model.SectorMedia, "Democratic Voice of Burma": model.SectorMedia,
	"Tech Transparency Project": model.SectorNGO, "Global Anti-Scam Organization": model.SectorNGO, "US Congress": model.SectorLegislature,
	"US Senate": model.SectorLegislature, "Chinese embassy": model.SectorGovernment,
	"Financial Action Task Force":                 model.SectorIntergov,
	"Philippine Amusement and Gaming Corporation": model.SectorGovernment,
	// Parties and rights groups whose names hold no word that tells the sector, or a
	// misleading one ("Defense" in a rights league).
	"United Malays National Organisation": model.SectorOther, "National League for Democracy": model.SectorOther,
	"FUNCINPEC": model.SectorOther, "Parti Keadilan Rakyat": model.SectorOther, "Golkar": model.SectorOther,
	"Gerindra": model.SectorOther, "PDP-Laban": model.SectorOther, "Lakas-CMD": model.SectorOther,
	"Cambodian League for the Promotion and Defense of Human Rights": model.SectorNGO, "Tenaganita": model.SectorNGO,
	"Fortify Rights": model.SectorNGO, "Global Witness": model.SectorNGO, "Transparency International": model.SectorNGO,
	"Issara Institute": model.SectorNGO, "Bareskrim": model.SectorPolice,
	"Myanmar National Democratic Alliance Army": model.SectorArmedGroup, "United Wa State Army": model.SectorArmedGroup,
	"National Democratic Alliance Army": model.SectorArmedGroup, "Kachin Independence Army": model.SectorArmedGroup,
	"Ta'ang National Liberation Army": model.SectorArmedGroup, "Karen National Defence Organisation": model.SectorArmedGroup,
	"Royal Cambodian Armed Forces": model.SectorMilitary, "Cyber Crime Investigation Bureau": model.SectorPolice,
	"Homeland Security Investigations": model.SectorPolice, "Internal Revenue Service": model.SectorGovernment,
	"Drug Enforcement Administration": model.SectorPolice, "Department of Homeland Security": model.SectorGovernment,
	"International Organization for Migration": model.SectorIntergov, "UN Refugee Agency": model.SectorIntergov,
	"UNICEF": model.SectorIntergov, "Walk Free": model.SectorNGO, "Liberty Shared": model.SectorNGO,
	"The Exodus Road": model.SectorNGO, "Global Initiative Against Transnational Organized Crime": model.SectorNGO,
	"Bloomberg": model.SectorMedia, "Rappler": model.SectorMedia, "Mizzima": model.SectorMedia, "Xinhua": model.SectorMedia,
	"Tai Freedom": model.SectorMedia, "Kiripost": model.SectorMedia, "Thai PBS": model.SectorMedia, "Prachatai": model.SectorMedia,
	"Khaosod English": model.SectorMedia, "Eleven Media Group": model.SectorMedia, "Kachin News Group": model.SectorMedia,
	"Tuoi Tre": model.SectorMedia, "Kompas": model.SectorMedia,
	"Malaysiakini": model.SectorMedia, "Myanmar Now": model.SectorMedia, "Voice of America": model.SectorMedia,
	"BenarNews": model.SectorMedia, "Philippine Daily Inquirer": model.SectorMedia, "The Philippine Star": model.SectorMedia,
	"ABS-CBN": model.SectorMedia, "GMA News": model.SectorMedia, "ProPublica": model.SectorMedia,
	"Channel NewsAsia": model.SectorMedia, "The Straits Times": model.SectorMedia, "The Jakarta Post": model.SectorMedia,
	"VnExpress": model.SectorMedia, "Global Times": model.SectorMedia, "CNN": model.SectorMedia, "The Guardian": model.SectorMedia,
	"The New York Times": model.SectorMedia, "The Wall Street Journal": model.SectorMedia, "The Washington Post": model.SectorMedia,
	"Financial Times": model.SectorMedia, "Free Malaysia Today": model.SectorMedia, "South China Morning Post": model.SectorMedia,
	"Department of the Interior and Local Government": model.SectorGovernment, "Europol": model.SectorIntergov,
	"Supreme People's Procuratorate": model.SectorJudiciary, "Indonesian Migrant Workers Protection Agency": model.SectorGovernment,
	"Bukit Aman": model.SectorPolice, "Anti-Trafficking in Persons and Anti-Smuggling of Migrants division": model.SectorPolice,
}

// sectorWords type an organisation by a word of its name; the first rule that matches wins,
// so the more specific come first ("Border Guard Force" before "force", "Police Court"?
// rare, court first).
var sectorWords = []struct {
	sector string
	words  []string
}{
	{model.SectorLegislature, []string{"senate", "parliament", "congress", "legislature", "hluttaw", "sangguniang", "house", "legislative"}},
	{model.SectorJudiciary, []string{"court", "tribunal", "judiciary", "prosecutor", "prosecutors", "prosecutor's", "procuratorate"}},
	{model.SectorArmedGroup, []string{"militia", "militias", "insurgents", "rebels", "liberation", "bgf", "dkba", "knu", "knla",
		"uwsa", "mndaa", "ta'ang", "arakan", "kachin", "karen", "shan", "wa", "kokang", "resistance",
		"pdf", "brotherhood"}},
	{model.SectorPolice, []string{"police", "customs", "investigation", "investigations",
		"security", "enforcement", "narcotics", "commissariat", "interpol", "constabulary", "anti-trafficking",
		"suppression", "cybercrime", "anti-cybercrime", "anti-human", "anti-narcotics"}},
	{model.SectorMilitary, []string{"army", "military", "navy", "air", "armed", "forces", "troops", "tatmadaw", "junta",
		"brigade", "battalion", "infantry", "regiment", "corps", "command", "soldiers", "defence", "defense", "rangers", "marines",
		"task", "gendarmerie"}},
	{model.SectorLegislature, []string{"assembly"}},
	{model.SectorIntergov, []string{"nations", "asean", "unodc", "unicef", "iom", "ohchr", "interpol", "europol", "fatf"}},
	{model.SectorMedia, []string{"news", "times", "post", "press", "radio", "daily", "journal", "herald", "tribune", "gazette",
		"television", "tv", "magazine", "weekly", "chronicle", "bulletin", "observer", "review", "media", "ledger"}},
	{model.SectorAcademic, []string{"university", "college", "academy", "institute", "school", "think-tank", "lab", "laboratory"}},
	{model.SectorBusinessAssn, []string{"chamber", "federation", "association"}},
	{model.SectorNGO, []string{"foundation", "watch", "monitor", "mission", "charity", "consultancy", "alliance", "coalition",
		"society", "initiative", "project", "network", "trust", "rights"}},
	{model.SectorGovernment, []string{"ministry", "department", "government", "office", "agency", "commission", "committee",
		"council", "treasury", "administration", "authority", "authorities", "cabinet", "embassy", "consulate",
		"directorate", "inspectorate", "secretariat", "registry", "service", "board", "municipality", "province", "bureau",
		"immigration", "division", "section"}},
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
					return publicHeadFirst(words, r.sector)
				}
			}
		}
	}
	return ""
}

// publicHeadFirst keeps a body named first by a government's head word ("Ministry of
// Digital Economy and Society", "Department of Media Affairs") in government: the field
// after "of" says what it governs, not that it is an NGO, an outlet or a school.
func publicHeadFirst(words []string, sector string) string {
	switch sector {
	case model.SectorNGO, model.SectorMedia, model.SectorAcademic, model.SectorBusinessAssn:
		switch words[0] {
		case "ministry", "department", "bureau", "office", "commission", "directorate":
			if len(words) > 2 && words[1] == "of" {
				return model.SectorGovernment
			}
		}
	}
	return sector
}

// sectorByShape types what a single word of the name would type wrongly: a non-state army
// ("Democratic Alliance Army", "Karen National Army") or a border guard force is an armed
// group, not the military; a political party is neither legislature nor government; an
// association with no trade in its name is an NGO, not a business association; an acronym
// with a country ("IJM Cambodia") is the country office of an NGO.
func sectorByShape(name string, words []string) string {
	has := func(w string) bool { return containsAny(words, w) }
	if n := len(words); n >= 2 && (words[n-1] == "government" || words[n-1] == "administration") && localPoliceLevels[words[n-2]] {
		return model.SectorGovernment // "Karen State regional government": a place's government
	}
	if containsAny(words, "sentral", "kagawaran", "komisyon", "tanggapan") {
		return model.SectorGovernment // Filipino names of public bodies ("Bangko Sentral ng Pilipinas")
	}
	if has("army") && containsAny(words, "democratic", "alliance", "liberation", "independence", "benevolent", "buddhist",
		"united", "revolutionary", "karen", "kachin", "shan", "arakan", "kokang", "wa") ||
		strings.Contains(strings.Join(words, " "), "border guard") {
		return model.SectorArmedGroup
	}
	if has("bank") && containsAny(words, "central", "national", "reserve") {
		return model.SectorGovernment // "National Bank of Cambodia": a central bank
	}
	if n := len(words); n >= 2 && words[n-1] == "group" && causeGroup[words[n-2]] {
		return model.SectorNGO // "International Crisis Group"
	}
	if mediaHeads[words[len(words)-1]] && len(words) > 1 {
		// "Shan Herald", "Karen News": a paper's head word outweighs a people's name in it.
		return model.SectorMedia
	}
	if words[len(words)-1] == "party" && !containsAny(words, "communist") {
		return model.SectorOther
	}
	if has("association") && !containsAny(words, "chamber", "commerce", "business", "businesses", "trade", "traders", "industry",
		"industries", "employers", "manufacturers", "bankers", "banks", "investors", "entrepreneurs", "merchants",
		"gaming", "casino", "casinos", "developers", "exporters", "importers", "tourism", "hotel", "hotels", "realtors",
		"companies", "enterprises", "nations", "history", "culture", "bar", "lawyers", "advocates", "agencies", "employment") {
		return model.SectorNGO
	}
	if f := strings.Fields(name); len(f) == 2 && isAcronym(f[0]) && len(f[0]) >= 3 && isCountry(f[1]) {
		return model.SectorNGO
	}
	return ""
}

// mediaHeads end the names of newspapers, agencies and broadcasters.
var mediaHeads = set("news", "times", "post", "herald", "tribune", "gazette", "daily", "journal", "chronicle", "radio",
	"television", "tv", "magazine", "weekly", "inquirer", "mirror", "standard", "star")
