# scamgraph: `make demo` builds the graph from the bundled sample world and serves it;
# `make test` runs the whole suite against a real local Neo4j; `make down` stops that Neo4j.
SHELL := /bin/bash
GO ?= go
BIN := bin/scamgraph

.PHONY: build demo test down db vet fuzz bench clean notebooks

build:
	$(GO) build -o $(BIN) ./cmd/scamgraph

demo: build
	$(BIN) demo

test: build
	$(GO) vet ./...
	@test -z "$$(gofmt -l $$(git ls-files '*.go'))" || { echo "gofmt needed:"; gofmt -l $$(git ls-files '*.go'); exit 1; }
	scripts/test.sh

# notebooks executes every notebook in notebooks/ against NEO4J_URI (the local Neo4j with the
# sample world by default) into a temporary directory; make test runs it too.
notebooks: build
	scripts/notebooks.sh

# db starts the local Neo4j (Bolt 127.0.0.1:7687, Browser http://127.0.0.1:7474/) and leaves it running.
db: build
	$(BIN) db start

down: build
	$(BIN) db stop

# fuzz runs every fuzz target for a short while each (FUZZTIME=30s for longer).
fuzz:
	scripts/fuzz.sh $${FUZZTIME:-10s}

bench: build
	scripts/bench.sh

clean:
	rm -rf bin
