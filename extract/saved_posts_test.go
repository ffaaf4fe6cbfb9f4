package extract

import (
	"context"
	"testing"
)

// TestSavedChannelPageIsRead reads a page at a channel's address whose markup holds no post
// the channel parser knows (a saved or re-rendered copy) as an ordinary page, instead of
// dropping it.
func TestSavedChannelPageIsRead(t *testing.T) {
	x := newTestExtractor(t)
	body := []byte(`<!DOCTYPE html><html><head><title>Watch channel</title></head><body>
<main><article><h1>Compound Watch</h1>
<div class="post"><p>UPDATE: police raided the Lotus Bay Compound in Kampot this morning, and the owner, Meas Sokunthea, was questioned by investigators for several hours before her release late in the evening.</p></div>
<div class="post"><p>More soon from our followers at the scene, who say buses took the workers away to the immigration office in the provincial town.</p></div>
</article></main></body></html>`)
	docs, err := x.Extract(context.Background(), Page{URL: "https://t.me/s/compoundwatch", Body: body, ContentType: "text/html; charset=utf-8"})
	if err != nil {
		t.Fatal(err)
	}
	if len(docs) == 0 {
		t.Fatal("the saved channel page gave no document")
	}
	found := false
	for _, d := range docs {
		for _, e := range d.Entities {
			if e.Name == "Meas Sokunthea" {
				found = true
			}
		}
	}
	if !found {
		t.Errorf("the person named in the saved page was not found")
	}
}
