package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

func assoc(a, b string) []rel { return []rel{{a, model.AssociateOf, b, ""}} }

// TestAssociatePrecision holds the shapes an earlier round wrongly read as association, and
// which no ASSOCIATE_OF reader may take: money paid one way (ransom, rent, wages, bribes,
// fees, payments), "worked with" a rescuer, lawyer or journalist, people accused in the same
// case, "a company with ties to" a person, a lawyer who represented a party, and a meeting
// denied. Each is written with names from outside the labelled pages.
func TestAssociatePrecision(t *testing.T) {
	x := newTestExtractor(t)
	cases := []relCase{
		{"ransom paid to a captor",
			"Liang Jiahui paid a ransom of US$12,000 to Zhou Weiming before she was released from the compound.",
			nil, assoc("Liang Jiahui", "Zhou Weiming")},
		{"ransom demanded from a family",
			"Zhou Weiming demanded a ransom from Liang Jiahui's brother, Liang Jiawei, a teacher in Fujian.",
			nil, assoc("Zhou Weiming", "Liang Jiawei")},
		{"rent collected from a tenant",
			"Sok Ratanak collected rent every month from Huang Tiancheng, who ran the scam floors.",
			nil, assoc("Sok Ratanak", "Huang Tiancheng")},
		{"a landlord and a tenant",
			"Sok Ratanak leased the building to Huang Tiancheng in 2022 and said he had no idea what went on inside.",
			nil, assoc("Sok Ratanak", "Huang Tiancheng")},
		{"wages withheld",
			"Workers said Huang Tiancheng withheld the wages of Maria Dela Paz for four months.",
			nil, assoc("Huang Tiancheng", "Maria Dela Paz")},
		{"a bribe paid to an officer",
			"Prosecutors say Huang Tiancheng paid bribes to Police Colonel Anucha Srisuk to ignore complaints.",
			nil, assoc("Huang Tiancheng", "Anucha Srisuk")},
		{"payments received",
			"Colonel Anucha Srisuk received monthly payments from Huang Tiancheng in exchange for advance warning of raids.",
			nil, assoc("Huang Tiancheng", "Anucha Srisuk")},
		{"worked with a rescuer",
			"Maria Dela Paz escaped in March and worked with Rachel Kim, a volunteer with a rescue charity, to free twelve others.",
			nil, assoc("Maria Dela Paz", "Rachel Kim")},
		{"worked with a lawyer",
			"The victims worked with lawyer Ramon Castillo to file complaints against Huang Tiancheng.",
			nil, assoc("Ramon Castillo", "Huang Tiancheng")},
		{"worked with a journalist",
			"Maria Dela Paz worked with journalist Tomas Reyes to document conditions inside the compound.",
			nil, assoc("Maria Dela Paz", "Tomas Reyes")},
		{"co-accused",
			"Huang Tiancheng's co-accused include Maria Dela Paz, a recruiter who says she was herself deceived.",
			nil, assoc("Huang Tiancheng", "Maria Dela Paz")},
		{"charged in the same case",
			"Huang Tiancheng and Ramon Castillo were charged in the same case but did not know each other, the court heard.",
			nil, assoc("Huang Tiancheng", "Ramon Castillo")},
		{"a company with ties to a person",
			"Bright Harbour Trading Co., Ltd., a company with ties to Huang Tiancheng, shipped the computers.",
			nil, assoc("Bright Harbour Trading Co., Ltd.", "Huang Tiancheng")},
		{"a lawyer who represented a party",
			"Ramon Castillo, who represented Huang Tiancheng at the bail hearing, declined to comment.",
			nil, assoc("Ramon Castillo", "Huang Tiancheng")},
		{"a meeting denied",
			"Sok Ratanak denied ever meeting Huang Tiancheng and said the photographs were fake.",
			nil, assoc("Sok Ratanak", "Huang Tiancheng")},
		{"neither a partner nor an associate",
			"Sok Ratanak said he was neither a partner nor an associate of Huang Tiancheng.",
			nil, assoc("Sok Ratanak", "Huang Tiancheng")},
	}
	checkRelCasesEitherWay(t, x, cases)
}
