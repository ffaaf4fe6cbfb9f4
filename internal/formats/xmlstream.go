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

// NewXMLDecoder returns a decoder that converts a legacy charset declared in the prolog.
// Namespaces are ignored by the readers, which match local names only.
func NewXMLDecoder(r io.Reader) *xml.Decoder {
	dec := xml.NewDecoder(r)
	dec.CharsetReader = xmlCharsetReader
	return dec
}

// XMLSyntaxError is a fault in the XML itself (bad syntax, a truncated download) and the
// line it was found on.
type XMLSyntaxError struct {
	Line int
	Err  error
}

func (e *XMLSyntaxError) Error() string { return fmt.Sprintf("XML at line %d: %v", e.Line, e.Err) }
func (e *XMLSyntaxError) Unwrap() error { return e.Err }

// XMLRootError is a document whose root element is not the one the reader expects.
type XMLRootError struct{ What, Root, Want string }

func (e *XMLRootError) Error() string {
	return fmt.Sprintf("%s: root element <%s>, want %s", e.What, e.Root, e.Want)
}

// WalkXML streams dec's document. It reads the root element and checks that it is one of
// roots (else *XMLRootError, naming the document as what), then calls child with each start
// element below it. child consumes the element (dec.DecodeElement or dec.Skip); the children
// of one it leaves come next. WalkXML returns the root's local name ("" for a document without
// elements) and the first error: the root's, a *XMLSyntaxError, or child's as it was.
func WalkXML(dec *xml.Decoder, what string, roots []string, child func(root string, se *xml.StartElement) error) (string, error) {
	root := ""
	for {
		tok, err := dec.Token()
		if errors.Is(err, io.EOF) {
			return root, nil
		}
		if err != nil {
			return root, &XMLSyntaxError{Line: LineOf(dec), Err: err}
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		if root == "" {
			root = se.Name.Local
			if !slices.Contains(roots, root) {
				return root, &XMLRootError{What: what, Root: root, Want: "<" + strings.Join(roots, "> or <") + ">"}
			}
			continue
		}
		if err := child(root, &se); err != nil {
			return root, err
		}
	}
}

// LineOf reports the decoder's current line for error messages.
func LineOf(dec *xml.Decoder) int {
	line, _ := dec.InputPos()
	return line
}

// SettleList turns the end of a list walk (WalkXML's root and error) into what the reader
// returns. A wrong root or a document without elements keeps nothing; a fault in the XML keeps
// the n items read before it and names where it stopped; the child's own error keeps them too.
// what names the list ("sdn list"), items its entries ("entries").
func SettleList(root string, err error, what string, n int, items string) (keep bool, _ error) {
	var syn *XMLSyntaxError
	var rootErr *XMLRootError
	switch {
	case errors.As(err, &rootErr):
		return false, err
	case errors.As(err, &syn):
		return true, fmt.Errorf("%s: XML at line %d after %d %s: %w", what, syn.Line, n, items, syn.Err)
	case err != nil:
		return true, err
	case root == "":
		return false, fmt.Errorf("%s: no XML element found", what)
	}
	return true, nil
}
