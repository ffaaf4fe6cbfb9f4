package extract

import "github.com/scamgraph/scamgraph/internal/lexicon"

// Word lists for recognising names from context. Keys are lower case.

func set(words ...string) map[string]bool {
	m := make(map[string]bool, len(words))
	for _, w := range words {
		m[w] = true
	}
	return m
}

// titleWords precede a person's name and are not part of it.
var titleWords = lexicon.TitleWords()

// personTitles are titles that make the following name a person even without other cues.
var personTitles = lexicon.PersonTitles()

// companyEnds end a company name.
var companyEnds = lexicon.CompanyEnds()

// legalForms are dropped when comparing company names ("Prince Holding Group Co., Ltd." is
// "Prince Group").
var legalForms = lexicon.LegalForms()

// compoundCues mark scam compounds, casino complexes, parks and zones.
var compoundCues = lexicon.CompoundCues()

// strongCompoundCues decide the type on their own at the end of a name.
var strongCompoundCues = lexicon.StrongCompoundCues()

// spellingVariants pair British and American spellings ("Organisation", "Organization").
var spellingVariants = lexicon.SpellingVariants()

// orgCues mark government bodies, courts, armed groups, NGOs and media.
var orgCues = lexicon.OrganizationCues()

// locationEnds end a place name.
var locationEnds = lexicon.LocationEnds()

// locationFollowers are lower-case words that make the preceding name a place ("Koh Kong province").
var locationFollowers = lexicon.LocationFollowers()

// compoundFollowers are lower-case words that make the preceding name a compound.
var compoundFollowers = lexicon.CompoundFollowers()

// demonyms are adjectives, never entities on their own.
var demonyms = lexicon.Demonyms()

// notNames are capitalised words that start or fill sentences but do not name anything alone.
var notNames = lexicon.NotNames()

// personVerbs follow a person's name ("Sok Pheap said").
var personVerbs = lexicon.PersonVerbs()

// nameParticles may sit inside a name in lower case ("Ministry of the Interior").
var nameParticles = lexicon.NameParticles()
