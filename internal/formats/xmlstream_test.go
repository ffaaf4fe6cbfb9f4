package formats_test

import (
	"encoding/xml"
	"errors"
	"strings"
	"testing"

	"github.com/scamgraph/scamgraph/internal/formats"
)

// WalkXML is shared by the OFAC, UK list and sitemap readers: it checks the root, hands over
// each element under it in order, and reports a cut document with its line.
func TestWalkXML(t *testing.T) {
	for _, c := range []struct {
		name, doc string
		want      string // names of the elements handed over
		root      string
		errKind   string // "", "root", "syntax"
	}{
		{"entries in order, children of one left unconsumed next", `<list xmlns="urn:x"><a><x/></a><b><c/></b><a/></list>`, "a,b,c,a", "list", ""},
		{"wrong root", `<html><a/></html>`, "", "html", "root"},
		{"cut download keeps what came before", "<list><a/>\n<b><c>", "a,b,c", "list", "syntax"},
		{"no element", `   `, "", "", ""},
	} {
		t.Run(c.name, func(t *testing.T) {
			dec := formats.NewXMLDecoder(strings.NewReader(c.doc))
			var got []string
			root, err := formats.WalkXML(dec, "test list", []string{"list", "other"}, func(_ string, se *xml.StartElement) error {
				got = append(got, se.Name.Local)
				if se.Name.Local == "a" {
					return dec.Skip()
				}
				return nil
			})
			var syn *formats.XMLSyntaxError
			var re *formats.XMLRootError
			switch c.errKind {
			case "":
				if err != nil {
					t.Fatalf("err = %v", err)
				}
			case "root":
				if !errors.As(err, &re) || err.Error() != "test list: root element <html>, want <list> or <other>" {
					t.Fatalf("err = %v", err)
				}
			case "syntax":
				if !errors.As(err, &syn) || syn.Line != 2 {
					t.Fatalf("err = %#v", err)
				}
			}
			if root != c.root || strings.Join(got, ",") != c.want {
				t.Errorf("root %q, elements %q; want %q, %q", root, got, c.root, c.want)
			}
		})
	}
}
