package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestShieldMoreForms holds the rules of shield_more.go: a passive through a body's men, a
// coordinated passive, men in a body's uniform, a site's guards who are a body's men,
// security provided by a body, a body holding a site's guard contract; recall cases and cases
// where nothing may be read.
func TestShieldMoreForms(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"a site protected by a body's officers",
			"Silver Moon Hub was protected by officers of the Royal Cambodian Gendarmerie.",
			[]rel{{"Royal Cambodian Gendarmerie", model.Protects, "Silver Moon Hub", ""}}, nil},
		{"a second passive coordinated with the sentence's first",
			"Jade River Park is run by Lotus Crest Holdings Ltd., a firm based in Tachileik, and guarded by personnel of the Kachin Independence Army.",
			[]rel{{"Kachin Independence Army", model.Protects, "Jade River Park", ""}}, nil},
		{"men in a body's uniform guard a site",
			"Survivors said they were held at Golden Reed Park and that men in the uniform of the Karen National Army manned its gates.",
			[]rel{{"Karen National Army", model.Protects, "Golden Reed Park", ""}}, nil},
		{"a site's guards are a body's soldiers",
			"Ocean Pearl Park is run by Fortune Wave Group, and the guards at the park are Kachin Independence Army soldiers.",
			[]rel{{"Kachin Independence Army", model.Protects, "Ocean Pearl Park", ""}}, nil},
		{"security provided by a body's soldiers, the site in the sentence before",
			"Hundreds of workers were held at Golden Reed Park. Security is provided by soldiers of the Karen National Army.",
			[]rel{{"Karen National Army", model.Protects, "Golden Reed Park", ""}}, nil},
		{"a firm that holds a site's guard contract",
			"Golden Reed Park opened in 2021. Iron Gate Security Co., Ltd. holds the park's guard contract.",
			[]rel{{"Iron Gate Security Co., Ltd.", model.Protects, "Golden Reed Park", ""}}, nil},
		{"a coordinated passive after a fronted phrase",
			"According to former workers, Ocean Pearl Park is managed by Fortune Wave Group and protected by soldiers of the Kachin Independence Army.",
			[]rel{{"Kachin Independence Army", model.Protects, "Ocean Pearl Park", ""}}, nil},
		{"a person designated for a role in a site's protection",
			"Oknha Chea Sovann, a member of the Senate of Cambodia, is designated for his role in the ownership and protection of Golden Reed Park.",
			[]rel{{"Chea Sovann", model.Protects, "Golden Reed Park", ""}}, nil},
		// Precision.
		{"a body named inside a person's apposition is not designated for his role",
			"Oknha Chea Sovann, the chairman of Golden Reed Holdings, is designated for his role in the protection of Golden Reed Park.",
			[]rel{{"Chea Sovann", model.Protects, "Golden Reed Park", ""}}, []rel{{"Golden Reed Holdings", model.Protects, "Golden Reed Park", ""}}},
		{"a person designated for a role in a site's financing",
			"Oknha Chea Sovann is designated for his role in the financing of Golden Reed Park.",
			nil, []rel{{"Chea Sovann", model.Protects, "Golden Reed Park", ""}}},
		{"a site visited by a body's officers",
			"Silver Moon Hub was visited by officers of the Royal Cambodian Gendarmerie.",
			nil, []rel{{"Royal Cambodian Gendarmerie", model.Protects, "Silver Moon Hub", ""}}},
		{"a coordinated passive whose subject is not the site",
			"The workers were taken to Jade River Park and questioned by officers of the Kachin Independence Army.",
			nil, []rel{{"Kachin Independence Army", model.Protects, "Jade River Park", ""}}},
		{"men in a body's uniform who only spoke",
			"At Golden Reed Park, men in the uniform of the Karen National Army said nothing.",
			nil, []rel{{"Karen National Army", model.Protects, "Golden Reed Park", ""}}},
		{"a firm that holds a site's lease contract",
			"Golden Reed Park opened in 2021. Iron Gate Holdings Co., Ltd. holds the park's lease contract.",
			nil, []rel{{"Iron Gate Holdings Co., Ltd.", model.Protects, "Golden Reed Park", ""}}},
		{"security of a ministry provided by a body",
			"Hundreds of workers were held at Golden Reed Park. Security at the ministry is provided by soldiers of the Karen National Army.",
			nil, []rel{{"Karen National Army", model.Protects, "Golden Reed Park", ""}}},
	}
	checkRelCases(t, x, cases)
}
