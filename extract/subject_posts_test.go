package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestSubjectPosts: a post told after "as" in the person's own main clause (or a relative
// clause after an age), with the body as the post's possessor; and what must not be read so.
func TestSubjectPosts(t *testing.T) {
	x := newTestExtractor(t)
	emp := func(a, b string) []rel { return []rel{{a, model.EmployedBy, b, ""}} }
	const firm = "Tianyu Leisure and Technology Inc. ran the hub in Bagac. "
	checkRelCases(t, x, []relCase{
		{"an apposition head, then alleged to have served as the firm's head of a field",
			firm + "The sixth respondent, Xie Jiayi, is alleged to have served as Tianyu Leisure and Technology Inc.'s head of human resources.",
			emp("Xie Jiayi", "Tianyu Leisure and Technology Inc."), nil},
		{"the subject served as the company's post",
			firm + "Chen Yuting allegedly served as the company's human resources head and kept the records of workers' debts.",
			emp("Chen Yuting", "Tianyu Leisure and Technology Inc."), nil},
		{"a kin apposition head, then works as the firm's liaison officer with someone",
			firm + "His daughter, Souksavanh Sisavath, works as the company's liaison officer with provincial authorities.",
			emp("Souksavanh Sisavath", "Tianyu Leisure and Technology Inc."), nil},
		{"an age, then who worked as the firm's bookkeeper",
			firm + "His wife, Pornthip Saengthong, 39, who worked as the firm's bookkeeper, was jailed for 12 years.",
			emp("Pornthip Saengthong", "Tianyu Leisure and Technology Inc."), nil},
		// Must not fire.
		{"the person is the object of another's kin noun",
			firm + "Police said the sister of Chen Yuting allegedly served as the company's accountant.",
			nil, emp("Chen Yuting", "Tianyu Leisure and Technology Inc.")},
		{"the person is another's client, the post the other's",
			firm + "Wang Min met Chen Yuting. The lawyer of Chen Yuting reportedly works as the company's liaison officer.",
			nil, emp("Chen Yuting", "Tianyu Leisure and Technology Inc.")},
		{"a denied post",
			firm + "Chen Yuting never worked as the company's accountant, her lawyer said.",
			nil, emp("Chen Yuting", "Tianyu Leisure and Technology Inc.")},
		{"a victim's role is no post",
			firm + "Chen Yuting worked as the company's scam typist for six months.",
			nil, emp("Chen Yuting", "Tianyu Leisure and Technology Inc.")},
		{"another person's post after a verb of speaking",
			firm + "Chen Yuting said Xie Jiayi served as the company's accountant.",
			[]rel{{"Xie Jiayi", model.EmployedBy, "Tianyu Leisure and Technology Inc.", ""}},
			emp("Chen Yuting", "Tianyu Leisure and Technology Inc.")},
		{"a leading post stays a leading post",
			firm + "Chen Yuting served as the company's chairman until 2022.",
			nil, emp("Chen Yuting", "Tianyu Leisure and Technology Inc.")},
		{"an age, then who never worked as",
			"Li Ming, 39, who never worked as the Golden Fortune Company's bookkeeper, was released.",
			nil, emp("Li Ming", "Golden Fortune Company")},
		{"an age, then who was not employed as",
			"Li Ming, 39, who was not employed as the Golden Fortune Company's bookkeeper, was released.",
			nil, emp("Li Ming", "Golden Fortune Company")},
		{"an age, then who said another worked as",
			"Li Ming, 39, who said his wife worked as the Golden Fortune Company's bookkeeper, was released.",
			nil, emp("Li Ming", "Golden Fortune Company")},
	})
}
