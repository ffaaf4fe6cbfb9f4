package extract

import (
	"regexp"
	"slices"
	"strings"

	"github.com/scamgraph/scamgraph/internal/lexicon"
	"github.com/scamgraph/scamgraph/model"
)

// Reference across sentences. "Shwe Kokko was built by Yatai. The company is headed by She
// Zhijiang." names the company once; the second sentence speaks of it through "the company".
// A definite description whose head noun fits a type ("the company", "the compound", "the
// tycoon"), or a subject pronoun ("he", "she"), stands for the nearest earlier name of that
// type in its own sentence or the three before it. More than half of definite descriptions in
// news text introduce something new (Vieira & Poesio 2000), so nothing further back is
// tried than three sentences back, and a pronoun is resolved only when the nearest sentence naming a person names just
// one. A relation read through a reference quotes both sentences and has lower confidence.

// reference is a stand-in mention and the sentence of the name it stands for.
type reference struct {
	cand candidate
	from int
}

// classNouns map the head of a definite description to the types it can stand for
// (internal/lexicon/reference-heads.txt); namedHeads are the heads read only when a name
// carries them.
var classNouns, namedHeads = referenceHeads()

// referenceHeads parses the reference-heads list.
func referenceHeads() (map[string][]string, map[string]bool) {
	heads, named := map[string][]string{}, map[string]bool{}
	for _, line := range lexicon.ReferenceHeads() {
		f := strings.Fields(line)
		if len(f) < 2 {
			continue
		}
		heads[f[0]] = strings.Split(f[1], ",")
		if len(f) > 2 && f[2] == "named" {
			named[f[0]] = true
		}
	}
	return heads, named
}

// maxRefs bounds the references read per document (linear cost on hostile input).
const maxRefs = 200

// findReferences finds the references of sentences that hold at least one name and resolves
// them. bySent lists each sentence's mentions (candidate positions, in order).
func findReferences(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, tags *sentTags) []reference {
	var out []reference
	parties := map[string][2]int{} // "first defendant" -> the person it designates, its sentence
	described := describedHeads(text, cands)
	chain := newRefChain(cands, bySent)       // ref_chains.go
	chain.seedGender(text, cands, ents)       // ref_gender.go
	chain.seedSpeechGender(text, cands, ents) // ref_speech_gender.go
	for si, st := range sents {
		if len(bySent[si]) == 0 && !twoDescriptions(st) || len(out) >= maxRefs {
			continue // a sentence of descriptions only (ref_sentences.go) is read too
		}
		ms := bySent[si]
		// A pronoun's earlier sentences hold their resolved references beside their names.
		chain.catchUp(out, si)
		ccands, cby := chain.cands, chain.by
		inName := func(s, e int) bool {
			for _, m := range ms {
				if cands[m].s < e && s < cands[m].e {
					return true
				}
			}
			return false
		}
		toks := st.toks
		var tg []string
		// speakerOf reads a pronoun after a verb of speech once (reported_speakers.go); the
		// sentence's names are indexed on first use.
		var sp *speakers
		spokeK, spokeEnt := -1, -1
		speakerOf := func(k int) int {
			if k == spokeK {
				return spokeEnt
			}
			if sp == nil {
				sp = newSpeakers(cands, ms, ents, si)
			}
			sp.refs = out
			spokeK, spokeEnt = k, reportedSpeaker(toks, k, sp)
			return spokeEnt
		}
		for k := 0; k < len(toks); k++ {
			t := toks[k]
			switch {
			case ordinalWords[t.low] && k+1 < len(toks) && partyWords[toks[k+1].low] && !inName(t.s, toks[k+1].e):
				// A court's designation: "Mr. NATTAPONG KAEWSAI, First Defendant;" names the
				// party, and a later "the First Defendant" stands for him.
				key := t.low + " " + toks[k+1].low
				s0, tj := t.s, k+2
				ti := k
				if k > 0 && toks[k-1].low == "the" {
					s0, ti = toks[k-1].s, k-1
				}
				if p := designated(text, cands, ents, ms, s0, toks[k+1].e); p >= 0 {
					parties[key] = [2]int{p, si}
				} else if pe, ok := parties[key]; ok {
					out = append(out, reference{candidate{s: s0, e: toks[k+1].e, ti: ti, tj: tj, text: text[s0:toks[k+1].e],
						typ: model.Person, gaz: -1, sent: si, ent: pe[0], conf: 0.7}, pe[1]})
				}
				k++
			case (t.low == "the" || t.low == "this" || t.low == "that" && classNounNear(toks, k) && thatDeterminer(tags, si, k)) && k+1 < len(toks):
				// "the realty firm": a modifier before the head, read only when a name
				// holds it as a word ("Dizon Realty Corp."); hi is the head's index.
				hi, mod := k+1, ""
				if classNouns[toks[k+1].low] == nil && k+2 < len(toks) && classNouns[toks[k+2].low] != nil &&
					(toks[k+1].kind == tokWord || measureWord(toks[k+1].low)) && !isCap(toks[k+1]) && len(toks[k+1].low) > 2 {
					hi, mod = k+2, toks[k+1].low
					if mod == "said" || mod == "aforesaid" || mod == "aforementioned" || mod == "same" || wholeWords[mod] || measureWord(mod) {
						// "the said company": a court's plain back-reference; "the 8-hectare
						// compound", "the 22-storey tower": a measure describes, names nothing;
						// "the whole resort", "the entire building": the thing itself (whole_refs.go).
						mod = ""
					}
				}
				// "the casino complex", "the resort hotel": two heads of one class, the last
				// ends the phrase.
				if hi == k+1 && k+2 < len(toks) && classNouns[toks[k+1].low] != nil && classNouns[toks[k+2].low] != nil &&
					!isCap(toks[k+1]) && !isCap(toks[k+2]) && slices.Equal(classNouns[toks[k+1].low], classNouns[toks[k+2].low]) {
					hi = k + 2
				}
				head := toks[hi]
				types := classNouns[head.low]
				// "the Group": a firm's own short form of itself, read only by its head.
				capHead := isCap(head) && hi == k+1 && (head.text == "Group" || head.text == "Company")
				if types == nil || isCap(head) && !capHead {
					continue
				}
				if inName(t.s, head.e) {
					continue
				}
				// "Hengda Holdings, the developer of Golden Sands Park": a description
				// completed by "of" describes; it points back to nothing.
				if hi+1 < len(toks) && (toks[hi+1].low == "of" || landHeads[head.low] && landModifiers[toks[hi+1].low] && !landDateAfter(toks, hi)) {
					continue
				}
				// "the tenant, Bluewave Gaming Inc.,": a description its apposition names
				// introduces that name; it stands for nothing before. A person named after
				// "a lawyer for the businessman," is the lawyer, so people are left to the
				// rules below.
				if hi+2 < len(toks) && toks[hi+1].text == "," && !slices.Contains(types, model.Person) && apposedOfType(cands, ents, ms, toks[hi+2], types) {
					continue
				}
				// "the company running it is called X": the runner's description introduces
				// the name after its copula (runner_of_it.go); it stands for nothing before.
				if runnerDescription(text[t.s:min(st.e, t.s+120)]) {
					continue
				}
				// The head must end the noun phrase: "the company's" and "the company
				// said" do, "the company director" and "the casino Kings Romans" do not.
				if hi+1 < len(toks) {
					nx := toks[hi+1]
					if isCap(nx) && nx.low != "the" || inName(nx.s, nx.e) {
						continue
					}
					if tg == nil {
						tg = tags.of(si)
					}
					if hi+1 < len(tg) && (tg[hi+1] == "NN" || tg[hi+1] == "NNS" || tg[hi+1] == "NNP") && !headVerbs[nx.low] && !timeTail(toks, hi) { // ref_time_tails.go
						continue
					}
				}
				var ent, from int
				if mod != "" {
					ent, from = modAntecedent(cands, ents, bySent, si, t.s, types, mod)
					if modHeadClash(text, cands, ents, ent, types, head.low) {
						ent, from = -1, -1 // mod_heads.go
					}
				} else if capHead {
					ent, from = headAntecedent(text, sents, cands, ents, bySent, si, t.s, types, head.low, described)
					if ent < 0 {
						ent, from = farHeadAntecedent(text, cands, ents, bySent, si, si-4, t.s, types, head.low, described)
					}
				} else {
					ent, from = headAntecedent(text, sents, cands, ents, bySent, si, t.s, types, head.low, described)
					roleOpen := false
					if ent >= 0 && coordinatedHeadPeer(text, cands, ents, bySent[from], ent, types, head.low) {
						// "A Chamber and B Chamber met. The chamber's president": either (role_holders.go).
						ent, from, roleOpen = -1, -1, true
					}
					if ent < 0 && !roleOpen {
						// "the developer" again: the description read before continues its referent.
						ent, from = sameHeadRef(out, si, head.low, types)
					}
					if ent < 0 && !namedHeads[head.low] && personRole(types) {
						// "the senator": the person given the role before, not the nearest (role_holders.go).
						ent, from, roleOpen = roleHolder(text, cands, ents, bySent, si, t.s, head.low, described)
						if ent < 0 && !roleOpen && unnamedHolder(text, sents, si, t.s, head.low) {
							roleOpen = true // "the son of a senator ... the senator": no one named (role_holders.go)
						}
					}
					if ent < 0 && !namedHeads[head.low] && !roleOpen {
						ent, from = antecedent(sents, cands, ents, bySent, si, t.s, types)
						if e2 := firmSubject(text, sents, ccands, ents, cby, si, from, ent, head.low); e2 >= 0 {
							ent = e2 // the previous sentence's subject (ref_heads9.go)
						}
						if ent >= 0 && !fitsHead(ents[ent], head.low) {
							ent, from = -1, -1
						}
						// "A and B signed a deal. The company ...": two names of the type
						// coordinated in the antecedent's sentence leave it open.
						if ent >= 0 && coordinatedPeer(text, cands, ents, bySent[from], ent, types) {
							ent, from = -1, -1
						}
						// "the casino" when the nearest site is "KK Park": a name with the
						// head itself ("Kings Romans Casino"), the only one before, is meant.
						if ent >= 0 && otherHead(ents[ent].name, head.low) {
							if e2, f2 := farHeadAntecedent(text, cands, ents, bySent, si, si, t.s, types, head.low, described); e2 >= 0 {
								ent, from = e2, f2
							}
						}
						// "the group" for a firm named "... Group" before a nearer firm (ref_heads9.go).
						if ent >= 0 && firmNotCalledGroup(text, cands, ents, bySent, from, ent, head.low, described) {
							if e2, f2 := farHeadAntecedent(text, cands, ents, bySent, si, si, t.s, types, head.low, described); e2 >= 0 {
								ent, from = e2, f2
							}
						}
					}
					if ent < 0 && !roleOpen {
						ent, from = farHeadAntecedent(text, cands, ents, bySent, si, si-4, t.s, types, head.low, described)
					}
					if ent < 0 && slices.Equal(types, []string{model.Compound}) && !namedHeads[head.low] && (head.low != "site" || siteArgument(toks, tags, si, k) && !webContext(text, sents, si)) { // site_arguments.go
						ent, from = soleAntecedent(cands, ents, bySent, si, t.s, model.Compound)
						if ent >= 0 && onlyLandmark(sents, cands, bySent, ent, si, t.s) {
							ent, from = -1, -1 // landmarks.go
						}
					}
					if e2, f2 := nearerGroup(cands, ents, bySent, si, t.s, ent, from, head.low); e2 >= 0 {
						ent, from = e2, f2 // group_refs.go
					}
					ent, from = notGroupBody(cands, ents, bySent, si, t.s, ent, from, head.low)     // group_refs.go
					ent, from = structureNotZone(cands, ents, bySent, si, t.s, ent, from, head.low) // zone_refs.go
				}
				// "Jade Garden, a compound near the site operated by Y": a landmark of its own
				// sentence's name is another place (landmark_refs.go).
				if ent >= 0 && from == si && landmarkRef(st, k) {
					ent, from = -1, -1
				}
				// "X, the tycoon's nephew": the tycoon is not X (appos_possessors.go).
				ent, from = apposedPossessor(text, sents, cands, ents, bySent, toks, si, k, hi, ent, from, types, head.low, described)
				// "... moved to another compound. Zhang Wei ran the compound": the compound just
				// introduced, never the name before it (ref_indefinite_heads.go).
				if ent >= 0 && indefiniteSameHead(text, sents, from, t.s, head.low) {
					ent, from = -1, -1
				}
				end, tj := head.e, hi+1
				// "the resort itself is owned by": the reflexive belongs to the description.
				if hi+1 < len(toks) && toks[hi+1].low == "itself" {
					end, tj = toks[hi+1].e, hi+2
				}
				// "the land and buildings are owned by": the ground and what stands on it,
				// one description of the site (land_pairs.go).
				if e, j, ok := landAndBuildings(toks, hi); ok {
					end, tj = e, j
				}
				if ent >= 0 {
					out = append(out, reference{candidate{s: t.s, e: end, ti: k, tj: tj, text: text[t.s:end],
						typ: ents[ent].typ, gaz: -1, sent: si, ent: ent, conf: 0.7}, from})
				}
				k = tj - 1
			case (t.low == "his" || t.low == "her") && !inName(t.s, t.e) && copulaKin(toks, k):
				// "Thandar Win is his wife.": the possessor is someone named before, never the
				// copula's own subject (copula_kin.go).
				if ent, from := otherPossessor(text, sents, ccands, ents, cby, si, toks[k-1].s); ent >= 0 && chain.agrees(ent, t.low) {
					out = append(out, reference{candidate{s: t.s, e: t.e, ti: k, tj: k + 1, text: t.text,
						typ: model.Person, gaz: -1, sent: si, ent: ent, conf: 0.6}, from})
				}
			case t.low == "its" && !inName(t.s, t.e) && itsPost(toks, k) > 0 && !(k > 0 && toks[k-1].low == "as") &&
				!(possessedNoun(toks, k) > 0 && inName(toks[possessedNoun(toks, k)].s, toks[possessedNoun(toks, k)].e)):
				// "was its president", "Its legal representative is X" (reference_posts.go).
				if ent, from := postAntecedent(text, sents, ccands, ents, cby, si, t.s); ent >= 0 {
					if itsFirmPost(toks, k) {
						ent = firmOverState(ccands, ents, cby, si, ent, from) // false_ties.go
					}
					out = append(out, reference{candidate{s: t.s, e: t.e, ti: k, tj: k + 1, text: t.text,
						typ: ents[ent].typ, gaz: -1, sent: si, ent: ent, conf: 0.6}, from})
				}
			case t.low == "its" && !inName(t.s, t.e) && itsBoardSeat(toks, k):
				// "sits on its board", "who also chairs its board": a body's board, the firm or
				// body named before (board_refs.go).
				ent, from := ownSentenceBodyRef(out, ents, si, t.s)
				if ent < 0 {
					ent, from = postAntecedent(text, sents, ccands, ents, cby, si, t.s)
					// "A and B signed the lease. X sits on its board": either board.
					if ent >= 0 && coordinatedPeer(text, ccands, ents, cby[from], ent, bodyPostTypes) {
						ent, from = -1, -1
					}
					// "X gave to a local hospital. Y sits on its board": the hospital's (board_refs.go).
					if ent >= 0 && otherBodySince(text, ccands, cby[from], ent, sents[from].s, t.s) {
						ent, from = -1, -1
					}
					// A new paragraph opens a new topic: "its" reaches no body before it.
					if ent >= 0 && paragraphBetween(text, sents, from, si) {
						ent, from = -1, -1
					}
				}
				if ent >= 0 {
					out = append(out, reference{candidate{s: t.s, e: t.e, ti: k, tj: k + 1, text: t.text,
						typ: ents[ent].typ, gaz: -1, sent: si, ent: ent, conf: 0.6}, from})
				}
			case t.low == "its" && !inName(t.s, t.e) && itsShareNoun(toks, k):
				// "holds 95 percent of its shares": the firm named before (ref_shares.go).
				if ent, from := postAntecedent(text, sents, ccands, ents, cby, si, t.s); ent >= 0 && ents[ent].typ == model.Company {
					out = append(out, reference{candidate{s: t.s, e: t.e, ti: k, tj: k + 1, text: t.text,
						typ: model.Company, gaz: -1, sent: si, ent: ent, conf: 0.6}, from})
				}
			case possessivePronouns[t.low] && t.low != "their" && k+2 < len(toks) && possessedNoun(toks, k) > 0 &&
				!(k > 1 && toks[k-1].low == "and" && inName(toks[k-2].s, toks[k-2].e)):
				// "its leader Saw Chit Thu", "his conglomerate, L.Y.P. Group": the possessor is
				// the name before. ("X and its chairman Y" is read as a whole elsewhere.)
				if n := possessedNoun(toks, k); !inName(toks[n].s, toks[n].e) {
					continue
				}
				var ent, from int
				if t.low == "its" {
					types := []string{model.Company, model.Organization, model.Compound}
					if pv := toks[possessedNoun(toks, k)-1]; nationalities[pv.low] || pv.low == "national" || titleWords[pv.low] || boardPosts[toks[k+1].low] {
						// "its director, Chinese national X": a post with a title is a body's.
						types = types[:2]
					}
					if len(types) == 2 {
						// A post with a title is a body's: the body "its" stands for is found
						// as for a post with no name after it (reference_posts.go).
						ent, from = postAntecedent(text, sents, ccands, ents, cby, si, t.s)
					} else if itsFirmPost(toks, k) {
						// "its chief executive, X": a firm's post, never the site's (ref_heads9.go).
						ent, from = subjectAntecedent(sents, ccands, ents, cby, si, t.s, types[:2])
						if paragraphBetween(text, sents, from, si) {
							ent, from = -1, -1 // board_refs.go
						}
						ent = firmOverState(ccands, ents, cby, si, ent, from) // false_ties.go
					} else {
						ent, from = subjectAntecedent(sents, ccands, ents, cby, si, t.s, types)
					}
					// "A and B signed a lease. Its director, X": either's (coordinated_its.go).
					if ent >= 0 && from >= 0 && from < si && (coordinatedPeer(text, ccands, ents, cby[from], ent, types) || controlledPeer(text, ccands, ents, cby[from], ent, types)) {
						ent, from = -1, -1
					}
				} else {
					ent, from = possessorAntecedent(text, sents, ccands, ents, cby, si, t.s)
					if ent >= 0 && !chain.agrees(ent, t.low) {
						ent, from = -1, -1
					}
					if ent < 0 {
						ent, from = genderedPossessor(text, sents, ccands, ents, cby, chain, si, t.s, t.low) // gendered_possessors.go
					}
					if ent >= 0 {
						ent, from = intervener(text, sents, ccands, cby, bySent, out, si, from, t.s, ent) // ref_interveners.go
						if ent >= 0 && !chain.agrees(ent, t.low) {
							ent, from = -1, -1
						}
					}
				}
				if ent >= 0 {
					out = append(out, reference{candidate{s: t.s, e: t.e, ti: k, tj: k + 1, text: t.text,
						typ: ents[ent].typ, gaz: -1, sent: si, ent: ent, conf: 0.7}, from})
				}
			case t.low == "it" && k+1 < len(toks) && !inName(t.s, t.e) && runnerOfIt(text, st.s, t.s, t.e, cands, ents, ms):
				// "the company running it is X": the site named before (runner_of_it.go).
				if ent, from := itAntecedent(sents, ccands, ents, cby, si, t.s, []string{model.Compound}); ent >= 0 {
					out = append(out, reference{candidate{s: t.s, e: t.e, ti: k, tj: k + 1, text: t.text,
						typ: ents[ent].typ, gaz: -1, sent: si, ent: ent, conf: 0.6}, from})
				}
			case t.low == "it" && k+1 < len(toks) && !inName(t.s, t.e) && itOpensClause(toks, k, ms, cands):
				// "On Monday it was raided by the Tak Provincial Police": a passive whose
				// subject is "it" stands for the one site or firm named just before.
				loc := reItPassive.FindStringSubmatch(text[t.e:min(st.e, t.e+120)])
				types := []string{model.Compound, model.Company}
				if loc == nil {
					// "it owns 60% of X", "it runs two sites": a firm or body acting.
					if reItSubsidiary.MatchString(text[t.e:min(st.e, t.e+80)]) {
						types = []string{model.Company} // "it is a subsidiary of X" (ref_heads9.go)
					} else if !reItActive.MatchString(text[t.e:min(st.e, t.e+60)]) {
						continue
					} else {
						types = []string{model.Company, model.Organization}
					}
				} else if siteOnlyPassives[strings.ToLower(loc[1])] {
					types = types[:1]
				}
				if ent, from := itAntecedent(sents, ccands, ents, cby, si, t.s, types); ent >= 0 &&
					// "X lies near Y. Its owner keeps a mansion in Yangon. It is guarded by ...":
					// the mansion may be what is guarded (bare_guard_passives.go).
					!(loc != nil && siteOnlyPassives[strings.ToLower(loc[1])] && otherBuildingSince(text, ccands, cby, ent, from, si, t.s)) {
					out = append(out, reference{candidate{s: t.s, e: t.e, ti: k, tj: k + 1, text: t.text,
						typ: ents[ent].typ, gaz: -1, sent: si, ent: ent, conf: 0.6}, from})
				}
			case (t.low == "his" || t.low == "her") && k+1 < len(toks) && bodyPartNouns[toks[k+1].low] && !inName(t.s, toks[k+1].e):
				// "PO3 Cruz of the PNP Anti-Cybercrime Group testified that his unit raided":
				// the body the person was just named with.
				if ent := ownBody(text, cands, ents, ms, t.s); ent >= 0 {
					out = append(out, reference{candidate{s: t.s, e: toks[k+1].e, ti: k, tj: k + 2, text: text[t.s:toks[k+1].e],
						typ: model.Organization, gaz: -1, sent: si, ent: ent, conf: 0.7}, si})
				}
				k++
			case (t.low == "he" || t.low == "she" || t.low == "it") && k > 1 && !inName(t.s, t.e) && speakerOf(k) >= 0:
				// "Chen Zhi denied that he owns X": the speaker (reported_speakers.go).
				if ent := speakerOf(k); t.low == "it" || chain.agrees(ent, t.low) {
					out = append(out, reference{candidate{s: t.s, e: t.e, ti: k, tj: k + 1, text: t.text,
						typ: ents[ent].typ, gaz: -1, sent: si, ent: ent, conf: 0.6}, si})
				}
			case (t.low == "he" || t.low == "she") && !inName(t.s, t.e) && !surnamePronoun(toks, k): // ref_heads9.go
				ent, from := pronounAntecedent(text, sents, ccands, ents, cby, si, t.s, false)
				if ent >= 0 {
					ent, from = intervener(text, sents, ccands, cby, bySent, out, si, from, t.s, ent) // ref_interveners.go
				}
				if ent >= 0 && chain.agrees(ent, t.low) {
					out = append(out, reference{candidate{s: t.s, e: t.e, ti: k, tj: k + 1, text: t.text,
						typ: model.Person, gaz: -1, sent: si, ent: ent, conf: 0.6}, from})
				}
			}
		}
	}
	chain.settle(out)
	return append(out, courtPartyRefs(text, sents, cands, ents, bySent)...)
}

// antecedent returns the nearest name before offset off in sentence si or the three before it
// whose entity has one of types, and the sentence it is in; -1 when there is none.
func antecedent(sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, si, off int, types []string) (int, int) {
	for sj := si; sj >= 0 && sj >= si-3; sj-- {
		ms := bySent[sj]
		for i := len(ms) - 1; i >= 0; i-- {
			c := cands[ms[i]]
			if sj == si && c.e > off || c.ent < 0 || landmarkMention(sents[sj], c) || sj == si && objectOfOwnVerbToks(sents[sj], c.e, off) {
				continue
			}
			if slices.Contains(types, ents[c.ent].typ) {
				if sj < si {
					c = cands[ms[mainClauseMention(sents[sj], cands, ents, ms, i, types)]] // ref_salience.go
				}
				return c.ent, sj
			}
		}
	}
	return -1, -1
}

// subjectAntecedent resolves "its": the nearest fitting name before it in its own sentence,
// else, in the nearest earlier sentence naming one, the sentence's first name when it fits
// (the subject, which a possessive pronoun most often continues), else its last fitting one.
func subjectAntecedent(sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, si, off int, types []string) (int, int) {
	ent, from := antecedent(sents, cands, ents, bySent, si, off, types)
	if ent < 0 || from == si {
		return ent, from
	}
	if ms := bySent[from]; len(ms) > 0 {
		if c := cands[ms[0]]; c.ent >= 0 && slices.Contains(types, ents[c.ent].typ) && opensSentence(sents[from], c) {
			return c.ent, from
		}
	}
	return ent, from
}

// opensSentence reports a name that opens its sentence (nothing but an article or a bullet
// before it): the sentence's subject.
func opensSentence(st sentence, c candidate) bool {
	return c.s-st.s <= 6
}

// pronounAntecedent resolves "he"/"she" in sentence si to the one person named in the
// nearest earlier sentence (up to three back, the window of a description) that names any;
// the pronoun's own sentence must name no person before it.
func pronounAntecedent(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, si, off int, possessive bool) (int, int) {
	for _, m := range bySent[si] {
		if c := cands[m]; c.s < off && c.ent >= 0 && ents[c.ent].typ == model.Person {
			return -1, -1
		}
	}
	if partyDescribedBefore(sents[si], off, possessive) { // prec_antecedents.go
		return -1, -1
	}
	for sj := si - 1; sj >= 0 && sj >= si-3; sj-- {
		// A person named inside a quotation is spoken of by the speaker ("'I never met
		// Chaiwat,' he said"): the speaker, not the name, is what a later "he" continues.
		person, named := soleEntity(cands, bySent[sj], func(c candidate) bool {
			return ents[c.ent].typ == model.Person && !insideQuote(text, sents[sj], c)
		})
		if named {
			if person < 0 {
				// Two people named: the one that opens the sentence, its subject, is what a
				// possessive in the next sentence most often continues ("her daughter"; Grosz,
				// Joshi & Weinstein 1995); read only when the pronoun's sentence follows at
				// once. A subject pronoun ("He founded ...") after two people stays open.
				if ms := bySent[sj]; possessive && sj == si-1 && len(ms) > 0 {
					if c := cands[ms[0]]; c.ent >= 0 && ents[c.ent].typ == model.Person && subjectLead(text[sents[sj].s:c.s]) &&
						!coordinatedSubject(text, cands, ents, ms) {
						return c.ent, sj
					}
				}
				return -1, -1
			}
			return person, sj
		}
	}
	return -1, -1
}

// insideQuote reports that mention c stands inside a quotation that closes later in its
// sentence: an odd number of straight quotes after it, or a closing curly quote before any
// opening one.
func insideQuote(text string, st sentence, c candidate) bool {
	if c.e > st.e {
		return false
	}
	after := strings.TrimRight(text[c.e:st.e], " \t\n")
	// A quote that ends the sentence after a space opens the next one: `money. "`.
	for _, q := range []string{"\"", "“"} {
		if t := strings.TrimSuffix(after, q); t != after && strings.HasSuffix(t, " ") {
			after = t
		}
	}
	if strings.Count(after, "\"")%2 == 1 {
		return true
	}
	cl, op := strings.Index(after, "”"), strings.Index(after, "“")
	return cl >= 0 && (op < 0 || cl < op)
}

// soleEntity returns the one entity the mentions ms name among those keep accepts: named
// reports that any is named, and the entity is -1 when two different ones are (ambiguous).
func soleEntity(cands []candidate, ms []int, keep func(candidate) bool) (ent int, named bool) {
	ent = -1
	for _, m := range ms {
		c := cands[m]
		if c.ent < 0 || !keep(c) {
			continue
		}
		if ent >= 0 && ent != c.ent {
			return -1, true
		}
		ent = c.ent
	}
	return ent, ent >= 0
}

// possessedNoun returns the index of the name after "his/its NOUN[,]" when NOUN is a role,
// relative, partner or business word, or 0.
func possessedNoun(toks []token, k int) int {
	j := k + 1
	if j < len(toks) && (toks[j].low == "former" || toks[j].low == "main" || toks[j].low == "eldest" || toks[j].low == "younger" || toks[j].low == "elder" || toks[j].low == "older" || toks[j].low == "youngest" || toks[j].low == "business" ||
		toks[j].low == "vice" || toks[j].low == "deputy") && j+1 < len(toks) {
		j++
	}
	// "its finance officer", "its chief executive": a post of two or three words.
	if n := multiWordPost(toks, j); n > 0 {
		j += n - 1
	} else if w := toks[j].low; roleWords[w] == "" && !familyWords[w] && !associateWords[w] && !ownedNouns[w] {
		return 0
	}
	kin := familyWords[toks[j].low] && toks[k].low != "its"
	partner := toks[j].low == "partner"
	j++
	if partner {
		j = partnerInPlace(toks, j) // pronoun_partners.go
	}
	copula := false
	if j < len(toks) && toks[j].text == "," {
		j++
		if kin {
			j = kinNameLead(toks, j) // kin_name_leads.go
		} else if partner {
			j = partnerNameLead(toks, k, j) // pronoun_partners.go
		}
		// "his son-in-law, a Chinese man called Liu Jun" (described_kin.go).
		if n := describedNameLead(toks, j); n > 0 && (kin || partner) {
			j = n
		}
	} else if n := copulaDescribedLead(toks, j, kin || partner); n > 0 {
		j = n // "his partner is a Chinese boss called Lao Zhang" (described_kin.go)
	} else if j+1 < len(toks) && (toks[j].low == "is" || toks[j].low == "was") && familyWords[toks[j-1].low] && toks[k].low != "its" {
		j++ // "His son-in-law is Col. X." (kin_copula_first.go): a title after the copula is X's
		copula = true
	}
	for n := 0; n < 2 && copula && j+1 < len(toks) && (titleWords[toks[j].low] || titleWords[strings.TrimSuffix(toks[j].low, ".")]); n++ {
		j++
	}
	// "its director, Chinese national Zhao Weiming": a nationality or title before the name.
	// Only a body's "its" reads past them: "his"/"her" may resolve a sentence back, and a
	// person named there with a title is less surely the one meant.
	for n := 0; n < 3 && toks[k].low == "its" && j+1 < len(toks) && (nationalities[toks[j].low] || toks[j].low == "national" || titleWords[toks[j].low]); n++ {
		j++
	}
	// "her husband, U Myo Thant": an honorific is part of how the name is written, not a
	// title that may belong to someone else.
	if j+1 < len(toks) && nameHonorifics[toks[j].low] {
		j++
	}
	if j >= len(toks) {
		return 0
	}
	return j
}

// coordinatedPeer reports that the mentions ms of a sentence join entity ent with another
// entity of one of types by "and" or "or" ("Silver Ox Ltd. and Golden Reed Ltd."): a
// description after them may stand for either.
func coordinatedPeer(text string, cands []candidate, ents []*docEntity, ms []int, ent int, types []string) bool {
	for i := 0; i+1 < len(ms); i++ {
		a, b := cands[ms[i]], cands[ms[i+1]]
		if a.ent < 0 || b.ent < 0 || a.ent == b.ent || a.e > b.s || a.ent != ent && b.ent != ent {
			continue
		}
		other := a.ent
		if other == ent {
			other = b.ent
		}
		if !slices.Contains(types, ents[other].typ) {
			continue
		}
		switch strings.TrimSpace(strings.ToLower(text[a.e:b.s])) {
		case "and", "or", ", and", "and the", "or the", ", and the":
			return true
		}
	}
	return false
}

// measureWord reports a measure used as an adjective: "8-hectare", "22-storey".
func measureWord(w string) bool {
	return len(w) > 2 && w[0] >= '0' && w[0] <= '9' && strings.Contains(w, "-") || spelledMeasure(w) // land_refs.go
}

// multiWordPost returns the number of words (2 or 3) of a post the role table knows whole
// starting at token j ("finance officer", "majority shareholder"), or 0.
func multiWordPost(toks []token, j int) int {
	for n := 3; n >= 2; n-- {
		if j+n > len(toks) {
			continue
		}
		ws := make([]string, n)
		for i := range ws {
			ws[i] = toks[j+i].low
		}
		phrase := strings.Join(ws, " ")
		if w, pred := rolePhrase(phrase); pred != "" && w == phrase {
			return n
		}
	}
	return 0
}

// possessorAntecedent resolves "his"/"her": the one person named before it in its sentence,
// else the pronoun rule (the one person of the nearest sentence naming any).
func possessorAntecedent(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, si, off int) (int, int) {
	person := -1
	for _, m := range bySent[si] {
		c := cands[m]
		if c.s >= off || c.ent < 0 || ents[c.ent].typ != model.Person {
			continue
		}
		if person >= 0 && person != c.ent {
			return -1, -1
		}
		person = c.ent
	}
	if person >= 0 {
		return person, si
	}
	return pronounAntecedent(text, sents, cands, ents, bySent, si, off, true)
}

// classNounNear reports whether token k+1 or k+2 is a class noun, without which the
// description case above reads nothing: "that" is tagged (thatDeterminer) only then, as the
// tagging costs more than the rest of the reading of a sentence.
func classNounNear(toks []token, k int) bool {
	return k+1 < len(toks) && classNouns[toks[k+1].low] != nil || k+2 < len(toks) && classNouns[toks[k+2].low] != nil
}

// thatDeterminer reports that "that" at token k of sentence si is a determiner after a
// preposition ("a captain in that militia"), not a conjunction ("said that militia ...").
func thatDeterminer(tags *sentTags, si, k int) bool {
	tg := tags.of(si)
	return k > 0 && k-1 < len(tg) && tg[k-1] == "IN"
}

// headAntecedent prefers, among the names of the window antecedent reads, the nearest whose
// own name ends in the description's head noun: "the group" is "Crown Star Investment Group"
// rather than a ministry named after it (head matching, Vieira & Poesio 2000).
func headAntecedent(text string, sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, si, off int, types []string, head string, described apposHeads) (int, int) {
	fallback, fallbackSent := -1, -1
	for sj := si; sj >= 0 && sj >= si-3; sj-- {
		ms := bySent[sj]
		for i := len(ms) - 1; i >= 0; i-- {
			c := cands[ms[i]]
			if sj == si && c.e > off || c.ent < 0 || sj == si && objectOfOwnVerb(text, c.e, off) {
				continue
			}
			if !headOf(text, c, ents, head) && !described.has(c, head) && !(sj == si && companyByForm(ents[c.ent], head)) { // prec_antecedents.go
				continue
			}
			for _, t := range types {
				if ents[c.ent].typ != t {
					continue
				}
				// "the colonel" passes a Lieutenant Colonel for a Colonel named before (prec9_who.go).
				if compoundRankTitle(text, c, ents, head) {
					if fallback < 0 {
						fallback, fallbackSent = c.ent, sj
					}
					break
				}
				return c.ent, sj
			}
		}
	}
	if fallback >= 0 && plainRankEarlier(text, cands, ents, bySent, si-4, head) {
		return -1, -1 // a Colonel named further back may be "the colonel" too (prec9_who.go)
	}
	return fallback, fallbackSent
}

// headOf reports that a mention's name ends in a description's head noun ("Golden Bay
// Casino" for "the casino"), or that the noun follows the mention ("the Jade Summit
// compound" for "the compound").
func headOf(text string, c candidate, ents []*docEntity, head string) bool {
	if writtenHead(c, head) || honorificHead(text, c, ents, head) {
		return true // ref_heads9.go
	}
	f := strings.Fields(strings.ToLower(ents[c.ent].name))
	if len(f) > 0 && strings.TrimRight(f[len(f)-1], ".,") == head {
		return true
	}
	// "Meng Heang Group Co., Ltd." for "the group": the head before a legal form's tail.
	if n := legalTail(f); n > 0 && n < len(f) && strings.TrimRight(f[len(f)-1-n], ".,") == head {
		return true
	}
	if activityHead(f, head) {
		return true // ref_sentences.go
	}
	// "the ministry" for the Ministry of Foreign Affairs: the head before "of".
	for i := 0; i+1 < len(f); i++ {
		if f[i] == head && (f[i+1] == "of" || f[i+1] == "for" || f[i+1] == "on") {
			return true
		}
	}
	// "the Democratic Karen Defence Force, an armed group": the author's own description.
	low := strings.ToLower(text[c.e:min(len(text), c.e+60)])
	if m := reApposHead.FindStringSubmatchIndex(low); m != nil && low[m[2]:m[3]] == head && !reApposThrough.MatchString(low[:m[2]]) {
		return true // not "an aide to a senator": the head is another's (role_holders.go)
	}
	if apposHeadParticiple(text, c.e, head) {
		return true // appos_heads.go
	}
	if titleBefore(text, c, ents, head) || ents[c.ent].typ == model.Person && abbrevTitleBefore(text, c, head) {
		return true // "Senator Meas Sophal", "Col. X" for "the senator", "the colonel" (prec_blocks.go, title_refs.go)
	}
	if head == "senator" && ents[c.ent].typ == model.Person && senateSeat(text, c) {
		return true // "X, a member of the Senate" for "the senator" (role_holders.go)
	}
	if calledAfterHead(text, c.s, head) {
		return true // "a compound called Huanya Garden" for "the compound" (called_heads.go)
	}
	after := text[c.e:min(len(text), c.e+len(head)+2)]
	return len(after) > len(head) && after[0] == ' ' && strings.EqualFold(after[1:len(head)+1], head) &&
		(len(after) == len(head)+1 || !isWordByte(after[len(head)+1]))
}

// reApposHead reads the head noun of a description set off after a name: ", an armed group".
var reApposHead = regexp.MustCompile(`^\s*(?:\([^)]{1,20}\)\s*)?,\s*(?:a|an|the)\s+(?:[a-z-]+\s+){0,3}?([a-z]+)\b(?:\s*[,.;]|\s+(?:that|which|who|based|in|of|from|with|whose)\b)`)

// reApposThrough ends in a preposition and an article before an apposition's last noun: ", an
// aide to a senator", ", the son of a general" describe the name through someone else.
var reApposThrough = regexp.MustCompile(`\b(?:to|for|of|with|from|by)\s+(?:a|an|the)\s+(?:[a-z-]+\s+)?$`)

// stateSectors are the sectors of bodies of a state: "the group" is never one of them.
var stateSectors = set(model.SectorGovernment, model.SectorLegislature, model.SectorJudiciary, model.SectorPolice,
	model.SectorMilitary, model.SectorIntergov)

// fitsHead reports that an entity can be what a description's head noun names: "the group"
// is a firm, an armed group or an NGO, never a police force, ministry, court or army.
func fitsHead(e *docEntity, head string) bool {
	if !kindFits(e, head) {
		return false // prec10_kinds.go
	}
	if head == "group" && e.typ == model.Organization {
		// Nor a news outlet the page quotes or was spoken to (prec_antecedents.go).
		return !stateSectors[sectorOf(e.name)] && !outletGroup(e)
	}
	return true
}

// isWordByte reports an ASCII letter or digit.
func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9'
}

// maxFarBack bounds how many sentences farHeadAntecedent reads back.
const maxFarBack = 40

// farHeadAntecedent resolves a description beyond the near window only when one name in the
// document before it has the description's head ("the resort" ten sentences after Long Bay
// Resort, with no other resort named): a same-head antecedent holds over longer distances
// than other definite descriptions (Vieira & Poesio 2000), but only when unambiguous.
// It reads from sentence start back (in sentence si only the names before offset off).
func farHeadAntecedent(text string, cands []candidate, ents []*docEntity, bySent map[int][]int, si, start, off int, types []string, head string, described apposHeads) (int, int) {
	ent, from := -1, -1
	for sj := start; sj >= 0 && sj >= si-maxFarBack; sj-- {
		for _, m := range bySent[sj] {
			c := cands[m]
			if c.ent < 0 || c.ent == ent || sj == si && c.e > off || !headOf(text, c, ents, head) && !described.has(c, head) {
				continue
			}
			fits := false
			for _, t := range types {
				fits = fits || ents[c.ent].typ == t
			}
			if !fits {
				continue
			}
			if ent >= 0 {
				return -1, -1 // two names share the head: ambiguous
			}
			ent, from = c.ent, sj
		}
	}
	return ent, from
}

// refQuote quotes a claim read through a reference whose two sentences lie too far apart to
// quote whole: the sentence naming the antecedent and the claim's own sentence, each cut to
// fit, joined by an ellipsis, so the quote still shows both the name and the claim.
func refQuote(text string, ante, claim sentence) string {
	a := clipQuote(strings.TrimSpace(text[ante.s:ante.e]), 250)
	c := clipQuote(strings.TrimSpace(text[claim.s:claim.e]), 340)
	return a + " … " + c
}

// clipQuote cuts s to at most n bytes on a UTF-8 boundary.
func clipQuote(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && s[n]&0xC0 == 0x80 {
		n--
	}
	return s[:n]
}

// refFrom returns the sentence a claim on entity ent, read in sentence siteSent, must quote
// from: when that sentence names ent only through a reference ("raided the compound"), the
// sentence of the name the reference stands for; else from unchanged. all and typed hold
// the mentions with references; cands and bySent the names alone.
func refFrom(cands []candidate, bySent map[int][]int, all []candidate, typed map[int][]int, ante map[int]int, si, siteSent, ent, from int) int {
	for _, m := range bySent[siteSent] {
		if cands[m].ent == ent {
			return from
		}
	}
	for _, m := range typed[siteSent] {
		if f, ok := ante[m]; ok && all[m].ent == ent && f < si && (from < 0 || f < from) {
			from = f
		}
	}
	return from
}

// otherHead reports a name that ends in a class noun other than head: "KK Park" for "the
// casino".
func otherHead(name, head string) bool {
	f := strings.Fields(strings.ToLower(name))
	if len(f) == 0 {
		return false
	}
	last := strings.TrimRight(f[len(f)-1], ".,")
	return last != head && classNouns[last] != nil
}

// modAntecedent resolves "the realty firm": the nearest name (in the near window, else the
// only one in the document before it) of a fitting type that holds the modifier as a word.
func modAntecedent(cands []candidate, ents []*docEntity, bySent map[int][]int, si, off int, types []string, mod string) (int, int) {
	ent, from := -1, -1
	for sj := si; sj >= 0 && sj >= si-maxFarBack; sj-- {
		for _, m := range bySent[sj] {
			c := cands[m]
			if c.ent < 0 || c.ent == ent || sj == si && c.e > off || !slices.Contains(types, ents[c.ent].typ) {
				continue
			}
			has := false
			for _, w := range strings.Fields(strings.ToLower(ents[c.ent].name)) {
				has = has || strings.Trim(w, ".,()") == mod
			}
			if !has {
				continue
			}
			if ent >= 0 {
				if from >= si-3 {
					return ent, from // the nearest in the near window wins
				}
				return -1, -1
			}
			ent, from = c.ent, sj
		}
	}
	return ent, from
}

// reItPassive follows "it" as the subject of a passive with an agent: " was raided by".
var reItPassive = regexp.MustCompile(`(?i)^\s+(?:is|was|has\s+been|had\s+been)\s+(?:(?:also|reportedly|allegedly|now|later|jointly|first|then)\s+)*(owned|run|operated|controlled|raided|guarded|protected|built|developed|managed|founded|sealed|searched|stormed)\s+(?:[\w-]+\s+){0,3}?by\s`)

// reItActive follows "it" as the subject of a verb of holding or running: " owns 60% of",
// " also runs".
var reItActive = regexp.MustCompile(`(?i)^\s+(?:(?:also|still|reportedly|allegedly|now|later|then)\s+)*(?:owns|owned|runs|ran|operates|operated|controls|controlled|holds|held|manages|managed|developed|built|founded|acquired|bought)\s`)

// siteOnlyPassives are the passives only a site undergoes: a firm is not raided or guarded here.
var siteOnlyPassives = set("raided", "guarded", "protected", "sealed", "searched", "stormed")

// itOpensClause reports that "it" at token k is a clause's subject: the sentence's first
// word, after a comma, "and" or "but", or after a short opening phrase with no name in it
// ("On Monday it was").
func itOpensClause(toks []token, k int, ms []int, cands []candidate) bool {
	if k == 0 {
		return true
	}
	switch toks[k-1].low {
	case ",", "and", "but", ";":
		return true
	}
	if k > 4 {
		return false
	}
	for _, m := range ms {
		if cands[m].s < toks[k].s {
			return false
		}
	}
	return true
}

// itAntecedent resolves "it": the one entity of the types named before it in its sentence,
// else the one named in the nearest of the two sentences before that names any of the types
// ("X opened in 2021. Police said Y had fled. It is run by Z": the middle sentence names no
// site or firm), or of two named there the one that opens it.
func itAntecedent(sents []sentence, cands []candidate, ents []*docEntity, bySent map[int][]int, si, off int, types []string) (int, int) {
	for _, sj := range []int{si, si - 1, si - 2} {
		if sj < 0 {
			break
		}
		found, named := soleEntity(cands, bySent[sj], func(c candidate) bool {
			return (sj != si || c.e <= off) && slices.Contains(types, ents[c.ent].typ)
		})
		if named {
			if found < 0 {
				// "X is a casino run by Y. It is owned by Z.": of two, the subject of the
				// sentence before (ref_salience.go).
				if sj < si {
					return subjectOf(sents[sj], cands, ents, bySent[sj], types), sj
				}
				return -1, -1
			}
			return found, sj
		}
	}
	return -1, -1
}

// ordinalWords and partyWords make a court's designation of a party: "Second Accused".
var (
	ordinalWords = set("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")
	partyWords   = set("defendant", "accused", "respondent")
)

// reDesignatedAfter and reDesignatedBefore join a person to a designation: "LI MING, First
// Defendant", "LI MING (the First Defendant)", "The First Defendant, Li Ming,".
var (
	reDesignatedAfter  = regexp.MustCompile(`^\s*(?:,|\(|,\s*\()\s*(?:hereinafter\s+)?["“]?\s*$`)
	reDesignatedBefore = regexp.MustCompile(`^["”]?\s*,\s*(?:(?:mr|ms|mrs)\.?\s+)?$`)
)

// designated returns the person a designation spanning [s, e) names in place, or -1 when
// the designation stands alone (a reference to a party named before).
func designated(text string, cands []candidate, ents []*docEntity, ms []int, s, e int) int {
	for _, m := range ms {
		c := cands[m]
		if c.ent < 0 || ents[c.ent].typ != model.Person {
			continue
		}
		if c.e <= s && s-c.e <= 20 && reDesignatedAfter.MatchString(text[c.e:s]) {
			return c.ent
		}
		if c.s >= e && c.s-e <= 12 && reDesignatedBefore.MatchString(text[e:c.s]) {
			return c.ent
		}
	}
	return -1
}

// boardPosts are posts only a body has: "its chairman" is a firm's, never a site's.
var boardPosts = set("chairman", "chairwoman", "chairperson", "president", "ceo", "founder", "co-founder", "shareholder", "shareholders", "treasurer", "secretary")

// bodyPartNouns are a person's own working body: "his unit", "her office".
var bodyPartNouns = set("unit", "team", "office", "agency", "department", "command", "battalion", "squad", "division")

// rePersonOfBody joins a person to the body named right after: "Cruz of the", "Cruz, from the".
var rePersonOfBody = regexp.MustCompile(`^\s*,?\s*(?:of|from|with)\s+(?:the\s+)?$`)

// ownBody returns the body named right after the one person named before offset off in the
// sentence ("Cruz of the X ... his unit"), or -1.
func ownBody(text string, cands []candidate, ents []*docEntity, ms []int, off int) int {
	body, persons := -1, 0
	for i, m := range ms {
		c := cands[m]
		if c.s >= off || c.ent < 0 {
			break
		}
		if ents[c.ent].typ != model.Person {
			continue
		}
		persons++
		if i+1 < len(ms) {
			o := cands[ms[i+1]]
			if o.ent >= 0 && o.s < off && o.s >= c.e && ents[o.ent].typ == model.Organization && rePersonOfBody.MatchString(text[c.e:o.s]) {
				body = o.ent
			}
		}
	}
	if persons != 1 {
		return -1
	}
	return body
}
