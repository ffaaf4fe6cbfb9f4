package extract

import (
	"regexp"
	"slices"
	"sort"
	"strings"

	"github.com/scamgraph/scamgraph/model"
)

// A court's own judgment, decision or order is a court record wherever it is served from: a
// legal reporter or a court portal outside the government zones publishes the court's words, and
// what the court finds is official. A news story about a trial is not one, so two marks of
// different kinds are needed, one of them the record's own: a case caption or a case number near
// the top, and the record's kind ("DECISION", "Grounds of judgment", "Memorandum and Order") near
// the top, or the court speaking of itself ("this Court", "The Court finds", "SO ORDERED"). A
// charging document (an indictment, a complaint) is the prosecution's, not the court's, and
// carries neither of the last two.
var (
	// reCaption is a case caption: parties on both sides of "v." ("People of the Philippines v.
	// Li Qiang", "Public Prosecutor v Goh", "United States v. Nguyen").
	reCaption = regexp.MustCompile(`\b(?:People(?:\s+of\s+the\s+[A-Z][a-z]+)?|Public\s+Prosecutor|Prosecutor|United\s+States(?:\s+of\s+America)?|State|Republic(?:\s+of\s+[A-Z][a-z]+)?|Regina|Rex|Commonwealth|[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){0,4}(?:\s+&\s+Anor|\s+et\s+al\.?)?)\s*(?:,\s*(?:Plaintiff|Petitioner|Appellant|Respondent)s?(?:-(?:Appellee|Appellant))?\s*,)?\s+(?:v|vs)\.?\s+[A-Z]`)
	// reCaseNumber is a docket or case number, or a neutral citation ("[2025] SGDC 287").
	reCaseNumber = regexp.MustCompile(`(?i:\b(?:cr\.?|crim(?:inal)?\.?\s+(?:case|appeal|action)|civil\s+(?:case|appeal|action)|case|appeal|docket|arrest\s+case|black\s+case|red\s+case|G\.\s*R\.|CR-HC|CA-G\.R\.(?:\s+CR(?:-HC)?)?)\s+No\.?\s*[A-Z0-9][\w./-]*\d)|\bNo\.\s*\d{1,2}:\d{2}-(?:cr|cv|mj)-\d{3,}|\[\d{4}\]\s+[A-Z]{2,8}\s+\d{1,5}\b|\bNo\.\s*\d+/[A-Za-z.]+/\d{4}\b`)
	// reRecordKind names the record itself.
	reRecordKind = regexp.MustCompile(`\b(?:DECISION|JUDGMENT|JUDGEMENT|RESOLUTION|VERDICT|ORDER|Grounds\s+of\s+(?:[Jj]udgment|[Dd]ecision)|Memorandum\s+(?:and|&)\s+Order|Memorandum\s+Opinion|Opinion\s+and\s+Order|Judgment\s+date|Promulgated)\b`)
	// reCourtVoice is the court speaking in its own record.
	reCourtVoice = regexp.MustCompile(`\b(?:[Tt]his\s+Court|[Tt]he\s+Court\s+(?:finds|found|holds|is\s+satisfied|is\s+convinced|accordingly|therefore|sentences|rules)|SO\s+ORDERED|WHEREFORE|IT\s+IS\s+(?:HEREBY\s+)?ORDERED|[Aa]ccused-[Aa]ppellants?|[Pp]laintiff-[Aa]ppellee|[Tt]he\s+(?:appellants?|respondents?)\s+(?:were|was)\s+convicted|[Ff]or\s+the\s+(?:prosecution|defence|defense)\b|[Tt]he\s+motion\s+is\s+(?:GRANTED|DENIED|granted|denied)` +
		`|(?:delivers|pronounced|pronounces)\s+its\s+(?:[\w-]+\s+){0,3}(?:verdict|judgment|judgement|decision)|finds\s+as\s+follows|having\s+(?:heard|examined)\s+the\b` +
		`|\b(?:First|Second|Third)\s+(?:Defendant|Accused|Appellant|Respondent)\b)`)
)

// courtHead is how much of a record's start holds its caption, number and kind; the court
// speaks of itself within courtVoiceHead of the start or courtVoiceTail of the end ("SO
// ORDERED"), which bounds the cost on a long page.
const (
	courtHead      = 1500
	courtVoiceHead = 8000
	courtVoiceTail = 3000
)

// courtVoiceWords are words one of which every form of reCourtVoice holds; the expression, which
// costs far more than these look-ups, reads only the text around them.
var courtVoiceWords = []string{"ourt", "ORDERED", "WHEREFORE", "ccused", "laintiff", "onvicted", "rosecution",
	"efence", "efense", "motion", "delivers", "pronounce", "as follows", "having heard", "having examined",
	"efendant", "ppellant", "espondent"}

// courtVoices returns the distinct forms of the court's voice in text (at most eight), read
// with the expression only around the words of courtVoiceWords: a news page that names a court
// a few times costs a few short reads, not one over the page.
func courtVoices(text string) map[string]bool {
	const before, after = 40, 80 // the longest form reaches this far from its word
	var spans [][2]int
	for _, w := range courtVoiceWords {
		for from := 0; ; {
			i := strings.Index(text[from:], w)
			if i < 0 {
				break
			}
			i += from
			spans = append(spans, [2]int{max(0, i-before), min(len(text), i+len(w)+after)})
			from = i + len(w)
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i][0] < spans[j][0] })
	voices := map[string]bool{}
	for i := 0; i < len(spans) && len(voices) < 8; {
		s, e := spans[i][0], spans[i][1]
		for i++; i < len(spans) && spans[i][0] <= e; i++ {
			e = max(e, spans[i][1])
		}
		for _, v := range reCourtVoice.FindAllString(text[s:e], 8) {
			voices[strings.ToLower(v)] = true
		}
	}
	return voices
}

// courtVoiceSpan is where the court's own voice is looked for.
func courtVoiceSpan(text string) string {
	if len(text) <= courtVoiceHead+courtVoiceTail {
		return text
	}
	return text[:courtVoiceHead] + "\n" + text[len(text)-courtVoiceTail:]
}

// courtRecord reports whether a document's title and text read as a court's own record. Other
// titles of the page (its <title> where the document's title is its heading) are read by
// pageTitleRecord; such a <title>, or a heading by the court's number, is a record's mark only
// beside one the body bears itself: the court's voice or the record's kind in the text.
func courtRecord(d *model.Document, titles ...string) bool {
	body := d.Text[:min(len(d.Text), courtHead)] // a cut rune only ends the head
	head := d.Title + "\n" + body
	own := 0 // the record's own marks
	// The title as a record's heading (court_titles.go).
	if reRecordKind.MatchString(head) || courtTitle(d.Title) {
		own++
	}
	span := courtVoiceSpan(d.Text)
	voices := courtVoices(span)
	judgeVoices(span, voices)  // court_titles.go
	own += min(2, len(voices)) // two different ways of the court speaking count as two marks
	if own >= 2 || own == 1 && (reCaption.MatchString(head) || reCaseNumber.MatchString(head)) {
		return true
	}
	// A heading by number or the page's <title> needs the body's own mark beside it.
	if len(voices) == 0 && !reRecordKind.MatchString(body) {
		return false
	}
	return courtNumberTitle(d.Title) || slices.ContainsFunc(titles, pageTitleRecord)
}

// chargingWords reports whether text may match reCharging, which needs "grand" or "complaint"
// in any case or "INDICTMENT" (fold_gates.go).
func chargingWords(text string) bool {
	return strings.Contains(text, "INDICTMENT") || hasFoldWord(text, chargingFolds)
}

var chargingFolds = []string{"grand", "complaint"}

// chargingDocument reports a charging document (an indictment, a criminal complaint): what it
// states is what the prosecution alleges. Served from an authority it is one when it charges
// (reCharging); served from elsewhere (a docket archive) it also needs a case caption or number
// near the top, so a news story quoting "the grand jury charges" is not one.
func chargingDocument(d *model.Document, official bool) bool {
	if !chargingWords(d.Text) || !reCharging.MatchString(d.Text) {
		return false
	}
	if official {
		return true
	}
	head := d.Title + "\n" + d.Text[:min(len(d.Text), courtHead)]
	return reCaption.MatchString(head) || reCaseNumber.MatchString(head)
}
