package main

import (
	"context"
	"fmt"

	"github.com/scamgraph/scamgraph/crawler"
)

func runCapture(ctx context.Context, e *env, args []string) error {
	fs := newFlags(e, "capture", "capture [--config sources.yaml | --data DIR] [--headers] SHA256\n\n"+
		"Prints the exact archived response body whose sha256 is given (documents in the graph carry\n"+
		"it as `capture`), from the WARC files under the crawl data directory.")
	path := fs.String("config", "", "crawl configuration whose data_dir holds the archive")
	data := fs.String("data", "", "crawl data directory (default: data_dir of --config, else .scamgraph/data)")
	headers := fs.Bool("headers", false, "print the archived HTTP response head before the body")
	if err := parseFlags(fs, args); err != nil {
		return err
	}
	if fs.NArg() != 1 {
		fs.Usage()
		return errUsage
	}
	dir, err := dataDir(*data, *path)
	if err != nil {
		return err
	}
	rec, err := crawler.LookupCapture(ctx, dir, fs.Arg(0))
	if err != nil {
		return fmt.Errorf("capture %s in %s: %w", fs.Arg(0), dir, err)
	}
	if *headers {
		if err := rec.WriteHead(e.stdout); err != nil {
			return err
		}
	}
	_, err = e.stdout.Write(rec.Body)
	return err
}
