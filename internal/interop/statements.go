package interop

import (
	"bufio"
	"cmp"
	"context"
	"crypto/sha1"
	"encoding/csv"
	"encoding/hex"
	"io"
	"sort"

	"github.com/scamgraph/scamgraph/graphdb"
)

// StatementColumns are the columns of a statements export: OpenSanctions' statement CSV
// columns (as `ftm aggregate-statements` reads them) followed by the grade and the quote of
// the evidence a statement belongs to, empty for statements about entities and documents.
var StatementColumns = []string{"canonical_id", "entity_id", "prop", "prop_type", "schema", "value", "dataset",
	"origin", "lang", "original_value", "external", "first_seen", "last_seen", "id", "grade", "quote"}

// propTypes are the FtM property types of the properties ExportFtM writes; any other is a
// plain string.
var propTypes = map[string]string{
	"name": "name", "alias": "name", "full": "address", "title": "string", "author": "string", "bodyText": "text",
	"summary": "text", "description": "text", "sourceUrl": "url", "publisherUrl": "url", "publishedAt": "date",
	"date": "date", "startDate": "date", "endDate": "date", "language": "language", "country": "country",
	"contentHash": "checksum", "passportNumber": "identifier", "registrationNumber": "identifier",
	"idNumber": "identifier", "taxNumber": "identifier", "leiCode": "identifier", "swiftBic": "identifier",
	"innCode": "identifier", "ogrnCode": "identifier", "okpoCode": "identifier", "imoNumber": "identifier",
	"wikidataId": "identifier", "number": "identifier", "recordId": "string", "website": "url", "email": "email",
	"phone": "phone", "holder": "entity", "document": "entity", "entity": "entity", "owner": "entity",
	"asset": "entity", "director": "entity", "organization": "entity", "employee": "entity", "employer": "entity",
	"member": "entity", "person": "entity", "relative": "entity", "associate": "entity", "subject": "entity",
	"object": "entity", "proof": "entity", "publicKey": "identifier",
}

// ExportStatements writes the export as statements in OpenSanctions' CSV format: one row per
// property value of every FtM line ExportFtM writes (and one "id" row per entity, as the
// format has it), each row of an evidence record carrying its grade and quote.
func ExportStatements(ctx context.Context, g Reader, scope graphdb.ExportScope, w io.Writer) (ExportStats, error) {
	bw := bufio.NewWriterSize(w, 256<<10)
	cw := csv.NewWriter(bw)
	if err := cw.Write(StatementColumns); err != nil {
		return ExportStats{}, err
	}
	st, err := exportLines(ctx, g, scope, func(l ftmLine, m lineMeta) error {
		row := func(prop, typ, value string) error {
			h := sha1.Sum([]byte(Dataset + "." + l.ID + "." + prop + "." + value))
			return cw.Write([]string{l.ID, l.ID, prop, typ, l.Schema, value, Dataset, m.document, "", "", "false",
				l.FirstSeen, cmp.Or(l.LastSeen, l.FirstSeen), hex.EncodeToString(h[:]), m.grade, m.quote})
		}
		if err := row("id", "id", l.ID); err != nil {
			return err
		}
		names := make([]string, 0, len(l.Properties))
		for p := range l.Properties {
			names = append(names, p)
		}
		sort.Strings(names)
		for _, p := range names {
			typ := propTypes[p]
			if typ == "" {
				typ = "string"
			}
			for _, v := range l.Properties[p] {
				if err := row(p, typ, v); err != nil {
					return err
				}
			}
		}
		return nil
	})
	if err != nil {
		return st, err
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return st, err
	}
	return st, bw.Flush()
}
