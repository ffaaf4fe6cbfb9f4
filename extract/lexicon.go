package extract

// Word lists for recognising names from context. Keys are lower case.

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// titleWords precede a person's name and are not part of it.
var titleWords = set("atty.", "atty", "brig.", "hon.", "congressman", "congresswoman", "councilor", "councillor", "gov", "oknha", "neak", "general", "gen.", "gen", "lt.", "lt", "lieutenant", "colonel", "col.", "col",
	"major", "maj.", "maj", "pol", "pol.", "po1", "po2", "po3", "spo1", "spo2", "spo3", "spo4", "pcol", "pltcol", "pmaj", "pcapt", "pbgen", "pmgen", "pltgen", "captain", "capt.", "brigadier", "commander", "senator", "sen.", "minister", "prime",
	"deputy", "interior", "foreign", "defense", "defence", "finance", "justice", "president", "vice",
	"mr.", "mr", "mrs.", "mrs", "ms.", "ms", "dr.", "dr", "judge", "governor", "gov.", "ambassador", "chairman",
	"chairwoman", "director", "spokesman", "spokeswoman", "spokesperson", "chief", "secretary", "attorney",
	"prosecutor", "sheriff", "rep.", "representative", "king", "queen", "padoh", "samdech", "excellency", "h.e.",
	"lok", "chumteav", "tycoon", "businessman", "businesswoman", "police", "officer", "inspector", "sergeant",
	"sgt.", "u", "daw", "mayor", "chairperson", "lawmaker", "mp", "premier", "warlord", "kingpin", "boss",
	"founder", "dictator", "leader", "head", "adviser", "advisor", "commissioner", "envoy", "activist",
	"journalist", "reporter", "researcher", "analyst", "professor", "prof.", "brother", "sister", "father",
	"mother", "son", "daughter", "wife", "husband", "pastor", "monk", "patriarch", "matriarch", "former", "acting", "assistant", "district",
	"provincial", "national", "general's", "magistrate", "investigating", "senior", "special", "public", "defendant",
	"co-defendant", "plaintiff", "datuk", "dato", "dato'", "datin", "seri", "tengku", "tunku", "haji", "hajah")

// personTitles are titles that make the following name a person even without other cues.
var personTitles = set("defendant", "co-defendant", "oknha", "neak", "general", "gen.", "gen", "lt.", "lieutenant", "colonel", "col.", "major",
	"maj.", "captain", "capt.", "brigadier", "senator", "sen.", "minister", "president", "mr.", "mr", "mrs.",
	"mrs", "ms.", "ms", "dr.", "dr", "judge", "governor", "ambassador", "chairman", "chairwoman", "director",
	"spokesman", "spokeswoman", "spokesperson", "chief", "secretary", "attorney", "prosecutor", "padoh",
	"samdech", "tycoon", "businessman", "businesswoman", "officer", "commander", "mayor", "lawmaker",
	"premier", "warlord", "kingpin", "boss", "founder", "leader", "head", "adviser", "advisor", "daw", "u",
	"commissioner", "envoy", "activist", "journalist", "reporter", "researcher", "analyst", "professor",
	"prof.", "inspector", "sergeant", "magistrate", "chairperson", "dictator", "son", "daughter", "wife",
	"husband", "brother", "sister", "father", "mother", "sheriff", "pastor", "patriarch", "matriarch",
	"gov.", "gov", "rep.", "atty.", "atty", "brig.", "hon.", "congressman", "congresswoman", "councilor", "councillor",
	"survivor", "victim", "witness", "defector", "trafficker", "recruiter", "datuk", "dato", "dato'", "datin",
	"tengku", "tunku", "haji", "hajah",
	"po1", "po2", "po3", "spo1", "spo2", "spo3", "spo4", "pcol", "pltcol", "pmaj", "pcapt", "pbgen", "pmgen", "pltgen")

// companyEnds end a company name.
var companyEnds = set("co", "co.", "ltd", "ltd.", "limited", "inc", "inc.", "corp", "corp.", "corporation",
	"company", "group", "holding", "holdings", "plc", "plc.", "llc", "bank", "exchange", "pay", "capital",
	"investment", "investments", "enterprise", "enterprises", "trading", "technology", "technologies",
	"properties", "property", "industries", "industry", "guarantee", "ventures", "partners", "development",
	"developments", "logistics", "resources", "gmbh", "s.a.", "pte", "pte.", "jsc", "llp", "conglomerate",
	"airlines", "airways", "telecom", "crypto", "finance", "financial", "securities", "insurance", "realty",
	"real", "estate", "construction", "energy", "mining", "media", "solutions", "systems", "services",
	"studios", "studio", "entertainment", "animation", "pictures", "productions", "films", "software",
	"berhad", "bhd", "bhd.", "sdn", "tbk", "tbk.")

// legalForms are dropped when comparing company names ("Prince Holding Group Co., Ltd." is
// "Prince Group").
var legalForms = set("co", "co.", "ltd", "ltd.", "limited", "inc", "inc.", "corp", "corp.", "corporation",
	"company", "group", "holding", "holdings", "plc", "plc.", "llc", "pte", "pte.", "international", "intl",
	"intl.", "global", "the", "(hk)", "hk", "thailand", "cambodia", "myanmar", "jsc", "llp")

// compoundCues mark scam compounds, casino complexes, parks and zones.
var compoundCues = set("park", "compound", "compounds", "resort", "casino", "sez", "zone", "villa", "hotel",
	"complex", "city", "garden", "gardens", "plaza", "tower", "towers", "town", "center", "centre", "camp",
	"estate", "building", "port", "bay", "hub")

// strongCompoundCues decide the type on their own at the end of a name.
var strongCompoundCues = set("park", "compound", "resort", "casino", "sez", "zone", "villa", "hotel", "complex", "hub")

// orgCues mark government bodies, courts, armed groups, NGOs and media.
var orgCues = set("ministry", "department", "police", "court", "army", "force", "forces", "union", "office",
	"agency", "commission", "committee", "council", "party", "government", "association", "foundation",
	"university", "institute", "treasury", "bureau", "administration", "service", "authority", "authorities",
	"organization", "organisation", "mission", "coalition", "alliance", "network", "watch", "monitor", "front",
	"brigade", "battalion", "division", "command", "guard", "assembly", "parliament", "senate", "congress",
	"embassy", "consulate", "tribunal", "federation", "society", "triad", "secretariat", "board", "times",
	"post", "news", "press", "radio", "daily", "journal", "herald", "tribune", "review", "gazette",
	"television", "tv", "military", "navy", "prosecutors", "prosecutor's", "consortium", "fund",
	"program", "programme", "project", "initiative", "church", "temple", "school", "college", "academy",
	"hospital", "club", "league", "movement", "junta", "regime", "cartel", "gang", "syndicate", "squad",
	"unit", "team", "task", "centre", "center", "cabinet", "senate", "municipality", "interpol", "nations",
	"chamber", "registry", "inspectorate", "directorate", "gendarmerie", "troops", "rangers", "militia", "ledger",
	"weekly", "magazine", "chronicle", "bulletin", "observer", "witness", "lab", "laboratory", "investigations", "hluttaw", "house")

// locationEnds end a place name.
var locationEnds = set("province", "district", "town", "township", "commune", "village", "state", "region",
	"city", "border", "island", "islands", "river", "pass", "county", "prefecture", "sangkat", "khan",
	"municipality", "peninsula", "mountains", "mountain", "lake", "valley", "beach", "crossing", "checkpoint",
	"division", "capital", "bay", "road", "street", "avenue", "highway", "boulevard")

// locationFollowers are lower-case words that make the preceding name a place ("Koh Kong province").
var locationFollowers = set("province", "district", "town", "township", "commune", "village", "state", "city",
	"border", "river", "region", "county", "checkpoint", "crossing", "prefecture")

// compoundFollowers are lower-case words that make the preceding name a compound.
var compoundFollowers = set("compound", "compounds", "casino", "resort", "park", "zone", "complex")

// demonyms are adjectives, never entities on their own.
var demonyms = set("cambodian", "cambodians", "khmer", "burmese", "myanmar's", "thai", "thais", "lao", "laotian",
	"chinese", "vietnamese", "malaysian", "indonesian", "filipino", "japanese", "korean", "taiwanese",
	"american", "americans", "british", "european", "asian", "african", "indian", "karen", "shan", "wa",
	"kokang", "kachin", "rakhine", "mon", "australian", "canadian", "russian", "ukrainian", "kenyan",
	"ugandan", "ethiopian", "nigerian", "brazilian", "turkish", "singaporean", "sri", "bangladeshi", "nepali",
	"pakistani", "western", "eastern", "southeast", "hongkonger", "macanese", "french", "german", "english",
	"international", "federal", "foreign", "global", "national", "local", "regional", "provincial")

// notNames are capitalised words that start or fill sentences but do not name anything alone.
var notNames = set("the", "a", "an", "this", "that", "these", "those", "it", "its", "he", "she", "they", "we",
	"i", "you", "his", "her", "their", "our", "my", "your", "in", "on", "at", "by", "for", "from", "with",
	"after", "before", "during", "since", "until", "but", "and", "or", "so", "yet", "if", "when", "while",
	"although", "though", "as", "because", "however", "meanwhile", "also", "there", "here", "what", "who",
	"which", "where", "why", "how", "some", "many", "most", "all", "both", "each", "every", "no", "not",
	"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "more", "less", "last",
	"next", "first", "second", "third", "new", "old", "other", "another", "such", "according", "despite",
	"under", "over", "about", "against", "between", "among", "into", "through", "than", "then", "now",
	"today", "yesterday", "tomorrow", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
	"sunday", "january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "jan.", "feb.", "mar.", "apr.", "jun.", "jul.", "aug.", "sep.",
	"sept.", "oct.", "nov.", "dec.", "jan", "feb", "aug", "sep", "sept", "oct", "nov", "dec", "read", "photo",
	"photos", "image", "video", "source", "sources", "updated", "posted", "published", "share", "click",
	"subscribe", "advertisement", "related", "editor", "editor's", "note", "copyright", "all", "rights",
	"reserved", "police", "government", "court", "army", "ministry", "company", "group", "bank", "province",
	"district", "officials", "authorities", "workers", "victims", "survivors", "prosecutors", "investigators",
	"residents", "sources", "reporters", "analysts", "experts", "critics", "rescuers", "troops", "soldiers",
	"people", "many", "several", "few", "others", "chinese", "thai", "online", "scam", "scams", "crypto",
	"bitcoin", "tether", "usdt", "covid", "internet", "facebook", "telegram", "whatsapp", "wechat",
	"instagram", "twitter", "x", "tiktok", "youtube", "google", "please", "yes", "no", "mr.", "mrs.",
	"dr.", "ms.", "said", "says", "told", "asked", "added", "would", "could", "should", "will", "can",
	"must", "has", "have", "had", "was", "were", "is", "are", "be", "been", "do", "does", "did", "once",
	"even", "still", "just", "only", "already", "again", "later", "earlier", "together", "instead", "thus",
	"therefore", "moreover", "furthermore", "indeed", "perhaps", "maybe", "whether", "why", "whose", "whom",
	"nearly", "almost", "around", "roughly", "about", "above", "below", "up", "down", "out", "off",
	"president", "minister", "general", "chairman", "director", "judge", "senator", "governor", "chief",
	"secretary", "spokesman", "spokeswoman", "lieutenant", "colonel", "captain", "commander", "prime",
	"deputy", "vice", "former", "acting", "sir", "madam", "update", "breaking", "exclusive", "analysis",
	"opinion", "comment", "commentary", "feature", "features", "interview", "investigation", "report",
	"reports", "news", "business", "politics", "world", "asia", "national", "local", "international",
	"south", "north", "east", "west", "central", "his", "hers", "him", "them", "us", "me", "none",
	"nothing", "something", "anything", "everyone", "someone", "anyone", "nobody", "somebody", "everybody",
	"let", "like", "unlike", "via", "per", "following", "including", "regarding", "concerning", "amid",
	"within", "without", "upon", "onto", "toward", "towards", "beyond", "across", "along", "behind",
	"beside", "besides", "near", "inside", "outside", "throughout", "whereas", "unless", "once", "lawyers",
	"families", "officers", "staff", "employees", "men", "women", "children", "police.", "oknha", "tycoon",
	"senior", "junior", "special", "economic", "zone", "casino", "park", "compound", "resort", "hotel",
	"treasury", "department", "office", "agency", "commission", "committee", "council", "state", "states",
	"city", "town", "village", "border", "region", "province's", "kingdom", "republic", "union", "ceo",
	"coo", "cfo", "md", "gm", "sez", "ngo", "ngos", "un", "pm", "ad", "bc", "tv", "id", "ok",
	"usd", "btc", "eth", "gps", "ai", "it", "ip", "sim", "vpn", "atm", "faq", "pdf", "html", "rss", "api",
	"am.", "pm.", "a.m.", "p.m.", "jr.", "sr.", "et", "al", "al.", "vs", "vs.", "etc", "etc.")

// personVerbs follow a person's name ("Sok Pheap said").
var personVerbs = set("said", "says", "told", "added", "explained", "recalled", "admitted", "denied", "claimed",
	"wrote", "stated", "testified", "pleaded", "confessed", "fled", "escaped", "died", "was", "who",
	"insisted", "argued", "noted", "warned", "acknowledged", "declined", "replied", "responded", "asked")

// nameParticles may sit inside a name in lower case ("Ministry of the Interior").
var nameParticles = set("of", "the", "for", "de", "and", "&", "du", "van", "von", "bin", "binti", "al", "el", "la")
