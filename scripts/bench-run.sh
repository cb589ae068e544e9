#!/usr/bin/env bash
# End-to-end benchmark: generate N documents with cmd/gencorpus, run `etl run`
# on them, and report seconds, documents/s, MB/s of text, peak RSS and the
# CPU time of the run (user and system; steadier than the wall clock when
# other work shares the machine).
#
#   scripts/bench-run.sh 10000 [workers]
#   HTML=1 scripts/bench-run.sh 10000    # the same articles as news pages (.html)
#
# The corpus is cached under bench/corpus/N (git-ignored); the output goes to
# a temporary folder. Needs GNU time (/usr/bin/time) for the peak RSS.
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
workers=${2:-$(nproc)}
corpus=bench/corpus/$n
gen_flags=()
if [ -n "${HTML:-}" ]; then
  corpus=bench/corpus/$n-html
  gen_flags=(-html)
fi
bin=$(mktemp -d)
trap 'rm -rf "$bin"' EXIT
go build -o "$bin/etl" ./cmd/etl
go build -o "$bin/gencorpus" ./cmd/gencorpus
if [ ! -d "$corpus" ]; then
  "$bin/gencorpus" -n "$n" -seed 1 "${gen_flags[@]}" -out "$corpus" >/dev/null
fi
# (MB/s counts the documents' bytes: the text, or the pages' HTML)
text_bytes=$(find "$corpus" \( -name '*.txt' -o -name '*.html' \) -printf '%s\n' | awk '{s+=$1} END {print s}')
out="$bin/out"
if [ -x /usr/bin/time ]; then
  /usr/bin/time -f '%e %M %U %S' -o "$bin/time" "$bin/etl" run --raw "$corpus" --out "$out" --workers "$workers" --log-format json 2>"$bin/log" >/dev/null
  read -r secs rss_kb user_s sys_s <"$bin/time"
else
  start=$(date +%s.%N)
  "$bin/etl" run --raw "$corpus" --out "$out" --workers "$workers" --log-format json 2>"$bin/log" >/dev/null
  secs=$(echo "$(date +%s.%N) - $start" | bc)
  rss_kb=0 user_s=0 sys_s=0
fi
label=text
[ -n "${HTML:-}" ] && label=html
awk -v label="$label" -v n="$n" -v s="$secs" -v b="$text_bytes" -v r="$rss_kb" -v w="$workers" -v u="$user_s" -v k="$sys_s" 'BEGIN {
  printf "documents=%d workers=%d seconds=%.2f docs_per_s=%.0f %s_MB=%.1f MB_per_s=%.1f peak_rss_MiB=%.0f cpu_s=%.1f (user %.1f, sys %.1f)\n", n, w, s, n/s, label, b/1e6, b/1e6/s, r/1024, u+k, u, k }'
