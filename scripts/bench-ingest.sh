#!/usr/bin/env bash
# Throughput of a JSON Lines import: articles per second on SQLite, and on
# PostgreSQL with 1 and 2 worker processes (when TRUTHLENS_TEST_POSTGRES is
# set, e.g. by `eval "$(bash .ci/postgres.sh)"`). A benchmark, not a test:
#
#   scripts/bench-ingest.sh [N]      # default N=10000
set -euo pipefail
cd "$(dirname "$0")/.."
n=${1:-10000}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
go build -o "$tmp/truthlens" ./cmd/truthlens
go run ./internal/synth/cmd/synth -n "$n" >"$tmp/corpus.jsonl"
# rate T0: articles per second since T0
rate() { awk -v n="$n" -v a="$1" -v b="$(now)" 'BEGIN { s = b - a; printf "%.1f articles/s (%.1f s)", n / s, s }'; }
now() { date +%s.%N; }

t0=$(now)
"$tmp/truthlens" ingest --progress none --workers 2 --db "$tmp/bench.db" "$tmp/corpus.jsonl" 2>"${LOG:-/dev/null}"
echo "SQLite, ingest --workers 2: $(rate "$t0")"

if [ -n "${TRUTHLENS_TEST_POSTGRES:-}" ]; then
  for workers in 1 2; do
    schema="bench_$$_$workers"
    psql -q "$TRUTHLENS_TEST_POSTGRES" -c "DROP SCHEMA IF EXISTS $schema CASCADE; CREATE SCHEMA $schema"
    sep='?'; case "$TRUTHLENS_TEST_POSTGRES" in *\?*) sep='&';; esac
    url="$TRUTHLENS_TEST_POSTGRES${sep}search_path=$schema"
    "$tmp/truthlens" ingest --progress none --enqueue-only --database-url "$url" "$tmp/corpus.jsonl" 2>/dev/null
    t0=$(now)
    pids=()
    for _ in $(seq 1 "$workers"); do
      "$tmp/truthlens" worker --until-empty --workers 2 --database-url "$url" 2>>"$tmp/pg.log" &
      pids+=($!)
    done
    wait "${pids[@]}"
    echo "PostgreSQL, $workers worker process(es) × 2 goroutines: $(rate "$t0")"
    psql -q "$TRUTHLENS_TEST_POSTGRES" -c "DROP SCHEMA $schema CASCADE"
  done
fi
