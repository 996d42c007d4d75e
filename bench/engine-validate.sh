#!/usr/bin/env bash
# Engine benchmark (issue 3): validates a generated LB-like SAS XPORT file with ALL rules, and
# reads the same file with pandas.read_sas, in the same run, from a warm page cache. Prints both
# times, the engine's peak RSS and its time from process start to first record.
# Target: engine time <= 0.5 x pandas time; engine peak RSS <= 512 MB.
# Usage: bench/engine-validate.sh [size in MB, default 1000]
set -euo pipefail

size_mb="${1:-1000}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/bench/out"
xpt="$out/lb-${size_mb}mb.xpt"
ct="$repo/../shared/data/ct/SDTM Terminology 2025-03-25.txt"
mkdir -p "$out"
cd "$repo"

source "$repo/bench/lib.sh"
require_time_and_pandas

echo "== build"
mvn -B -q -DskipTests package
classpath="$(test_classpath "$repo" "$out")"

echo "== generate $xpt (${size_mb} MB)"
[ -f "$xpt" ] || java -Xmx256m -cp "$classpath" com.trialsage.bench.LbXportGenerator "$xpt" "$size_mb"
bytes=$(stat -c %s "$xpt")
cat "$xpt" > /dev/null

wall_s() { awk -F': ' '/Elapsed \(wall clock\)/ {n = split($2, t, ":"); s = 0;
  for (i = 1; i <= n; i++) s = s * 60 + t[i]; printf "%.2f", s}' "$1"; }

echo "== TrialSage engine: validate with all rules (java -Xmx256m)"
rm -rf "$out/validate"
/usr/bin/time -v -o "$out/engine.time" \
  java -Xmx256m -XX:+UseSerialGC -jar target/trialsage-engine.jar validate \
  --standard sdtmig --version 3.4 --ct "$ct" --out "$out/validate" "$xpt" 2> "$out/engine.err"
cat "$out/engine.err"
engine_s=$(wall_s "$out/engine.time")
engine_rss=$(peak_rss_mb "$out/engine.time")
first_ms=$(sed -n 's/^first record read \([0-9]*\) ms.*/\1/p' "$out/engine.err")

echo "== pandas.read_sas (read only)"
/usr/bin/time -v -o "$out/pandas.time" /usr/bin/python3 -c '
import sys, pandas
frame = pandas.read_sas(sys.argv[1], format="xport")
print("pandas %s read %d records" % (pandas.__version__, len(frame)))
' "$xpt"
pandas_s=$(wall_s "$out/pandas.time")
pandas_rss=$(peak_rss_mb "$out/pandas.time")

echo "== summary ($(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1), load $(cut -d' ' -f1-3 /proc/loadavg))"
java -version 2>&1 | head -1
printf 'file                      %s (%s bytes)\n' "$xpt" "$bytes"
printf 'engine, all rules         %8s s   peak RSS %6s MB   first record after %s ms\n' \
  "$engine_s" "$engine_rss" "$first_ms"
printf 'pandas.read_sas           %8s s   peak RSS %6s MB\n' "$pandas_s" "$pandas_rss"
awk -v a="$engine_s" -v b="$pandas_s" 'BEGIN { printf "engine / pandas           %.2f (target <= 0.50)\n", a / b }'
