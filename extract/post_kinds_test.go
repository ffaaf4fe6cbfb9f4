package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestOneOfInspectors: an inspector among several is staff of the inspectorate; its
// inspector, chief inspector or inspector-general heads it.
func TestOneOfInspectors(t *testing.T) {
	body := &docEntity{name: "Labour Inspectorate", typ: model.Organization}
	cases := []struct {
		span string
		want string
	}{
		// precision: one inspector among several does not head the body
		{"Lim Bo, an inspector of the Labour Inspectorate", model.EmployedBy},
		{"Lim Bo, a labour inspector at the Labour Inspectorate", model.EmployedBy},
		{"Lim Bo, one of the inspectors of the Labour Inspectorate", model.EmployedBy},
		// recall: the body's inspector heads it
		{"Lim Bo, the inspector of the Labour Inspectorate", model.Directs},
		{"Police Colonel Lim Bo, Inspector of the Labour Inspectorate", model.Directs},
		{"Lim Bo, chief inspector of the Labour Inspectorate", model.Directs},
		{"Lim Bo, inspector-general of the Labour Inspectorate", model.Directs},
		// precision: an inspector named earlier in the span is another pair's
		{"Tan, an inspector of A, and Lim Bo, the inspector of the Labour Inspectorate", model.Directs},
	}
	for _, c := range cases {
		if got := oneOfInspectors(c.span, model.Directs, "inspector", body); got != c.want {
			t.Errorf("%q: got %v, want %v", c.span, got, c.want)
		}
	}
}
