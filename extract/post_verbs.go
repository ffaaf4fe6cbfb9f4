package extract

import (
	"regexp"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// Posts told by a verb of taking, holding or giving a post, which the copula rules do not
// read. Each shape has recall and precision cases in post_verbs_test.go:
//
//   - "X took over as chairman of Y", "X stayed on as director of Y", "X, who now serves as
//     ...": a verb of entering, keeping or leaving a post, then "as" and the post;
//   - "X holds the post of chairman at Y", "X held the position of finance manager with Y";
//   - "X, one of the directors of Y", "X was among the shareholders of Y": one of a body's
//     holders named in the plural;
//   - "X chairs the board of Y", "X sat on the boards of Y": a board's chair heads the body;
//   - "X has been at the helm of Y": the head; "X, the founder of both A and B": both bodies;
//   - "X, at the time a director of Y", "X, until recently the finance manager of Y": the
//     time an apposition opens with;
//   - "Y hired X as finance manager", "Y appointed X as its chairman in 2020": the body gives
//     the post, the person holds it.
//
// The post is read as postsOf reads it (the role table, then its head noun); a word that is
// no post ("hired X as a favour") voids the reading.

const postVerbLead = `^\s*(?:,\s*(?:\d{1,3}\s*,\s*)?who\s+|,\s*\d{1,3}\s*,\s*|\s+)(?:(?:also|later|then|now|once|previously|formerly|briefly|eventually|subsequently|quietly|still)\s+)?(?:(?:has|had|have)\s+)?`

var (
	// reTookOverAs is the gap of "X took over as chairman of ".
	reTookOverAs = regexp.MustCompile(postVerbLead + `(?:took|takes|take|taken|taking)\s+over\s+as|(?:stepped|steps|step)\s+in\s+as|(?:stayed|stays|stay|remained|remains|continued|continues)\s+on\s+as|(?:returned|returns|came\s+back)\s+as|(?:was|is|has\s+been|had\s+been)\s+(?:re-?appointed|re-?elected|reinstated|hired|recruited|brought\s+in|installed|retained|kept\s+on)\s+as|(?:was|is)\s+(?:later\s+)?(?:promoted|elevated)\s+to`)
	// rePostAsTail is the post after the verb: " the chairman of ", " finance manager with ".
	rePostAsTail = regexp.MustCompile(`^\s+(?:the\s+|a\s+|an\s+|its\s+)?((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(?:of|at|for|with|in)\s+(?:the\s+)?$`)
	// reOneOfHolders is the gap of "X, one of the directors of ", "X was among the shareholders of ".
	reOneOfHolders = regexp.MustCompile(`^\s*(?:,\s*|\s+(?:is|was|are|were|has\s+been|had\s+been)\s+)(?:one\s+of|among|two\s+of|both)\s+(?:the\s+|its\s+|their\s+)?(?:(?:two|three|four|five|several|registered|listed|founding|original|senior|former)\s+)*((?:[a-z-]+\s+)?[a-z-]+s)\s+(?:of|at|in)\s+(?:the\s+)?$`)
	// reChairsBoard is the gap of "X, who chairs the board of ".
	reChairsBoard = regexp.MustCompile(postVerbLead + `(?:chairs|chaired|chair|chairing|heads|headed|leads|led)\s+(?:the\s+)?(?:supervisory\s+|executive\s+)?board(?:\s+of\s+directors)?\s+(?:of|at)\s+(?:the\s+)?$`)
	// reTimedAppos is the gap of "X, at the time a director of ", "X, until recently the
	// finance manager of ".
	reTimedAppos = regexp.MustCompile(`^\s*,\s*(?:at\s+the\s+time|until\s+recently|until\s+last\s+year|by\s+then|by\s+that\s+time|still|also|himself|herself|then\s+still|(?:from|since|until|in)\s+\d{4}(?:\s*(?:to|-|–|until)\s*\d{4})?)\s*,?\s+(?:a|an|the|its)\s+((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(?:of|at|for|with)\s+(?:the\s+)?$`)
	// reGavePost is the gap of "Y hired X", "Y appointed X" (body first).
	reGavePost = regexp.MustCompile(`^\s*(?:(?:has|had|have|also|later|then|quietly|formally)\s+)*(?:hired|hires|hire|employed|employs|employ|recruited|recruits|appointed|appoints|named|names|installed|installs|retained|retains|engaged|engages|promoted|promotes|made)\s+(?:(?:a|an|the)\s+(?:[a-z-]+\s+){0,2}?(?:national|citizen|businessman|businesswoman|man|woman|lawyer|banker|accountant|executive)\s+)?$`)
	// rePostGiven is what follows the person: " as finance manager", " as its new chairman".
	rePostGiven = regexp.MustCompile(`^\s*,?\s*(?:(?:in|on)\s+(?:\d{4}|[a-z]+\s+\d{4})\s+)?(?:as|to\s+be|to\s+the\s+post\s+of|to\s+the\s+position\s+of)\s+(?:its\s+|their\s+|the\s+|a\s+|an\s+)?(?:new\s+)?((?:[a-z-]+\s+){0,3}?[a-z-]+?)\s*(?:[.,;:)]|$|\s+(?:in|on|at|since|from|after|before|when|and|to|of|for|last|this|until)\b)`)
)

// postVerbPair reads the shapes above between mentions ms[p] and ms[q] (adjacent) of one
// sentence.
func postVerbPair(text string, cands []candidate, ents []*docEntity, ms []int, p, q int, add func(a, b int, pred string, conf float64), setRole func(string)) {
	if q != p+1 {
		return
	}
	ca, cb := cands[ms[p]], cands[ms[q]]
	if ca.ent < 0 || cb.ent < 0 || ca.ent == cb.ent || cb.s < ca.e || cb.s-ca.e > 120 || pronounRef(cb) {
		return
	}
	ta, tb := ents[ca.ent].typ, ents[cb.ent].typ
	body := func(t string) bool { return t == model.Company || t == model.Organization }
	gap := strings.ToLower(text[ca.e:cb.s])
	emit := func(holder, in int, words string) {
		if hasStop(words) {
			return
		}
		emitPosts(ents, holder, in, postsOf(words), add, setRole)
	}
	switch {
	case ta == model.Person && body(tb) && !pronounRef(ca):
		possessed := possessiveFollows(text, cb.e)
		if loc := reTookOverAs.FindStringIndex(gap); loc != nil {
			if m := rePostAsTail.FindStringSubmatch(gap[loc[1]:]); m != nil && !possessed {
				emit(ca.ent, cb.ent, m[1]) // not "chairman of Y's unit": the post is in what Y has
			} else if reTheOnly.MatchString(gap[loc[1]:]) {
				// "was hired as the firm's treasurer": the post after the body's possessive.
				after := strings.ToLower(text[cb.e:min(len(text), cb.e+60)])
				if pronounRef(cb) {
					after = "'s" + after
				}
				if m := reHeldPostAfter.FindStringSubmatch(after); m != nil {
					if w, pred := heldPost(m[1]); pred != "" {
						emitPosts(ents, ca.ent, cb.ent, []post{{role: w, pred: pred}}, add, setRole)
					}
				}
			}
			return
		}
		if possessed {
			return // "holds the post of chairman at Y's unit": the post is in what Y has
		}
		if m := reHoldsPost.FindStringSubmatch(gap); m != nil {
			emit(ca.ent, cb.ent, m[1])
			return
		}
		if m := reOneOfHolders.FindStringSubmatch(gap); m != nil {
			f := strings.Fields(m[1])
			last := f[len(f)-1]
			if sing, ok := strings.CutSuffix(last, "s"); ok && len(sing) > 2 {
				f[len(f)-1] = sing
				emit(ca.ent, cb.ent, strings.Join(f, " "))
			}
			return
		}
		if reHelmOf.MatchString(gap) {
			setRole("head")
			add(ca.ent, cb.ent, model.Directs, 0.75)
			return
		}
		if m := rePostOfBoth.FindStringSubmatch(gap); m != nil && !hasStop(m[1]) {
			// "the founder of both A and B": each body holds the post.
			posts := postsOf(m[1])
			emitPosts(ents, ca.ent, cb.ent, posts, add, setRole)
			if q+1 < len(ms) {
				if c2 := cands[ms[q+1]]; c2.ent >= 0 && c2.ent != cb.ent && body(ents[c2.ent].typ) && c2.s >= cb.e &&
					reAndSecondBody.MatchString(strings.ToLower(text[cb.e:c2.s])) {
					emitPosts(ents, ca.ent, c2.ent, posts, add, setRole)
				}
			}
			return
		}
		if reChairsBoard.MatchString(gap) {
			setRole("chairman")
			if strings.Contains(gap, "head") || strings.Contains(gap, "lead") || strings.Contains(gap, "led ") {
				setRole("head")
			}
			add(ca.ent, cb.ent, model.Directs, 0.75)
			return
		}
		if m := reTimedAppos.FindStringSubmatch(gap); m != nil {
			emit(ca.ent, cb.ent, m[1])
			return
		}
	case body(ta) && tb == model.Person && reGavePost.MatchString(gap):
		if m := rePostGiven.FindStringSubmatch(strings.ToLower(text[cb.e:min(len(text), cb.e+70)])); m != nil {
			emit(cb.ent, ca.ent, m[1])
		}
	}
}

var (
	// reHelmOf is the gap of "X has been at the helm of ".
	reHelmOf = regexp.MustCompile(postVerbLead + `(?:(?:is|was|are|were|been|remains|remained|stays|stayed)\s+)?(?:(?:also|now|still|long)\s+)?at\s+the\s+helm\s+of\s+(?:the\s+)?$`)
	// rePostOfBoth is the gap of "X, the founder of both " before the first of two bodies.
	rePostOfBoth = regexp.MustCompile(`^\s*(?:,\s*|\s+(?:is|was|has\s+been|had\s+been|became|remains)\s+)(?:the\s+|a\s+|an\s+)?((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(?:of|at)\s+both\s+(?:the\s+)?$`)
	// reAndSecondBody joins the second body of "both A and B".
	reAndSecondBody = regexp.MustCompile(`^\s+and\s+(?:the\s+|of\s+)?$`)
)

// reTheOnly is what may stand between "as" and a body whose possessive names the post.
var reTheOnly = regexp.MustCompile(`^\s+(?:the\s+)?$`)

// reHoldsPost is the gap of "X holds the post of chairman at ", with the post in group 1.
var reHoldsPost = regexp.MustCompile(postVerbLead + `(?:holds|held|hold|holding|occupies|occupied|assumed|assumes|took\s+up|takes\s+up|filled)\s+(?:the\s+)?(?:post|position|office|role|title|job)\s+of\s+(?:the\s+|a\s+|an\s+)?((?:[a-z-]+\s+){0,3}?[a-z-]+)\s+(?:of|at|for|with|in|to)\s+(?:the\s+)?$`)
