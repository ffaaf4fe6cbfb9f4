package main

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"context"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/scamgraph/scamgraph/extract"
	"github.com/scamgraph/scamgraph/model"
)

// maxInput bounds what extract reads from one file, compressed or not.
const maxInput = 64 << 20

func runExtract(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "extract", "extract [--url URL] PATH...   (PATH may be gzip-compressed, or - for stdin)")
	pageURL := fs.String("url", "", "the page's original address; also selects the parser the crawler would use for it")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() == 0 {
		fs.Usage()
		return errUsage
	}
	x, err := extract.New(extract.Options{})
	if err != nil {
		return err
	}
	out := bufio.NewWriter(e.stdout)
	defer out.Flush()
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	failed := 0
	for _, path := range fs.Args() {
		if err := ctx.Err(); err != nil {
			return err
		}
		body, err := readInput(path, e.stdin)
		if err == nil {
			var docs []model.Document
			docs, err = x.Extract(ctx, extract.Page{URL: *pageURL, Body: body, Source: path})
			for _, d := range docs {
				// CONTRACTS gives entities and relations as lists: a page with none prints [],
				// never null, so consumers can iterate without a check.
				if d.Entities == nil {
					d.Entities = []model.Entity{}
				}
				if d.Relations == nil {
					d.Relations = []model.Relation{}
				}
				if err := enc.Encode(d); err != nil {
					return fmt.Errorf("write output: %w", err)
				}
			}
		}
		if err != nil {
			out.Flush()
			fmt.Fprintf(e.stderr, "scamgraph extract: %s: %v\n", path, err)
			failed++
		}
	}
	if failed > 0 {
		return errReported
	}
	return nil
}

// readInput reads a file (or stdin for "-"), gunzipping it when it starts with gzip's magic bytes.
func readInput(path string, stdin io.Reader) ([]byte, error) {
	var r io.Reader
	if path == "-" {
		r = stdin
	} else {
		f, err := os.Open(path)
		if err != nil {
			return nil, err
		}
		defer f.Close()
		r = f
	}
	br := bufio.NewReader(io.LimitReader(r, maxInput+1))
	if magic, err := br.Peek(2); err == nil && bytes.Equal(magic, []byte{0x1f, 0x8b}) {
		zr, err := gzip.NewReader(br)
		if err != nil {
			return nil, fmt.Errorf("gzip: %w", err)
		}
		defer zr.Close()
		r = zr
	} else {
		r = br
	}
	b, err := io.ReadAll(io.LimitReader(r, maxInput+1))
	if err != nil {
		return nil, fmt.Errorf("read: %w", err)
	}
	if len(b) > maxInput {
		return nil, fmt.Errorf("larger than %d MiB", maxInput>>20)
	}
	return b, nil
}
