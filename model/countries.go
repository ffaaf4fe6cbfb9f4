package model

import (
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

// placeCountry gives the country of the sub-national places the gazetteer knows, so that a
// compound LOCATED_IN Myawaddy has a country without the graph holding "Myawaddy LOCATED_IN
// Myanmar". Keys are canonical gazetteer names, lower-cased.
var placeCountry = map[string]string{
	"phnom penh": "Cambodia", "sihanoukville": "Cambodia", "bavet": "Cambodia", "svay rieng": "Cambodia",
	"o'smach": "Cambodia", "oddar meanchey": "Cambodia", "poipet": "Cambodia", "banteay meanchey": "Cambodia",
	"koh kong": "Cambodia", "kandal": "Cambodia", "koh thom": "Cambodia", "kampot": "Cambodia",
	"kampong speu": "Cambodia", "kampong som": "Cambodia", "pursat": "Cambodia", "siem reap": "Cambodia",
	"battambang": "Cambodia", "takeo": "Cambodia", "kratie": "Cambodia", "ream": "Cambodia",
	"bokeo": "Laos", "ton pheung": "Laos", "vientiane": "Laos",
	"myawaddy": "Myanmar", "karen state": "Myanmar", "shan state": "Myanmar", "kokang": "Myanmar",
	"kokang self-administered zone": "Myanmar", "laukkaing": "Myanmar", "tachileik": "Myanmar",
	"payathonzu": "Myanmar", "min let pan": "Myanmar", "yangon": "Myanmar", "naypyitaw": "Myanmar",
	"mandalay": "Myanmar", "wa state": "Myanmar",
	"mae sot": "Thailand", "tak": "Thailand", "bangkok": "Thailand", "chiang rai": "Thailand", "surin": "Thailand",
	"fujian": "China", "wenzhou": "China", "nanjing": "China", "beijing": "China", "shanghai": "China",
	"yunnan": "China", "kunming": "China",
	"ho chi minh city": "Vietnam", "hanoi": "Vietnam", "manila": "Philippines", "kuala lumpur": "Malaysia",
	"jakarta": "Indonesia", "dubai": "United Arab Emirates", "london": "United Kingdom",
	"new york": "United States", "brooklyn": "United States", "washington": "United States",
}

// countryAliases are common names of countries that differ from the English display names.
var countryAliases = map[string]string{
	"burma": "Myanmar", "lao pdr": "Laos", "viet nam": "Vietnam", "usa": "United States",
	"us": "United States", "u.s.": "United States", "united states of america": "United States",
	"uk": "United Kingdom", "britain": "United Kingdom", "great britain": "United Kingdom",
	"prc": "China", "people's republic of china": "China", "kingdom of cambodia": "Cambodia",
	"türkiye": "Turkey", "uae": "United Arab Emirates", "korea": "South Korea", "dprk": "North Korea",
	"macao": "Macau", "macau": "Macau", "hong kong": "Hong Kong", "taiwan": "Taiwan",
}

var (
	countriesOnce sync.Once
	countries     map[string]string // lower-cased name -> English name
)

// countryNames lists every ISO 3166 country by its English name, lower-cased.
func countryNames() map[string]string {
	countriesOnce.Do(func() {
		countries = map[string]string{}
		names := display.English.Regions()
		for a := 'A'; a <= 'Z'; a++ {
			for b := 'A'; b <= 'Z'; b++ {
				r, err := language.ParseRegion(string([]rune{a, b}))
				if err != nil || !r.IsCountry() {
					continue
				}
				name := names.Name(r)
				if i := strings.Index(name, " ("); i > 0 {
					name = name[:i]
				}
				if name != "" && name != "Unknown Region" {
					countries[strings.ToLower(name)] = name
				}
			}
		}
		for k, v := range countryAliases {
			countries[k] = v
		}
	})
	return countries
}

// CountryOf returns the country a place name is or lies in ("Myanmar" for "Burma" and for
// "Myawaddy"), or "" when the name is neither a country nor a place the gazetteer locates.
func CountryOf(name string) string {
	key := strings.ToLower(strings.TrimSpace(name))
	if c, ok := countryNames()[key]; ok {
		return c
	}
	key = strings.TrimSuffix(strings.TrimSuffix(key, " province"), " township")
	return placeCountry[key]
}
