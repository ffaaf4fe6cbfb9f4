package main

import (
	"context"
	"fmt"
	"runtime"

	"github.com/scamgraph/scamgraph/extract"
)

func runVersion(ctx context.Context, e *env, args []string) error {
	fmt.Fprintf(e.stdout, "scamgraph %s (extractor %s, %s %s/%s)\n", version, extract.Version, runtime.Version(), runtime.GOOS, runtime.GOARCH)
	return nil
}
