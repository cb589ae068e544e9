# numtrail tasks. `just --list` shows them.

# build the dataset from raw/ into out/
run *ARGS:
    go run ./cmd/etl run {{ARGS}}

# run every test
test:
    go test ./...

# benchmarks (extraction throughput and friends), one package at a time (-p 1)
# and on one core (-cpu 1), so MB/s and docs/s are per core and no two
# benchmarks share the machine (see pipeline/extract/bench_test.go);
# e.g. `just bench -benchtime 3x`
bench *ARGS:
    go test -p 1 -run '^$' -bench . -benchmem -cpu 1 {{ARGS}} ./...

# score extraction on the labelled dev set
eval:
    python3 ../shared/eval/score.py --checkout . --misses

# format the code
fmt:
    gofmt -w $(git ls-files '*.go')

# vet and check formatting
lint:
    test -z "$(gofmt -l $(git ls-files '*.go'))"
    go vet ./...
