# numtrail tasks. `just --list` shows them.

# build the dataset from raw/ into out/
run *ARGS:
    go run ./cmd/etl run {{ARGS}}

# run every test
test:
    go test ./...

# benchmarks (extraction throughput and friends)
bench:
    go test -run '^$' -bench . -benchmem ./...

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
