package extract

import (
	"testing"

	"github.com/scamgraph/scamgraph/model"
)

// TestPossessedPostHonorifics: a possessed post whose holder is written after an honorific
// of several words ("Tan Sri", "Datuk Seri"), and "executive" before a chair's post.
func TestPossessedPostHonorifics(t *testing.T) {
	x := newTestExtractor(t)
	checkRelCases(t, x, []relCase{
		{"an honorific of two words after the post's comma",
			"The subsidiary belongs to Nusantara Jaya Berhad, a Malaysian group. Nusantara Jaya Berhad's executive chairman, Tan Sri Lim Boon Keat, said the group had sold it.",
			[]rel{{"Lim Boon Keat", model.Directs, "Nusantara Jaya Berhad", ""}}, nil},
		{"an honorific of two words after a copula",
			"Hengsheng Capital Berhad owns the park. Hengsheng Capital Berhad's executive chairman is Datuk Seri Lim Kok Wah, a former senator.",
			[]rel{{"Lim Kok Wah", model.Directs, "Hengsheng Capital Berhad", ""}}, nil},
		{"a staff post after the honorific stays staff",
			"Nusantara Jaya Berhad opened an office in Phnom Penh. Nusantara Jaya Berhad's finance manager, Datuk Seri Ong Kah Seng, signed the lease.",
			[]rel{{"Ong Kah Seng", model.EmployedBy, "Nusantara Jaya Berhad", ""}},
			[]rel{{"Ong Kah Seng", model.Directs, "Nusantara Jaya Berhad", ""}}},
		{"an executive assistant holds no chair",
			"Nusantara Jaya Berhad opened an office in Phnom Penh. Nusantara Jaya Berhad's executive assistant, Tan Sri Ong Kah Seng, signed the lease.",
			nil,
			[]rel{{"Ong Kah Seng", model.Directs, "Nusantara Jaya Berhad", ""}}},
		{"the chairman's relative after the honorific holds no post",
			"Nusantara Jaya Berhad opened an office in Phnom Penh. Nusantara Jaya Berhad's executive chairman's wife, Puan Sri Wong Mei Ling, signed the lease.",
			nil,
			[]rel{{"Wong Mei Ling", model.Directs, "Nusantara Jaya Berhad", ""}}},
		{"a lawyer of the firm after the honorific holds no post",
			"Nusantara Jaya Berhad opened an office in Phnom Penh. Nusantara Jaya Berhad's lawyer, Tan Sri Ong Kah Seng, signed the lease.",
			nil,
			[]rel{{"Ong Kah Seng", model.Directs, "Nusantara Jaya Berhad", ""}}},
	})
}
