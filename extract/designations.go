package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// reAlsoDesignated follows a name set off as designated too, with no verb of its own: ",
// also designated", ", who is likewise sanctioned", ", a Chinese national, who was also
// designated today". The body is the one the text just said
// designates (agentlessSanctions).
var reAlsoDesignated = regexp.MustCompile(`^\s*(?:,\s*(?:(?:who|which)\s+(?:is|was|are|were|has\s+been)\s+)?(?:also|likewise|similarly)\s+(?:designated|sanctioned|blacklisted)\b|(?:,[^,.;]{1,60})?,\s*(?:who|which)\s+(?:is|was|are|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:also|likewise|similarly|today|later|itself|himself|herself|being)\s+)*(?:designated|sanctioned|blacklisted)\b)`)

// reRowDesignated closes a row of a designation notice: "BAI, Xiaoming; DOB 12 Jun 1971;
// nationality China — designated pursuant to E.O. 13818", "...; designated under the Global
// Human Rights regime", or a sanctions list's program tag closing the row ("... (individual)
// [TCO].").
var reRowDesignated = regexp.MustCompile(`(?i)(?:[;—–]|\s-)\s*(?:(?:also|further|jointly)\s+)?(?:designated|sanctioned|listed)\s+(?:pursuant\s+to|under|for|on)\b|(?-i:\[[A-Z][A-Z0-9-]{1,11}\])\s*\.?\s*$`)

// reInvertedSurname is the surname a list writes first, in capitals: "BAI, " in "BAI,
// Xiaoming".
var reInvertedSurname = regexp.MustCompile(`^\s*[A-Z][A-Z'’-]+,\s*$`)

// designationRows reads the rows of a notice that list who is designated: one name leads
// each row, the row ending in "designated pursuant to ..." (the sentence splitter cuts a row
// at its semicolons, so a row runs from a line's start to the next). Each leading name is
// designated by the body the text last said designates, within the ten sentences before;
// record rows right after a designated one ("YUHUI GROUP HOLDINGS LIMITED; Hong Kong.")
// continue the list. emit gets the row's sentence, the designated, the body, the body's
// sentence and the span.
func designationRows(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, agentSent, s, e int)) {
	agent, agentSent := -1, -1
	inList := false // the row before was a designated record
	for si := 0; si < len(sents); si++ {
		st := sents[si]
		if a := lastSanctioner(text, st, bySent[si], cands, ents); a >= 0 {
			agent, agentSent = a, si
		}
		ms := bySent[si]
		if agent < 0 || si-agentSent > 10 || len(ms) == 0 || !lineStart(text, st.s) {
			inList = inList && lineStart(text, st.s) && len(ms) == 0 && len(strings.Fields(text[st.s:st.e])) <= 3
			continue
		}
		last := si
		for last+1 < len(sents) && !lineStart(text, sents[last+1].s) && last-si < 8 {
			last++
		}
		row := text[st.s:sents[last].e]
		first := cands[ms[0]]
		record := strings.Contains(row, ";") && rowCell(text, first.e, st.e) && (onlyTitles(text[st.s:first.s]) || reInvertedSurname.MatchString(text[st.s:first.s])) && len(strings.Fields(row)) <= 40
		designated := record && reRowDesignated.MatchString(row)
		if record && (designated || inList) && first.ent >= 0 && first.ent != agent && ents[first.ent].typ != model.Location {
			emit(si, first.ent, agent, agentSent, first.s, first.e)
		}
		inList = record && (designated || inList)
		si = last
	}
}

// Asset freezes told as what an order covers: "The freeze order covers the assets of A, the
// operator of B; its president, C; and its corporate secretary, D." and, next, "It likewise
// covers E". The frozen are SANCTIONED_BY the body that sought or issued the freeze: the
// first body named in the nearest sentence (this one or the three before) that speaks of it.
var (
	reFreezeCovers = regexp.MustCompile(`(?i)\b(?:freeze|freezing)\s+orders?\b[^.;]{0,40}?\b(?:covers|covered|cover|covering|includes|included|extends\s+to|applies\s+to)\s+(?:(?:all\s+)?(?:the\s+)?(?:assets|accounts|bank\s+accounts|properties|property|funds)\s+(?:of|held\s+by|belonging\s+to)\s+)?(?:the\s+)?`)
	reItCovers     = regexp.MustCompile(`(?i)^\W*it\s+(?:also\s+|likewise\s+|further\s+|similarly\s+)?(?:covers|covered|includes|included|extends\s+to)\s+(?:(?:all\s+)?(?:the\s+)?(?:assets|accounts|properties|funds)\s+(?:of|held\s+by)\s+)?(?:the\s+)?`)
	reFreezeWord   = regexp.MustCompile(`(?i)\b(?:freeze|froze|frozen|freezing)\b`)
)

// freezeLists reads the parties an asset freeze covers. emit gets the sentence, the frozen
// party, the body, the body's sentence and the span read.
func freezeLists(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, agentSent, s, e int)) {
	lastCover, lastAgent, lastAgentSent := -10, -1, -1
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) == 0 {
			continue
		}
		sent := text[st.s:st.e]
		low := lowerASCII(sent)
		if !mentionsAny(low, "freez", "cover", "includ", "extends") {
			continue // cheap test before the regular expressions
		}
		loc := reFreezeCovers.FindStringIndex(sent)
		agent, agentSent := -1, -1
		if loc == nil && si-lastCover <= 1 {
			// "It likewise covers E": the order just told, and its body.
			loc = reItCovers.FindStringIndex(sent)
			agent, agentSent = lastAgent, lastAgentSent
		}
		if loc == nil {
			continue
		}
		// The body: the first named in the nearest sentence that speaks of the freeze.
		for sj := si; sj >= 0 && sj >= si-3 && agent < 0; sj-- {
			if !reFreezeWord.MatchString(text[sents[sj].s:sents[sj].e]) {
				continue
			}
			for _, m := range bySent[sj] {
				if c := cands[m]; c.ent >= 0 && ents[c.ent].typ == model.Organization && (sj < si || c.e <= st.s+loc[0]) {
					agent, agentSent = c.ent, sj
					break
				}
			}
		}
		if agent < 0 {
			continue
		}
		// The splitter cuts a list at its semicolons: the list runs on through the
		// sentences that a semicolon ended.
		last := si
		for last+1 < len(sents) && last-si < 6 && strings.HasSuffix(strings.TrimSpace(text[sents[last].s:sents[last].e]), ";") {
			last++
		}
		lastCover, lastAgent, lastAgentSent = last, agent, agentSent
		from := st.s + loc[1]
		var rest []int
		for sj := si; sj <= last; sj++ {
			for _, m := range bySent[sj] {
				if cands[m].s >= from {
					rest = append(rest, m)
				}
			}
		}
		for _, item := range listItems(text, sents[last].e, cands, rest, from) {
			c := cands[item]
			if c.ent == agent || ents[c.ent].typ == model.Location || ents[c.ent].typ == model.Compound {
				continue
			}
			at := si // the sentence (piece of the list) the item is in
			for at < last && sents[at].e <= c.s {
				at++
			}
			emit(at, c.ent, agent, min(agentSent, si), c.s, c.e)
		}
	}
}

// Sanctions told through a compound adjective, a count or a state: "the OFAC-sanctioned
// Prince Holding Group", "was among 20 people sanctioned by the EU", "faces sanctions from
// the United States", "has been on the U.S. sanctions list since 2019".
var (
	// reSanctionedAdj follows a body right before the name it sanctioned: "-sanctioned
	// businessman ".
	reSanctionedAdj = regexp.MustCompile(`^[-‐–]\s*(?:sanctioned|designated|blacklisted)\s+(?:[a-z][\w-]*\s+){0,3}?$`)
	// reAmongCount: " was among 20 people sanctioned by the", " is one of 11 firms
	// designated by".
	reAmongCount = regexp.MustCompile(`^\s*,?\s*(?:(?:is|was|are|were)\s+)?(?:also\s+)?(?:among|one\s+of)\s+(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dozens\s+of|(?:more|fewer)\s+than\s+\d+|over\s+\d+|some\s+\d+)\s+(?:[a-z]+\s+){0,2}?(?:people|persons|individuals|entities|companies|firms|targets|businesses|others|names|officials)\s+(?:(?:newly|also|later|jointly)\s+)?(?:designated|sanctioned|blacklisted|listed|targeted)\s+by\s+(?:the\s+)?$`)
	// reFacesSanctions: " faces sanctions from the", " was hit with sanctions by".
	reFacesSanctions = regexp.MustCompile(`^\s*,?\s*(?:(?:which|who|that)\s+)?(?:(?:has|have|had|now|also|already)\s+)*(?:faces|faced|face|is\s+facing|was\s+facing|been\s+hit\s+with|was\s+hit\s+with|is\s+hit\s+with|(?:was|were|been|is|are)\s+(?:placed|put)\s+under|(?:was|were|been|is|are)\s+slapped\s+with)\s+(?:(?:new|fresh|financial|targeted|economic)\s+)?sanctions\s+(?:from|by|imposed\s+by)\s+(?:the\s+)?$`)
	// reUnderBodys is a state of being under a body's sanctions, the body's name then
	// reSanctionsAfter: " has been subject to " + "U.S. Treasury" + " sanctions".
	reUnderBodys = regexp.MustCompile(`^\s*,?\s*(?:(?:(?:is|was|are|were|remains?|remained|has\s+been|have\s+been|had\s+been)\s+)(?:(?:also|still|now|long)\s+)?(?:subject\s+to|on|under|hit\s+by|targeted\s+by)|(?:(?:also|still|now)\s+)?(?:appears|appeared|features|featured)\s+on|(?:became|becomes|become|is|was|has\s+been)\s+(?:the\s+|a\s+)?targets?\s+of)\s+(?:the\s+)?$`)
	// reHitWith is a body's verb before the name it hit with sanctions; reWithSanctions
	// follows the name.
	reHitWith       = regexp.MustCompile(`^\s*(?:\([^()]{1,20}\)\s*)?(?:(?:has|have|had|also|today|on\s+\w+|last\s+\w+)\s+)*(?:hit|slapped|targeted)\s+(?:the\s+)?$`)
	reWithSanctions = regexp.MustCompile(`^\s*(?:,[^,]{1,60},\s*)?with\s+(?:(?:new|fresh|financial|targeted|economic)\s+)?sanctions\b`)
	// reDesignatedAdj follows a body that a compound adjective makes the designator:
	// "-designated", "-sanctioned".
	reDesignatedAdj = regexp.MustCompile(`^[-‐–](?:designated|sanctioned|blacklisted)\b`)
	// reSanctionsOn is a body's sanctions on a name: " sanctions on ", " treasury
	// sanctions against ".
	reSanctionsOn    = regexp.MustCompile(`^\s+(?:treasury\s+|government\s+|financial\s+)?(?:sanctions|designations?)\s+(?:on|against)\s+(?:the\s+)?$`)
	reSanctionsAfter = regexp.MustCompile(`^\s*(?:['’]s\s+)?(?:treasury\s+|government\s+|department\s+)?(?:sanctions\s+list|sanctions|blacklist|sdn\s+list|consolidated\s+list)\b`)
)

// sanctionForms reads the sanction shapes above between two mentions of one sentence; it
// reports whether it read one. ca is the first mention, gap the lower-cased words between.
func sanctionForms(text string, ents []*docEntity, ca, cb candidate, gap string, add func(a, b int, pred string, conf float64)) bool {
	if sanctionParentPair(ents, ca, cb, gap, add) || sanctionListPair(text, ents, ca, cb, gap, add) || sanctionBasisPair(ents, ca, cb, gap, add) || sanctionMorePair(text, ents, ca, cb, gap, add) {
		return true
	}
	a, b := ca.ent, cb.ent
	ta, tb := ents[a].typ, ents[b].typ
	body := func(e int) bool {
		return ents[e].typ == model.Organization || ents[e].typ == model.Location && isCountry(ents[e].name)
	}
	switch {
	case body(a) && tb != model.Location && reSanctionedAdj.MatchString(gap):
		// "the OFAC-sanctioned Prince Holding Group", "the US-sanctioned tycoon Gao Ping".
		add(b, a, model.SanctionedBy, 0.8)
	case ta != model.Location && body(b) && (reAmongCount.MatchString(gap) || reFacesSanctions.MatchString(gap)):
		add(a, b, model.SanctionedBy, 0.8)
	case body(a) && tb != model.Location && reHitWith.MatchString(gap) && reWithSanctions.MatchString(strings.ToLower(text[cb.e:min(len(text), cb.e+40)])):
		// "the US Treasury Department hit Xu Yanmei with sanctions".
		add(b, a, model.SanctionedBy, 0.8)
	case ta != model.Location && body(b) && reApposDet.MatchString(gap) && reDesignatedAdj.MatchString(text[cb.e:min(len(text), cb.e+20)]):
		// "Lin Baoguo, an OFAC-designated businessman".
		add(a, b, model.SanctionedBy, 0.8)
	case body(a) && tb != model.Location && reSanctionsOn.MatchString(gap):
		// "United States sanctions on Zhao Ming took effect".
		add(b, a, model.SanctionedBy, 0.75)
	case ta != model.Location && body(b) && reUnderBodys.MatchString(gap) && reSanctionsAfter.MatchString(strings.ToLower(text[cb.e:min(len(text), cb.e+40)])):
		// "Ruby Star Group has been subject to U.S. Treasury sanctions since 2020".
		add(a, b, model.SanctionedBy, 0.8)
	default:
		return false
	}
	return true
}

// Designations told with a noun for the act, the agent named before: "Those designated today
// include A, B and C.", "Today's action targets A", "Asset freezes were imposed on A and B",
// "The UK has frozen the assets of A". The list's items are designated by the body named in
// the sentence before the cue, or else the nearest in the three sentences before whose
// sentence speaks of sanctions.
var (
	reNominalSanction = regexp.MustCompile(`(?i)(?:\b(?:sanctioned|designated|listed)\s+(?:entities|individuals|persons|companies|people|parties|names)\s*:\s*|\b(?:those|persons|individuals|entities|people|companies|parties|targets)\s+(?:(?:newly|also)\s+)?(?:designated|sanctioned|listed)(?:\s+today)?\s+(?:include|includes|included|are|were)\s*:?\s+|\b(?:the\s+|today['’]s\s+|these\s+)?(?:designations|sanctions|listings)\s+(?:(?:announced\s+)?today\s+)?(?:include|includes|included|target|targets|targeted|name|names|named|apply\s+to|applies\s+to)\s*:?\s+|\b(?:today['’]s|this|the|[a-z.]+['’]s)\s+action\s+(?:today\s+)?(?:also\s+)?(?:targets|targeted|designates|designated|includes|included)\s+|\b(?:asset\s+freezes?|sanctions|travel\s+bans?)\s+(?:(?:and\s+)?(?:asset\s+freezes?|travel\s+bans?)\s+)?(?:were|was|have\s+been|has\s+been|are|is)\s+(?:also\s+)?imposed\s+on\s+|\b(?:has|have|had)\s+(?:also\s+)?frozen\s+the\s+assets\s+of\s+)(?:the\s+)?`)
	reSanctionCue     = regexp.MustCompile(`(?i)\b(?:sanction|designat|blacklist|freez|froze|asset|sdn)`)
)

// sanctionCue reports whether s speaks of sanctions (reSanctionCue), trying the regexp only
// when one of its words occurs (fold_gates.go).
func sanctionCue(s string) bool {
	return hasFoldWord(s, sanctionCueWords) && reSanctionCue.MatchString(s)
}

var sanctionCueWords = []string{"sanction", "designat", "blacklist", "freez", "froze", "asset", "sdn"}

// sanctionNouns reads the lists above. emit gets the sentence, the designated, the body, the
// body's sentence and the span read.
func sanctionNouns(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, emit func(si, a, b, agentSent, s, e int)) {
	sanctioner := func(e int) bool { return canSanction(ents[e]) }
	for si, st := range sents {
		ms := bySent[si]
		if len(ms) == 0 {
			continue
		}
		if low := lowerASCII(text[st.s:st.e]); !mentionsAny(low, "designat", "sanction", "listed", "action", "impos", "frozen") {
			continue // cheap test before the regular expression
		}
		loc := reNominalSanction.FindStringIndex(text[st.s:st.e])
		if loc == nil {
			continue
		}
		from := st.s + loc[1]
		agent, agentSent := -1, -1
		for _, m := range ms {
			if c := cands[m]; c.ent >= 0 && c.e <= from && sanctioner(c.ent) {
				agent, agentSent = c.ent, si // the last body before the cue
			}
		}
		for sj := si - 1; agent < 0 && sj >= 0 && sj >= si-3; sj-- {
			if !sanctionCue(text[sents[sj].s:sents[sj].e]) {
				continue
			}
			for _, m := range bySent[sj] {
				if c := cands[m]; c.ent >= 0 && sanctioner(c.ent) {
					agent, agentSent = c.ent, sj
					break
				}
			}
		}
		if agent < 0 {
			continue
		}
		var rest []int
		for _, m := range ms {
			if cands[m].s >= from {
				rest = append(rest, m)
			}
		}
		for _, item := range listItems(text, st.e, cands, rest, from) {
			if e := cands[item].ent; e != agent && ents[e].typ != model.Location {
				emit(si, e, agent, agentSent, cands[item].s, cands[item].e)
			}
		}
	}
}

// lowerASCII lower-cases ASCII letters only, so byte offsets stay those of s.
func lowerASCII(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// runeStartBefore moves i back to the first byte of the UTF-8 rune holding it, not before lo:
// a window opened a fixed number of bytes before a name must not cut a rune.
func runeStartBefore(text string, i, lo int) int {
	for i > lo && i < len(text) && text[i]&0xC0 == 0x80 {
		i--
	}
	return i
}

// runeStartAfter moves i on to the next rune's first byte, not past hi (hi <= len(text)).
func runeStartAfter(text string, i, hi int) int {
	for i < hi && text[i]&0xC0 == 0x80 {
		i++
	}
	return i
}

// mentionsAny reports whether s holds any of subs: the cheap test a sentence reader runs
// before its regular expressions.
func mentionsAny(s string, subs ...string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// actsAsSanctioner reports a body or country named in sentence st that the words after it say
// designates or sanctions ("OFAC today sanctioned", "the United Kingdom has designated").
func actsAsSanctioner(text string, st sentence, c candidate, ents []*docEntity) bool {
	t := ents[c.ent].typ
	return (t == model.Organization || t == model.Location && isCountry(ents[c.ent].name)) && reSanctioner.MatchString(text[c.e:min(st.e, c.e+120)])
}

// lastSanctioner gives the last body among a sentence's mentions ms that acts as a
// sanctioner, or -1: the agent of the designation rows or lines that follow it.
func lastSanctioner(text string, st sentence, ms []int, cands []candidate, ents []*docEntity) int {
	agent := -1
	for _, m := range ms {
		if c := cands[m]; c.ent >= 0 && actsAsSanctioner(text, st, c, ents) {
			agent = c.ent
		}
	}
	return agent
}
