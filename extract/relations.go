package extract

import (
	"net/url"
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/scamgraph/scamgraph/internal/lexicon"
	"github.com/scamgraph/scamgraph/internal/sources/registry"
	"github.com/scamgraph/scamgraph/model"
)

// officialKind reports documents whose own statements are official: sanctions lists, court
// records and government releases. A source declared an authority in the crawl configuration
// is one; so are the known government and court domains, and a court's own record wherever it
// is served (court_records.go), read also by the page's <title> when given.
func officialKind(d *model.Document, pageTitle ...string) bool {
	if d.Authority {
		return true
	}
	if k, ok := registry.Kinds().Lookup(d.Kind); ok && k.Spec().Official {
		return true
	}
	if u, err := url.Parse(d.URL); err == nil && authorityHost(u.Hostname()) {
		return true
	}
	return courtRecord(d, pageTitle...) // the costliest test last
}

// authorityHost reports the domains of governments and courts: *.gov and *.mil (home.treasury.gov,
// justice.gov, uscourts.gov), gov.uk, the national government zones (gov.kh, gov.ph, go.th,
// gouv.fr, gc.ca ...), EU institutions, and court record services.
func authorityHost(h string) bool {
	h = strings.TrimSuffix(strings.ToLower(h), ".")
	labels := strings.Split(h, ".")
	n := len(labels)
	if n < 2 {
		return false
	}
	switch labels[n-1] {
	case "gov", "mil":
		return true
	}
	if h == "gov.uk" || strings.HasSuffix(h, ".europa.eu") || h == "courtlistener.com" || strings.HasSuffix(h, ".courtlistener.com") {
		return true
	}
	// Courts whose own sites sit outside the government zones.
	for i := 0; i < n-1; i++ {
		if courtHosts[strings.Join(labels[i:], ".")] {
			return true
		}
	}
	// A government second-level zone under a two-letter country code: gov.kh, go.th, gouv.fr.
	if len(labels[n-1]) == 2 {
		for _, l := range labels[:n-1] {
			switch l {
			case "gov", "go", "gouv", "gob", "govt", "gc", "mil":
				return l == labels[n-2]
			}
		}
	}
	return false
}

// courtHosts are courts' own domains outside the government zones: the judiciary of England
// and Wales (judiciary.uk, which serves sentencing remarks and judgments), the UK Supreme Court
// and Privy Council, the Hong Kong Judiciary, the Singapore courts' judgment service, the Irish
// Courts Service and the Supreme Court of Canada. A case-law mirror is none of these, and neither
// is a court site that also serves parties' words (a prosecutor's statements, an applicant's
// complaint): their pages are read by their text (court_records.go).
var courtHosts = map[string]bool{"judiciary.uk": true, "supremecourt.uk": true, "jcpc.uk": true, "judiciary.hk": true,
	"elitigation.sg": true, "courts.ie": true, "scc-csc.ca": true}

// Role words and the predicate they give a person toward an organisation or company.
var roleWords = map[string]string{
	"chairman": model.Directs, "chairwoman": model.Directs, "chair": model.Directs, "chairperson": model.Directs, "founder": model.Directs,
	"co-founder": model.Directs, "cofounder": model.Directs, "director": model.Directs, "ceo": model.Directs, "chief executive": model.Directs,
	"president": model.Directs, "head": model.Directs, "leader": model.Directs, "commander": model.Directs, "boss": model.Directs,
	"chief": model.Directs, "managing director": model.Directs, "general manager": model.Directs, "vice chairman": model.Directs,
	"vice-chairman": model.Directs, "vice chair": model.Directs, "vice president": model.Directs, "owner": model.Owns,
	"operator": model.Operates, "developer": model.Operates, "co-owner": model.Owns, "part-owner": model.Owns, "board member": model.Directs,
	"senator": model.MemberOf, "lawmaker": model.MemberOf, "legislator": model.MemberOf, "mp": model.MemberOf, "police chief": model.Directs,
	"army chief": model.Directs, "army general": model.MemberOf, "lieutenant general": model.MemberOf, "major general": model.MemberOf,
	"secretary-general": model.Directs, "secretary general": model.Directs, "executive director": model.Directs, "co-director": model.Directs,
	"deputy commander": model.Directs, "vice chairwoman": model.Directs, "vice-chairwoman": model.Directs, "deputy chairwoman": model.Directs,
	"vice chairperson": model.Directs, "deputy director": model.Directs, "deputy head": model.Directs, "deputy chief": model.Directs, "permanent vice-chair": model.Directs,
	"adviser": model.EmployedBy, "advisor": model.EmployedBy, "employee": model.EmployedBy, "spokesman": model.EmployedBy,
	"spokeswoman": model.EmployedBy, "spokesperson": model.EmployedBy, "official": model.EmployedBy, "officer": model.EmployedBy,
	"manager": model.EmployedBy, "staffer": model.EmployedBy, "accountant": model.EmployedBy, "minister": model.EmployedBy,
	"governor": model.EmployedBy, "deputy": model.EmployedBy, "shareholder": model.Owns, "major shareholder": model.Owns,
	"deputy chairman": model.Directs, "commissioner": model.Directs, "deputy commissioner": model.Directs,
	"member": model.MemberOf, "colonel": model.MemberOf, "general": model.MemberOf, "soldier": model.MemberOf, "commander-in-chief": model.Directs,
	"coordinator": model.EmployedBy, "hr coordinator": model.EmployedBy, "administrative officer": model.EmployedBy, "recruitment officer": model.EmployedBy,
	"recruiter": model.EmployedBy, "clerk": model.EmployedBy, "security guard": model.EmployedBy, "corporate secretary": model.EmployedBy,
	"attorney general": model.Directs, "assistant attorney general": model.Directs,
	"senior official": model.EmployedBy, "treasurer": model.EmployedBy, "secretary": model.EmployedBy, "agent": model.EmployedBy,
	"legal representative": model.Directs, "beneficial owner": model.Owns, "incorporator": model.Directs,
	"chief executive officer": model.Directs, "chief operating officer": model.Directs, "chief financial officer": model.EmployedBy,
	"investigator": model.EmployedBy, "researcher": model.EmployedBy, "analyst": model.EmployedBy, "judge": model.EmployedBy, "prosecutor": model.EmployedBy,
	"regional representative": model.EmployedBy, "country representative": model.EmployedBy, "captain": model.MemberOf,
	"lieutenant colonel": model.MemberOf, "director-general": model.Directs, "director general": model.Directs,
	"security chief": model.EmployedBy, "head of security": model.EmployedBy, "finance director": model.EmployedBy,
	"finance chief": model.EmployedBy, "operations manager": model.EmployedBy, "landlord": model.Owns, "president director": model.Directs,
	"financial controller": model.EmployedBy, "finance officer": model.EmployedBy,
	"proprietor": model.Owns, "staff member": model.EmployedBy, "parent company": model.Owns, "parent firm": model.Owns,
	"largest shareholder": model.Owns, "controlling shareholder": model.Owns, "majority shareholder": model.Owns,
	"actual controller": model.Owns, "stockholder": model.Owns, "majority stockholder": model.Owns,
	"sergeant": model.MemberOf, "police sergeant": model.MemberOf, "police captain": model.MemberOf, "major": model.MemberOf,
	"superintendent": model.Directs, "deputy superintendent": model.Directs,
	"managing member":    model.Directs, // the member who runs a limited liability company
	"secretary of state": model.EmployedBy, "state secretary": model.EmployedBy, "minister of state": model.EmployedBy,
	// Staff jobs (staff_jobs_test.go): a post held in the body, never its lead.
	"assistant": model.EmployedBy, "inspector": model.EmployedBy, "receptionist": model.EmployedBy, "lecturer": model.EmployedBy,
	"interpreter": model.EmployedBy, "translator": model.EmployedBy, "bookkeeper": model.EmployedBy, "cashier": model.EmployedBy,
}

var familyWords = lexicon.Kin()

var associateWords = withActingFor(map[string]bool{"business partner": true, "partner": true, "associate": true,
	"close associate": true, "ally": true, "aide": true, "confidant": true, "right-hand man": true,
	"adviser": true, "advisor": true, "co-defendant": true, "co-conspirator": true, "henchman": true, "lieutenant": true,
	"frontman": true, "front man": true, "proxy": true, "nominee": true})

// titleRun is a run of titles before a name ("the late senator", "Prime Minister").
const titleRun = `(?:(?:prime|minister|president|general|lieutenant|senator|oknha|neak|interior|deputy|mr\.?|ms\.?|mrs\.?|dr\.?|judge|colonel|commander|chairman|tycoon|businessman|us|u\.s\.|attorney|foreign|secretary|police|chief|late|former|then)\s+){0,4}`

// notBy is a word other than "by": the words between a passive verb and its agent ("run
// solely by", "owned since 2019 by") hold no agent of their own, so "was run by soldiers hired
// by X" does not make X the runner (X hired the soldiers).
const notBy = `(?:[0-9A-Zac-z_]\w*|[bB](?:[0-9A-Za-xz_]\w*)?|[bB][yY]\w+)`

// passiveMannerHyphen is an adverb of manner written with hyphens or as two words that may stand
// between a passive verb and its "by" ("run day-to-day by X"). It is a closed list: a hyphenated
// noun there ("run by ex-employees sacked by Y") starts another phrase whose "by" is not the
// verb's.
const passiveMannerHyphen = `(?:day-to-day|de\s+facto|de-facto|full-time|part-time|behind-the-scenes|hands-on|long-term|short-term)`

const roleMods = `(?:(?:a|an|the|its|his|her|their|former|then|then-|longtime|long-time|current|acting|founding|chief|senior|top|powerful|alleged|reputed|self-styled|de facto|ex-|key|close|personal|one|another|co|deputy|vice|executive|general|managing|major|permanent|main|notorious|sanctioned|fugitive|billionaire|wealthy|cambodian|chinese|thai|burmese|myanmar|karen|british|us|u\.s\.|largest|biggest|sole|ultimate|beneficial|registered|legal|nominal|majority|minority|controlling|principal|primary|joint|real|actual)\s+)*`

// Compiled gap patterns: the text between two mentions, lower-cased.
var (
	reApposRole  = regexp.MustCompile(`^\s*,\s*(` + roleMods + `[a-z][a-z\- ]{1,30}?)\s+(?:of|at|for|to|with|in)\s+(?:the\s+)?` + titleRun + `$`)
	reRoleBefore = regexp.MustCompile(`^\s*(?:['’]s?)?\s*(` + roleMods + `[a-z][a-z\- ]{1,30}?)\s*,?\s*$`)
	reWhoVerb    = regexp.MustCompile(`^\s*,?\s*(?:who|which|that)?\s*(?:on\s+\w+\s+|in\s+\w+(?:\s+\d+)?\s+|last\s+\w+\s+|this\s+\w+\s+|earlier\s+this\s+\w+\s+|,\s+|had\s+|has\s+|have\s+|denied\s+|denies\s+|deny\s+|denying\s+|)?\s*(?:has\s+|have\s+|had\s+|is\s+|are\s+|denied\s+|denies\s+|deny\s+|denying\s+|also\s+|today\s+|yesterday\s+|recently\s+|reportedly\s+|allegedly\s+|is\s+said\s+to\s+|are\s+said\s+to\s+|was\s+said\s+to\s+|(?:is|are|was|were)\s+(?:believed|thought|understood|alleged|reported)\s+to\s+|once\s+|still\s+|previously\s+|formerly\s+|later\s+|now\s+|jointly\s+|both\s+|long\s+|quietly\s+|secretly\s+)*(founded|co-founded|chairs|chaired|heads|headed|leads|led|runs|ran|owns|owned|co-owns|directs|directed|controls|controlled|operates|operated|operate|run|own|control|manages|managed|developed|built|established|set up|bought|acquired|purchased|took over|protects|protected|protect|shields|shielded|guards|guarded|guard|patrols|patrolled|patrol|(?:works|worked|work|working)\s+(?:as\s+(?:a|an)\s+[a-z-]+\s+)?for|raided|raid|stormed|sanctioned|designated|blacklisted|sanction|designate|designating|blacklisting|advises|advised|joined|commands|commanded|oversees|oversaw|is\s+(?:the\s+)?(?:owner|operator)\s+of|was\s+(?:the\s+)?(?:owner|operator)\s+of|backs|backed|owning|running|operating|controlling|protecting|leading|heading|founding|managing|raiding|sanctioning|any\s+role\s+in|(?:sits|sat|sit|serves|served|serve)\s+on\s+the\s+boards?\s+of|(?:holds|held|hold|owns|owned|has|had|acquired|bought|took)\s+(?:a\s+|an\s+)?(?:\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)\s+|majority\s+|minority\s+|controlling\s+|large\s+|significant\s+)?(?:stake|share|shares|interest|equity)\s+in|links\s+to|ties\s+to|involvement\s+in|in\s+charge\s+of|married|(?:partnered|teamed\s+up|worked\s+closely|collaborated|did\s+business|does\s+business|conspired)\s+with)\s+(?:the\s+|a\s+|an\s+|its\s+|part\s+of\s+|stakes?\s+in\s+|a\s+stake\s+in\s+|(?:the\s+)?(?:land|site|plot|premises|buildings)\s+(?:under|of|at|beneath)\s+(?:the\s+)?|(?:two|three|four|five|six|seven|eight|nine|ten|\d+|several)\s+(?:more\s+|other\s+|related\s+|affiliated\s+)?(?:companies|firms|entities|individuals|businesses|compounds|people|persons):\s+)?$`)
	rePassive    = regexp.MustCompile(`^\s*[,(]?\s*(?:(?:which|who|that)\s+)?(?:is|was|are|were|has been|had been|have been|being|been|allegedly|reportedly|also|then|now|long|later|both|jointly|all|believed to be|said to be|appears to be|appeared to be|widely|partly|partially|wholly|ultimately|effectively|in turn|,)?\s*(?:(?:is|was|are|were|has|have|had|has been|had been|have been|being|been|allegedly|reportedly|also|long|both|widely|partly|partially|wholly|ultimately|effectively|jointly|later|(?:believed|said|thought|understood)\s+to\s+be)\s+|\d+(?:\.\d+)?\s*(?:%|percent|per\s+cent)\s+)*(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:company|firm|group|business|conglomerate|compound|casino|resort|park|site|zone|force|militia|army|battalion|unit|developer|operator|syndicate|network)\s+(?:(?:registered|based|incorporated|headquartered|located)\s+in\s+[\w'’ -]{1,30}?\s+and\s+)?|(?:for|of)\s+being\s+)?(?:(?:leased|rented)\s+(?:out\s+)?to\s+and\s+)?(owned|run|operated|controlled|led|headed|founded|chaired|developed|built|managed|protected|guarded|shielded|raided|stormed|sanctioned|designated|blacklisted|backed|set up|established|commanded|targeted\s+in\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:raid|operation|crackdown))\s+(?:(?:or|and)\s+(?:owned|controlled|operated|run|directed|managed)\s+)?(?:` + passiveMannerHyphen + `\s+)?(?:` + notBy + `\s+){0,3}?by\s+(?:the\s+)?(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:named|called)\s+)?(?:(?:prime|minister|president|general|lieutenant|senator|oknha|neak|interior|deputy|mr\.?|ms\.?|mrs\.?|dr\.?|judge|colonel|commander|chairman|tycoon|businessman|us|u\.s\.|attorney|foreign|secretary|police|chief)\s+){0,4}$|^\s*(?:(?:which|that)\s+)?(?:also\s+)?(belongs|belonged|belong)\s+to\s+(?:the\s+|a\s+|an\s+)?$`)
	reSubsidiary = regexp.MustCompile(`^\s*,?\s*(?:(?:which|that)\s+(?:is|was)\s+|(?:is|was|are|were)\s+)?(?:a|an|the)?\s*(?:wholly[- ]owned\s+|majority[- ]owned\s+|former\s+)?(subsidiary|unit|affiliate|arm|division|front company|front|shell company|company owned by|firm owned by|business owned by|company controlled by|company linked to|property of|holding of|part of)\s+(?:of|to|for)?\s*(?:the\s+)?$`)
	reLocated    = regexp.MustCompile(`^\s*,?\s*(?:(?:which|that|who)\s+(?:is|was|are|were)\s+|(?:is|was|are|were)\s+)?(?:(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:firm|company|business|group|conglomerate|corporation|bank|developer|operator|lender|exchange|organi[sz]ation|association|charity|foundation|network|compound|complex|casino|resort|development|site|facility|hub|enclave)\s+)?(?:(located|based|situated|headquartered|sited|built|housed|set up|operating|operated|registered|incorporated|lies|lay|sits|sat|stands|stood|nestled|perched)\s+(?:just\s+)?)?(in|near|at|outside|on the (?:(?:northern|southern|eastern|western|far)\s+)?(?:outskirts|edge) of|close to|just outside|across the border in)\s+(?:the\s+)?(?:(?:north|south|east|west|northern|southern|eastern|western|northeastern|northwestern|southeastern|southwestern|heart|centre|center|outskirts|suburbs|capital|town|city|province|district|township|village|commune|state|region|border|hills|jungles?|area|coastal|port|resort|municipality)\s+(?:of\s+(?:the\s+)?)?)?$`)
	// reIsRole is a role stated as a predicate: "A was once a director of B".
	reIsRole      = regexp.MustCompile(`^\s*(?:,\s*who\s+|who\s+)?(?:(?:is|was|are|were)\s+(?:listed|registered|named|identified)\s+as|(?:was\s+|has\s+been\s+|had\s+been\s+|is\s+)?(?:appointed|named|elected|installed|made)(?:\s+as)?|is|was|has\s+been|had\s+been|became|becomes|remains|remained|serves\s+as|served\s+as|works\s+as|worked\s+as)\s+(?:also\s+|once\s+|previously\s+|formerly\s+|still\s+|now\s+|briefly\s+|later\s+)?(` + roleMods + `[a-z][a-z\- ]{1,30}?)\s+(?:of|at|for|to|with|in)\s+(?:the\s+)?` + titleRun + `$`)
	reApposBased  = regexp.MustCompile(`^\s*,\s*(?:the|a|an)\s+$`)
	reBasedAfter  = regexp.MustCompile(`^[-‑](?:based|headquartered|registered|incorporated)\b`)
	reBasedBefore = regexp.MustCompile(`^[-‑](?:based|headquartered|registered)\s+(?:the\s+)?$`)
	// reActorAside is the gap between a body and a second one named in an inserted phrase:
	// group 1 is set when the second takes part ("with support from"), empty when it only
	// informed ("acting on information from").
	reActorAside   = regexp.MustCompile(`^\s*\)?\s*(?:\([^)]{1,20}\)\s*)?,\s*(?:acting\s+on\s+(?:information|intelligence|a\s+tip|tips|a\s+request)\s+from|on\s+a\s+tip\s+from|(with\s+(?:the\s+)?(?:support|help|assistance|backing)\s+(?:of|from)|in\s+(?:coordination|cooperation|collaboration)\s+with|with|together\s+with|alongside|assisted\s+by|supported\s+by|backed\s+by|joined\s+by))\s+(?:the\s+)?$`)
	reAgeAppos     = regexp.MustCompile(`^\s*,\s*(?:\d{1,3}|male|female|[a-z]+\s+national(?:ity)?)(?:\s*,\s*(?:\d{1,3}|male|female|[a-z]+\s+national(?:ity)?))*\s*,`)
	reUnderCommand = regexp.MustCompile(`^\s*,?\s*(?:(?:which|that)\s+(?:is|was|are|were)\s+|(?:is|was|are|were)\s+)?(?:now\s+|then\s+)?under\s+the\s+(command|leadership)\s+of\s+(?:(?:prime|minister|president|general|lieutenant|lt\.|major|brigadier|colonel|senator|deputy|mr\.?|ms\.?|dr\.?|commander|police|chief|pol\.?|maj\.?|gen\.?|col\.?|the)\s+){0,5}$`)
	reWhoseRoleSet = regexp.MustCompile(`^\s*,\s*(?:(?:another|a|an|the)\s+(?:[\w'’-]+\s+){0,3}?)?whose\s+([a-z][a-z -]{1,40}?)(?:\s*,\s*|\s+(?:is|was)\s+(?:(?:listed|named|identified|registered)\s+as\s+)?)(?:[a-z-]+\s+(?:national|citizen)\s+)?(?:(?:prime|minister|president|general|lieutenant|lt\.|major|brigadier|colonel|senator|oknha|neak|u|daw|deputy|mr\.?|ms\.?|mrs\.?|dr\.?|judge|commander|chairman|tycoon|businessman|the|attorney|police|chief|pol\.?|maj\.?|gen\.?|col\.?)\s+){0,5}$`)
	reLocComma     = regexp.MustCompile(`^\s*,\s*$`)
	reCapitalOf    = regexp.MustCompile(`^\s*,\s*(?:the\s+|a\s+)?(?:(?:provincial|state|regional|district|administrative|former)\s+)?(?:capital|seat|town|city|village|district|township|province|suburb)\s+(?:of|in)\s+(?:the\s+)?$`)
	reRaidOn       = regexp.MustCompile(`^\s*(?:['’]s\s+)?(?:\w+\s+){0,3}(?:raid|raids|crackdown|operation|sweep|assault|offensive)\s+(?:on|at|in|against|targeting)\s+(?:the\s+)?$`)
	// reRaidAct is a raid told through what the raiders did in it: "detained 771 people in a
	// raid on", "rescued 300 workers during an operation at". Speech ("said the raid on")
	// is no raid of the speaker's.
	reRaidAct = regexp.MustCompile(`^\s*(?:conducted|carried\s+out|launched|led|staged|mounted|began|started|detained|arrested|rescued|freed|seized|deported|repatriated|held|raided|stormed|searched)\s+(?:[\w,-]+\s+){0,6}?(?:in|during|after)\s+(?:a|an|the|their|its)\s+(?:[\w-]+\s+){0,2}(?:raid|raids|crackdown|operation|sweep|assault)\s+(?:on|at|in|against|targeting)\s+(?:the\s+)?$`)
	// reSpeechIn is speech or judgement about an act, which the speaker did not do: "said the
	// raid on", "condemned the crackdown on".
	reSpeechIn    = regexp.MustCompile(`\b(?:said|says|say|told|tells|criticised|criticized|criticises|criticizes|condemned|condemns|welcomed|welcomes|praised|praises|described|describes|questioned|questions|reported|reports|called|calls|announced|urged|urges|demanded|demands|denounced)\b`)
	reSanctOn     = regexp.MustCompile(`^\s*(?:\w+\s+){0,3}(?:imposed|announced|placed|slapped|levied|issued)\s+(?:new\s+|fresh\s+)?(?:sanctions|penalties|restrictions)\s+(?:on|against)\s+(?:the\s+)?$`)
	reProtectOf   = regexp.MustCompile(`^\s*(?:,\s*)?(?:\w+\s+){0,2}(?:under\s+the\s+(?:protection|patronage|control)\s+of|enjoys?\s+the\s+(?:protection|backing)\s+of|with\s+the\s+(?:protection|backing|blessing|support)\s+of|(?:guarded|protected|patrolled|secured)\s+by\s+(?:armed\s+)?(?:troops|soldiers|militiamen|fighters|members|men|guards|forces|units)\s+(?:of|from|loyal\s+to))\s+(?:the\s+)?$`)
	reMember      = regexp.MustCompile(`^\s*,?\s*(?:who\s+)?(?:is\s+|was\s+|became\s+)?(?:a\s+|an\s+)?(?:senior\s+|former\s+|founding\s+|longtime\s+)?(?:member|members|commander|officer|soldier|leader|fighter)\s+(?:of|in|with)\s+(?:the\s+)?$`)
	reFamilyPos   = regexp.MustCompile(`^\s*['’]s\s+(?:\w+\s+)?(` + kinWords + `)\s*,?\s*$`)
	reFamilyApp   = regexp.MustCompile(`^\s*,?\s*(?:who\s+is\s+|is\s+|was\s+)?(?:the\s+|a\s+|an\s+)?(?:eldest\s+|youngest\s+|younger\s+|elder\s+|older\s+|distant\s+|late\s+|adopted\s+)?(` + kinWords + `)\s+of\s+(?:the\s+)?(?:(?:accused|defendant|co-accused)\s+)?` + titleRun + `$`)
	reFamilyAnd   = regexp.MustCompile(`^\s*and\s+(?:his|her)\s+(?:\w+\s+)?(` + kinWords + `)\s*,?\s*$`)
	reAssocApp    = regexp.MustCompile(`^\s*,?\s*(?:who\s+is\s+|is\s+|was\s+)?(?:(?:believed|said|thought|alleged|described\s+as)\s+(?:to\s+be\s+)?)?(?:also\s+|once\s+|still\s+|now\s+|long\s+|reportedly\s+|allegedly\s+)?(?:a\s+|an\s+|the\s+)?(?:[a-z]+\s+and\s+)?(?:close\s+|longtime\s+|long-time\s+|former\s+|key\s+|alleged\s+|business\s+|known\s+|trusted\s+|suspected\s+|reputed\s+|top\s+)?(business partner|partner|associate|ally|aide|confidant|right-hand man|adviser|advisor|co-defendant|co-conspirator|henchman|lieutenant|financier|frontman|front man|proxy|nominee|lawyer|attorney)\s+(?:of|to|for)\s+(?:the\s+)?(?:\w+\s+){0,2}?$`)
	reAssocPos    = regexp.MustCompile(`^\s*['’]s\s+(?:\w+\s+)?(business partner|partner|associate|ally|aide|confidant|right-hand man|adviser|advisor|co-defendant|financier|frontman|front man)\s*,?\s*$`)
	reWhoseRole   = regexp.MustCompile(`^\s*,\s*(?:(?:another|a|an|the)\s+(?:[\w'’-]+\s+){0,3}?)?whose\s+(?:\w+\s+)?(founder|chairman|chairwoman|owner|director|boss|head|leader|president|ceo|chief|commander)\s+(?:is\s+|was\s+)?(?:(?:prime|minister|president|general|lieutenant|senator|oknha|neak|interior|deputy|mr\.?|ms\.?|mrs\.?|dr\.?|judge|colonel|commander|chairman|tycoon|businessman|us|u\.s\.|attorney|foreign|secretary|police|chief)\s+){0,4}$`)
	reOrgThenRole = regexp.MustCompile(`^\s*,\s*(?:the|a|an)\s+(?:former\s+|longtime\s+|reputed\s+|alleged\s+|then\s+)?$`)
	// reHyphenTie is a name made an adjective of a tie to the next name: "KNU-owned", "BGF-run".
	reHyphenTie = regexp.MustCompile(`^[-‑](owned|run|controlled|operated|backed|founded|led)\s+$`)
	// reOwnedPos is what a possessor owns: "'s conglomerate, ", "'s main company ".
	reOwnedPos = regexp.MustCompile(`^['’]s\s+(?:[a-z-]+\s+){0,2}?(?:conglomerate|company|firm|business|group|holding company|subsidiary|front company|shell company)\s*,?\s*$`)
	// reOwnedBy follows a possessor named in an apposition: "'s main company,".
	reOwnedBy       = regexp.MustCompile(`^['’]s\s+(?:[a-z-]+\s+){0,2}?(?:company|firm|business|conglomerate|subsidiary|front company|shell company|holding company)\b`)
	reOfBody        = regexp.MustCompile(`^\s*(?:of|from|at)\s+(?:the\s+)?$`)
	rePossRoleAfter = regexp.MustCompile(`^['’]s\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)\s*(?:[,.;)]|$|\s+(?:and|who|since|until|from|in)\b)`)
	// reDescriptionOpen opens an apposition: ", a firm ...", ", the company's ...".
	reDescriptionOpen = regexp.MustCompile(`^\s*,\s*(?:a|an|the|one|another)\s`)
	reApposOpen       = regexp.MustCompile(`^\s*,\s*(?:a|an|the|his|her)\s+(?:[a-z-]+\s+){0,3}?(?:of|to|for)\s+`)
	reObjRelHead      = regexp.MustCompile(`^\s*,\s*(?:the|a|an)\s+(?:[a-z-]+\s+){0,2}?(?:compound|development|casino|resort|complex|park|zone|site|project|company|firm|business|group|conglomerate)\s+(?:that\s+|which\s+)?(?:the\s+)?$`)
	reObjRelVerb      = regexp.MustCompile(`^\s+(?:has\s+|had\s+|have\s+|once\s+|later\s+|also\s+)?(built|developed|runs|ran|owns|owned|operates|operated|controls|controlled|founded|established|protects|protected|guards|guarded|manages|managed|set\s+up)\b`)
	reApposDet        = regexp.MustCompile(`^\s*,\s*(?:the|its|his|her)?\s*$`)
	// reCoordPoss joins a second name to a list through a possessive: "and his conglomerate,".
	reCoordPoss = regexp.MustCompile(`^,?\s*(?:and\s+)?(?:his|her|its|their)\s+(?:[a-z-]+\s+){0,2}?([a-z-]+)\s*,?$`)
	reRoleAfter = regexp.MustCompile(`^\s*(leader|chief|boss|head|chairman|founder|commander|owner|director)\b`)
)

// typed reports whether a relation between types makes sense for a predicate.
func typed(pred, st, ot, on string) bool {
	switch pred {
	case model.Owns:
		return agentType(st) && (ot == model.Company || ot == model.Compound)
	case model.Directs:
		return st == model.Person && (ot == model.Company || ot == model.Organization)
	case model.EmployedBy, model.MemberOf:
		return st == model.Person && (ot == model.Company || ot == model.Organization)
	case model.FamilyOf, model.AssociateOf:
		return st == model.Person && ot == model.Person
	case model.Operates:
		return agentType(st) && ot == model.Compound
	case model.Protects:
		// A body, an official or a security firm shields a site; a company is not "protected"
		// in the graph's sense (political or financial backing is no typed tie).
		return agentType(st) && ot == model.Compound
	case model.LocatedIn:
		return st != model.Person && ot == model.Location
	case model.SanctionedBy:
		// A country acts through its government: "the United States sanctioned X".
		return st != model.Location && (ot == model.Organization || ot == model.Location && isCountry(on))
	case model.Raided:
		// An authority raids a site: a person is no authority (the body they lead raids), and
		// a raid on a company's office is no compound raided.
		return st == model.Organization && ot == model.Compound
	}
	return false
}

type relKey struct{ s, p, o string }

// relations reads typed relations from each sentence's mentions, grades them, and adds bounded
// MENTIONED_WITH links for pairs that share a sentence and nothing else.
func (x *Extractor) relations(text string, sents []sentence, cands []candidate, ents []*docEntity, ids []string, official, charging bool) []model.Relation {
	bySent := map[int][]int{}
	for i, c := range cands {
		if c.ent >= 0 {
			bySent[c.sent] = append(bySent[c.sent], i)
		}
	}
	// References ("the company", "he") join the mentions of their sentences as stand-ins
	// for the names they point back to; they make relations but no mentions or co-mentions.
	tags := newSentTags(x.tagger, sents)
	var grader sentGrader  // masks each sentence once for the relations read in it (grade.go)
	var quotes *quoteIndex // where quotations are open, made on first use (quoted_grades.go)
	all := cands
	refs := findReferences(text, sents, cands, ents, bySent, tags)
	refs = append(refs, namingRefs(text, sents, cands, ents, bySent, refs)...) // naming_refs.go
	// "A owns B through its subsidiary C": "its" is A's, not B's (false_ties.go).
	refs = slices.DeleteFunc(refs, func(r reference) bool { return meansPossessive(text, r, cands, bySent) })
	// "the couple" stands for a married pair (couples.go): read as the first spouse, and
	// each relation made through it made for the second too (see add).
	couples := coupleRefs(text, sents, cands, ents, bySent)
	couples = append(couples, pairRefs(text, sents, cands, ents, bySent, refs)...) // pair_refs.go: "the two men"
	for _, cp := range couples {
		refs = append(refs, cp.ref)
	}
	coupled := coupleSpans(couples)
	typedSent := bySent
	antecedent := map[int]int{} // candidate index -> sentence of the name it stands for
	if len(refs) > 0 {
		all = append(append(make([]candidate, 0, len(cands)+len(refs)), cands...), make([]candidate, len(refs))...)
		typedSent = make(map[int][]int, len(bySent))
		for si, ms := range bySent {
			typedSent[si] = ms
		}
		for i, r := range refs {
			ci := len(cands) + i
			all[ci] = r.cand
			antecedent[ci] = r.from
			ms := append(append([]int(nil), typedSent[r.cand.sent]...), ci)
			sort.SliceStable(ms, func(a, b int) bool { return all[ms[a]].s < all[ms[b]].s })
			typedSent[r.cand.sent] = ms
		}
	}
	var out []model.Relation
	idx := map[relKey]int{}
	linked := map[[2]int]bool{}
	role, from := "", -1
	firstEnt, firstStart, firstEnd := -1, 0, 0 // the first name of the pair being read
	secondStart, secondEnd := 0, 0             // where the second name of the pair begins and ends
	// startPair sets the state add reads for the pair of mentions mp, mq (indexes into all):
	// no role yet, the pair's first name and where the second begins, and the earliest sentence
	// a reference among them stands for.
	startPair := func(mp, mq int) {
		role, from = "", -1
		firstEnt, firstStart, firstEnd, secondStart, secondEnd = all[mp].ent, all[mp].s, all[mp].e, all[mq].s, all[mq].e
		if f, ok := antecedent[mp]; ok {
			from = f
		}
		if f, ok := antecedent[mq]; ok && (from < 0 || f < from) {
			from = f
		}
	}
	var add func(si, a, b int, pred string, conf float64, appos bool, ms, me int)
	// "A and B own Y and Z, respectively" ties A to Y only (respectively.go).
	crossed := x.respectiveCrossings(text, sents, all, ents, typedSent)
	joining := false            // add is adding a joint raider's relation
	sectors := map[int]string{} // entitySector of an entity, read once
	// neitherAt finds a sentence's "neither" and "nor" once: a list of hundreds of relations in
	// one sentence must not scan it once per relation (neither_nor.go).
	neither := map[int]neitherMarks{}
	neitherAt := func(si int) neitherMarks {
		m, ok := neither[si]
		if !ok {
			m = findNeitherMarks(text[sents[si].s:sents[si].e])
			neither[si] = m
		}
		return m
	}
	// mayIf tells once per sentence whether it can hold "if" or "unless": without them no
	// relation of it is supposed, and the clause reader need not scan it once per relation
	// (open_clauses.go).
	ifWords := map[int]bool{}
	mayIf := func(si int) bool {
		v, ok := ifWords[si]
		if !ok {
			v = mayHoldFold(text[sents[si].s:sents[si].e], "if", "unless", "provid", "assuming", "long as")
			ifWords[si] = v
		}
		return v
	}
	sectorAt := func(i int) string {
		s, ok := sectors[i]
		if !ok {
			s = entitySector(ents[i], all)
			sectors[i] = s
		}
		return s
	}
	add = func(si, a, b int, pred string, conf float64, appos bool, ms, me int) {
		conf0 := conf
		if pred == model.Raided && !joining {
			// "The CID of Sri Lanka Police raided X": the unit raided (co_agents.go).
			if u, us := unitOfParent(text, all, ents, typedSent[si], a, ms); u >= 0 && u != b {
				a, ms = u, us
			}
		}
		ea, eb := ents[a], ents[b]
		// "the boss of Golden Sands Park": a person who heads a site runs it.
		if pred == model.Directs && ea.typ == model.Person && eb.typ == model.Compound {
			pred = model.Operates
		}
		pred = siteRole(pred, ea.typ, eb.typ, role)
		pred = publicTie(pred, role, eb)
		pred = headPost(pred, role, eb) // post_kinds.go
		pred = partyTie(pred, role, eb) // short_forms.go
		boardSeat := false
		if ms >= 0 && me <= len(text) && ms < me {
			pred = oneOfCommanders(text[ms:me], pred, role, eb)
			pred = oneOfManagers(text[ms:me], pred, role, eb)   // seat_kinds.go
			pred = oneOfInspectors(text[ms:me], pred, role, eb) // post_kinds.go
			if boardSeat = boardSeatOfAssociation(text[ms:me], pred, role, eb); boardSeat {
				pred = model.MemberOf // "X sits on the board of the Chamber of Commerce" (seat_kinds.go)
			}
		}
		if pred != model.MentionedWith && ms >= sents[si].s && me <= sents[si].e && neitherAt(si).negated(text[sents[si].s:sents[si].e], ms-sents[si].s, me-sents[si].s) {
			return // "Neither A nor B owned X" (neither_nor.go)
		}
		if (pred == model.Directs || pred == model.EmployedBy) && postOfAnotherBody(text, all, typedSent[si], b, me) {
			return // "an employee of the Royal Thai Police's partner agency" (other_bodies.go)
		}
		if pred == model.Raided && unraidedSite(text, sents[si], all, typedSent[si], b, ms, me) {
			return // "raided X's neighbour", "planned a raid on X" (raid_targets.go)
		}
		if pred != model.MentionedWith && (polarQuestion(text[sents[si].s:sents[si].e]) || pred != model.LocatedIn && statementQuestion(text[sents[si].s:sents[si].e]) ||
			pred != model.LocatedIn && me <= sents[si].e && inQuestionClause(text[sents[si].s:sents[si].e], me-sents[si].s)) &&
			!(ms >= 0 && ms < me && me <= len(text) && statedInQuestion(text[ms:me])) {
			return // "Did X run Y?" asks (questions.go)
		}
		supposed, asked := false, false
		if pred != model.MentionedWith && pred != model.LocatedIn && mayIf(si) {
			supposed, asked = conditionalSpan(text, sents[si], all, typedSent[si], ms, me)
			tc, sourced := truthConditioned(text, sents[si], ms, me) // "X owns Y if records are right" (truth_conditions.go)
			supposed, asked = supposed || tc, asked || sourced
		}
		if supposed || (pred == model.Directs || pred == model.EmployedBy || pred == model.MemberOf || pred == model.AssociateOf) &&
			(shamPost(role) || firstEnt >= 0 && firstEnd <= secondStart && secondStart-firstEnd < 60 && secondStart <= len(text) && shamGap(text[firstEnd:secondStart], text[min(me, sents[si].e):sents[si].e])) {
			return // "If X owned Y, ...", "a fake officer of Y" (open_clauses.go)
		}
		if pred != model.MentionedWith && ms >= sents[si].s && me <= sents[si].e &&
			(setAsideEnd(text, sents[si], all, typedSent[si], a, ms, me) || setAsideEnd(text, sents[si], all, typedSent[si], b, ms, me)) {
			return // "The Myanmar Army, not the Royal Thai Police, raided X" (open_clauses.go)
		}
		if (pred == model.Owns || pred == model.Operates || pred == model.Protects || pred == model.Raided) && eb.typ == model.Compound &&
			landmarkSite(sents[si], all, typedSent[si], b, ms, me) {
			return // "raided a compound near Y" (open_clauses.go)
		}
		if pred != model.FamilyOf && pred != model.AssociateOf && ms >= sents[si].s && me <= sents[si].e && ms < me &&
			everyMentionIn(all, typedSent[si], a, ms, me, func(c candidate) bool { return relativeOfTie(text, c.s, c.e, text[c.e:me]) }) {
			return // "the brother of X who runs Y": the brother runs it (relative_heads.go)
		}
		if trusteeOwner(pred, text, sents[si], all, typedSent[si], a, ms, me) {
			return // "X, a trustee for Y, owns Z" (trustee_holders.go)
		}
		if heldForAnother(pred, text, ms, me, sents[si].e) {
			return // "holds 30 per cent of B as collateral" (held_stakes.go)
		}
		if kinPossessorEnd(text, ms, me, ea.typ, eb.typ) {
			return // "its director is his wife": the wife's post (kin_holders.go)
		}
		if (pred == model.Directs || pred == model.EmployedBy) && (firmPostOfUnit(role, eb) || firmPostOfState(role, eb)) {
			return // "its chairman" read back to a battalion (office_shapes.go)
		}
		if a == b || !typed(pred, ea.typ, eb.typ, eb.name) || pred == model.SanctionedBy && (designatedAsKind(text, ms, me) || !sanctionAuthority(eb) || sanctionLifted(text, all, typedSent[si], me, sents[si].e)) || // sanction_authority.go
			countryInCountry(pred, ea.name, eb.name) || organOfBody(pred, eb.name) || comparedKin(text, ms, ea) || riverInPlace(pred, ea.typ, ea.name) || intergovOffice(pred, ea, func() string { return sectorAt(a) }) || // intergov_offices.go
			slashJoined(text, ms, me) || a != firstEnt && kinOfAgent(pred, text, me) || a != firstEnt && bodyOfNamedPerson(pred, ea.typ, text, me) || // prec_blocks.go
			kinAnchored(pred, text, all, typedSent[si], a, ea.typ) || kinAnchored(pred, text, all, typedSent[si], b, eb.typ) { // kin_anchors.go
			return // "designated by X as a scam hub" names, it does not sanction (sanction_offices.go)
		}
		if nearNounRelative(pred, text, ms, me) {
			return // "X, a firm near the casino that is owned by Y": the casino's holder (near_relatives.go)
		}
		if pred == model.LocatedIn && firstEnt == a && firstEnd <= secondStart && secondStart <= len(text) &&
			ea.typ == model.Location && eb.typ == model.Location && relativeThenIn(text, firstStart, text[firstEnd:secondStart]) {
			return // "a compound south of Myawaddy in Karen State" places the compound (relative_places.go)
		}
		if pred == model.Raided {
			// "the PNP's CIDG raided X": the unit raided (raid_parents.go).
			if u := raidUnitOf(text, all, ents, typedSent[si], a, ms, me); u >= 0 && u != b {
				a, ea = u, ents[u]
			}
		}
		if !appos && firstEnt >= 0 && (firstEnt == a || firstEnt == b) && citedSource(text, sents[si].s, ms, firstEnd, secondStart) {
			return // "according to X, Y runs Z": X is the source (attribution_asides.go)
		}
		if c := crossed[[3]int{si, a, b}]; c == respCrossed || c == respPeers && pred == model.AssociateOf {
			return
		}
		st := sents[si]
		qs := st.s
		if from >= 0 && from < si {
			// A claim made through a reference quotes the sentence that names it too.
			qs = sents[from].s
			conf *= 0.85
		}
		qe := st.e
		if from > si && from < len(sents) {
			// Read through a description the next sentence names (naming_refs.go).
			qe = sents[from].e
			conf *= 0.85
		}
		quote := strings.TrimSpace(text[qs:qe])
		if qs < st.s && len(quote) > 600 {
			quote = refQuote(text, sents[from], st)
		} else if qe > st.e && len(quote) > 600 {
			quote = forwardQuote(text, st, sents[from])
		}
		if len(quote) > 600 {
			quote = quote[:600]
			for len(quote) > 0 && quote[len(quote)-1]&0xC0 == 0x80 {
				quote = quote[:len(quote)-1]
			}
			if len(quote) > 0 && quote[len(quote)-1] >= 0xC0 {
				quote = quote[:len(quote)-1]
			}
		}
		self := false
		if pred == model.SanctionedBy || pred == model.Raided {
			actor := a
			if pred == model.SanctionedBy {
				actor = b
			}
			self = firstEnt == actor && firstEnd <= me && reSpeaks.MatchString(text[firstEnd:me])
		}
		// The writer's description of a name, and a place inside a place (geography, not anyone's
		// claim), are not reached by what the sentence attributes, hedges or denies.
		desc := notDescribed
		if firstEnt >= 0 && firstEnd <= secondStart && secondStart <= me {
			desc = describedGap(text[firstEnd:secondStart], ents[firstEnt].typ == model.Person)
		}
		if pred == model.LocatedIn && (ea.typ == model.Location && eb.typ == model.Location ||
			firstEnt >= 0 && firstEnd <= secondStart && placeGiven(text, st, firstEnd, secondStart, secondEnd)) {
			desc = describedFact // "X, a Mae Sot fuel distributor": where a named thing is, told in its apposition
		}
		gs, ge := ms, me
		if firstEnt < 0 && ms == st.s && me == st.e && (pred == model.Directs || pred == model.EmployedBy || pred == model.MemberOf) {
			if n := referredSubjectSpan(text[st.s:st.e], personName(ea, eb)); n > 0 {
				gs, ge = st.s, st.s+n // "The district police chief, X, denied ..." (grade_referred.go)
			}
		}
		grade, f, denied := grader.grade(text, st.s, st.e, gs, ge, official, appos, self, desc)
		if pred == model.LocatedIn && grade == model.Reported && statementQuestion(text[st.s:st.e]) {
			grade = model.Alleged // "X in Thailand's Mae Sot? No, ...": the place is asked, not told (questions.go)
		}
		if grade != model.Alleged && !(official && grade == model.Official) {
			if quotes == nil {
				quotes = newQuoteIndex(text)
			}
			if quotes.crossing(st, gs) {
				grade, f = model.Alleged, 0.8 // the speaker's words (quoted_grades.go)
			}
		}
		if pred == model.Raided && grade == model.Alleged && !denied && authorityRaidStatement(text[st.s:st.e]) {
			grade, f = model.Reported, 1 // a raid on the authority's word (raid_statements.go)
			if official {
				grade = model.Official
			}
		}
		if official && grade == model.Official && testimonyConduct(pred, text[st.s:max(st.s, min(me, st.e))]) {
			grade, f = model.Alleged, 0.8 // what witnesses told the authority (grade_testimony.go)
		}
		if asked && grade != model.Alleged {
			grade, f = model.Alleged, 0.8 // "investigating if X owns Y" (open_clauses.go)
		}
		if charging && grade != model.Alleged && pred != model.Raided && pred != model.SanctionedBy {
			// An indictment states what the prosecution alleges, wherever it is served from; only
			// an authority's act is its own.
			grade, f = model.Alleged, 0.8
		}
		conf *= f
		if pred != model.FamilyOf && formerTie(text, st.s, ms, me) {
			conf *= 0.85
		}
		s, o := ids[a], ids[b]
		if model.Symmetric(pred) && s > o {
			s, o = o, s
		}
		k := relKey{s, pred, o}
		r := model.Relation{Subject: s, Predicate: pred, Object: o, Grade: grade, Quote: quote, Confidence: round2(conf), Denied: denied}
		if pred == model.Directs || pred == model.EmployedBy || pred == model.MemberOf {
			r.Role = cleanRole(role)
			if r.Role == "" && ms >= 0 && me <= len(text) && ms < me {
				r.Role = verbRole(text[ms:me], pred)
			}
			r.Role = officeRole(r.Role, pred, eb)
			if boardSeat {
				r.Role = "board member"
			}
			heldOn := me >= 0 && me <= len(text) && stillHolds(text[me:min(len(text), me+80)]) // "... but reinstated" (ended_posts.go)
			if p := leftPost(r.Role); p != "" {
				if heldOn {
					r.Role = p
				} else {
					r.Role = formerRole(p) // "ousted as chairman of A" (ended_posts.go)
				}
			} else if !heldOn && firstEnt == a && firstStart == ms && ms >= st.s && firstEnd <= len(text) &&
				replacedHolder(text[max(st.s, ms-30):ms], text[firstEnd:min(len(text), firstEnd+20)]) {
				r.Role = formerRole(r.Role) // "Chen Wei replaced Li Qiang as chairman of A" (ended_posts.go)
			}
			if ms >= 0 && ms < me && me <= len(text) && statedFormer(text[ms:me], r.Role) && !stillHolds(text[me:min(len(text), me+80)]) {
				r.Role = formerRole(r.Role) // "the former chief executive of A" (ended_posts.go)
			}
			if strings.HasPrefix(r.Role, model.FormerRole) && me >= 0 && me <= len(text) {
				r.End = untilYear(text[me:min(len(text), me+120)]) // "sat on its board until 2021" (ended_posts.go)
			}
			if ms >= 0 && ms < me && me <= len(text) && onceEmployed(text[ms:me], secondStart-ms) && !stillHolds(text[me:min(len(text), me+80)]) {
				r.Role, r.Ended = formerRole(r.Role), true // "was formerly employed by A" (ended_posts.go)
			}
			if !strings.HasPrefix(r.Role, model.FormerRole) && ms >= 0 && ms < me && me <= len(text) {
				span := text[ms:me]
				if ms < secondStart && secondStart <= me {
					// The second name's own commas and periods ("Co., Ltd.") are no clause break.
					span = text[ms:secondStart] + "Y"
				}
				if y := postEndYear(span, text[me:min(len(text), me+120)]); y != "" {
					r.Role, r.End, r.Ended = formerRole(r.Role), y, true // "who chaired A until 2019" (ended_posts.go)
				}
			}
		}
		if (pred == model.Owns || pred == model.Operates) && ms >= 0 && ms < me && me <= len(text) && pastHolding(text[ms:me]) {
			r.End = untilYear(text[me:min(len(text), me+120)]) // "that owned KK Park until 2020" (ended_posts.go)
		}
		if (pred == model.Owns || pred == model.Operates) && (firstEnt == a || firstEnt == b) && firstEnd <= secondStart && secondStart <= me && me <= len(text) &&
			heldBefore(text[firstEnd:secondStart], text[me:min(len(text), me+120)]) {
			r.Ended = true // "which once owned the resort" (ended_posts.go)
		}
		if strings.HasPrefix(r.Role, model.FormerRole) {
			r.Ended = true
		}
		if j, ok := idx[k]; ok {
			if r.Role == "" {
				r.Role = out[j].Role
			}
			// A tie the page also tells as standing is not history, and its post is not a
			// former one.
			r.Ended = r.Ended && out[j].Ended
			out[j].Ended = r.Ended
			if !r.Ended {
				for _, x := range []*model.Relation{&r, &out[j]} {
					if strings.HasPrefix(x.Role, model.FormerRole) {
						x.Role, x.End = "", ""
					}
				}
			}
			if model.GradeRank(grade) < model.GradeRank(out[j].Grade) || grade == out[j].Grade && r.Confidence > out[j].Confidence {
				out[j] = r
			}
		} else {
			idx[k] = len(out)
			out = append(out, r)
		}
		linked[[2]int{a, b}], linked[[2]int{b, a}] = true, true
		if pred == model.Raided && !joining {
			// "raided by A with the assistance of B" (joint_agents.go).
			joining = true
			for _, c := range jointRaiders(text, all, ents, typedSent[si], a, ms, me) {
				if c != b {
					add(si, c, b, pred, conf0, appos, ms, me)
				}
			}
			joining = false
		}
		if (pred == model.Raided || pred == model.SanctionedBy) && !joining {
			// "sanctioned by A in 2025 and by B in 2026" (co_agents.go).
			agent, target := a, b
			if pred == model.SanctionedBy {
				agent, target = b, a
			}
			joining = true
			for _, c := range coAgents(text, all, ents, typedSent[si], pred, agent, target, ms, me) {
				if pred == model.SanctionedBy {
					add(si, a, c, pred, conf0, appos, ms, me)
				} else {
					add(si, c, b, pred, conf0, appos, ms, me)
				}
			}
			if pred == model.SanctionedBy {
				// "X was sanctioned along with its founder, Y" (co_agents.go).
				for _, c := range coPatients(text, all, ents, typedSent[si], a, b, ms, me) {
					add(si, c, b, pred, conf0, appos, ms, me)
				}
			}
			joining = false
		}
		if q := partnerAt(coupled, si, ms, me, a); q >= 0 && q != b {
			add(si, q, b, pred, conf0, appos, ms, me)
		} else if q := partnerAt(coupled, si, ms, me, b); q >= 0 && q != a {
			add(si, a, q, pred, conf0, appos, ms, me)
		}
	}
	setRole := func(r string) { role = r }
	asides := newAsideCut(text, sents, all) // attribution_asides.go
	// skipPair reports a pair no pair reader may read, on the text and mentions given (the
	// page's, or the page's with its asides cut): a person's post read up to a body that
	// possesses the next (possessed_units.go), a name that completes a "whose" clause
	// (whose_clause.go), or a kin word's possessor (kin_holders.go).
	skipPair := func(text string, all []candidate, ms []int, p, q int) bool {
		return skipPossessor(text, all, ents, ms, p, q) || whoseComplement(text, all, ms, p) || kinPossessorPair(text, all, ents, ms, p, q)
	}
	// textReaders are the pair readers that read the text alone (no tags, no sentence bounds),
	// run on each pair and again on the pairs an aside parts (attribution_asides.go).
	textReaders := func(text string, all []candidate, ms []int, p, q int, claim, apposed func(a, b int, pred string, conf float64)) {
		holdingPair(text, all, ents, ms, p, q, claim, setRole)
		officePair(text, all, ents, ms, p, q, claim, setRole)
		stakePair(text, all, ents, ms, p, q, claim, setRole)
		shareHolderPair(text, all, ents, ms, p, q, claim, setRole)
		holdingFormPair(text, all, ents, ms, p, q, claim)
		holdingAsidePair(text, all, ents, ms, p, q, claim)
		holderClausePair(text, all, ents, ms, p, q, claim)  // holder_clauses.go
		shareSplitPair(text, all, ents, ms, p, q, claim)    // share_splits.go
		registerFieldPair(text, all, ents, ms, p, q, claim) // register_fields.go
		stakeShapePair(text, all, ents, ms, p, q, claim)    // stake_shapes.go
		siteControlPair(text, all, ents, ms, p, q, claim)
		builtThenRunsPair(text, all, ents, ms, p, q, claim)    // built_then_runs.go
		reportedRelativePair(text, all, ents, ms, p, q, claim) // reported_relatives.go
		registeredClausePair(text, all, ents, ms, p, q, claim) // registered_clauses.go
		namedAsPair(text, all, ents, ms, p, q, claim, setRole)
		actingTiePair(text, all, ents, ms, p, q, claim, setRole)
		agentPossessorPair(text, all, ents, ms, p, q, claim, setRole) // agent_possessor.go
		seatPair(text, all, ents, ms, p, q, claim, setRole)
		seatCarryPair(text, all, ents, ms, p, q, claim, setRole) // seat_carry.go
		timedPostPair(text, all, ents, ms, p, q, claim, setRole)
		closeTiePair(text, all, ents, ms, p, q, claim)
		coConspiratorPair(text, all, ents, ms, p, q, claim)           // co_conspirators.go
		servantTiePair(text, all, ents, ms, p, q, claim)              // servant_ties.go
		tieConjunctPair(text, all, ents, ms, p, q, claim)             // tie_conjuncts.go
		memberConjunctPair(text, all, ents, ms, p, q, claim, setRole) // member_conjuncts.go
		kinAndCommaPair(text, all, ents, ms, p, q, claim)             // kin_and_comma.go
		kinAgedApposPair(text, all, ents, ms, p, q, claim)            // kin_aged_appos.go
		peerTiePair(text, all, ents, ms, p, q, claim)
		coordinatedTiePair(text, all, ents, ms, p, q, claim) // coordinated_ties.go
		marriedIntoPair(text, all, ents, ms, p, q, claim)    // married_into.go
		partnerConjunctPair(text, all, ents, ms, p, q, claim)
		tiePhrasePair(text, all, ents, ms, p, q, claim)        // tie_phrases.go
		speakerPartnerPair(text, all, ents, ms, p, q, claim)   // speaker_partners.go
		possessedPartnerPair(text, all, ents, ms, p, q, claim) // possessed_partners.go
		kinCopulaMorePair(text, all, ents, ms, p, q, claim)    // kin_copula_more.go
		memberRankPair(text, all, ents, ms, p, q, claim, setRole)
		rankShapePair(text, all, ents, ms, p, q, claim, setRole) // rank_shapes.go
		workTiePair(text, all, ents, ms, p, q, claim, setRole)
		postClausePair(text, all, ents, ms, p, q, claim, setRole)
		postVerbPair(text, all, ents, ms, p, q, claim, setRole)
		officeShapePair(text, all, ents, ms, p, q, claim, setRole)
		membershipPair(text, all, ents, ms, p, q, claim, setRole)
		pluralMemberPair(text, all, ents, ms, p, q, claim, setRole)           // pair_refs.go
		asidePostPair(text, all, ents, ms, p, q, claim, setRole)              // its_posts.go
		stakeThenPostPair(text, all, ents, ms, p, q, claim, setRole)          // stake_then_post.go
		kinHolderPair(text, all, ents, ms, p, q, claim, setRole)              // kin_holders.go
		firmHolderPair(text, all, ents, ms, p, q, claim)                      // firm_holders.go
		describedBodyPair(text, all, ents, ms, p, q, claim, apposed, setRole) // described_bodies.go
		counselLinePair(text, all, ents, ms, p, q, claim, setRole)            // counsel_lines.go
		ownedPostPair(text, all, ents, ms, p, q, claim, setRole)              // owned_posts.go
		boardNamePair(text, all, ents, ms, p, q, claim, setRole)              // board_names.go
		listedPossPostPair(text, all, ents, ms, p, q, claim, setRole)         // listed_poss_posts.go
		asPostClausePair(text, all, ents, ms, p, q, claim, setRole)           // as_post_clauses.go
		ofWhichPronounPair(text, all, ents, ms, p, q, claim, setRole)         // of_which_pronoun.go
		describedPostPair(text, all, ents, ms, p, q, claim, setRole)          // described_post_bodies.go
		pronounHeldPair(text, all, ents, ms, p, q, claim)                     // pronoun_held_bodies.go
		coordinatedPostPair(text, all, ents, ms, p, q, claim, setRole)        // coordinated_posts.go
		tieThenPostPair(text, all, ents, ms, p, q, claim, setRole)            // tie_then_post.go
		x.secondRole(text, all, ents, ms, p, q, apposed, setRole)
		// "X sits on the board of A and also chairs B" (shared_subject.go).
		x.sharedSubjectPair(text, all, ents, ms, p, q, claim, setRole)
		x.kinSubjectPair(text, all, ents, ms, p, q, claim, setRole) // kin_subject.go
		x.coSubjectPair(text, all, ents, ms, p, q, claim, setRole)
	}
	for si := range sents {
		ms := typedSent[si]
		if len(ms) < 2 {
			continue
		}
		for p := 0; p < len(ms); p++ {
			for q := p + 1; q < len(ms) && (q <= p+4 || placesBetween(all, ents, ms, p, q)); q++ {
				s, e := all[ms[p]].s, all[ms[q]].e
				// claim and apposed are what the pair readers emit through: a tie read between
				// these two mentions, stated or told in an apposition.
				claim := func(a, b int, pred string, conf float64) { add(si, a, b, pred, conf, false, s, e) }
				apposed := func(a, b int, pred string, conf float64) { add(si, a, b, pred, conf, true, s, e) }
				startPair(ms[p], ms[q])
				// "an officer in the militia's 2nd Battalion": a member of the militia, read
				// before skipPair leaves the post to the unit (group_units.go).
				groupUnitPair(text, all, ents, ms, p, q, claim, setRole)
				if skipPair(text, all, ms, p, q) {
					continue // "a staff officer of the Army's Coastal Command": the post is in the unit
				}
				if innerSitePair(text, all, ents, ms, p, q, claim) {
					continue // "A inside B was operated by C": A was (inner_sites.go)
				}
				fired := false
				firedClaim := func(a, b int, pred string, conf float64) { fired = true; claim(a, b, pred, conf) }
				firedApposed := func(a, b int, pred string, conf float64) { fired = true; apposed(a, b, pred, conf) }
				x.pair(text, all, ents, ms, p, q, firedClaim, firedApposed, setRole)
				if !fired {
					fired = x.structuredPair(text, sents[si], tags.of(si), all, ents, ms, p, q, claim, apposed, setRole)
				}
				if !fired {
					x.tiePair(text, sents[si], tags.of(si), all, ents, ms, p, q, firedClaim, firedApposed, setRole)
				}
				textReaders(text, all, ms, p, q, claim, apposed)
				x.selfReportPair(text, sents[si], tags.of(si), all, ents, ms, p, q, claim,
					apposed, setRole)
			}
		}
		// The pairs an attribution or a time set off inside the clause parts, read again with
		// the asides cut out (attribution_asides.go); the grade reads the whole sentence.
		asidePairs(asides, text, sents[si], all, ms, func(cut string, cs []candidate, kms []int, p, q, s, e int) {
			startPair(kms[p], kms[q])
			if skipPair(cut, cs, kms, p, q) || innerSitePair(cut, cs, ents, kms, p, q, func(int, int, string, float64) {}) {
				return
			}
			claim := func(a, b int, pred string, conf float64) { add(si, a, b, pred, conf, false, s, e) }
			apposed := func(a, b int, pred string, conf float64) { add(si, a, b, pred, conf, true, s, e) }
			x.pair(cut, cs, ents, kms, p, q, claim, apposed, setRole)
			textReaders(cut, cs, kms, p, q, claim, apposed)
		})
		role, from, firstEnt = "", -1, -1
		for _, m := range ms {
			if f, ok := antecedent[m]; ok && (from < 0 || f < from) {
				from = f
			}
		}
		x.listRelations(text, sents[si], tags, si, all, ents, ms, func(a, b int, pred string, conf float64, s, e int) { add(si, a, b, pred, conf, false, s, e) })
	}
	// "incorporators of X:" and a list of people with their posts.
	listedPosts(text, sents, cands, ents, bySent, func(si, a, b int, pred, r string, lead int) {
		role, from, firstEnt = r, lead, -1
		add(si, a, b, pred, 0.7, true, sents[si].s, sents[si].e)
	})
	// "list three shareholders in X:" and items with their shares (share_lists.go).
	shareLists(text, sents, cands, ents, bySent, func(si, a, b, lead int) {
		role, from, firstEnt = "", lead, -1
		add(si, a, b, model.Owns, 0.7, true, sents[si].s, sents[si].e)
	})
	// "Sok Vanna, the provincial police chief": a post in a body named earlier by its kind.
	bodyRefPosts(text, sents, cands, ents, bySent, func(si, a, b int, pred, r string, lead int) {
		role, from, firstEnt = r, lead, -1
		add(si, a, b, pred, 0.65, true, sents[si].s, sents[si].e)
	})
	// "Ministry spokesman X", "X, a police spokesman" (body_titles.go).
	bodyTitlePosts(text, sents, cands, ents, bySent, func(si, a, b int, pred, r string, lead, s, e int) {
		role, from, firstEnt = r, lead, -1
		add(si, a, b, pred, 0.65, true, s, e)
	})
	// "Koh Mei Ling J:", "X, United States District Judge": a judge and the court (judge_lines.go).
	judgeLines(text, sents, cands, ents, bySent, func(si, a, b, lead int) {
		role, from, firstEnt = "judge", lead, -1
		add(si, a, b, model.EmployedBy, 0.7, true, sents[si].s, sents[si].e)
	})
	// "X, Assistant United States Attorney": a federal prosecutor and the office (judge_lines.go).
	prosecutorLines(text, sents, cands, ents, bySent, func(si, a, b int, pred, r string, lead int) {
		role, from, firstEnt = r, lead, -1
		add(si, a, b, pred, 0.7, true, sents[si].s, sents[si].e)
	})
	// addSanction adds b's designation of a, read in sentence si, whose designating body the
	// text named in sentence agentSent; the quote then begins there.
	addSanction := func(si, a, b, agentSent, s, e int) {
		role, from, firstEnt = "", -1, -1
		if agentSent < si {
			from = agentSent
		}
		add(si, a, b, model.SanctionedBy, 0.75, false, s, e)
	}
	// "OFAC designated A, his company B, and C" and a notice's rows of designations.
	sanctionLists(text, sents, tags, cands, ents, bySent, addSanction)
	// "Owned by X since 2019, the Y compound ...": a participle fronted (fronted.go).
	frontedParticiples(text, sents, cands, ents, bySent, func(si, a, b int, pred string, s, e int) {
		role, from, firstEnt = "", -1, -1
		add(si, a, b, pred, 0.75, false, s, e)
	})
	// atSite starts a claim about site b read in sentence si: when the text named the site (or
	// a reference to it) in an earlier sentence siteSent, the quote begins there. addAtSite
	// adds such a claim.
	atSite := func(si, b, siteSent int) {
		role, from, firstEnt = "", -1, -1
		if siteSent < si {
			from = siteSent
		}
		from = refFrom(cands, bySent, all, typedSent, antecedent, si, siteSent, b, from)
	}
	addAtSite := func(si, a, b, siteSent int, pred string, s, e int) {
		atSite(si, b, siteSent)
		add(si, a, b, pred, 0.7, false, s, e)
	}
	// siteTie and plainTie make the emitters of the sentence readers below: a tie to a site
	// that may be named in an earlier sentence, and a tie read within its own sentence.
	siteTie := func(pred string, conf float64) func(si, a, b, siteSent, s, e int) {
		return func(si, a, b, siteSent, s, e int) {
			atSite(si, b, siteSent)
			add(si, a, b, pred, conf, false, s, e)
		}
	}
	plainTie := func(pred string, conf float64) func(si, a, b, s, e int) {
		return func(si, a, b, s, e int) {
			role, from, firstEnt = "", -1, -1
			add(si, a, b, pred, conf, false, s, e)
		}
	}
	// "The raid, carried out by X" names the raider of a site told before.
	raidEvents(text, sents, all, ents, typedSent, siteTie(model.Raided, 0.75))
	// "the resort's scam floors were run by X": who works a site's parts (sitework.go).
	siteWork(text, sents, all, ents, typedSent, addAtSite)
	// "the floors were leased to X", "run by a tenant, X" (tenants.go).
	tenants(text, sents, all, ents, typedSent, siteTie(model.Operates, 0.7))
	// "The freeze order covers the assets of A; its president, B" (designations.go).
	freezeLists(text, sents, cands, ents, bySent, addSanction)
	// "Both companies are registered in Bangkok" (firmplace.go).
	firmsPlacedTogether(text, sents, cands, ents, bySent, func(si, a, b, firmSent, s, e int) {
		role, from, firstEnt = "", firmSent, -1
		add(si, a, b, model.LocatedIn, 0.7, false, s, e)
	})
	// "In Mong La, the capital of Special Region 4, the X casino is ..." (place_shapes.go).
	frontedPlaces(text, sents, cands, ents, bySent, plainTie(model.LocatedIn, 0.7))
	// "Bavet, a border town in Svay Rieng province", "Huanya's office in Myawaddy" (place_triples.go).
	placeTriples(text, sents, cands, ents, bySent, plainTie(model.LocatedIn, 0.7))
	// "in Barangay Santa Lucia, Capas, Tarlac that ...": a run of places (place_runs.go).
	placeRuns(text, sents, cands, ents, bySent, plainTie(model.LocatedIn, 0.6))
	// "NEW SITE: \"X\", Ton Pheung district, Bokeo, Laos." (place_runs.go).
	siteRuns(text, sents, cands, ents, bySent, plainTie(model.LocatedIn, 0.6))
	// "Residents of Houayxay, the provincial capital, said" (provincial_capitals.go).
	provincialCapitals(text, sents, cands, ents, bySent, plainTie(model.LocatedIn, 0.6))
	// "a compound in Capas, Tarlac, known as the X Park" (known_sites.go).
	knownSites(text, sents, cands, ents, bySent, plainTie(model.LocatedIn, 0.6))
	// "Payathonzu, a town in Myanmar's eastern Kayin State" (possessed_places.go).
	possessedPlaces(text, sents, cands, ents, bySent, plainTie(model.LocatedIn, 0.6))
	// "Those designated today include A, B and C" (designations.go).
	sanctionNouns(text, sents, cands, ents, bySent, addSanction)
	// "BAI, Xiaoming; DOB ...; — designated pursuant to E.O. 13818": a notice's rows (designations.go).
	designationRows(text, sents, cands, ents, bySent, addSanction)
	// "Chen Liwei — FCDO, EU, OFAC": a party's line naming its designators (designator_rows.go).
	designatorRows(text, sents, cands, ents, bySent, addSanction)
	// "Also targeted were A and B" (sanction_chains.go).
	invertedDesignations(text, sents, cands, ents, bySent, addSanction)
	// "X visited the tower and warned managers of inspections", "accused X of shielding the
	// complex" (tipoffs.go).
	tipOffs(text, sents, all, ents, typedSent, siteTie(model.Protects, 0.7))
	// "Survivors of X said the gates were guarded by the DKBA" (guarded_parts.go).
	guardedParts(text, sents, cands, ents, bySent, siteTie(model.Protects, 0.7))
	// A table's status cell "Sanctioned by the United Kingdom" under the row's name
	// (designation_lists.go).
	sanctionCells(text, sents, cands, ents, bySent, func(si, a, b, partySent, s, e int) {
		role, from, firstEnt = "", partySent, -1
		add(si, a, b, model.SanctionedBy, 0.75, false, s, e)
	})
	// "X was raided by the PAOCC with the assistance of the PNP": the partner raided X too
	// (raids_joint.go).
	raidPartners(text, sents, all, ents, typedSent, func(si, a, b, siteM, s, e int) {
		role, from, firstEnt = "", -1, -1
		if f, ok := antecedent[siteM]; ok {
			from = f
		}
		add(si, a, b, model.Raided, 0.75, false, s, e)
	})
	// "X, a compound in Y, that was raided by A and B"; "A and soldiers from B raided X"
	// (raid_clauses.go).
	raidClauses(text, sents, all, ents, typedSent, plainTie(model.Raided, 0.75))
	// "Provincial police entered X last night" (raid_entries.go).
	raidEntries(text, sents, all, ents, typedSent, plainTie(model.Raided, 0.75))
	// "Police raided X on Tuesday, the Ministry of Public Security said" (raid_reports.go).
	raidReports(text, sents, all, ents, typedSent, plainTie(model.Raided, 0.75))
	// "whose brother, X, sits in the Senate", "Senator X ... the Senate" (seat_shapes.go).
	legislatorSeats(text, sents, all, ents, typedSent, plainTie(model.MemberOf, 0.75))
	// "operatives of A and B, armed with a search warrant, raided the hub", "until a raid by
	// A" (raid_crews.go).
	raidCrews(text, sents, all, ents, typedSent, siteTie(model.Raided, 0.75))
	// "A, together with B and elements of C of the army, served search warrants on Thursday at
	// X"; "from X after a joint operation by A and B" (raid_chains.go).
	raidChains(text, sents, all, ents, typedSent, siteTie(model.Raided, 0.75))
	// "X, a complex in Kandal that Cambodia's national police raided in July"; "the Tatmadaw
	// says its troops have taken control of X" (raid_relatives.go).
	raidRelatives(text, sents, all, ents, typedSent, siteTie(model.Raided, 0.75))
	// "an operation conducted by X, in cooperation with Y of Z, at the W compound" (raid_shapes.go).
	operationPartners(text, sents, all, ents, typedSent, plainTie(model.Raided, 0.75))
	// "Designations" heading a list of names: each SANCTIONED_BY the designating body
	// (designation_lists.go).
	designationHeadingLists(text, sents, cands, ents, bySent, addSanction)
	// "X, a spokesman for the police, denied that its officers guarded the compound"
	// (denied_guards.go).
	deniedGuards(text, sents, all, ents, typedSent, siteTie(model.Protects, 0.65))
	// "the compound was under X's protection", "paid a security fee to X" (protection_forms.go).
	protectionForms(text, sents, all, ents, typedSent, siteTie(model.Protects, 0.7))
	// "soldiers from X guard its gates", "the compound's gates were manned by troops of X"
	// (guard_acts.go).
	guardActs(text, sents, all, ents, typedSent, siteTie(model.Protects, 0.7))
	// "the X compound in Sihanoukville, Cambodia, which was run by Y" (placed_site_runners.go).
	placedSiteRunners(text, sents, all, ents, typedSent, siteTie(model.Operates, 0.8))
	// "The KNA, which OFAC designated in May, provides armed security for X" (security_providers.go).
	securityProviders(text, sents, all, ents, typedSent, siteTie(model.Protects, 0.7))
	// "X was guarded by soldiers under the command of Colonel Y" (guard_commanders.go).
	guardCommanders(text, sents, all, ents, typedSent, siteTie(model.Protects, 0.7))
	// "41 workers were rescued from X in Poipet, Banteay Meanchey Province, during an operation
	// conducted by Y" (raid_rescue_places.go).
	raidRescuePlaces(text, sents, all, ents, typedSent, plainTie(model.Raided, 0.75))
	// "Security around the towers is provided by the KPA" (security_passives.go).
	securityPassives(text, sents, all, ents, typedSent, siteTie(model.Protects, 0.7))
	// "officers of X escorted vans to the hub", "Y provided security escorts for the hub's
	// managers" (escort_acts.go).
	escortActs(text, sents, all, ents, typedSent, siteTie(model.Protects, 0.7))
	// "until it was raided by X", "The police also raided Y" (raid_refs.go).
	raidRefs(text, sents, all, ents, typedSent, siteTie(model.Raided, 0.75))
	// "X received payments in exchange for protecting the hub", "allegations that he
	// shielded X" (paid_shields.go).
	paidShields(text, sents, all, ents, typedSent, siteTie(model.Protects, 0.7))
	// "X received payments from the compound's managers in exchange for advance warning of
	// inspections", "officers of X were paid to warn the compound" (paid_warnings.go).
	paidWarnings(text, sents, all, ents, typedSent, siteTie(model.Protects, 0.7))
	// "X, son of Y, who manages the resort's day-to-day operations" (daily_operations.go).
	dailyOperations(text, sents, all, ents, typedSent, siteTie(model.Operates, 0.7))
	// "OFAC is also designating:" and a line per party (designation_colon.go).
	designationColonLists(text, sents, cands, ents, bySent, addSanction)
	// "Today's action targets the following persons:" and a row per party (designation_leads.go).
	designationLeads(text, sents, cands, ents, bySent, addSanction)
	// "X was designated along with A and B" (designated_alongside.go).
	designatedAlongside(text, sents, cands, ents, bySent, addSanction)
	// "OFAC designated four individuals ..." and the four persons the notice names (designated_counts.go).
	countedDesignations(text, sents, cands, ents, bySent, addSanction)
	// "the FCDO, which separately sanctioned A and B", "when it sanctioned A", "A and B
	// jointly designated C", "the Council today listed A, plus its chairman B" (sanction_clauses.go).
	sanctionClauses(text, sents, cands, ents, bySent, addSanction)
	// "OFAC added A and B to its sanctions list" (added_to_lists.go).
	addedToLists(text, sents, cands, ents, bySent, addSanction)
	// "guards at X wore uniforms of the Y": the body whose marks a site's guards bore (shield.go).
	guardMarks(text, sents, all, ents, typedSent, addAtSite)
	// "X was designated pursuant to E.O. 14059." names no agent: the body that the text
	// just said sanctions stands for it.
	x.agentlessSanctions(text, sents, cands, ents, bySent, addSanction)
	// "A and B were designated by C"; "the park is run by A, ..., and guarded by B".
	x.coordinatedPassives(text, sents, cands, ents, bySent, func(si, a, b int, pred string, conf float64, s, e int) {
		role, from, firstEnt = "", -1, -1
		add(si, a, b, pred, conf, false, s, e)
	})
	// "A and B jointly hold shares in Y", "A and B were joint shareholders in Y" (joint_holders.go).
	jointHolders(text, sents, cands, ents, bySent, func(si, a, b int, s, e int) {
		role, from, firstEnt = "", -1, -1
		add(si, a, b, model.Owns, 0.7, false, s, e)
	})
	// "A, a councillor, and his wife, B, who together own Y" (together_holders.go).
	togetherHolders(text, sents, cands, ents, bySent, func(si, a, b int, s, e int) {
		role, from, firstEnt = "", -1, -1
		add(si, a, b, model.Owns, 0.7, false, s, e)
	})
	// "its finance officer, Taiwanese national X", "its chairman is X" (possessed_roles.go).
	addPossessed := func(si, mi, mj, a, b int, pred, r string, appos bool) {
		role, from, firstEnt = r, -1, -1
		for _, m := range []int{mi, mj} {
			if f, ok := antecedent[m]; ok && (from < 0 || f < from) {
				from = f
			}
		}
		add(si, a, b, pred, 0.75, appos, all[mi].s, all[mj].e)
	}
	possessedPosts(text, sents, all, ents, typedSent, addPossessed)
	// "X, who served as Y's head of finance" (served_as_posts.go).
	servedAsPosts(text, sents, all, ents, typedSent, addPossessed)
	// "His daughter, X, works as the company's liaison officer" (subject_posts.go).
	subjectPosts(text, sents, all, ents, typedSent, addPossessed)
	// "X, whom officials describe as Y's business partner" (described_as_ties.go).
	describedAsTies(text, sents, all, ents, typedSent, addPossessed)
	// "X, assigned to the city police office" (assigned_posts.go).
	assignedPosts(text, sents, all, ents, typedSent, addPossessed)
	// "A and B, both attached to the Mae Sot Police Station" (shared_postings.go).
	sharedPostings(text, sents, all, ents, typedSent, addPossessed)
	// "Workers named its general manager as X" (named_posts.go).
	namedAsPosts(text, sents, all, ents, typedSent, addPossessed)
	// "its chief executive is Ly Vannaroth's son, Ly Pisethmony" (named_posts.go).
	kinHeldPosts(text, sents, all, ents, typedSent, addPossessed)
	// "A and B, who served respectively as Y's chairman and CEO" (respective_posts.go).
	respectivePosts(text, sents, cands, ents, bySent, func(si, mi, mj, a, b int, pred, r string) {
		role, from, firstEnt = r, -1, -1
		add(si, a, b, pred, 0.7, false, cands[mi].s, cands[mj].e)
	})
	// addSpanRole adds a relation read between mentions mi and mj with the role r, quoting
	// from the earliest sentence a reference among them stands for; addSpan adds one without.
	addSpanRole := func(si, mi, mj, a, b int, pred, r string, conf float64) {
		role, from, firstEnt = r, -1, -1
		for _, m := range []int{mi, mj} {
			if f, ok := antecedent[m]; ok && (from < 0 || f < from) {
				from = f
			}
		}
		add(si, a, b, pred, conf, false, min(all[mi].s, all[mj].s), max(all[mi].e, all[mj].e))
	}
	addSpan := func(si, mi, mj, a, b int, pred string, conf float64) { addSpanRole(si, mi, mj, a, b, pred, "", conf) }
	// "Y, a firm whose chairman is X", "S, a compound in LOC run by X" (own_shapes.go).
	x.ownShapes(text, sents, all, ents, typedSent, addSpanRole)
	// "A and B, chairman and accountant of Y respectively", "A chaired and B ran Y" (respectively.go).
	x.respectiveTies(text, sents, all, ents, typedSent, addSpanRole)
	// "the resort is owned by X through his company Y" (coordination.go).
	x.throughHolders(text, sents, all, ents, typedSent, addSpan)
	// "X and his daughter Y together hold 45 percent of Z" (coordination.go).
	x.kinCoSubjects(text, sents, all, ents, typedSent, addSpan)
	// "Y is 40 percent owned by A, 30 percent by B", "owned and chaired by X" (gapping.go).
	x.gappedClauses(text, sents, all, ents, typedSent, addSpan)
	// "Y, a firm registered in Yangon whose directors include A and B" (whose_lists.go).
	whoseLists(text, sents, all, ents, typedSent, addSpanRole)
	// "Y, which is directed by Chinese national X" (directed_by.go).
	directedBy(text, sents, all, ents, typedSent, addSpan)
	// "Y, registered in Macau, is managed by X", "Y, a firm owned by A and run by X" (managed_by.go).
	postPassives(text, sents, all, ents, typedSent, addSpan)
	// "X, the owner and operator of S", "X, a company that runs a compound known as S" (apposed_site_roles.go).
	apposedSiteRoles(text, sents, all, ents, typedSent, addSpan)
	// "S was a complex in LOC that was owned and operated by X" (copula_relatives.go).
	x.copulaRelatives(text, sents, all, ents, typedSent, addSpan)
	// "S, south of Myawaddy, was built by X", "X (X Dev), developed and operated S" (site_builders.go).
	siteBuilders(text, sents, all, ents, typedSent, addSpan)
	// "Y was registered in 2019, director X, shareholder Z" (record_fields.go).
	recordFields(text, sents, all, ents, typedSent, addSpanRole)
	// "The remaining 30 percent belongs to X": the rest of the shares of a firm told before (share_refs.go).
	shareRests(text, sents, all, ents, typedSent, func(si, hm, fm, h, f, s, e int) {
		role, from, firstEnt = "", -1, -1
		if fs := all[fm].sent; fs < si {
			from = fs
		}
		if a, ok := antecedent[fm]; ok && (from < 0 || a < from) {
			from = a
		}
		add(si, h, f, model.Owns, 0.7, false, s, e)
	})
	// "a Chinese national, A, holds 40 percent of B", "His brother, A, holds 25 percent" (apposed_stakes.go).
	apposedStakes(text, sents, all, ents, typedSent, func(si, hm, fm, s, e int) {
		role, from, firstEnt = "", -1, -1
		if fs := all[fm].sent; fs < si {
			from = fs
		}
		if a, ok := antecedent[fm]; ok && (from < 0 || a < from) {
			from = a
		}
		add(si, all[hm].ent, all[fm].ent, model.Owns, 0.7, false, s, e)
	})
	// "X was the president of Y and holder of 40 percent of its shares" (holder_of_shares.go).
	holdersOfShares(text, sents, cands, all, ents, bySent, typedSent, func(si, hm, f, fs, s, e int) {
		role, from, firstEnt = "", -1, -1
		if fs < si {
			from = fs
		}
		add(si, all[hm].ent, f, model.Owns, 0.7, false, s, e)
	})
	// "A holds 70 percent of its shares", "Its two shareholders are A and B" (share_holders.go).
	itsShares(text, sents, cands, all, ents, bySent, typedSent, func(si, hm, f, fs, s, e int) {
		role, from, firstEnt = "", -1, -1
		if fs < si {
			from = fs
		}
		add(si, all[hm].ent, f, model.Owns, 0.7, false, s, e)
	})
	// "Its wholly owned subsidiary, Y", "Z, through its subsidiary Y," (its_subsidiaries.go).
	itsSubsidiaries(text, sents, all, ents, bySent, typedSent, func(si, parent, ps, sm, s, e int) {
		role, from, firstEnt = "", -1, -1
		if ps < si {
			from = ps
		}
		if a, ok := antecedent[sm]; ok && (from < 0 || a < from) {
			from = a
		}
		add(si, parent, all[sm].ent, model.Owns, 0.7, false, s, e)
	})
	// "Survivors identified A as its owner" (named_as.go).
	namedAsIts(text, sents, cands, all, ents, bySent, typedSent, func(si, hm, b, bs int, pred, r string, s, e int) {
		role, from, firstEnt = r, -1, -1
		if bs < si {
			from = bs
		}
		add(si, all[hm].ent, b, pred, 0.7, false, s, e)
	})
	// "Its operator is X", "X built it" (site_refs.go).
	siteRefs(text, sents, cands, all, ents, bySent, typedSent, func(si, hm, o, os int, pred string, s, e int) {
		role, from, firstEnt = "", -1, -1
		if os < si {
			from = os
		}
		// "The park's owner is X": a site named here only by a description quotes its name's sentence.
		from = refFrom(cands, bySent, all, typedSent, antecedent, si, os, o, from)
		add(si, all[hm].ent, o, pred, 0.7, false, s, e)
	})
	// "Its sole shareholder is X" (firm_refs.go).
	firmRefs(text, sents, cands, all, ents, bySent, typedSent, func(si, hm, o, os int, pred string, s, e int) {
		role, from, firstEnt = "", -1, -1
		if os < si {
			from = os
		}
		add(si, all[hm].ent, o, pred, 0.7, false, s, e)
	})
	// "escaped from a casino complex in Bavet. ... held at the X Casino" (lede_sites.go).
	ledeSites(text, sents, cands, ents, bySent, func(si, site, place, ps, s, e int) {
		role, from, firstEnt = "", ps, -1
		add(si, site, place, model.LocatedIn, 0.6, false, s, e)
	})
	// "S, a compound in Porac, Pampanga, was raided by A and B" (coordination.go).
	x.apposedPassives(text, sents, all, ents, typedSent, addSpan)
	// "X and his partner Y", "X is V1 ... and a partner of Y" (kinship.go).
	kinTies(text, sents, all, ents, typedSent, func(si, mi, mj, a, b int, pred string, conf float64, appos bool) {
		role, from, firstEnt = "", -1, -1
		for _, m := range []int{mi, mj} {
			if f, ok := antecedent[m]; ok && (from < 0 || f < from) {
				from = f
			}
		}
		add(si, a, b, pred, conf, appos, all[mi].s, all[mj].e)
	})
	// "Huang Wei, Chinese national, chairman of X Corp.;": a row's fields.
	x.rowRoles(text, sents, cands, ents, bySent, func(first, si, a, b int, pred string, conf float64, s, e int, r string) {
		role, from, firstEnt = r, -1, -1
		if first < si {
			from = first
		}
		add(si, a, b, pred, conf, false, s, e)
	})
	// "said Acting Under Secretary X" in a body's own release (issuer_posts.go): the body states
	// its own official's post, as an apposition would, so the quote's "said" does not hedge it.
	issuerPosts(text, sents, cands, ents, bySent, official, func(person int) bool { return holdsPost(out, ids[person]) },
		func(si, a, b int, r string, issuerSent int) {
			role, from, firstEnt = r, issuerSent, -1
			add(si, a, b, model.EmployedBy, 0.7, true, sents[si].s, sents[si].e)
		})
	// "Interior Secretary X" in a text that names the ministry (portfolio_titles.go).
	portfolioTitles(text, sents, cands, ents, bySent, func(si, a, b int, r string, s, e, bodySent int) {
		role, from, firstEnt = r, -1, -1
		if bodySent < si {
			from = bodySent
		}
		add(si, a, b, model.Directs, 0.75, true, s, e) // the title describes the speaker; "said" does not hedge it
	})
	if x.pairSink != nil {
		// Every pair of names, for the pair probe (pair_examples.go).
		pairExamples(sents, tags, all, len(cands), ents, typedSent, ids,
			func(ms []int, p, q int) bool { return skipPair(text, all, ms, p, q) },
			func(a, b int) bool { return linked[[2]int{a, b}] }, x.pairSink)
	}
	out = dropGenericRaiders(out, ids, ents)
	out = dropParentSanctioners(out, ids, ents)
	out = dropLesserPosts(out) // one_post.go
	// Co-mentions, bounded per document.
	n := 0
	seen := map[[2]int]bool{}
	for si := range sents {
		ms := bySent[si]
		if len(ms) > 8 {
			ms = ms[:8]
		}
		for p := 0; p < len(ms) && n < x.maxCoMen; p++ {
			for q := p + 1; q < len(ms) && n < x.maxCoMen; q++ {
				a, b := cands[ms[p]].ent, cands[ms[q]].ent
				if a == b || linked[[2]int{a, b}] || seen[[2]int{a, b}] {
					continue
				}
				seen[[2]int{a, b}], seen[[2]int{b, a}] = true, true
				s, o := ids[a], ids[b]
				if s == o {
					continue
				}
				if s > o {
					s, o = o, s
				}
				quote := strings.TrimSpace(text[sents[si].s:sents[si].e])
				if len(quote) > 600 {
					continue
				}
				out = append(out, model.Relation{Subject: s, Predicate: model.MentionedWith, Object: o, Grade: model.CoMentioned, Quote: quote, Confidence: 0.3})
				n++
			}
		}
	}
	return out
}

func round2(f float64) float64 { return float64(int(f*100+0.5)) / 100 }

// pair reads the relation between mentions ms[p] (first) and ms[q] (second) of one sentence from
// the words between them.
func (x *Extractor) pair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add, addAppos func(a, b int, pred string, conf float64), setRole func(string)) {
	if setRole == nil {
		setRole = func(string) {}
	}
	ca, cb := cands[ms[p]], cands[ms[q]]
	a, b := ca.ent, cb.ent
	if a == b || cb.s < ca.e {
		return
	}
	if firmAddress(text, ents, ca, cb) || possessedOffice(text, ents, ca, cb) {
		add(a, b, model.LocatedIn, 0.7) // "X (registered address: No. 12, Street 271, Phnom Penh)" (firm_addresses.go)
		return
	}
	if q == p+1 && ownOffice(text, ents, ca, cb) {
		add(a, b, model.LocatedIn, 0.7) // "X did not respond to questions sent to its office in Y" (own_offices.go)
		return
	}
	// "the Cambodian National Police, acting on information from the Department of Special
	// Investigation, raided X": the body inside the inserted phrase only informed; the one
	// before it acts. "the CIDG, with support from the PAOCC, raided X": both act.
	if p > 0 && ents[a].typ == model.Organization {
		prev := cands[ms[p-1]]
		if prev.ent >= 0 && prev.ent != a && ents[prev.ent].typ == model.Organization && prev.e <= ca.s {
			if m := reActorAside.FindStringSubmatch(strings.ToLower(text[prev.e:ca.s])); m != nil {
				actor := prev.ent
				if m[1] == "" {
					a = actor // the informant is no actor
				} else {
					inner, innerAppos := add, addAppos
					add = func(s, o int, pred string, conf float64) {
						inner(s, o, pred, conf)
						if s == ca.ent && pred == model.Raided {
							inner(actor, o, pred, conf)
						}
					}
					addAppos = func(s, o int, pred string, conf float64) {
						innerAppos(s, o, pred, conf)
						if s == ca.ent && pred == model.Raided {
							innerAppos(actor, o, pred, conf)
						}
					}
				}
			}
		}
	}
	// No pattern reads past an inserted clause of 100 bytes and 90 more: skip long gaps
	// before lower-casing them.
	if cb.s-ca.e > 220 {
		return
	}
	gap := dropPassiveAsides(hedgeFreeGap(strings.ToLower(dropNameParen(definedTermClose(text, ca.s, strings.TrimLeft(text[ca.e:cb.s], ")）")))))) // defined_term_ends.go
	// "Somchai Rattanawong, 52, the owner of": an age set off by commas says nothing of the
	// tie; the apposition after it reads as if it followed the name.
	if m := reAgeAppos.FindString(gap); m != "" && len(m) < len(gap) {
		gap = "," + gap[len(m):]
	}
	// "Lim Heng — the owner of", "Lim Heng (owner of": an apposition (fronted.go).
	gap = dashAppos(gap)
	// "the Phoenix Garden compound in Kampot": the cue word after a name is part of it.
	if f := strings.Fields(gap); len(f) > 0 && compoundFollowers[strings.TrimRight(f[0], ",")] && ents[a].typ == model.Compound {
		gap = " " + strings.TrimLeft(strings.TrimLeft(gap, " ")[len(strings.TrimRight(f[0], ",")):], " ")
	}
	// "Myawaddy Township in Kayin State": the class word after a place is part of it.
	if f := strings.Fields(gap); len(f) > 1 && locationEnds[f[0]] && ents[a].typ == model.Location && (f[1] == "in" || f[1] == "of") {
		gap = " " + strings.TrimLeft(strings.TrimLeft(gap, " ")[len(f[0]):], " ")
	} else if len(f) == 1 && strings.HasSuffix(f[0], ",") && locationEnds[strings.TrimSuffix(f[0], ",")] && ents[a].typ == model.Location && ents[b].typ == model.Location {
		gap = "," // "Chbar Ampov district, Phnom Penh"
	}
	// A possessive determiner standing for a name ("his conglomerate, L.Y.P. Group") reads
	// as that name in the possessive.
	if ca.gaz < 0 && possessivePronouns[strings.ToLower(ca.text)] {
		gap = dropTitlePhraseTail("'s" + gap) // kin_name_leads.go
	}
	adjacent := q == p+1 || q == p+2 && definedTermBetween(text, cands, ms, p) // defined_term_ends.go
	ownAppos := false                                                          // the first name's own apposition was taken out of the gap
	// "A, a cousin of X, was a director of B" and "A, which sits on land leased from X, is
	// protected by B": the words after the inserted clause belong to A.
	{
		// "X Inc., whose president, Huang Zhiwei": the commas set off the role, not a clause.
		rest, ok := afterInsertedClause(gap)
		if ok && strings.Contains(rest, ",") {
			rest = placeRunRest(cands, ents, ms, p, q, rest) // "in Capas, Tarlac, raided by" (place_run_asides.go)
		}
		if ok && !strings.Contains(rest, ",") && !reWhoseRoleSet.MatchString(gap) &&
			!innerRelative(text, rest, cb.s-len(rest)+1, cands, ents, ms, p, q) &&
			!apposOfInnerName(text, cands, ents, ms, p, q, rest, cb.s-len(rest)+1) && // inner_appos.go
			!innerKinBareRole(text, cands, ents, ms, p, q, rest, cb.s-len(rest)+1) && // kin_bare_appos.go
			!placeChainTail(text, cands, ents, ms, p, q) {
			if relativeOfInserted(cands, ents, ms, p, q, rest, cb.s-len(rest)+1) {
				return // "A, a firm run by B, who was ...": the relative takes B (clause_heads.go)
			}
			gap, adjacent, ownAppos = rest, true, true
			restStart := cb.s - len(rest) + 1
			for k := p + 1; k < q; k++ {
				if cands[ms[k]].s >= restStart {
					adjacent = false
				}
			}
		}
	}
	if len(gap) > 90 {
		return
	}
	// A name that ends an inserted clause ("A, a cousin of X, was ...") is not the subject of
	// what follows the clause.
	// So is one with its own apposition after it ("A, the son-in-law of X, a senator, had been
	// appointed director of B": A was appointed).
	if adjacent && (strings.HasPrefix(strings.TrimSpace(gap), ",") || ownAppos) && p > 0 && !placeChainTail(text, cands, ents, ms, p-1, q) {
		before := strings.ToLower(dropNameParen(text[cands[ms[p-1]].e:ca.s]))
		g := gap
		if ownAppos {
			g = "," + gap
		}
		if _, ok := afterInsertedClause(before + "x,"); ok && !strings.Contains(strings.TrimLeft(before, " ,)）")[1:], ",") {
			// An apposition right after it ("..., whose board includes Hun To, a cousin of
			// Hun Manet") still describes that name.
			if (!rePassive.MatchString(g) || mainVerbAfterInserted(g)) && !reApposOpen.MatchString(g) && !firmApposPlace(text, ents, ca, cb, g) &&
				!siteApposPlace(text, ents, ca, cb, g) && // clause_site_places.go
				!(ents[a].typ == model.Person && kinBareAppos(before, g)) { // kin_bare_appos.go
				return
			}
		}
	}
	ta, tb := ents[a].typ, ents[b].typ
	// "the land supposedly belongs to a Karen businessman, X" (land_belongs.go).
	if hedgedBelongs(ta, tb, hedgeFreeGap(strings.ToLower(text[ca.e:cb.s]))) {
		add(b, a, model.Owns, 0.75)
		return
	}
	if whoAfterBody(text, ca, gap, ta) || whoAfterPostPhrase(text, ca, gap) { // prec9_who.go
		return
	}
	if shieldPair(text, ents, ca, cb, gap, add) || raidPair(text, ents, ca, cb, gap, add) || sanctionForms(text, ents, ca, cb, gap, add) || firmPlacePair(text, ents, ca, cb, gap, add) || raidRescuePair(text, ents, ca, cb, gap, add) {
		return // protection through a unit, a mission, a site's parts (shield.go); raids (raids.go)
	}
	if adjacent && (ta == model.Organization || ta == model.Company) && tb == model.Person {
		if w, pred := roleBeforeTitles(text, gap, cb); pred != "" && typed(pred, model.Person, ta, ents[a].name) {
			setRole(w)
			addAppos(b, a, pred, 0.8)
			return
		}
	}
	// "Chit Linn Myaing Co. Ltd., the BGF's main company": the possessor owns the first.
	if adjacent && ta == model.Company && (agentType(tb)) && reOwnedBy.MatchString(strings.ToLower(text[cb.e:min(len(text), cb.e+40)])) &&
		reApposDet.MatchString(gap) {
		addAppos(b, a, model.Owns, 0.75)
		return
	}
	// "the father of Chris Pine's Captain Kirk", "owns Prince Group's casino": a second
	// name that owns the noun after it is not what the words before it speak of.
	if possessiveFollows(text, cb.e) && !(ta == model.Location && (gap == "'s " || gap == "’s ")) {
		// "Chen Meng, Hengda Group's chairman, said": the possessed noun is the first name's
		// role in the second.
		if ta == model.Person && (tb == model.Organization || tb == model.Company || tb == model.Compound) && reApposDet.MatchString(gap) && strings.Contains(gap, ",") {
			if w, pred := possessedRole(text, cb); pred != "" {
				setRole(w)
				addAppos(a, b, pred, 0.85)
			}
		}
		// "Lim Srey, Chen Meng's wife," and "Lim Srey is Chen Meng's sister".
		if ta == model.Person && tb == model.Person && reKinGap.MatchString(gap) {
			if m := reKinAfter.FindStringSubmatch(strings.ToLower(text[cb.e:min(len(text), cb.e+50)])); m != nil {
				// An apposition is the author's; "is X's sister" is a clause attribution governs.
				emit := add
				if strings.Contains(gap, ",") {
					emit = addAppos
				}
				if familyWords[m[1]] {
					emit(a, b, model.FamilyOf, 0.8)
				} else {
					emit(a, b, model.AssociateOf, 0.75)
				}
			}
		}
		return
	}
	// "Chen Meng, whose wife Lim Srey": a relative named through "whose".
	if ta == model.Person && tb == model.Person && strings.Contains(gap, "whose") && reWhoseKin.MatchString(gap) {
		add(a, b, model.FamilyOf, 0.8)
		return
	}
	// "Chen Meng and Chen Li are brothers".
	if ta == model.Person && tb == model.Person && strings.TrimSpace(gap) == "and" && reKinPlural.MatchString(strings.ToLower(text[cb.e:min(len(text), cb.e+40)])) {
		add(a, b, model.FamilyOf, 0.8)
		return
	}
	// Cheap tests (adjacency, types, a word the pattern needs) go before each regexp.
	has := func(subs ...string) bool {
		for _, s := range subs {
			if strings.Contains(gap, s) {
				return true
			}
		}
		return false
	}
	comma := strings.HasPrefix(strings.TrimSpace(gap), ",")
	if !adjacent && q == p+2 && possessedLocus(ents, ca, cb, gap) {
		// "Mae Sot, across the river in Thailand's Tak province": only the possessor
		// stands between (possessed_loci.go).
		add(a, b, model.LocatedIn, 0.6)
		return
	}
	if !adjacent {
		if has(" by", "belong") {
			if m := submatch(rePassive, gap, true); m != nil {
				x.passive(text, cands, ents, ms, p, b, gap, m[1], add)
			}
		}
		return
	}
	if adjacent {
		// "the KNU-owned Mulaei Alin Co.", "a BGF-run compound".
		if m := reHyphenTie.FindStringSubmatch(gap); m != nil {
			x.verbRelation(a, b, ents, m[1], add)
			return
		}
		// "Ly Yong Phat's conglomerate, L.Y.P. Group", "his company, X", "Zhao Wei's Dok Ngiew
		// Kham group": the possessor owns it.
		if (agentType(ta)) && (tb == model.Company || tb == model.Compound) {
			if tb == model.Company && reOwnedPos.MatchString(gap) && !reParentNoun.MatchString(gap) || (gap == "'s " || gap == "’s ") && !possessiveFollows(text, cb.e) && !modifierName(text, cb.e) {
				add(a, b, model.Owns, 0.75)
				return
			}
		}
		// "Shwe Kokko, the development the BGF built": a relative clause whose subject is the
		// second name and whose object is the first.
		if reObjRelHead.MatchString(gap) {
			if m := reObjRelVerb.FindStringSubmatch(strings.ToLower(text[cb.e:min(len(text), cb.e+40)])); m != nil {
				x.verbRelation(b, a, ents, m[1], addAppos)
				return
			}
		}
	}
	// "the Svay Rieng Provincial Police under the command of Brigadier General Keo Vannak"
	if tb == model.Person && ta == model.Organization && has("under the") {
		if m := reUnderCommand.FindStringSubmatch(gap); m != nil {
			// The unit before "of the force" is the one commanded (commanded_units.go); an unnamed
			// unit's commander commands no force (prec10_heads.go).
			if unit := commandedUnit(text, cands, ents, ms, p); unit != ca.ent || !unitOfBefore(text, ca.s) {
				setRole("commander")
				if m[1] == "leadership" {
					setRole("leader")
				}
				addAppos(b, unit, model.Directs, 0.8)
				return
			}
		}
	}
	// "whose sole shareholder is his wife" (false_ties.go); "whose manager, a national she
	// knew as X" (contact_pronouns.go).
	if tb == model.Person && has("whose") && !possessivePronouns[strings.ToLower(cb.text)] && !contactClausePronoun(text, cb) {
		if m := reWhoseRole.FindStringSubmatch(gap); m != nil {
			setRole(m[1])
			if m[1] == "owner" {
				addAppos(b, a, model.Owns, 0.85)
			} else {
				addAppos(b, a, model.Directs, 0.85)
			}
			return
		}
		// "Tri-Star Leisure Solutions Inc., whose president, Huang Zhiwei,", "the Ministry
		// of Public Security, whose deputy minister, Major General X,", "whose general
		// manager is listed as X": any role the role table knows, set off by commas or
		// stated with "is".
		if m := reWhoseRoleSet.FindStringSubmatch(gap); m != nil && ta != model.Person && ta != model.Location {
			if w, pred := rolePhrase(m[1]); pred != "" && typed(pred, model.Person, ta, ents[a].name) {
				setRole(w)
				addAppos(b, a, pred, 0.85)
				return
			}
		}
	}
	if comma && ta == model.Person && tb != model.Person && reOrgThenRole.MatchString(gap) {
		if m := reRoleAfter.FindStringSubmatch(strings.ToLower(text[cb.e:min(len(text), cb.e+40)])); m != nil {
			setRole(m[1])
			if m[1] == "owner" {
				addAppos(a, b, model.Owns, 0.8)
			} else {
				addAppos(a, b, model.Directs, 0.8)
			}
			return
		}
		// "Jacob Sims, a UNODC analyst", "X, a Royal Thai Police officer": any role word.
		if w, pred := roleAfter(strings.ToLower(text[cb.e:min(len(text), cb.e+50)])); pred != "" {
			setRole(w)
			addAppos(a, b, pred, 0.8)
			return
		}
	}
	// "The wife of Chen Meng, Lim Srey, ..." and "the founder of Hengda Holdings, Chen Meng,
	// ...": a role of the first name, then the second name in apposition.
	if comma && tb == model.Person && reLocComma.MatchString(gap) && apposEnds(text, cb.e) {
		if m := reRoleOfBefore.FindStringSubmatch(strings.ToLower(text[max(0, ca.s-60):ca.s])); m != nil {
			w, pred := rolePhrase(m[1])
			switch {
			case ta == model.Person && familyWords[w]:
				addAppos(b, a, model.FamilyOf, 0.8)
				return
			case ta == model.Person && associateWords[w]:
				addAppos(b, a, model.AssociateOf, 0.8)
				return
			case pred != "" && (ta == model.Organization || ta == model.Company || ta == model.Compound):
				setRole(w)
				addAppos(b, a, pred, 0.8)
				return
			}
		}
	}
	// "Jacob Sims of Harvard University", "a researcher from the UNODC": a person of a body
	// works for it (a post named elsewhere in the text may say more).
	if ta == model.Person && (tb == model.Organization || tb == model.Company) && (reOfBody.MatchString(gap) || ofClassedBody(gap)) && !possessiveFollows(text, cb.e) && // classed_sources.go
		!moneyAtBank(text, ca.s, gap, ents[b].name) { // prec10_banks.go
		// "Assistant Attorney General X of the Criminal Division": a leading title heads it.
		if w := headTitleBefore(text, ca.s); w != "" {
			setRole(w)
			add(a, b, model.Directs, 0.7)
			return
		}
		setRole(rankTitleBefore(text, ca.s)) // "Colonel X of the KNA": the rank (rank_titles.go)
		add(a, b, model.EmployedBy, 0.65)
		return
	}
	// "Liu Lizhi, Funnull's administrator": the role follows the second name's possessive.
	if comma && ta == model.Person && tb != model.Person && tb != model.Location && reApposDet.MatchString(gap) {
		if m := rePossRoleAfter.FindStringSubmatch(strings.ToLower(text[cb.e:min(len(text), cb.e+60)])); m != nil {
			f := strings.Fields(m[1])
			for n := len(f); n > 0; n-- {
				if w, pred := rolePhrase(strings.Join(f[:n], " ")); pred != "" {
					setRole(w)
					addAppos(a, b, pred, 0.85)
					return
				}
			}
		}
	}
	if m := submatch(reApposRole, gap, comma); m != nil && !respectivelyAfter(text, cb.e) { // prec_organs.go
		w, pred := rolePhrase(m[1])
		if pred != "" {
			setRole(w)
		}
		switch {
		case pred != "" && tb == model.Person && associateWords[w]:
			addAppos(a, b, model.AssociateOf, 0.85)
			return
		case pred != "":
			addAppos(a, b, pred, 0.9)
			return
		case familyWords[w]:
			addAppos(a, b, model.FamilyOf, 0.85)
			return
		case associateWords[w]:
			addAppos(a, b, model.AssociateOf, 0.8)
			return
		}
	}
	if ta == model.Person && has("is ", "was ", "been ", "became", "becomes", "remain", "serve", "appointed", "named", "elected", "installed", "made", "worked as", "works as") {
		m := submatch(reIsRole, spokenRoleGap(gap), true)
		if m != nil {
			if w, pred := rolePhrase(m[1]); pred != "" && !(tb == model.Person && associateWords[w]) {
				setRole(w)
				add(a, b, pred, 0.85)
				return
			} else if tb == model.Person && associateWords[w] {
				add(a, b, model.AssociateOf, 0.8) // "who was once a driver for Y": Y's man
				return
			}
		}
	}
	if m := submatch(reRoleBefore, gap, tb == model.Person && ta != model.Person); m != nil && !speakerOpensClause(text, gap, cb.e) && !postClausePronoun(cb) {
		// "Hengda Holdings chairman Chen Meng": the author states the role, as in an
		// apposition; what the sentence then says of the person does not hedge it.
		w, pred := rolePhrase(m[1])
		if pred == model.Owns && ta == model.Compound && possessedOwnerVoid(text, cb.e) {
			return // "S's owner, X, sold it to Y", "Who is S's owner, X, or Y?" (possessed_owner_void.go)
		}
		if pred != "" {
			if w2, p2 := whosePostBefore(text, cb.s-len(gap)); p2 != "" {
				w, pred = w2, p2 // "whose commander, Colonel X": the post, not the rank (prec10_heads.go)
			}
			setRole(w)
			addAppos(b, a, pred, 0.85)
			return
		}
		// "a Wa army ally whose commander, X": a relative pronoun starts another noun's clause.
		if (strings.HasSuffix(w, " chairman") || strings.HasSuffix(w, " chief") || strings.HasSuffix(w, " head") || strings.HasSuffix(w, " founder") || strings.HasSuffix(w, " commander") || strings.HasSuffix(w, " director") || strings.HasSuffix(w, " leader")) && !hasRelativeWord(w) {
			setRole(w[strings.LastIndexByte(w, ' ')+1:])
			addAppos(b, a, model.Directs, 0.8)
			return
		}
	}
	possessive := has("'s", "’s")
	if possessive && reFamilyPos.MatchString(gap) {
		add(a, b, model.FamilyOf, 0.85)
		return
	}
	if has(" of") && reFamilyApp.MatchString(gap) {
		addAppos(a, b, model.FamilyOf, 0.85)
		return
	}
	if has("and ") && reFamilyAnd.MatchString(gap) {
		add(a, b, model.FamilyOf, 0.85)
		return
	}
	if possessive && reAssocPos.MatchString(gap) {
		if tb == model.Person {
			add(a, b, model.AssociateOf, 0.8)
		}
		return
	}
	if m := submatch(reAssocApp, gap, has("of ", "to ", "for ")); m != nil {
		if tb == model.Person {
			addAppos(a, b, model.AssociateOf, 0.8)
		} else if w := m[1]; w == "adviser" || w == "advisor" {
			addAppos(a, b, model.EmployedBy, 0.8)
		}
		return
	}
	if ta == model.Person && reMember.MatchString(gap) {
		add(a, b, model.MemberOf, 0.8)
		return
	}
	// "X, a shell company that the Treasury says ...": the noun phrase read from "that" opens
	// X's relative clause; its subject is no holder (reported_relatives.go).
	if has("subsidiar", "unit", "affiliate", "arm", "division", "front", "shell", " by", "linked", "property", "holding", "part of") && reSubsidiary.MatchString(gap) && !reSubsidiaryBetween.MatchString(gap) &&
		!reRelWordOpens.MatchString(text[cb.s:min(len(text), cb.s+8)]) {
		add(b, a, model.Owns, 0.85)
		return
	}
	// "owned by her brother, X": a possessive pronoun names the agent's kin, not the agent.
	if has(" by", "belong") && !possessivePronouns[strings.ToLower(cb.text)] {
		if m := submatch(rePassive, gap, true); m != nil {
			x.passive(text, cands, ents, ms, p, b, gap, m[1], add)
			return
		}
	}
	if m := submatch(reWhoVerb, gap, true); m != nil && !nounModifier(text, cb.e) && !prepObjectBefore(text, ca.s, gap) && !relativeOfTie(text, ca.s, ca.e, gap) {
		if unitOfBodyAfter(text, cb.e, ents[b].typ) {
			if ta == model.Person && commandVerbs[strings.Fields(m[1])[0]] {
				add(a, b, model.MemberOf, 0.75) // "commands a BGF battalion" (prec_blocks.go)
			}
			return
		}
		if h := ofHead(text, cands, ents, ms, p); h >= 0 {
			a = h // "the CID of the police raided X": the unit acts (of_heads.go)
		} else if h := apposOfHead(text, cands, ents, ms, p); h >= 0 {
			a = h // "X, son of Y, who manages the resort": X manages it (of_heads.go)
		}
		x.verbRelation(a, b, ents, m[1], add)
		return
	}
	// "Thai police and soldiers raided X", "Myanmar junta troops raided X": a body's members
	// act for it.
	if ta == model.Organization {
		if loc := reBodyMembers.FindStringIndex(gap); loc != nil {
			if m := reWhoVerb.FindStringSubmatch(" " + gap[loc[1]:]); m != nil && actsForBody[strings.Fields(m[1])[0]] {
				x.verbRelation(a, b, ents, m[1], add)
				return
			}
		}
	}
	// "owned and operated": each verb of a coordination takes the object.
	if m := reVerbAnd.FindStringSubmatchIndex(gap); m != nil {
		fired := false
		ranOff := ranAway(gap[m[2]:m[3]], gap[m[4]:m[5]])
		for _, v := range [][2]int{{m[2], m[3]}, {m[4], m[5]}} {
			if ranOff && (gap[v[0]:v[1]] == "ran" || gap[v[0]:v[1]] == "run") {
				fired = true // "ran and fled X": ran away, not ran the site (ran_away.go)
				continue
			}
			if mm := reWhoVerb.FindStringSubmatch(gap[:m[0]] + " " + gap[v[0]:v[1]] + gap[m[5]:]); mm != nil {
				x.verbRelation(a, b, ents, mm[1], add)
				fired = true
			}
		}
		if fired {
			return
		}
	}
	// "The DKBA provides security for Golden Sands Park".
	if (agentType(ta)) && (tb == model.Compound || tb == model.Company) && reProvidesSecurity.MatchString(gap) {
		add(a, b, model.Protects, 0.8)
		return
	}
	// "Hengda Holdings ran scam operations inside Golden Sands Park", "operated out of".
	if tb == model.Compound && ta != model.Location && reOpsAt.MatchString(gap) && !enforcer(ents[a]) {
		add(a, b, model.Operates, 0.75)
		return
	}
	// "the raid on Golden Sands Park by the Cambodian National Police".
	if ta == model.Compound && (tb == model.Organization || tb == model.Person) && reByAgent.MatchString(gap) && reRaidBefore.MatchString(strings.ToLower(text[max(0, ca.s-40):ca.s])) {
		add(b, a, model.Raided, 0.8)
		return
	}
	// "Sok Dara is Hengda Holdings' chief financial officer".
	if ta == model.Person && (tb == model.Organization || tb == model.Company || tb == model.Compound) && reIsPoss.MatchString(gap) {
		if w, pred := possessedRole(text, cb); pred != "" {
			setRole(w)
			add(a, b, pred, 0.85)
			return
		}
	}
	// "Chen Meng, Hengda Holdings' founder, spoke": a plural-looking name's bare apostrophe.
	if comma && ta == model.Person && (tb == model.Organization || tb == model.Company) && reApposDet.MatchString(gap) && strings.HasSuffix(cb.text, "s") {
		if w, pred := possessedRole(text, cb); pred != "" {
			setRole(w)
			addAppos(a, b, pred, 0.85)
			return
		}
	}
	if has("raid", "crackdown", "operation", "sweep", "assault", "offensive") && (reRaidOn.MatchString(gap) || ta == model.Organization && reRaidAct.MatchString(gap)) && !reSpeechIn.MatchString(gap) {
		add(a, b, model.Raided, 0.8)
		return
	}
	if has("sanction", "penalt", "restriction") && reSanctOn.MatchString(gap) {
		add(b, a, model.SanctionedBy, 0.8)
		return
	}
	// "X is being designated pursuant to E.O. 13818 for being owned or controlled by Y".
	if has("being") && reBeingOwned.MatchString(gap) && !strings.Contains(gap, ",") && (agentType(tb)) {
		add(b, a, model.Owns, 0.85)
		return
	}
	// "OFAC's sanctions against Hengda Holdings".
	if possessive && reSanctPoss.MatchString(gap) {
		add(b, a, model.SanctionedBy, 0.8)
		return
	}
	// "Hengda Holdings was added to the OFAC sanctions list", "Chen Meng has been under US
	// sanctions": the list or the sanctions are the second name's.
	if (has("added", "named", "listed", "placed", "under")) && reOnList.MatchString(gap) && reListAfter.MatchString(strings.ToLower(text[cb.e:min(len(text), cb.e+40)])) {
		add(a, b, model.SanctionedBy, 0.8)
		return
	}
	if comma && tb == model.Person && (ta == model.Company || ta == model.Compound) && reInWhichGap.MatchString(gap) &&
		reInWhichStake.MatchString(strings.ToLower(text[cb.e:min(len(text), cb.e+60)])) {
		add(b, a, model.Owns, 0.8)
		return
	}
	// "Chen Meng, whom the US Treasury sanctioned in 2024": an object relative clause.
	if comma && (reObjRel.MatchString(gap) || reObjRelNoun.MatchString(gap)) {
		if m := reObjRelVerb2.FindStringSubmatch(strings.ToLower(text[cb.e:min(len(text), cb.e+40)])); m != nil {
			x.verbRelation(b, a, ents, m[1], add)
			return
		}
	}
	if sitePair(text, ents, ca, cb, gap, add) || protectsPair(text, ents, ca, cb, gap, add) || sanctionPair(text, ents, ca, cb, gap, add) ||
		sanctionRelativePair(text, ents, ca, cb, gap, add) { // sanction_relatives.go
		return
	}
	if has("protection", "guarded", "protected", "patrolled", "secured", "backing", "blessing", "support", "patronage", "control of") && reProtectOf.MatchString(gap) {
		// Backing a company is investment or politics; only a site is shielded by it.
		if ta != model.Compound && (has("backing", "blessing", "support", "control of")) {
			return
		}
		add(b, a, model.Protects, 0.8)
		return
	}
	if countryPlace(text, ents, ca, cb, gap) || countryTown(ents, ca, cb, gap) {
		// "Myanmar's Karen State", "opposite Thailand's Tak province": a country's own place.
		add(b, a, model.LocatedIn, 0.7)
		return
	}
	if tb == model.Location && ta != model.Person {
		x.locatedIn(text, ents, ca, cb, gap, add)
		return
	}
	// "the Bangkok-based Red Kite Ventures" and "Cambodia's Huione Group": the place
	// qualifies the name that follows it directly.
	if ta == model.Location && tb != model.Person {
		// "Thailand's Department of Special Investigation" names the state a body belongs
		// to, not where it stands: no LOCATED_IN for an organization from the possessive.
		if (reBasedBefore.MatchString(gap) || (gap == "'s " || gap == "’s ") && tb != model.Location && tb != model.Organization) && !modifierName(text, cb.e) {
			add(b, a, model.LocatedIn, 0.6)
		} else if tb == model.Company && (placeFirmBefore(text, ca.s, gap) || placeFirmNoun(text, ca.s, gap) || firmCalledAfterPlace(text, ca.s, gap)) {
			// "a Jakarta employment agency, PT Cahaya", "a Macau-based operator, Lucky Star".
			add(b, a, model.LocatedIn, 0.65)
		}
	}
}

// possessedRole reads the role a name's possessive introduces: "Hengda Group's chairman",
// "Hengda Holdings' chief financial officer".
func possessedRole(text string, cb candidate) (string, string) {
	after := strings.ToLower(text[cb.e:min(len(text), cb.e+60)])
	if itsBefore(text, cb.e) {
		after = "'s" + after
	} else if strings.HasSuffix(cb.text, "s") && (strings.HasPrefix(after, "' ") || strings.HasPrefix(after, "’ ")) {
		after = "'s" + after[strings.IndexByte(after, ' '):]
	}
	m := rePossRoleAfter.FindStringSubmatch(after)
	if m == nil {
		return "", ""
	}
	f := strings.Fields(m[1])
	for n := len(f); n > 0; n-- {
		if w, pred := rolePhrase(strings.Join(f[:n], " ")); pred != "" {
			if pred == model.Directs && fieldAfterPost(f[n:]) {
				return strings.Join(f, " "), model.EmployedBy // "'s director of human resources" (prec_blocks.go)
			}
			return w, pred
		}
	}
	return "", ""
}

// reProvidesSecurity is protection given as a service: "provides security for", "provided
// armed protection to".
var reProvidesSecurity = regexp.MustCompile(`^\s*,?\s*(?:(?:which|that|who)\s+)?(?:(?:also|allegedly|reportedly|has|have|had|long)\s+)*(?:provides|provided|provide|providing|offers|offered|gives|gave)\s+(?:armed\s+)?(?:security|protection|guards)\s+(?:for|to|at)\s+(?:the\s+)?$`)

// reOpsAt is a business run at a site: "ran scam operations inside", "leased space at",
// "operated out of".
var reOpsAt = regexp.MustCompile(`^\s*(?:(?:also|allegedly|reportedly|had|has|have|later|once)\s+)*(?:(?:ran|runs|run|operated|operates|operate|managed|manages|oversaw|oversees|controlled|controls|set\s+up|established|rented|leased|rents|leases)\s+(?:its\s+|their\s+|his\s+|her\s+|the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?(?:operations?|centres?|centers?|businesses|business|buildings?|offices?|space|premises|floors?|blocks?|rooms|dormitories)|(?:ran|runs|operated|operates|operating)\s+out)\s+(?:in|at|inside|within|from|of)\s+(?:the\s+)?$`)

// Family ties read through a possessive, "whose" or a plural predicate.
var (
	reKinGap    = regexp.MustCompile(`^\s*(?:,\s*(?:the\s+)?|(?:is|was)\s+(?:also\s+)?)$`)
	reKinAfter  = regexp.MustCompile(`^['’]s\s+(?:(?:eldest|youngest|younger|elder|older|late|longtime|long-time|close|former|business)\s+)?(` + kinWords + `|partner|associate|ally|aide|confidant|` + actingForAlt + `)\s*(?:[,.;)]|$|\s+(?:and|who|since|until|from|in|was|is|has|had|said|told|fled)\b)`)
	reWhoseKin  = regexp.MustCompile(`^\s*,\s*whose\s+(?:(?:eldest|youngest|younger|elder|older|late)\s+)?(` + kinWords + `)\s*,?\s*$`)
	reKinPlural = regexp.MustCompile(`^\s+(?:are|were)\s+(?:also\s+)?(?:brothers|sisters|siblings|cousins|married|husband\s+and\s+wife|a\s+married\s+couple)\b`)
)

// reVerbAnd is a coordination of two verbs after a name: "owned and operated".
var reVerbAnd = regexp.MustCompile(`^\s*(?:,\s*(?:who|which|that)\s+)?(?:also\s+|allegedly\s+|reportedly\s+)?([a-z]+(?:ed|s)|built|ran|run|own|set up)\s+and\s+([a-z]+(?:ed|s)|built|ran|run|own|set up)\s`)

// reByAgent and reRaidBefore read "the raid on X by Y".
var (
	reByAgent    = regexp.MustCompile(`^\s*by\s+(?:the\s+)?$`)
	reRaidBefore = regexp.MustCompile(`\b(?:raids?|crackdown|operation|sweep|assault)\s+(?:on|at|against|targeting)\s+(?:the\s+)?$`)
	reIsPoss     = regexp.MustCompile(`^\s*(?:is|was|became|remains|has\s+been|had\s+been)\s+(?:also\s+|now\s+|still\s+)?$`)
)

// reBeingOwned ends a designation's grounds: "for being owned or controlled by".
var reBeingOwned = regexp.MustCompile(`^\s*(?:is|was|were|are|has\s+been|had\s+been|have\s+been)\s+(?:also\s+)?(?:being\s+)?(?:designated|sanctioned|listed)\s+(?:pursuant\s+to\s+(?:e\.o\.|executive\s+order)\s+\d+\s+)?(?:for|as)\s+being\s+(?:owned|controlled)(?:\s+or\s+(?:controlled|owned))?\s+by\s+(?:the\s+)?$`)

// Sanctions told through a list, a possessive or an object relative clause.
var (
	reSanctPoss   = regexp.MustCompile(`^['’]s\s+(?:new\s+|fresh\s+|latest\s+|earlier\s+)?(?:sanctions|designation|designations)\s+(?:against|on|of|targeting)\s+(?:the\s+)?$`)
	reOnList      = regexp.MustCompile(`^\s*(?:(?:was|were|has\s+been|have\s+been|had\s+been|is|are|remains|remain)\s+(?:also\s+|later\s+|since\s+)?(?:added|named|listed|placed)\s+(?:to|on)\s+(?:the\s+)?|(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains|remain|came)\s+under\s+)$`)
	reListAfter   = regexp.MustCompile(`^(?:['’]s)?\s+(?:sanctions|specially\s+designated\s+nationals|sdn|blacklist|consolidated\s+list)\b`)
	reObjRel      = regexp.MustCompile(`^\s*,\s*(?:whom|which)\s+(?:the\s+)?$`)
	reObjRelVerb2 = regexp.MustCompile(`^\s+(?:has\s+|had\s+|have\s+|also\s+|later\s+|is\s+|are\s+|further\s+|today\s+)*(sanctioned|designated|blacklisted|designating|sanctioning|raided|built|developed|owns|owned|runs|ran|operates|operated|controls|controlled|protects|protected|guards|guarded|bought|acquired|purchased)\b`)
	// reInWhichStake reads "Seaview Star Construction Co., Ltd., in which Hak Sopheak holds a
	// 60 percent stake": the gap before the person, then the words after the person.
	reInWhichGap   = regexp.MustCompile(`^\s*,\s*in\s+which\s+(?:the\s+)?(?:(?:tycoon|businessman|businesswoman|oknha|neak|senator|general|mr\.?|ms\.?|mrs\.?)\s+){0,3}$`)
	reInWhichStake = regexp.MustCompile(`^\s+(?:also\s+|still\s+|reportedly\s+|allegedly\s+)?(?:holds|held|has|had|owns|owned|acquired|bought)\s+(?:a\s+|an\s+)?(?:\d+(?:\.\d+)?\s*(?:percent|per\s+cent|%)\s+|majority\s+|minority\s+|controlling\s+|large\s+|significant\s+)?(?:stake|share|shares|interest|equity)\b`)
)

// reBodyMembers are a body's members after its name: "troops", "and soldiers".
var reBodyMembers = regexp.MustCompile(`^\s*(?:and\s+|['’]s\s+(?:armed\s+)?)?(?:troops|soldiers|men|officers|forces|police|agents|officials|units|personnel|fighters|militiamen|security\s+forces)\s`)

// actsForBody are the verbs whose act by a body's members is the body's.
var actsForBody = set("raided", "raid", "stormed", "raiding", "protects", "protected", "protect", "guards", "guarded", "guard", "protecting", "shields", "shielded")

// reRoleOfBefore is a role of a name, read before it: "the wife of ", "the founder of the ".
var reRoleOfBefore = regexp.MustCompile(`(?:^|[\s(])(?:the|a|an|his|her|its|their)\s+([a-z][a-z\- ]{1,40}?)\s+(?:of|at|for|to)\s+(?:the\s+)?` + titleRun + `$`)

// roleOfBefore reports a role of the name that follows the sentence's text so far
// (reRoleOfBefore), its first word read in lower case ("The wife of ").
func roleOfBefore(before string) bool {
	if before != "" && before[0] >= 'A' && before[0] <= 'Z' {
		before = string(before[0]+'a'-'A') + before[1:]
	}
	return reRoleOfBefore.MatchString(before)
}

// apposEnds reports that a name in apposition closes it: a comma and a lower-case word (",
// was arrested", ", who"), or a full stop, but not a list (", Z and W" or "and W").
func apposEnds(text string, end int) bool {
	rest := strings.TrimLeft(text[end:min(len(text), end+30)], " ")
	if rest == "" || rest[0] == '.' || rest[0] == ';' {
		return true
	}
	if rest[0] != ',' {
		return false
	}
	f := strings.Fields(rest[1:])
	return len(f) > 0 && f[0] != "and" && f[0] != "or" && strings.ToLower(f[0]) == f[0] && f[0][0] >= 'a' && f[0][0] <= 'z'
}

// submatch returns re's submatches in s when pre holds and re matches; the plain match test
// first is cheaper on the many gaps that do not match.
func submatch(re *regexp.Regexp, s string, pre bool) []string {
	if !pre || !re.MatchString(s) {
		return nil
	}
	return re.FindStringSubmatch(s)
}

// possessiveFollows reports a possessive 's right after a name, unless what it owns is the
// whole of its business ("directed Prince Group's scam operations" speaks of Prince Group).
func possessiveFollows(text string, end int) bool {
	rest := text[end:min(len(text), end+48)]
	if !strings.HasPrefix(rest, "'s") && !strings.HasPrefix(rest, "’s") {
		return false
	}
	f := strings.Fields(strings.ToLower(rest))
	for i := 1; i < len(f) && i <= 3; i++ {
		w := strings.TrimRight(f[i], ".,;:")
		// The noun must end the phrase: "business partner" is a partner.
		if wholeBusiness[w] && (w != f[i] || i+1 == len(f) || phraseEnders[f[i+1]]) {
			return false
		}
	}
	return true
}

// phraseEnders start what follows a noun phrase.
var phraseEnders = set("in", "of", "from", "at", "for", "and", "to", "with", "through", "across", "on", "since",
	"until", "while", "when", "before", "after", "but", "or", "as", "that", "which", "who")

// wholeBusiness are nouns for all that an organisation does.
var wholeBusiness = set("operations", "business", "businesses", "affairs", "activities", "empire")

// modifierName reports a name used as a modifier of the noun after it ("Britain's Prince
// Group sanctions", "China's KK Park crackdown"): the possessive then belongs to that noun.
func modifierName(text string, end int) bool {
	rest := text[end:min(len(text), end+40)]
	f := strings.Fields(rest)
	if len(f) == 0 {
		return false
	}
	return modifiedNouns[strings.ToLower(strings.Trim(f[0], ".,;:!?\"'’”)"))]
}

// modifiedNouns follow a name that only modifies them.
var modifiedNouns = set("sanction", "sanctions", "crackdown", "crackdowns", "ban", "bans", "raid", "raids", "designation",
	"designations", "case", "cases", "probe", "probes", "investigation", "investigations", "deal", "deals", "scandal",
	"indictment", "collapse", "shutdown", "closure", "links", "ties", "network", "networks", "empire", "saga", "affair",
	"listing", "ruling", "action", "actions", "measures", "report", "reports", "trial", "charges", "arrest", "arrests",
	"extradition", "assets", "funds", "accounts", "victims", "workers", "survivors", "operations", "executives",
	"bosses", "staff", "employees", "officials", "leaders", "members", "fighters", "troops", "soldiers", "militia",
	"page", "pages", "account", "profile", "profiles", "channel", "feed", "post", "posts", "chat", "app", "ads", "advert", "adverts")

// passive reads "A is owned by B" (the gap between ms[p] and the agent b matched rePassive,
// verb is its verb) as b's relation to A.
func (x *Extractor) passive(text string, cands []candidate, ents []*docEntity, ms []int, p, b int, gap, verb string, add func(a, b int, pred string, conf float64)) {
	if verb == "" {
		verb = "owned" // "belongs to"
	}
	verb = landOwnedVerb(gap, clauseVerb(gap, verb)) // defined_terms.go
	if otherParticiple(gap, verb) || enclosingSubject(text, cands[ms[p]].s) || landmarkParticiple(gap, verb) {
		return // prec10_passives.go
	}
	if namedOfHead(text, cands, ents, ms, p, gap) {
		return // "Battalion 1023 of the BGF, led by Y": either's (of_head_participles.go)
	}
	// "X, who owns A, was sanctioned by B": the passive belongs to X, not A. An apposition
	// after A ("A, a firm chaired by B") describes A itself.
	if strings.HasPrefix(strings.TrimSpace(gap), ",") && p > 0 && !reDescriptionOpen.MatchString(gap) {
		before := strings.ToLower(text[cands[ms[p-1]].e:cands[ms[p]].s])
		if strings.Contains(before, ", who ") || strings.Contains(before, ", which ") || reApposOpen.MatchString(before) {
			x.verbRelation(b, cands[ms[p-1]].ent, ents, verb, add)
			return
		}
	}
	if managesFirm(verb, ents[b].typ, ents[cands[ms[p]].ent].typ) {
		add(b, cands[ms[p]].ent, model.Directs, 0.8) // managed_by.go
		return
	}
	x.verbRelation(b, cands[ms[p]].ent, ents, verb, add)
}

// locatedIn reads "A located in B", "A, a firm registered in B", "the A compound in B" and
// "A, B" (a place, then the larger place). The pattern must cover the whole gap, so "in B"
// attaches to A only when nothing but location words stands between them, never across a
// clause. "near", "outside" and the like say where a site is only when B is not a country
// ("near Myawaddy", but "near Thailand" is across a border).
func (x *Extractor) locatedIn(text string, ents []*docEntity, ca, cb candidate, gap string, add func(a, b int, pred string, conf float64)) {
	a, b := ca.ent, cb.ent
	ta := ents[a].typ
	if agentInPlace(text, ents, ca, gap) {
		return // "warrants issued by the Criminal Court in Bangkok" (agent_places.go)
	}
	if c := moreLocus(text, ents, ca, cb, gap); c != 0 {
		if c > 0 {
			add(a, b, model.LocatedIn, c)
		}
		return
	}
	m := reLocated.FindStringSubmatch(gap)
	if m == nil {
		switch {
		case ta == model.Location && reCapitalOf.MatchString(gap):
			// "Mong Hpa, the capital of the Lwe Kham Self-Administered Zone"
			add(a, b, model.LocatedIn, 0.8)
		case isCountry(ents[a].name):
			// a country is in no other place
		case reLocComma.MatchString(gap) && (ta == model.Compound || ta == model.Location) && !largerAreaFirst(text, ents, ca, cb) && (closesPhrase(text, placeEnd(text, cb.e)) || apposedPlace(text, placeEnd(text, cb.e)) && (isCountry(ents[b].name) || ta == model.Location) ||
			ta == model.Location && locativeBefore(text, ca.s) && strings.HasPrefix(strings.TrimLeft(text[placeEnd(text, cb.e):], " "), ",")):
			// "in Sihanoukville, Cambodia." and "from Mae Sot, Thailand, into ..."
			add(a, b, model.LocatedIn, 0.6)
		case ta != model.Location && apposLocus(gap, ents[b].name):
			// "Lucky Horizon Resort, a casino and residential compound in Sihanoukville"
			add(a, b, model.LocatedIn, 0.7)
		case reApposBased.MatchString(gap) && ta != model.Location && reBasedAfter.MatchString(text[cb.e:min(len(text), cb.e+24)]):
			// "Red Kite Ventures, the Bangkok-based broker"
			add(a, b, model.LocatedIn, 0.7)
		case ta == model.Location && (reKindOf.MatchString(gap) || strings.TrimSpace(gap) == "of" && kindOfTown[wordAfter(text, ca.e)]) && locativeBefore(text, ca.s):
			// "at his home in Mae Sot district of Tak province"
			add(a, b, model.LocatedIn, 0.6)
		}
		return
	}
	verb, prep := m[1], m[2]
	if nearOnly(prep) {
		return // "near Myawaddy", "close to the border": not in it
	}
	if ta == model.Location && isCountry(ents[a].name) {
		return // a country is in no other place
	}
	if prep != "in" && prep != "at" && !strings.HasSuffix(prep, " in") && isCountry(ents[b].name) {
		return
	}
	if ta == model.Location && verb == "" && roadIn(text, ca.s, ents[a].name, gap, ents[b].name) && !isCountry(ents[b].name) {
		add(a, b, model.LocatedIn, 0.6) // "on Taft Avenue in Pasay City" (road_places.go)
		return
	}
	if ta == model.Location && verb == "" && prep == "in" && strings.TrimSpace(gap) == "in" && locativeBefore(text, ca.s) &&
		(isCountry(ents[b].name) || namesKindOfPlace(text, cb.text, cb.e) || namesKindOfPlace(text, ents[b].name, cb.e)) {
		// "on the outskirts of Bavet in Svay Rieng province", "opposite Chiang Saen in
		// Thailand": a place that is itself where something is, then "in" and a larger
		// place the text marks as one (a country, or a name with its province or district).
		add(a, b, model.LocatedIn, 0.6)
		return
	}
	switch {
	case verb == "located" || verb == "based" || verb == "situated" || verb == "headquartered" ||
		verb == "registered" || verb == "incorporated" || verb == "lies" || verb == "lay" || verb == "sits" || verb == "sat" ||
		verb == "stands" || verb == "stood" || verb == "nestled" || verb == "perched":
		if (verb == "sits" || verb == "sat" || verb == "stands" || verb == "stood") && ta != model.Compound {
			return
		}
		if ta == model.Location && verb != "located" && verb != "situated" {
			return
		}
		add(a, b, model.LocatedIn, 0.85)
	case ta == model.Compound || firmApposIn(ents, ca, cb, gap, verb):
		add(a, b, model.LocatedIn, 0.7)
	}
}

// reKindOf is the gap in "Mae Sot district of Tak province": the first place's kind, then
// the larger place it belongs to.
var reKindOf = regexp.MustCompile(`^\s+(?:district|province|township|town|city|village|commune|county|municipality|sub-district|subdistrict)\s+of\s+(?:the\s+)?$`)

// kindOfTown are the class words of "Mae Sot district of Tak province" that the gap
// reading drops before it reaches locatedIn.
var kindOfTown = set("district", "township", "town", "city", "village", "commune", "county", "municipality", "sub-district", "subdistrict")

// locativeBefore reports a place name that itself stands where something is: after "in",
// "of", "near", "outside", "at", "opposite" or "around" (a leading "the" aside), not after
// "from" or a verb, so "officials from Bangkok in Mae Sot" is no place inside another.
func locativeBefore(text string, start int) bool {
	f := strings.Fields(text[max(0, start-40):start])
	if n := len(f); n > 0 && strings.EqualFold(f[n-1], "the") {
		f = f[:n-1]
	}
	if len(f) == 0 {
		return false
	}
	switch strings.ToLower(f[len(f)-1]) {
	case "in", "of", "near", "outside", "at", "opposite", "around":
		return true
	}
	return false
}

// namesKindOfPlace reports a place whose name or the word after it says it is a province,
// state, district or region ("Svay Rieng province", "Shan State").
func namesKindOfPlace(text, name string, end int) bool {
	if w := wordAfter(text, end); w != "" && kindWords[w] {
		return true
	}
	f := strings.Fields(strings.ToLower(name))
	return len(f) > 1 && kindWords[f[len(f)-1]]
}

// kindWords name administrative areas larger than a town.
var kindWords = set("province", "state", "district", "region", "prefecture", "county", "division")

// apposedPlace reports a place set off by commas ("Mae Sot, Thailand, into"): a comma
// follows it and no verb comes right after that comma.
func apposedPlace(text string, end int) bool {
	rest := strings.TrimLeft(text[end:min(len(text), end+30)], " \t")
	if !strings.HasPrefix(rest, ",") {
		return false
	}
	f := strings.Fields(rest[1:])
	if len(f) == 0 {
		return true
	}
	w := strings.ToLower(strings.Trim(f[0], ".,;:"))
	return !verbsAfterPlace[w]
}

// verbsAfterPlace open a clause whose subject the place would be: "KK Park, Thailand, said".
var verbsAfterPlace = set("said", "says", "told", "reported", "announced", "is", "was", "are", "were", "has", "have", "had",
	"denied", "confirmed", "added", "stated", "warned")

// closesPhrase reports that a name ends its phrase: punctuation other than a comma, or the
// end of the text, follows it ("in Sihanoukville, Cambodia." but not "KK Park, Thailand said").
func closesPhrase(text string, end int) bool {
	rest := strings.TrimLeft(text[end:min(len(text), end+8)], " \t")
	if rest == "" || rest[0] == '\n' {
		return true
	}
	switch rest[0] {
	case '.', ';', ':', ')', '!', '?':
		return true
	}
	return false
}

// rolePhrase finds the role in an apposition's words ("the former chief executive" ->
// "chief executive") by trying ever shorter endings, and returns it with the predicate
// roleWords gives it ("" when it is not a role, though it may be a family or associate word).
// Only modifiers may precede the role: ", is the chairman of" is no apposition.
func rolePhrase(words string) (string, string) {
	// "founder and chairman", "chairman and CEO": each role of a coordination is held; the
	// first that is a role names it.
	if first, second, ok := strings.Cut(strings.TrimSpace(words), " and "); ok && !strings.Contains(second, " and ") {
		if w, pred := rolePhrase(first); pred != "" {
			if w2, pred2 := rolePhrase(second); pred2 != "" || familyWords[w2] || associateWords[w2] {
				return w, pred
			}
		}
	}
	f := strings.Fields(strings.TrimSpace(words))
	for i := range f {
		if i > 0 && !roleModifiers[f[i-1]] && !demonyms[f[i-1]] {
			break
		}
		w := strings.Join(f[i:], " ")
		if pred, ok := roleWords[w]; ok {
			return w, pred
		}
		if pred, ok := roleWords[strings.ReplaceAll(w, "-", " ")]; ok {
			return w, pred
		}
		// "Two senior KNU leaders, A and B": a plural role is each one's.
		if sing, ok := strings.CutSuffix(w, "s"); ok && len(sing) > 3 && roleWords[sing] != "" && !strings.HasSuffix(sing, "s") {
			return sing, roleWords[sing]
		}
		if familyWords[w] || associateWords[w] {
			return w, ""
		}
	}
	if w, pred := fieldPost(f); pred != "" {
		return w, pred // "finance manager" (post_fields.go)
	}
	return strings.Join(f, " "), ""
}

// roleModifiers are the words roleMods allows before a role.
var roleModifiers = set("a", "an", "the", "its", "his", "her", "their", "former", "then", "then-", "longtime", "long-time",
	"current", "acting", "founding", "chief", "senior", "top", "powerful", "alleged", "reputed", "self-styled", "de",
	"facto", "ex-", "key", "close", "personal", "one", "another", "co", "deputy", "vice", "executive", "general",
	"managing", "major", "permanent", "main", "notorious", "sanctioned", "fugitive", "billionaire", "wealthy",
	"cambodian", "chinese", "thai", "burmese", "myanmar", "karen", "british", "us", "u.s.", "new", "interim",
	"eldest", "youngest", "younger", "elder", "older", "distant", "late", "adopted", "business", "board", "first", "second",
	"largest", "biggest", "sole", "ultimate", "beneficial", "registered", "legal", "nominal", "majority", "minority",
	"controlling", "principal", "primary", "joint", "real", "actual", "true", "overall")

// verbRelation maps a verb between subject a and object b to a predicate by the types.
func (x *Extractor) verbRelation(a, b int, ents []*docEntity, verb string, add func(a, b int, pred string, conf float64)) {
	ta, tb := ents[a].typ, ents[b].typ
	if strings.HasSuffix(verb, " with") {
		// "partnered with", "worked closely with", "conspired with": associates.
		if ta == model.Person && tb == model.Person {
			add(a, b, model.AssociateOf, 0.75)
		}
		return
	}
	v := strings.Fields(verb)[0]
	switch v {
	case "owns", "owned", "own", "co-owns", "bought", "acquired", "purchased", "took", "is", "was", "owning", "holds", "held", "hold", "has", "had":
		if strings.Contains(verb, "operator") && tb == model.Compound {
			add(a, b, model.Operates, 0.85)
		} else {
			add(a, b, model.Owns, 0.85)
		}
	case "controls", "controlled", "control", "controlling":
		switch {
		case tb == model.Compound:
			add(a, b, model.Operates, 0.8)
		case ta == model.Person && tb == model.Organization:
			add(a, b, model.Directs, 0.8)
		default:
			add(a, b, model.Owns, 0.8)
		}
	case "backs", "backed":
		// Backing a site is protection; backing a company is no typed tie (investors,
		// sponsors, political support).
		if tb == model.Compound {
			add(a, b, model.Protects, 0.6)
		}
	case "founded", "co-founded", "established", "set", "founding":
		if tb == model.Compound {
			add(a, b, model.Operates, 0.8)
		} else {
			add(a, b, model.Directs, 0.85)
		}
	case "chairs", "chaired", "heads", "headed", "leads", "led", "directs", "directed", "commands", "commanded", "oversees", "oversaw", "leading", "heading":
		if tb == model.Compound {
			add(a, b, model.Operates, 0.8)
		} else {
			add(a, b, model.Directs, 0.85)
		}
	case "runs", "ran", "run", "running":
		switch {
		case tb == model.Compound:
			add(a, b, model.Operates, 0.85)
		case ta == model.Person:
			add(a, b, model.Directs, 0.8)
		}
	case "operates", "operated", "operate", "operating", "manages", "managed", "managing", "developed", "built":
		// Only a site is operated in the graph's sense; "SpaceX, which operates Starlink" or
		// "manages the accounts of X" is no ownership, so no typed edge (co-mention only).
		if tb == model.Compound {
			add(a, b, model.Operates, 0.85)
		}
	case "protects", "protected", "protect", "shields", "shielded", "guards", "guarded", "guard", "protecting", "patrols", "patrolled", "patrol":
		add(a, b, model.Protects, 0.85)
	case "raided", "raid", "stormed", "raiding", "targeted":
		add(a, b, model.Raided, 0.85)
	case "sanctioned", "designated", "blacklisted", "sanction", "designate", "designating", "blacklisting", "sanctioning":
		add(b, a, model.SanctionedBy, 0.9)
	case "advises", "advised":
		if tb == model.Person {
			add(a, b, model.AssociateOf, 0.8)
		} else {
			add(a, b, model.EmployedBy, 0.8)
		}
	case "sits", "sat", "serves", "served", "sit", "serve":
		// "sits on the board of": a director.
		if ta == model.Person {
			add(a, b, model.Directs, 0.8)
		}
	case "married":
		if ta == model.Person && tb == model.Person {
			add(a, b, model.FamilyOf, 0.8)
		}
	case "in":
		// "in charge of"
		if tb == model.Compound {
			add(a, b, model.Operates, 0.8)
		} else if ta == model.Person {
			add(a, b, model.Directs, 0.8)
		}
	case "works", "worked", "work", "working":
		// "works for": an employee; "worked as a partner for" is no job (false_ties.go).
		if ta == model.Person && !workedAsNonStaff(verb) {
			add(a, b, model.EmployedBy, 0.75)
		}
	case "joined":
		if tb == model.Organization {
			add(a, b, model.MemberOf, 0.75)
		} else {
			add(a, b, model.EmployedBy, 0.7)
		}
	}
}

// Agentless designations and the bodies that sanction.
var (
	// reAgentless follows a designated name: "was designated pursuant to", ", a Cambodian
	// tycoon, was also sanctioned.", and the name in an apposition: "Its chairman, W, was
	// also designated" (a following "by" names the agent: the rules read that).
	reAgentless = regexp.MustCompile(`^\s*(?:\([^()]{0,40}\)\s*)?(?:,[^,.;]{1,80},\s*|,\s*)?(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:also\s+|today\s+|now\s+|being\s+|likewise\s+|similarly\s+)*(?:designated|sanctioned|blacklisted)\b(?:\s+(?:[\w.,-]+\s+){0,3})?`)
	// reSanctioner follows a body that sanctions: "(OFAC) today sanctioned", "imposed sanctions".
	// "is" and "are" go with the progressive only: "X is designated" is a passive.
	reSanctioner = regexp.MustCompile(`^\s*(?:\([^()]{0,40}\)\s*)?(?:(?:(?:has|have|had|today|also|further|on\s+\w+|jointly)\s+)*(?:sanctioned|designated|blacklisted|designating|sanctioning|imposed\s+(?:new\s+)?sanctions)|(?:(?:has|have|had|today|also|further|on\s+\w+|jointly|is|are)\s+)*(?:designating|sanctioning|imposing\s+(?:new\s+)?sanctions))\b`)
)

// agentlessSanctions reads designations that name no agent, giving them the nearest body in
// the same sentence or the three before it that the text says sanctions. emit gets the
// sentence, subject, agent, the agent's sentence and the span read.
func (x *Extractor) agentlessSanctions(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, agentSent, s, e int)) {
	type agent struct{ ent, sent, e int }
	var agents []agent
	for si := range sents {
		ms := bySent[si]
		for i, m := range ms {
			c := cands[m]
			if c.ent < 0 {
				continue
			}
			rest := text[c.e:min(len(text), c.e+120, sents[si].e)]
			t := ents[c.ent].typ
			if (t == model.Organization || t == model.Location && isCountry(ents[c.ent].name)) && reSanctioner.MatchString(rest) {
				agents = append(agents, agent{c.ent, si, c.e})
				continue
			}
			if t == model.Location {
				continue
			}
			loc := reAgentless.FindStringIndex(rest)
			if loc == nil {
				loc = reAlsoDesignated.FindStringIndex(rest) // "W, also designated" (designations.go)
			}
			if loc == nil || strings.Contains(strings.ToLower(rest[:loc[1]]), " by ") || strings.HasPrefix(strings.TrimSpace(strings.ToLower(rest[loc[1]:])), "by ") ||
				roleOfBefore(text[sents[si].s:c.s]) || apposedPostOf(text[sents[si].s:c.s]) {
				// A name after "an officer of" only names the post of who was designated ("X,
				// an officer of the Karen BGF, was also sanctioned").
				continue
			}
			// The nearest body that sanctions, before this name, three sentences back, or
			// further back when the designation names no other kind of post (sanction_chains.go).
			reach := 3
			if !designatedAsNonSanction(rest, loc) {
				reach = agentlessReach
			}
			for k := len(agents) - 1; k >= 0; k-- {
				ag := agents[k]
				if ag.sent < si-reach {
					break
				}
				if ag.ent != c.ent && (ag.sent < si || ag.e <= c.s) {
					emit(si, c.ent, ag.ent, ag.sent, c.s, c.e+loc[1])
					// "A, B and C are being designated": the names listed before share it
					// (designated_subject_lists.go).
					for _, j := range designatedListBefore(text, sents[si].s, cands, ents, ms, i, rest[:loc[1]]) {
						if d := cands[ms[j]]; d.ent != ag.ent {
							emit(si, d.ent, ag.ent, ag.sent, d.s, c.e+loc[1])
						}
					}
					agents = append(agents, agent{ag.ent, si, c.e}) // a run of designations keeps its body
					break
				}
			}
		}
	}
}

// listRelations handles coordinated subjects or objects: "OFAC sanctioned Chen Zhi, Prince
// Group and Jin Bei" and "Chen Zhi and Prince Group were sanctioned by OFAC". add gets the
// span of text the relation was read from.
func (x *Extractor) listRelations(text string, st sentence, tags *sentTags, si int, cands []candidate, ents []*docEntity, ms []int, add func(a, b int, pred string, conf float64, s, e int)) {
	for p := 0; p+1 < len(ms); p++ {
		ca := cands[ms[p]]
		// Find the end of a list starting at p.
		q := p
		conj := false // a conjunction joins the items: a list, not an apposition ("A, B")
		for q+1 < len(ms) && cands[ms[q]].e <= cands[ms[q+1]].s && cands[ms[q]].ent != cands[ms[q+1]].ent {
			gap := strings.ToLower(strings.TrimSpace(text[cands[ms[q]].e:cands[ms[q+1]].s]))
			if g := strings.TrimSuffix(gap, " the"); g == "and" || g == ", and" || g == "as well as" || g == "or" {
				gap = g // "Yatai and the KNA", never the apposition "X, the Y"
			}
			if ents[cands[ms[q+1]].ent].typ == model.Person {
				gap = trimTitles(gap) // "Oknha Sok Vanna and Neak Oknha Lim Chhay"
			}
			if gap == "," || gap == "and" || gap == ", and" || gap == "&" || gap == "as well as" || gap == "or" {
				conj = conj || gap != ","
				q++
				continue
			}
			// "Ly Yong Phat and his conglomerate, L.Y.P. Group": the second is the first's.
			if m := submatch(reCoordPoss, gap, strings.Contains(gap, "and ") || strings.HasPrefix(gap, ",")); m != nil {
				if ownedNouns[m[1]] && !reParentNoun.MatchString(gap) {
					add(cands[ms[q]].ent, cands[ms[q+1]].ent, model.Owns, 0.75, cands[ms[q]].s, cands[ms[q+1]].e)
				}
				// "A, his company B, and C": the list's conjunction may come later.
				conj = conj || strings.Contains(gap, "and ")
				q++
				continue
			}
			break
		}
		// "owned by A and B said ...": a name a verb of speech follows opens a clause.
		if q > p && speechFollows(text, cands[ms[q]].e) {
			q--
		}
		if q == p || !conj || p == 0 && frontedPrepObject(text, st.s, ca.s) || twoClauses(text, cands, ms, p, q) { // prec10_heads.go, clause_pairs.go
			// "A, B" with no conjunction is an apposition, not a list.
			p = q
			continue
		}
		// List followed by a passive verb and an agent.
		if q+1 < len(ms) && cands[ms[q]].e <= cands[ms[q+1]].s && !possessiveFollows(text, cands[ms[q+1]].e) {
			agent := cands[ms[q+1]]
			gap := strings.ToLower(text[cands[ms[q]].e:agent.s])
			if m := submatch(rePassive, gap, true); m != nil {
				for k := p; k <= q; k++ {
					x.verbRelation(agent.ent, cands[ms[k]].ent, ents, m[1], func(a, b int, pred string, conf float64) {
						add(a, b, pred, conf, ca.s, agent.e)
					})
				}
			}
		}
		// List as the subject of an active verb: "Yatai and the KNA built Shwe Kokko".
		if q+1 < len(ms) && cands[ms[q]].e <= cands[ms[q+1]].s && !possessiveFollows(text, cands[ms[q+1]].e) {
			obj := cands[ms[q+1]]
			gap := strings.ToLower(text[cands[ms[q]].e:obj.s])
			if m := submatch(reWhoVerb, gap, true); m != nil && !strings.HasPrefix(strings.TrimSpace(gap), ",") {
				for k := p; k <= q; k++ {
					x.verbRelation(cands[ms[k]].ent, obj.ent, ents, m[1], func(a, b int, pred string, conf float64) {
						add(a, b, pred, conf, ca.s, obj.e)
					})
				}
			}
		}
		// Agent and active verb before the list.
		if p > 0 && cands[ms[p-1]].e <= ca.s {
			prev := cands[ms[p-1]]
			last := cands[ms[q]]
			gap := strings.ToLower(text[prev.e:ca.s])
			if !reWhoVerb.MatchString(gap) {
				// "designated Cambodian senator Ly Yong Phat and ...": read up to the first
				// item's noun phrase.
				if ns, skipped, _ := npStart(text, st, tags.of(si), cands, ms, p, true); ns < ca.s && len(skipped) == 0 && ns >= prev.e {
					gap = strings.ToLower(text[prev.e:ns])
				}
			}
			if m := submatch(reWhoVerb, gap, true); m != nil {
				for k := p; k <= q; k++ {
					x.verbRelation(prev.ent, cands[ms[k]].ent, ents, m[1], func(a, b int, pred string, conf float64) {
						add(a, b, pred, conf, prev.s, last.e)
					})
				}
			} else if reSanctOn.MatchString(gap) {
				for k := p; k <= q; k++ {
					add(cands[ms[k]].ent, prev.ent, model.SanctionedBy, 0.8, prev.s, last.e)
				}
			} else if m := reRoleBefore.FindStringSubmatch(gap); m != nil && ents[prev.ent].typ != model.Person {
				// "KNU leaders, Padoh Saw Kwe Htoo Win and Saw Roger Khin"
				if _, pred := rolePhrase(m[1]); pred != "" && strings.HasSuffix(strings.TrimSpace(m[1]), "s") {
					for k := p; k <= q; k++ {
						if ents[cands[ms[k]].ent].typ == model.Person {
							add(cands[ms[k]].ent, prev.ent, pred, 0.8, prev.s, last.e)
						}
					}
				}
			}
		}
		x.distribute(text, cands, ents, ms, p, q, add)
		p = q
	}
}

// trimTitles drops the title words that end a list's gap before a person's name ("and neak
// oknha" reads "and") when only a conjunction or comma is left ("and its chairman" stays).
func trimTitles(gap string) string {
	f := strings.Fields(gap)
	n := len(f)
	for n > 1 && (titleWords[f[n-1]] || personTitles[f[n-1]]) {
		n--
	}
	switch g := strings.Join(f[:n], " "); g {
	case "and", ",", ", and", "or", ",and":
		return g
	}
	return gap
}

// roleAfter reads a role in the words after a body's name ("analyst", "police officer,"):
// the longest role among the first three words that ends the phrase.
func roleAfter(rest string) (string, string) {
	f := strings.Fields(rest)
	if len(f) > 3 {
		f = f[:3]
	}
	for n := len(f); n > 0; n-- {
		last := f[n-1]
		w := strings.TrimRight(last, ",.;:)")
		ends := w != last || n == len(f) && len(strings.Fields(rest)) == n
		if !ends && n < len(strings.Fields(rest)) {
			nx := strings.Fields(rest)[n]
			ends = phraseEnders[nx] || nx == "said" || nx == "says" || nx == "told" || nx == "who" || nx == "was" || nx == "is"
		}
		if !ends {
			continue
		}
		words := strings.Join(append(append([]string(nil), f[:n-1]...), w), " ")
		if r, pred := rolePhrase(words); pred != "" && r == words {
			return r, pred
		}
	}
	return "", ""
}

// possessivePronouns stand for a name in the possessive when a reference resolves them.
var possessivePronouns = set("his", "her", "its", "their")

// ownedNouns name what a person or company owns: "his conglomerate", "its subsidiary".
var ownedNouns = set("conglomerate", "company", "companies", "firm", "firms", "business", "businesses", "group",
	"empire", "subsidiary", "subsidiaries", "holding", "holdings", "casino", "casinos", "resort", "compound")

// distribute shares what the name before a list, or the name after it, says of one item with
// every item: "Saw Chit Thu and his sons A and B", "run by A and B", "A and B, directors of
// C". It reads the tie of the first (or last) item with the plain rules and gives it to the
// others; places join only a list of places.
func (x *Extractor) distribute(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64, s, e int)) {
	type tie struct {
		a, b int
		pred string
		conf float64
	}
	read := func(i, j int) []tie {
		var got []tie
		rec := func(a, b int, pred string, conf float64) { got = append(got, tie{a, b, pred, conf}) }
		x.pair(text, cands, ents, ms, i, j, rec, rec, nil)
		return got
	}
	share := func(item int, ties []tie, others []int, s, e int) {
		it := cands[ms[item]].ent
		for _, t := range ties {
			for _, k := range others {
				o := cands[ms[k]].ent
				if ents[o].typ == model.Location && ents[it].typ != model.Location || oneSiteInPlaces(t.pred, ents[t.a].typ, ents[o].typ) && !officesIn(text, cands[ms[item]].s) ||
					possessedConjunct(text, cands[ms[k]].s) || kinConjunct(t.pred, text, cands[ms[k]].s) || roadList(t.pred, ents[t.a].name) { // "A and his firm B" (prec_blocks.go, prec_antecedents.go)
					continue
				}
				switch it {
				case t.a:
					add(o, t.b, t.pred, t.conf*0.95, s, e)
				case t.b:
					add(t.a, o, t.pred, t.conf*0.95, s, e)
				}
			}
		}
	}
	var rest []int
	for k := p + 1; k <= q; k++ {
		rest = append(rest, k)
	}
	if p > 0 && cands[ms[p-1]].e <= cands[ms[p]].s && !closedPair(text, cands, ms, p, q) {
		share(p, read(p-1, p), rest, cands[ms[p-1]].s, cands[ms[q]].e)
	}
	if q+1 < len(ms) && cands[ms[q]].e <= cands[ms[q+1]].s {
		var first []int
		for k := p; k < q; k++ {
			first = append(first, k)
		}
		ties := read(q, q+1)
		if singularAppos(text[cands[ms[q]].e:cands[ms[q+1]].s]) {
			ties = nil // "A and B, a member of Y": the apposition is B's alone (singular_appos.go)
		}
		if g := text[cands[ms[q]].e:cands[ms[q+1]].s]; strings.HasPrefix(g, "'s ") || strings.HasPrefix(g, "’s ") {
			// "Sunrise Garden and S's owner, X": the possessive is the last item's alone.
			ties = nil
		}
		if reBareOf.MatchString(strings.ToLower(text[cands[ms[q]].e:cands[ms[q+1]].s])) {
			// "the captain of M, A, and Police Major B of the Capas Station": a bare "of"
			// qualifies the name it follows, not the list (of_heads.go).
			ties = nil
		}
		if !listLocus(text[cands[ms[q]].e:cands[ms[q+1]].s]) {
			ties = dropPred(ties, func(t tie) bool { return t.pred == model.LocatedIn })
		}
		share(q, ties, first, cands[ms[p]].s, cands[ms[q+1]].e)
	}
}

// reParticipleOpen opens a participle phrase inserted after a name: "founded by", "based in".
var reParticipleOpen = regexp.MustCompile(`^(?:(?:also|now|once|long|reportedly|allegedly|widely|jointly|formerly)\s+)?(?:[a-z]+ed|run|built|held|known|set up|led|owned)\s+(?:by|as)\s`)

// reAgeOpen is an age set off after a name: "Chen Meng, 45, owns".
var reAgeOpen = regexp.MustCompile(`^\d{1,3}\s*,`)

// afterInsertedClause returns the words after an apposition or relative clause that opens the
// gap (", a cousin of X," / ", which ... ,"), or false when the gap does not open with one.
func afterInsertedClause(gap string) (string, bool) {
	g := strings.TrimLeft(gap, " )）")
	if !strings.HasPrefix(g, ",") {
		return "", false
	}
	g = strings.TrimLeft(g[1:], " ")
	opened := false
	for _, w := range []string{"a ", "an ", "the ", "who ", "which ", "whose ", "his ", "her ", "its ", "also ", "then ", "now ", "once ", "former "} {
		if strings.HasPrefix(g, w) {
			opened = true
		}
	}
	if f := strings.Fields(g); len(f) > 0 {
		if _, ok := roleWords[strings.Trim(f[0], ",")]; ok {
			opened = true
		}
	}
	// "Hengda Holdings, founded by Chen Meng, runs ...": a participle phrase; "Chen Meng, 45,
	// owns ...": an age.
	if !opened && (reParticipleOpen.MatchString(g) || reAgeOpen.MatchString(g)) {
		opened = true
	}
	if !opened {
		return "", false
	}
	i := clauseComma(g)
	if i < 0 || i > 100 {
		return "", false
	}
	return " " + strings.TrimLeft(g[i+1:], " "), true
}

// clauseComma is the index of the first comma in s that closes a clause, not the one that
// groups the digits of a number ("which fields an estimated 1,500 troops,") nor one inside a
// list of what a site holds ("a 3,000-hectare enclave of casinos, hotels and towers in",
// of_lists.go); -1 if none.
func clauseComma(s string) int {
	var lists [][]int
	if strings.Contains(s, "of ") {
		for _, l := range reOfList.FindAllStringIndex(s, 4) {
			// "of twenty buildings, was raided and": a clause after the comma, no list.
			if c := strings.IndexByte(s[l[0]:l[1]], ','); c >= 0 && !listOfNouns(s[l[0]+c+1:l[1]]) {
				continue
			}
			// "a unit of Prince Group, manages two hotels and", "of casinos, hotels and
			// dormitories, houses workers and": a later item of more than one word, or a
			// second "and", is a clause after the comma that closes the apposition.
			if !singleWordItems(s[l[0]:l[1]]) {
				continue
			}
			lists = append(lists, l)
		}
	}
	for i := 0; i < len(s); i++ {
		if s[i] != ',' {
			continue
		}
		inList := false
		for _, l := range lists {
			if l[0] <= i && i < l[1] {
				inList = true
			}
		}
		if inList {
			continue
		}
		if i > 0 && i+3 < len(s) && asciiDigit(s[i-1]) && asciiDigit(s[i+1]) && asciiDigit(s[i+2]) && asciiDigit(s[i+3]) &&
			(i+4 == len(s) || !asciiDigit(s[i+4])) {
			continue
		}
		return i
	}
	return -1
}

// hasRelativeWord reports a relative pronoun among the words of a phrase.
func hasRelativeWord(phrase string) bool {
	for _, w := range strings.Fields(phrase) {
		switch w {
		case "whose", "who", "which", "that", "whom":
			return true
		}
	}
	return false
}

// singleWordItems reports a list after "of" whose items after the first are one word each
// ("of casinos, hotels and ") and whose only conjunction is the last.
func singleWordItems(l string) bool {
	_, rest, ok := strings.Cut(l, ",")
	if !ok {
		return false
	}
	f := strings.Fields(strings.ReplaceAll(rest, ",", " , "))
	if len(f) < 2 {
		return false
	}
	words := 0
	for _, w := range f[:len(f)-1] { // the last field is the closing "and" or "or"
		switch w {
		case ",":
			words = 0
		case "and", "or":
			return false
		default:
			if words++; words > 1 {
				return false
			}
		}
	}
	return true
}

func asciiDigit(b byte) bool { return b >= '0' && b <= '9' }

// listOfNouns reports a list's later items free of verbs: no finite or relative word
// (verbLike) and no participle in -ed.
func listOfNouns(items string) bool {
	for _, w := range strings.Fields(items) {
		w = strings.Trim(w, ",")
		if verbLike[w] || strings.HasSuffix(w, "ed") || w == "be" || w == "been" || w == "being" {
			return false
		}
	}
	return true
}
