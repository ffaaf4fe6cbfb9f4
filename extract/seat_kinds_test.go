package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

func TestBoardSeatOfAssociation(t *testing.T) {
	chamber := &docEntity{name: "Lubao Chamber of Commerce and Industry", typ: model.Organization}
	firm := &docEntity{name: "Sunrise Bay Technologies Inc.", typ: model.Company}
	cases := []struct {
		span, pred, role string
		obj              *docEntity
		want             bool
	}{
		// recall: a board seat in a chamber or business association is membership
		{"Leonora Castro Bautista, also sits on the board of the Lubao Chamber of Commerce and Industry", model.Directs, "", chamber, true},
		{"Theng Bunrith, who is on the board of the Lubao Chamber of Commerce and Industry", model.Directs, "board member", chamber, true},
		{"Lubao Chamber of Commerce and Industry board member Ana Cruz", model.Directs, "board member", chamber, true},
		// precision: a company's board member directs it
		{"X sits on the board of Sunrise Bay Technologies Inc.", model.Directs, "", firm, false},
		// precision: the association's head still heads it
		{"X, president of the Lubao Chamber of Commerce and Industry", model.Directs, "president", chamber, false},
		{"X sits on the board of Hpa Lu Group and also chairs the Lubao Chamber of Commerce and Industry", model.Directs, "", chamber, false},
		// precision: no board in the span
		{"X, who founded the Lubao Chamber of Commerce and Industry", model.Directs, "", chamber, false},
		{"X sits on the board of the Lubao Chamber of Commerce and Industry", model.EmployedBy, "", chamber, false},
	}
	for _, c := range cases {
		if got := boardSeatOfAssociation(c.span, c.pred, c.role, c.obj); got != c.want {
			t.Errorf("%q: got %v, want %v", c.span, got, c.want)
		}
	}
}

func TestOneOfManagers(t *testing.T) {
	firm := &docEntity{name: "Rui Feng Entertainment Sole Co., Ltd.", typ: model.Company}
	body := &docEntity{name: "Mae Sai Police Station", typ: model.Organization}
	cases := []struct {
		span, role string
		obj        *docEntity
		want       string
	}{
		// recall: one manager among several is staff
		{"Zhang Lei, a manager at Rui Feng Entertainment Sole Co., Ltd.", "manager", firm, model.EmployedBy},
		{"Chen, who was a senior manager of Rui Feng Entertainment Sole Co., Ltd.", "manager", firm, model.EmployedBy},
		{"Chen, one of the managers of Rui Feng Entertainment Sole Co., Ltd.", "manager", firm, model.EmployedBy},
		// precision: the firm's manager runs it
		{"Zhou Peng, the manager of Rui Feng Entertainment Sole Co., Ltd.", "manager", firm, model.Directs},
		{"Rui Feng Entertainment Sole Co., Ltd.'s manager, Zhou Peng", "manager", firm, model.Directs},
		// precision: a manager named earlier in the span is another pair's
		{"Li, a manager at A Co., and Zhou Peng, the manager of Rui Feng Entertainment Sole Co., Ltd.", "manager", firm, model.Directs},
		// precision: other posts and bodies are left alone
		{"X, a director of Rui Feng Entertainment Sole Co., Ltd.", "director", firm, model.Directs},
		{"X, a manager at Mae Sai Police Station", "manager", body, model.Directs},
	}
	for _, c := range cases {
		if got := oneOfManagers(c.span, model.Directs, c.role, c.obj); got != c.want {
			t.Errorf("%q: got %v, want %v", c.span, got, c.want)
		}
	}
}
