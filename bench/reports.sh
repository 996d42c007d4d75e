#!/usr/bin/env bash
# Report writers benchmark: renders the JSON, CSV, Excel and HTML reports of N synthetic findings
# (default 1,000,000) at -Xmx256m, to show that memory stays bounded whatever the run's size.
# Prints seconds, output bytes and peak heap per format.
# Usage: bench/reports.sh [findings]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/bench/out"
mkdir -p "$out"
cd "$repo"
source "$repo/bench/lib.sh"

classpath="$(test_classpath "$repo" "$out")"

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -Xmx256m -cp "$classpath" com.trialsage.bench.ReportsBenchmark "${1:-1000000}"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
