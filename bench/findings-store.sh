#!/usr/bin/env bash
# Findings storage benchmark: COPY of N findings (default 1,000,000) of one run into a real
# PostgreSQL with the production schema, three rounds. Target: at least 50,000 rows/s.
# Usage: bench/findings-store.sh [rows]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/bench/out"
mkdir -p "$out"
cd "$repo"
source "$repo/bench/lib.sh"

classpath="$(test_classpath "$repo" "$out")"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
java -Xmx256m -cp "$classpath" com.trialsage.bench.FindingsStoreBenchmark "${1:-1000000}" 2>/dev/null
