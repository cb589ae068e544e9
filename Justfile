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

# end-to-end benchmark: etl run on generated corpora of 10,000 and 100,000
# documents (seconds, documents/s, MB/s of text, peak RSS); the corpora are
# kept under bench/corpus (about 0.6 GB); see BENCHMARKS.md;
# e.g. `just bench-e2e 2000`
bench-e2e +SIZES="10000 100000":
    for n in {{SIZES}}; do scripts/bench-run.sh "$n"; done

# learn the measure model (schemas/lexicon/measure_model.tsv) from the
# labelled sets testdata/holdout … holdout186 and holdout191 … holdout214
# (not holdout187 … holdout190, kept to score it on); `just train-measure
# -cv 5` cross-validates over the sets at several margins instead of writing it
train-measure *ARGS:
    go run ./cmd/trainmeasure -margin 10 -o schemas/lexicon/measure_model.tsv {{ARGS}} testdata/holdout $(seq -f 'testdata/holdout%g' 2 186) $(seq -f 'testdata/holdout%g' 191 214)

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
