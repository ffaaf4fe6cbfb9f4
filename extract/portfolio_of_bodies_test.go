package extract

import (
	"strings"
	"testing"
)

// TestPortfolioOfBodies holds the portfolio after a role word ("Secretary of State of the
// Ministry of Interior") out of the body's name (portfolio_of_bodies.go).
func TestPortfolioOfBodies(t *testing.T) {
	x := newTestExtractor(t)
	for _, c := range []struct {
		name, text, want, not string
	}{
		{"secretary of state of a ministry", "The raid was ordered by Chhay Vibol, Secretary of State of the Ministry of Interior, on Monday.",
			"Ministry of Interior", "State of the Ministry of Interior"},
		{"secretary of state at a ministry", "Chea Rith, Secretary of State at the Ministry of Tourism, attended the meeting.",
			"Ministry of Tourism", "State at the Ministry of Tourism"},
		// Precision: a named region after "of" stays the region's name.
		{"governor of a state", "Aung Min, Chief Minister of Kayin State, visited the site on Monday.",
			"", "State of"},
		{"a secretary of state with no body after", "Marco Rubio, Secretary of State, said on Monday the scam centres must close.",
			"", "State"},
		{"a body after role and of", "Chen Hao, chairman of Golden Sun Group, spoke on Monday.",
			"Golden Sun Group", "State"},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, d := analyzeText(t, x, c.text)
			var names []string
			found := false
			for _, e := range d.Entities {
				names = append(names, e.Name)
				if e.Name == c.want {
					found = true
				}
				if strings.HasPrefix(e.Name, c.not) {
					t.Errorf("entity %q made from the title", e.Name)
				}
			}
			if !found && c.want != "" {
				t.Errorf("no %q in %v", c.want, names)
			}
		})
	}
}
