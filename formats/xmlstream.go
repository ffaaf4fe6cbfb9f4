package formats

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
)

// The sanctions lists and sitemaps are read the same way: a stream of XML elements, the root
// checked, each entry under it decoded on its own, so that a large list never sits in memory
// as a tree and a truncated download still yields the entries before the cut.

// newXMLDecoder returns a decoder that converts a legacy charset declared in the prolog.
// Namespaces are ignored by the readers, which match local names only.
func newXMLDecoder(r io.Reader) *xml.Decoder {
	dec := xml.NewDecoder(r)
	dec.CharsetReader = xmlCharsetReader
	return dec
}

// xmlSyntaxError is a fault in the XML itself (bad syntax, a truncated download) and the
// line it was found on.
type xmlSyntaxError struct {
	Line int
	Err  error
}

func (e *xmlSyntaxError) Error() string { return fmt.Sprintf("XML at line %d: %v", e.Line, e.Err) }
func (e *xmlSyntaxError) Unwrap() error { return e.Err }

// xmlRootError is a document whose root element is not the one the reader expects.
type xmlRootError struct{ What, Root, Want string }

func (e *xmlRootError) Error() string {
	return fmt.Sprintf("%s: root element <%s>, want %s", e.What, e.Root, e.Want)
}

// walkXML streams dec's document. It reads the root element and checks that it is one of
// roots (else *xmlRootError, naming the document as what), then calls child with each start
// element below it. child consumes the element (dec.DecodeElement or dec.Skip); the children
// of one it leaves come next. walkXML returns the root's local name ("" for a document without
// elements) and the first error: the root's, a *xmlSyntaxError, or child's as it was.
func walkXML(dec *xml.Decoder, what string, roots []string, child func(root string, se *xml.StartElement) error) (string, error) {
	root := ""
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return root, nil
		}
		if err != nil {
			return root, &xmlSyntaxError{Line: lineOf(dec), Err: err}
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if root == "" {
			root = se.Name.Local
			if !slices.Contains(roots, root) {
				return root, &xmlRootError{What: what, Root: root, Want: "<" + strings.Join(roots, "> or <") + ">"}
			}
			continue
		}
		if err := child(root, &se); err != nil {
			return root, err
		}
	}
}

// lineOf reports the decoder's current line for error messages.
func lineOf(dec *xml.Decoder) int {
	line, _ := dec.InputPos()
	return line
}
