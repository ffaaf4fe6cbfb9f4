package extract

import (
	"regexp"
	"strconv"
	"strings"
)

// A court's record is laid out as one: its paragraphs are numbered from the first ("1 This is
// the Prosecution's appeal", "[1] This is an application", "1. This is the return date"), its
// parts carry the headings of a judgment ("Facts found.", "Reasoning.", "Disposition.", "Main
// Text", "The parties' cases"), and it lists the parties before the facts ("Defendants: CHEN
// CHIH-WEI, male, born 1989", "Defendant I: HENDRA WIJAYA"). A news story about a trial has
// none of these; an NGO report that numbers its paragraphs or heads a part "Evidence" still
// needs the record's other marks (a caption, a case number, the court's voice) to read as one.
var (
	// reNumberedPara is a paragraph opening with its number, bare, bracketed or with a stop, and
	// going on as a sentence: a numbered heading ("1. Background") is a report's, not a record's.
	reNumberedPara = regexp.MustCompile(`^(\[)?(\d{1,3})(\])?(\.)?\s+\S.{40}`)
	// reRecordSection is a judgment's part heading, on a line of its own or closed by a stop or
	// colon before the part's text.
	reRecordSection = regexp.MustCompile(`^(?:Facts\s+[Ff]ound|Findings\s+of\s+[Ff]act|(?:The\s+)?Facts|Reasoning|Reasons\s+for\s+(?:[Jj]udgment|[Dd]ecision|[Ss]entence)|Disposition|Dispositive\s+[Pp]ortion|Main\s+[Tt]ext|Parties|The\s+[Pp]arties['’]\s+(?:[Cc]ases?|[Ss]ubmissions)|Evidence|Decision|Verdict|Sentence|Held|Orders?)(?:\s*$|[.:]\s)`)
	// reListedParty is a party listed with its role before the facts, or described as a
	// judgment describes a defendant ("CHEN CHIH-WEI (陳志偉), male, born 1989").
	reListedParty = regexp.MustCompile(`\b(?:Public\s+Prosecution\s+Organ|Prosecutor|Defendants?(?:\s+(?:[IVX]{1,4}|\d{1,2}))?|Accused(?:\s+(?:[IVX]{1,4}|\d{1,2}))?)\s*:\s+[A-Z]|\b(?:Defendant|Accused)\b[^.\n]{0,80}?,\s+(?:male|female),\s+born\b`)
)

// rePleading is a party's pleading stating its claim ("and alleges as follows"): a complaint
// numbers its paragraphs as a judgment does.
var rePleading = regexp.MustCompile(`\balleges?\s+as\s+follows\b`)

// pleading reports a party's text laid out as a record is: an indictment or complaint that
// charges (reCharging), or a pleading. Its layout is not the court's.
func pleading(text string) bool {
	return charges(text) || rePleading.MatchString(text)
}

// recordLayout reports whether span is laid out as a court's record: paragraphs numbered 1, 2
// and 3 in turn, two different part headings of a judgment, or parties listed by their role.
func recordLayout(span string) bool {
	next, style := 1, ""
	sections := map[string]bool{}
	for _, line := range strings.Split(span, "\n") {
		line = strings.TrimSpace(line)
		if line == "" {
			continue
		}
		if m := reNumberedPara.FindStringSubmatch(line); m != nil {
			n, _ := strconv.Atoi(m[2])
			s := m[1] + m[3] + m[4] // one numbering style for the whole record
			if n == 1 && next <= 3 {
				next, style = 2, s
			} else if n == next && s == style {
				next++
			}
			if next > 3 {
				return true
			}
		}
		if m := reRecordSection.FindString(line); m != "" {
			sections[strings.ToLower(strings.TrimRight(strings.TrimSpace(m), ".:"))] = true
			if len(sections) >= 2 {
				return true
			}
		}
	}
	return reListedParty.MatchString(span)
}
