package extract

import (
	"regexp"
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"

	"github.com/scamgraph/scamgraph/internal/lexicon"
	"github.com/scamgraph/scamgraph/model"
)

// Cues that lower a relation's grade (word lists in internal/lexicon/). A hedge or attribution makes a
// claim "alleged"; a denial that reaches the relation does too, the quote keeps the denial and
// the relation is marked denied.
var (
	reHedge       = lexicon.Hedges()
	reSaid        = lexicon.Attributions()
	reDenial      = lexicon.Denials()
	reOfficialAct = lexicon.OfficialActs()
	// reClauseOpen starts a new clause after the second name: what it says (", which the US
	// says hosts scams", ", accusing him of ...") is not said of the relation before it. So
	// is the outcome a raid's participle clause tells (", rescuing 318 people allegedly forced
	// to work"): a hedge there is of the people, not of the raid. The participle cut holds for
	// every predicate, not raids alone.
	reClauseOpen = regexp.MustCompile(`(?i)(?:[,;:(—–]\s*|\s)(?:which|who|whom|whose|where|accusing|saying|alleging|claiming|describing|calling|citing|adding|arguing|warning|noting|because|although|though|while|whereas|but)\b|,\s*that\b|,\s*(?:and\s+)?(?:rescuing|detaining|removing|freeing|arresting|seizing|deporting|repatriating)\b`)
	// reFinalAttribution is an attribution that closes the sentence and so covers all of it
	// (", police said.", ", according to former workers.").
	reFinalAttribution = regexp.MustCompile(`(?i)(?:(?:,\s*|\s)(?:according\s+to\b[^;,]*|(?:[\w'’.-]+\s+){0,6}(?:said|says|say|told\s+[\w'’.-]+(?:\s+[\w'’.-]+){0,3}|reported|reports|claimed|claims|claim|alleged|alleges|allege|believe|believes|suspect|suspects))|,\s*(?:said|says|told|reported|claimed|alleged)\s+(?:[\w'’.-]+\s*){1,6})\s*[.!?"”’)]*\s*$`)
	// reSpeaks is a speech verb right after the second name, whose subject the names are.
	reSpeaks = regexp.MustCompile(`^\s*(?:has\s+|have\s+|had\s+|also\s+|later\s+)?(?:said|says|told|wrote|posted|added|stated|explained|announced|confirmed)\b`)
	// reDescribed is the writer's own description joining the two names, read from the text
	// between them: an apposition or relative clause on the first name ("X, a company registered
	// in Y", "X, a force commanded by Y", "X, the MP who chairs Y", "X and Y, who worked for Z") or
	// a possessive kin noun before the second ("X, whose wife Y", "his wife Y", "X's son-in-law,
	// Y"). Who is quoted saying the sentence's main claim does not reach such a description.
	reDescribed = regexp.MustCompile(`(?i)^(?:(?:\s+and\s+[^,;:()]{1,60}?)?\s*,\s*(?:` +
		`(?:a|an|the)\s+(?:[^,;:()]{1,60}?\s+)?(?:registered|based|headquartered|incorporated|located|commanded|led|run|owned|controlled|operated|founded|chaired|headed|managed|backed|built|developed|established|set\s+up|guarded|protected|sanctioned|designated|raided)\s+(?:in|by|at)\s+(?:the\s+)?` +
		`|(?:(?:a|an|the)\s+[^,;:()]{1,60}?\s+)?(?:who|that)\s+(?:chairs|chaired|heads|headed|leads|led|runs|ran|owns|owned|commands|commanded|directs|directed|manages|managed|founded|co-founded|works\s+for|worked\s+for|work\s+for|serves\s+(?:in|on|with)|served\s+(?:in|on|with))\s+(?:the\s+)?` +
		`|(?:which|who|that)\s+(?:is|was|are|were|has\s+been|had\s+been)\s+(?:also\s+|now\s+|still\s+)?(?:commanded|led|run|owned|controlled|operated|founded|chaired|headed|managed|backed|built|developed|established|guarded|protected)\s+by\s+(?:the\s+)?(?:[\w.'’-]+\s+){0,4}?` +
		`|(?:who|that)\s+(?:is|was|has\s+been|had\s+been)\s+(?:also\s+|now\s+|still\s+)?(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,3}?[a-z-]+\s+(?:of|for|at|with|in|to)\s+(?:the\s+)?` +
		`|whose\s+(?:[a-z-]+\s+){0,2}?(?:` + kinNoun + `|chairman|chairwoman|chair|founder|owner|director|chief|head|president|commander|leader|boss|manager|CEO|spokesman|spokeswoman|spokesperson)\s*,?\s*)` +
		`|(?:\s*,[^;:()]{0,80}?,)?\s+and\s+(?:his|her|their)\s+` + kinNoun + `\s*,?\s*` +
		`|(?:['’]s?)?\s+` + kinNoun + `\s*,?\s*)$`)
	// reRoleAppos is a role in apposition to a person, ending where the body is named ("X, a
	// spokesman for the Y", "X, 52, the owner of Y", "X, deputy director of the rights group
	// Y", "X, an agency in Y", "X, whose deputy minister, Y", "X's lawyer, Y"). reNotRole rules
	// out a clause posing as one ("X, who police say runs the Y").
	reRoleAppos = regexp.MustCompile(`(?i)^(?:(?:\s*,\s*\d{1,3})?\s*,\s*(?:(?:a|an|the)\s+)?(?:[a-z-]+\s+){0,7}?[a-z-]+\s+(?:of|for|at|with|to|in)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}?` +
		`|\s*,\s*whose\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s*,\s*` +
		`|['’]s?\s+(?:[a-z-]+\s+){0,2}?[a-z-]+\s*,\s*)$`)
	// reBodyOf is a body named right after a person's name ("Matthew Lee of the Justice
	// Department"), also through the body it belongs to ("Matthew Lee of the Justice
	// Department's Criminal Division").
	reBodyOf  = regexp.MustCompile(`^\s+(?i:of|from)\s+(?:(?i:the)\s+)?(?:(?:[A-Z][\w.&-]*\s+){0,4}[A-Z][\w.&-]*['’]s\s+)?$`)
	reNotRole = regexp.MustCompile(`(?i)\b(?:who|which|that|whom|say|says|said|is|was|are|were|has|have|had|be|been|being|told|according|reportedly|allegedly|believed|suspected|accused|named|identified|included|includes|include)\b`)
	// reCharging finds a charging document (an indictment, a criminal complaint): what it states
	// is what the prosecution alleges, though an authority publishes it.
	// The grand jury may be placed before it charges ("The Grand Jury in and for the District
	// of New Jersey, sitting at Newark, charges:").
	reCharging = regexp.MustCompile(`(?i:\bthe\s+grand\s+jury\s+(?:in\s+and\s+for\s+[^.:;]{0,80}?,\s*)?(?:further\s+)?charges\b|\bcriminal\s+complaint\s+and\s+affidavit\b)|\bINDICTMENT\b`)
	// reAllegesThat is a hedge that takes the whole clause after it as what is alleged ("the
	// indictment alleges that ..."); in an authority's own text (a complaint, a release on a
	// charge) the descriptions inside it are the charge's too, while in a news text they stay
	// the writer's ("Investigators allege that Tan owns Falcon Ridge LLC, a firm registered in
	// Dubai"). A plain "said that" does not. "According to the indictment, ..." cites the
	// charge the same way.
	reAllegesThat = regexp.MustCompile(`(?i)\b(?:alleges?|alleged|alleging|believes?|believed|suspects?|suspected|claims?|claimed|claiming)\s+that\b|\baccording\s+to\s+(?:the\s+)?(?:indictment|criminal\s+complaint|charge\s+sheets?|charging\s+documents?|prosecutors|prosecution)\b`)
	// reSourceBefore closes the words that cite the names after it as a source.
	reSourceBefore = regexp.MustCompile(`(?i)\baccording\s+to\s+(?:the\s+)?$`)
	// reNotSpeech is "said" as a legal adjective ("the said company"), which reports no speech.
	reNotSpeech = regexp.MustCompile(`(?i)\b(?:the|such)\s+said\b`)
	// reRecordCitation cites a record, not a speaker ("according to company filings", "according
	// to a 2021 extract from the Ministry of Commerce's business registry", "according to a 2022
	// investor prospectus", "according to its general information sheet"): the author vouches
	// for what a register shows, which hedges nothing. A notice counts only with its issuer
	// ("a court notice"): "an anonymous notice" is a source like any other.
	reRecordCitation = regexp.MustCompile(`(?i)\baccording\s+to\s+(?:[\w'’.&-]+\s+){0,9}?(?:filings?|records?|registry|register|extracts?|registration\s+(?:documents?|papers|data)|disclosures?|documents?|deeds?|titles?|contracts?|agreements?|maps?|spreadsheets?|ledgers?|invoices?|receipts?|payrolls?|bank\s+statements?|minutes|certificates?|licen[cs]es?|permits?|prospectus(?:es)?|(?:general\s+)?information\s+sheets?|(?:court|government|gazette|official|ministry|sec|police|public|company|corporate|legal|statutory|regulatory|tender|enforcement|registry|bank)\s+notices?|satellite\s+(?:images|imagery|photographs))\b`)
	// reRecordNotHead in a cited phrase puts the record inside a clause or phrase on another
	// head ("a former guard who saw the titles", "people familiar with the filings"): the source
	// is then a person, and the citation hedges.
	reRecordNotHead = regexp.MustCompile(`(?i)\b(?:who|whom|that|which|saw|seen|reviewed|familiar|with)\b`)
	// reAccusedParty is "accused" naming a party to a case, not accusing: "the accused", "each
	// accused", "accused-appellant", "Accused LI JIANHUA". What a sentence says of the accused is
	// hedged only by its own cues. "the accused of ..." is kept (accusedOf).
	reAccusedParty = regexp.MustCompile(`(?i:\b(?:the|an|each|both|all|every|other|remaining|said|co|(?:first|second|third|fourth|fifth)(?:-named)?)[\s-]+accused(?:[\s-]+(?:persons?|appellants?|respondents?))?\b)|\b(?i:accused-appellants?)\b|\bAccused\s+[A-Z]|\baccused\s+[A-Z]{2,}`)
	reAccusedOf    = regexp.MustCompile(`^\s+of\b`)
	// reFormer marks a role or tie that has ended ("the former 14K Triad leader", "once ran").
	reFormer = regexp.MustCompile(`(?i)(?:^|[^\w-])(former|ex-|formerly|previously|once|onetime|one-time|erstwhile|late|then-)`)
	// formerWords are what every match of reFormer holds (keep in step with it).
	formerWords = []string{"former", "ex-", "previously", "once", "onetime", "one-time", "erstwhile", "late", "then-"}
)

// description says how the text between two names joins them.
type description int

const (
	// notDescribed: the relation is a claim of the sentence.
	notDescribed description = iota
	// describedFact: an apposition, relative clause, kin noun or role the writer states
	// (reDescribed, reBodyOf, reRoleAppos), or the title of who speaks or is cited; what the
	// sentence attributes, hedges or denies does not reach it. A person who denies something
	// keeps the role the writer gives them ("X, chairman of Y, denied that workers were held").
	describedFact
)

// describedGap reads the text between two names (the first a person when person is set).
func describedGap(gap string, person bool) description {
	if reDescribed.MatchString(gap) || person && reBodyOf.MatchString(gap) ||
		reRoleAppos.MatchString(gap) && !reNotRole.MatchString(gap) {
		return describedFact
	}
	// A relative clause whose verbs are coordinated ("X, who has served as deputy governor
	// since 2020 and is a member of Y") describes X as its last verb alone would
	// (shared_subject.go).
	if lead := reWhoLead.FindString(gap); lead != "" {
		if k := strings.LastIndex(gap, " and "); k > len(lead) && reSecondVerb.MatchString(gap[k+5:]) {
			return describedGap(", who "+gap[k+5:], person)
		}
	}
	return notDescribed
}

// kinWords are the family ties (internal/lexicon/kin.txt) as one alternation; kinNoun adds the
// modifiers kinship takes ("younger brother").
var (
	kinWords = lexicon.KinPattern()
	kinNoun  = `(?:(?:eldest|youngest|younger|elder|older|late|estranged)\s+)?` + kinWords
)

// sentGrader grades the relations of one document, masking a sentence once for all the
// relations read in it: a list of n items costs n reads of a bounded window around each
// item, not n reads of the whole sentence.
type sentGrader struct {
	ss, se   int
	official bool
	ok       bool
	sent     string
	denial   bool
	act      int             // 0 not yet read, 1 an official act that does not hedge, 2 not
	pieces   map[segKey]bool // grade_segments.go
}

// gradeWindow bounds the words read before and after a relation's names for its hedges and
// attributions: a cue further off in the same sentence is another item's, not this one's.
const gradeWindow = 1200

// gradeEdge is how much of a long sentence's opening and close is read beside the window:
// where attributions stand.
const gradeEdge = 300

// grade grades a relation read from the sentence text[ss:se] whose two names span
// text[s:e], and returns the factor its confidence is scaled by.
//
// Hedges scope over what follows them. A cue before the names or between them ("Some reports
// have linked ...", "which reportedly owns") hedges the relation. A cue after them hedges it
// only while no new clause has begun (", which the United States says ...", ", accusing him of
// ..." do not), or when it closes the sentence as its attribution (", police said."). An
// apposition ("X, a cousin of Y, ...") is the writer's own statement: only cues before or
// inside it count, and neither "said" nor the sentence's closing attribution does. Denials
// anywhere in the sentence make it alleged.
//
// In official documents (sanctions, court and government releases) a sentence that states an
// official act stays official unless it is itself hedged ("the indictment alleges").
//
// selfReport marks an authority speaking of its own act ("Thai police said they raided KK
// Park", "the Treasury said it had sanctioned ..."): the speech verb between the names
// attributes the act to the one who did it, which hedges nothing.
//
// denied reports that a denial reaches the relation; the graph shows such evidence as
// contesting the claim rather than supporting it.
//
// desc marks a relation the writer states as a description of a name (an apposition, relative
// clause, kin noun or role between the two names, see describedGap; or the title of the one
// who speaks or is cited): a hedge, attribution or denial of the sentence's main claim does not
// reach it, only a cue inside it does.
func (g *sentGrader) grade(text string, ss, se, s, e int, official, appos, selfReport bool, desc description) (grade string, factor float64, denied bool) {
	if !g.ok || g.ss != ss || g.se != se || g.official != official {
		sent := maskNonClaims(text[ss:se])
		if official {
			sent = maskAccusedNames(sent) // grade_parties.go
		}
		*g = sentGrader{ss: ss, se: se, official: official, ok: true, sent: sent, denial: reDenial.MatchString(sent)}
	}
	sent := g.sent
	base := model.Reported
	if official {
		base = model.Official
	}
	ps, pe := 0, len(sent)
	if s-ss > gradeWindow {
		ps = wordCut(sent, s-ss-gradeWindow)
	}
	if len(sent)-(e-ss) > gradeWindow {
		pe = wordCut(sent, e-ss+gradeWindow)
	}
	rawPre, rawPost := sent[ps:s-ss], sent[e-ss:pe]
	if ps > 0 {
		// The sentence's opening still reaches the claim: "According to an unverified post,
		// ... X owns Y" stays alleged however long the middle.
		rawPre = sent[:wordCut(sent, gradeEdge)] + " " + rawPre
	}
	if pe < len(sent) {
		rawPost += " " + sent[wordCut(sent, len(sent)-gradeEdge):] // "..., police said."
	}
	pre, in, post := maskClosedDescriptions(rawPre), sent[s-ss:e-ss], maskNounHedges(rawPost) // grade_modifiers.go
	if len(in) > 2*gradeWindow {
		// The span runs over a long list from the body to one of its items ("froze the
		// accounts of A, and of B, ... and of Z"): read its head (the body and its verb) and its
		// tail (the item), not every item between.
		in = in[:wordCut(in, gradeWindow)] + " " + in[wordCut(in, len(in)-gradeWindow):]
	}
	if desc == notDescribed && (len(in) <= 160 && !reNotRole.MatchString(in) && !g.match(reHedge, in) &&
		(reSpeaks.MatchString(post) || reSourceBefore.MatchString(pre)) || speakerDescribed(pre, in, post) || speakerRoleLead(pre, in, post)) { // grade_speakers.go, grade_speaker_roles.go
		// The names are who speaks or is cited, with the title the writer gives them ("Permata
		// chief executive Datuk Azman Ismail said", "according to DSI Director-General Charoen"):
		// a role so told is the writer's, like one in apposition.
		desc = describedFact
	}
	if desc != notDescribed {
		// The writer's own description: only a cue inside it, or a clause-wide allegation
		// before it in an authority's text or a party's contention, lowers it.
		if g.match(reDenial, in) {
			return model.Alleged, 0.6, true
		}
		if g.match(reHedge, in) || g.match(reSaid, in) || official && reAllegesThat.MatchString(pre) || contendedBefore(pre) || speechOpens(pre) && !reApposedAfter.MatchString(in) { // grade_contentions.go
			return model.Alleged, 0.8, false
		}
		return base, 1, false
	}
	if g.denial {
		return model.Alleged, 0.6, true
	}
	hedged := g.match(reHedge, pre) || g.match(reHedge, in) || contendedBefore(pre)
	// Names that are the speaker ("Prince Group chairman Chen Zhi said ...") are not what is
	// said: what follows is the speaker's, not an attribution of the relation.
	if !appos && !reSpeaks.MatchString(post) {
		hedged = hedged || g.match(reSaid, pre) || !selfReport && g.match(reSaid, in) || finalAttribution(post)
		cut := post
		if loc := reClauseOpen.FindStringIndex(post); loc != nil {
			cut = post[:loc[0]]
		}
		if i := conjunctCut(cut); i >= 0 {
			cut = cut[:i] // grade_conjuncts.go
		}
		hedged = hedged || g.match(reHedge, cut) || g.match(reSaid, cut)
	}
	if !hedged {
		return base, 1, false
	}
	if g.act == 0 {
		g.act = 2
		if reOfficialAct.MatchString(sent) && !hedgedOfficial(sent) {
			g.act = 1
		}
	}
	if official && g.act == 1 && !contendedBefore(pre) {
		return model.Official, 1, false
	}
	return model.Alleged, 0.8, false
}

// wordCut moves i back to the start of the word it falls in (a space before it), so a window
// never splits a word or a rune.
func wordCut(s string, i int) int {
	for i > 0 && s[i-1] != ' ' {
		i--
	}
	return i
}

// reClosedDescription is others' description of a person set off in the person's own clause
// and closed before the relation's names: ", whom the company describes as its founder,".
var reClosedDescription = regexp.MustCompile(`(?i),\s*(?:whom\s+(?:[\w'’.-]+\s+){1,4}?(?:describe|describes|described|identify|identifies|identified|regard|regards|regarded)\s+|(?:described|identified|regarded)\s+by\s+(?:[\w'’.-]+\s+){1,4}?)as\s[^,;()]{1,80},`)

// maskClosedDescriptions blanks descriptions closed before the names: the description is the
// describer's, of its own clause's person; it attributes nothing said after it.
func maskClosedDescriptions(pre string) string {
	return blankMatches(reClosedDescription, pre, nil)
}

// blankMatches blanks each match of re in s that keep (when given) does not keep, so later
// cues see spaces where the match stood and every offset stays.
func blankMatches(re *regexp.Regexp, s string, keep func(string) bool) string {
	return re.ReplaceAllStringFunc(s, func(m string) string {
		if keep != nil && keep(m) {
			return m
		}
		return strings.Repeat(" ", len(m))
	})
}

// citesNoRecord reports a record citation whose source is no record after all: an outlet's
// name ("interviewed by the Ledger", outlet_records.go) or a person the record is told of
// ("according to a former guard who saw the land titles").
func citesNoRecord(m string) bool {
	return outletRecord(m) || reRecordNotHead.MatchString(m)
}

// maskNonClaims blanks what reads like a cue but is none ("the said company", "according to
// company filings"), keeping every offset.
func maskNonClaims(sent string) string {
	sent = blankMatches(reNotSpeech, sent, nil)
	sent = blankMatches(reRecordCitation, sent, citesNoRecord)
	sent = maskSuspectNouns(sent) // grade_suspects.go
	// The accused as a party: blank the word "accused" only, and not where "of" follows ("the
	// man accused of running ..." hedges).
	for _, loc := range reAccusedParty.FindAllStringIndex(sent, -1) {
		if reAccusedOf.MatchString(sent[loc[1]:]) {
			continue
		}
		i := strings.Index(strings.ToLower(sent[loc[0]:loc[1]]), "accused")
		sent = sent[:loc[0]+i] + "       " + sent[loc[0]+i+len("accused"):]
	}
	return sent
}

// hedgedOfficial spots official texts that still only allege ("the indictment alleges").
func hedgedOfficial(q string) bool {
	l := strings.ToLower(q)
	return strings.Contains(l, "alleg") || strings.Contains(l, "according to") || strings.Contains(l, "reportedly") ||
		reDenial.MatchString(q)
}

// formerTie reports a role or tie described as ended. The graph does not model time, so such
// a relation is kept (the quote says "former") with its confidence lowered.
func formerTie(text string, ss, s, e int) bool {
	from := runeStartBefore(text, max(ss, s-24), ss)
	// A list's span runs over many items: most hold no such word, and are not read.
	return mayHoldFold(text[from:e], formerWords...) && reFormer.MatchString(text[from:e])
}

// countryKeys holds the folded English names of every country (ISO 3166 regions) and the
// usual other names news text gives them. It is built once and only read afterwards.
var countryKeys = sync.OnceValue(func() map[string]bool {
	keys := map[string]bool{}
	for a := 'A'; a <= 'Z'; a++ {
		for b := 'A'; b <= 'Z'; b++ {
			r, err := language.ParseRegion(string([]rune{a, b}))
			if err != nil || !r.IsCountry() {
				continue
			}
			name := display.English.Regions().Name(r)
			if name == "" {
				continue
			}
			if i := strings.Index(name, " ("); i > 0 {
				name = name[:i]
			}
			keys[NameKey(name)] = true
		}
	}
	for _, n := range []string{"Burma", "Laos", "Lao PDR", "Viet Nam", "US", "USA", "America", "United States of America",
		"UK", "Britain", "Great Britain", "PRC", "People's Republic of China", "South Korea", "North Korea", "Korea",
		"Kingdom of Cambodia", "Türkiye", "Turkey", "Russia", "Taiwan"} {
		keys[NameKey(n)] = true
	}
	return keys
})

// isCountry reports whether a place name is a country.
func isCountry(name string) bool { return countryKeys()[NameKey(name)] }

// A description that opens what a speaker says, right after the speech verb, is the
// speaker's words: "Two survivors said Saw Htee Moo's nephew, Saw Kaw Lar, worked inside",
// "officials told this newspaper that the company's deputy manager, Chen Haoran, is ...",
// "Several interviewees named a DKBA officer, Saw Eh Doh Moo, as ...". A description set
// further inside the clause ("said the guards belonged to the militia, which is commanded by
// X") stays the writer's, and so does one in the speaker's own phrase.
var (
	// The verb has its subject before it: after a quote or a comma it is inverted ("...,\" said
	// X, a researcher at Y"), and the names are the speaker's, unless it goes on ("adding that").
	reSpeechOpens = regexp.MustCompile(`(?i)(?:[\w'’.)]\s+(?:said|says|say|told(?:\s+[\w'’.-]+){0,3}?|named|identified|testified|added)|\b(?:adding|saying)\s+that)(?:\s+that)?\s+(?:(?:a|an|the)\s+)?$`)
	// reApposedAfter is a description set off after the first name ("X, a nephew of the
	// colonel"): the writer's insertion, even where the names open what is said.
	reApposedAfter = regexp.MustCompile(`^[^,;:()]{1,80}?,\s*(?:\d{1,3}\s*,\s*)?(?:a|an|the)\s`)
	reNamedPassive = regexp.MustCompile(`(?i)\b(?:is|are|was|were|be|been|being)\s+(?:also\s+)?(?:named|identified)\s+$`)
)

// speechOpens reports that the words before a pair's names end with a speech verb, so the
// names open what is said.
func speechOpens(pre string) bool {
	return reSpeechOpens.MatchString(pre) && !reNamedPassive.MatchString(pre) && !reNotSpeech.MatchString(pre[max(0, len(pre)-12):])
}
