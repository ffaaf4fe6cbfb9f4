package extract

import (
	"bytes"
	"fmt"
	"unicode/utf8"

	"golang.org/x/net/html/charset"
	"golang.org/x/text/transform"
)

// decodeHTML converts a page body to UTF-8 using, in order, a byte-order mark, the
// Content-Type header, a <meta charset> in the first KiB, and finally a UTF-8 validity check.
func decodeHTML(body []byte, contentType string) ([]byte, string, error) {
	if len(body) > MaxBodyBytes {
		body = body[:MaxBodyBytes]
	}
	enc, name, certain := charset.DetermineEncoding(body, contentType)
	if !certain && utf8.Valid(body) {
		return bytes.TrimPrefix(body, []byte("\ufeff")), "utf-8", nil
	}
	if name == "utf-8" {
		return toValidUTF8(bytes.TrimPrefix(body, []byte("\ufeff"))), name, nil
	}
	out, _, err := transform.Bytes(enc.NewDecoder(), body)
	if err != nil {
		return nil, name, fmt.Errorf("decode %s: %w", name, err)
	}
	return toValidUTF8(out), name, nil
}

func toValidUTF8(b []byte) []byte {
	if utf8.Valid(b) {
		return b
	}
	return bytes.ToValidUTF8(b, []byte("\uFFFD"))
}
