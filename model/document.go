package model

import (
	"time"
)

// Entity types, exactly those of the project's vocabulary.
const (
	Person       = "Person"
	Company      = "Company"
	Compound     = "Compound"
	Organization = "Organization"
	Location     = "Location"
)

// EntityTypes lists the entity types in a fixed order for summaries and schema creation.
var EntityTypes = []string{Person, Company, Compound, Organization, Location}

// Relation predicates (subject -> object).
const (
	Owns          = "OWNS"
	Directs       = "DIRECTS"
	EmployedBy    = "EMPLOYED_BY"
	MemberOf      = "MEMBER_OF"
	FamilyOf      = "FAMILY_OF"
	AssociateOf   = "ASSOCIATE_OF"
	Operates      = "OPERATES"
	Protects      = "PROTECTS"
	LocatedIn     = "LOCATED_IN"
	SanctionedBy  = "SANCTIONED_BY"
	Raided        = "RAIDED"
	MentionedWith = "MENTIONED_WITH"
)

// Predicates lists every relation predicate; the typed ones are all but MentionedWith.
var Predicates = []string{Owns, Directs, EmployedBy, MemberOf, FamilyOf, AssociateOf, Operates,
	Protects, LocatedIn, SanctionedBy, Raided, MentionedWith}

// Symmetric reports whether a predicate reads the same in both directions.
func Symmetric(predicate string) bool {
	return predicate == FamilyOf || predicate == AssociateOf || predicate == MentionedWith
}

// Evidence grades, strongest first.
const (
	Official    = "official"
	Reported    = "reported"
	Alleged     = "alleged"
	CoMentioned = "co-mentioned"
)

// Grades lists the grades strongest first.
var Grades = []string{Official, Reported, Alleged, CoMentioned}

// GradeRank orders grades: a lower rank is stronger evidence; unknown grades rank last.
func GradeRank(grade string) int {
	for i, g := range Grades {
		if g == grade {
			return i
		}
	}
	return len(Grades)
}

// Document is one record of `scamgraph extract` output (see CONTRACTS) and the unit loaded
// into the graph.
type Document struct {
	Source    string     `json:"source"`
	URL       string     `json:"url"`
	Title     string     `json:"title"`
	Published *time.Time `json:"published"`
	Language  string     `json:"language"`
	Text      string     `json:"text"`
	Entities  []Entity   `json:"entities"`
	Relations []Relation `json:"relations"`

	// Author is the byline or posting account, when known.
	Author string `json:"author,omitempty"`
	// Publisher is the outlet that published the page (og:site_name, JSON-LD publisher), when
	// the page says; the loader falls back to the URL's host. Not the crawl source's name.
	Publisher string `json:"publisher,omitempty"`
	// Kind is the parser that produced the document ("article", "telegram", "ofac", ...).
	Kind string `json:"kind,omitempty"`
	// Capture is the sha256 of the archived response the document came from.
	Capture string `json:"capture,omitempty"`
	// Truncated is set when the document is incomplete: its page was cut at the size cap, or
	// its text at MaxTextBytes.
	Truncated bool `json:"truncated,omitempty"`

	// Authority: the page came from a source declared an authority (Page.Authority).
	Authority bool `json:"-" yaml:"-"`
}

// Entity is one named thing in a document, with every mention of it.
type Entity struct {
	ID          string       `json:"id"`
	Name        string       `json:"name"`
	Type        string       `json:"type"`
	Aliases     []string     `json:"aliases"`
	Mentions    []Mention    `json:"mentions"`
	Identifiers []Identifier `json:"identifiers,omitempty"`
	// Sector is an Organization's field (government, police, military, armed-group, ...),
	// from the gazetteer or the words around its name; empty when neither says.
	Sector string `json:"sector,omitempty"`
	// Country is where a body sits when its source says so (a sanctioning authority's
	// country); the graph derives it for places and located entities otherwise.
	Country string `json:"country,omitempty"`
}

// Mention is a span of Document.Text; Start and End are byte offsets.
type Mention struct {
	Start int    `json:"start"`
	End   int    `json:"end"`
	Text  string `json:"text"`
}

// Identifier is a registry number, passport, or crypto wallet address attached to an entity.
type Identifier struct {
	Scheme string `json:"scheme"`
	Value  string `json:"value"`
	// Country is the issuing country as the source gives it, when it does: a registration
	// or tax number identifies only with its country.
	Country string `json:"country,omitempty"`
}

// FormerRole opens the role of a post the text marks as held before ("the former chairman of
// A"): the tie ended though the text may give no date, so it is history, not a current tie.
const FormerRole = "former "

// Relation is a typed, graded claim between two entities of the same document.
type Relation struct {
	Subject    string  `json:"subject"`
	Predicate  string  `json:"predicate"`
	Object     string  `json:"object"`
	Grade      string  `json:"grade"`
	Quote      string  `json:"quote"`
	Confidence float64 `json:"confidence"`
	// Start and End are the dates a tie began and ended (YYYY-MM-DD, or a prefix of it) when
	// the source gives them; Share is an ownership's percentage. A tie with an end is history,
	// not a current one.
	Start string `json:"start,omitempty"`
	End   string `json:"end,omitempty"`
	Share string `json:"share,omitempty"`
	// Role is the post a person holds in the object ("senator", "police chief"), for
	// DIRECTS, EMPLOYED_BY and MEMBER_OF relations whose text names it; a post the text marks
	// as held before starts with FormerRole ("former chairman").
	Role string `json:"role,omitempty"`
	// Ended marks a tie the text tells as over ("previously owned", "the former owner of", a
	// former post), whether or not it gives when: history, like a tie with an End.
	Ended bool `json:"ended,omitempty"`
	// Denied marks a relation that a denial in its sentence reaches ("X denied owning Y"): it
	// is graded alleged and the graph shows it beside the claim it contests. Extraction
	// decides it once; the graph only reads it.
	Denied bool `json:"denied,omitempty"`
}
