package ofac

import (
	"bytes"
	"fmt"
	"testing"
)

// syntheticSDN builds an SDN.XML of n entries shaped like the fixture's, about the size of the
// real list at n = 18000.
func syntheticSDN(n int) []byte {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" standalone="yes"?><sdnList xmlns="https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/XML"><publshInformation><Publish_Date>10/14/2025</Publish_Date><Record_Count>` + fmt.Sprint(n) + `</Record_Count></publshInformation>`)
	for i := 1; i <= n; i++ {
		fmt.Fprintf(&b, `<sdnEntry><uid>%d</uid><firstName>Given%d</firstName><lastName>FAMILY%d</lastName><sdnType>Individual</sdnType><programList><program>TCO</program><program>SDGT</program></programList><idList><id><uid>%d1</uid><idType>Passport</idType><idNumber>P%07d</idNumber><idCountry>Cambodia</idCountry></id><id><uid>%d2</uid><idType>Digital Currency Address - XBT</idType><idNumber>bc1q%034d</idNumber></id></idList><akaList><aka><uid>%d3</uid><type>a.k.a.</type><category>strong</category><lastName>ALIAS%d</lastName><firstName>Other</firstName></aka></akaList><addressList><address><uid>%d4</uid><address1>Street %d</address1><city>Phnom Penh</city><country>Cambodia</country></address></addressList><dateOfBirthList><dateOfBirthItem><uid>%d5</uid><dateOfBirth>1980</dateOfBirth><mainEntry>true</mainEntry></dateOfBirthItem></dateOfBirthList><remarks>Synthetic entry for benchmarking the parser; not a real listing.</remarks></sdnEntry>`+"\n",
			i, i, i, i, i, i, i, i, i, i, i, i)
	}
	b.WriteString(`</sdnList>`)
	return b.Bytes()
}

func BenchmarkParseSDN(b *testing.B) {
	body := syntheticSDN(18000)
	b.SetBytes(int64(len(body)))
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		l, err := Parse(bytes.NewReader(body))
		if err != nil || len(l.Entries) != 18000 {
			b.Fatalf("%v %d", err, len(l.Entries))
		}
	}
}
