// Command load measures the explorer API under concurrent readers: each of -c workers asks
// the given paths in turn for -d, and the summary gives the p50/p95/p99 latency per path.
//
//	go run ./internal/web/e2e/load -base http://127.0.0.1:8080 -c 50 -d 20s /healthz /api/entities/person:chen-zhi
package main

import (
	"flag"
	"fmt"
	"io"
	"net/http"
	"os"
	"slices"
	"sync"
	"time"
)

func main() {
	base := flag.String("base", "http://127.0.0.1:8080", "server address")
	workers := flag.Int("c", 50, "concurrent clients")
	dur := flag.Duration("d", 20*time.Second, "how long to run")
	flag.Parse()
	paths := flag.Args()
	if len(paths) == 0 {
		fmt.Fprintln(os.Stderr, "usage: load [-base URL] [-c N] [-d DUR] PATH...")
		os.Exit(2)
	}
	client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: *workers}, Timeout: 30 * time.Second}
	var mu sync.Mutex
	lat := map[string][]time.Duration{}
	fails := map[string]int{}
	stop := time.Now().Add(*dur)
	var wg sync.WaitGroup
	for w := range *workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := w; time.Now().Before(stop); i++ {
				p := paths[i%len(paths)]
				t0 := time.Now()
				resp, err := client.Get(*base + p)
				ok := err == nil && resp.StatusCode == 200
				if err == nil {
					_, _ = io.Copy(io.Discard, resp.Body)
					resp.Body.Close()
				}
				d := time.Since(t0)
				mu.Lock()
				if ok {
					lat[p] = append(lat[p], d)
				} else {
					fails[p]++
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	fmt.Printf("%d clients, %s\n%-60s %7s %6s %8s %8s %8s\n", *workers, *dur, "path", "ok", "failed", "p50", "p95", "p99")
	for _, p := range paths {
		ds := lat[p]
		slices.Sort(ds)
		q := func(f float64) time.Duration {
			if len(ds) == 0 {
				return 0
			}
			return ds[min(len(ds)-1, int(f*float64(len(ds))))]
		}
		fmt.Printf("%-60s %7d %6d %8s %8s %8s\n", p, len(ds), fails[p], q(.5).Round(time.Millisecond/10), q(.95).Round(time.Millisecond/10), q(.99).Round(time.Millisecond/10))
	}
}
