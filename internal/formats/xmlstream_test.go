package formats_test

import (
	"encoding/xml"
	"errors"
	"io"
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

// TestSettleList keeps what a list walk read unless the document was the wrong one or empty,
// and names where a fault in the XML stopped it.
func TestSettleList(t *testing.T) {
	childErr := errors.New("child failed")
	cases := []struct {
		name     string
		root     string
		err      error
		wantKeep bool
		wantErr  string
	}{
		{"whole list", "sdnList", nil, true, ""},
		{"wrong root", "html", &formats.XMLRootError{What: "sdn list", Root: "html", Want: "<sdnList>"}, false, "root element <html>"},
		{"no element", "", nil, false, "sdn list: no XML element found"},
		{"cut download", "sdnList", &formats.XMLSyntaxError{Line: 40, Err: io.ErrUnexpectedEOF}, true, "sdn list: XML at line 40 after 7 entries: unexpected EOF"},
		{"child error", "sdnList", childErr, true, "child failed"},
	}
	for _, c := range cases {
		keep, err := formats.SettleList(c.root, c.err, "sdn list", 7, "entries")
		got := ""
		if err != nil {
			got = err.Error()
		}
		if keep != c.wantKeep || !strings.Contains(got, c.wantErr) || (c.wantErr == "") != (err == nil) {
			t.Errorf("%s: keep %v, err %q; want %v, %q", c.name, keep, got, c.wantKeep, c.wantErr)
		}
	}
}
