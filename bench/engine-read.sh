#!/usr/bin/env bash
# Reader benchmark: generates an SDTM LB-like SAS XPORT v5 file, then reads every value of every
# record with the TrialSage engine reader and with pandas.read_sas, and prints throughput and peak
# resident memory of each. Usage: bench/engine-read.sh [size in MB, default 1000]
set -euo pipefail

size_mb="${1:-1000}"
repo="$(cd "$(dirname "$0")/.." && pwd)"
out="$repo/bench/out"
xpt="$out/lb-${size_mb}mb.xpt"
mkdir -p "$out"
cd "$repo"

source "$repo/bench/lib.sh"
require_time_and_pandas

echo "== build (test classes and class path)"
classpath="$(test_classpath "$repo" "$out")"

echo "== generate $xpt (${size_mb} MB)"
if [ ! -f "$xpt" ]; then
  java -Xmx256m -cp "$classpath" com.trialsage.bench.LbXportGenerator "$xpt" "$size_mb"
fi
bytes=$(stat -c %s "$xpt")
cat "$xpt" > /dev/null # both readers start from a warm page cache


echo "== TrialSage reader (java -Xmx256m)"
/usr/bin/time -v -o "$out/java.time" \
  java -Xmx256m -cp "$classpath" com.trialsage.bench.ReadBenchmark "$xpt" | tee "$out/java.txt"
java_rss=$(peak_rss_mb "$out/java.time")
java_mbs=$(sed -n 's/.* = \([0-9.]*\) MB\/s.*/\1/p' "$out/java.txt")

echo "== pandas.read_sas"
/usr/bin/time -v -o "$out/pandas.time" /usr/bin/python3 -c '
import sys, time, pandas
start = time.time()
frame = pandas.read_sas(sys.argv[1], format="xport")
seconds = time.time() - start
megabytes = int(sys.argv[2]) / 1e6
print("pandas %s read_sas: %d records, %.1f MB in %.2f s = %.1f MB/s"
      % (pandas.__version__, len(frame), megabytes, seconds, megabytes / seconds))
' "$xpt" "$bytes" | tee "$out/pandas.txt"
pandas_rss=$(peak_rss_mb "$out/pandas.time")
pandas_mbs=$(sed -n 's/.* = \([0-9.]*\) MB\/s.*/\1/p' "$out/pandas.txt")

echo "== summary ($(nproc) cores, $(sed -n 's/^model name\s*: //p' /proc/cpuinfo | head -1))"
java -version 2>&1 | head -1
printf 'file              %s (%s bytes)\n' "$xpt" "$bytes"
printf 'TrialSage reader  %8s MB/s   peak RSS %6s MB\n' "$java_mbs" "$java_rss"
printf 'pandas.read_sas   %8s MB/s   peak RSS %6s MB\n' "$pandas_mbs" "$pandas_rss"
awk -v a="$java_mbs" -v b="$pandas_mbs" 'BEGIN { printf "speed-up          %.1fx\n", a / b }'
