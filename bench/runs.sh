#!/usr/bin/env bash
# Run pipeline benchmark (issue 5): starts TrialSage with `trialsage.jar --dev` (embedded
# PostgreSQL, real sandboxed engine) on a fresh data folder, then measures
#   1. submit → engine start: N sequential runs on a free worker slot (default 30), from the run
#      records' queuedMillis (created_at → engine process started); target: median ≤ 100 ms;
#   2. a burst: M small runs submitted at once (default 200) from 4 tenants; all must end
#      SUCCEEDED, none lost; throughput against the engine-bound ceiling.
# Usage, from the repository root after `mvn -B -q -DskipTests package`:
#   bench/runs.sh [sequential-runs] [burst-runs]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
cd "$repo"
[ -f target/trialsage.jar ] || { echo "build first: mvn -B -q -DskipTests package" >&2; exit 1; }
shared="$(cd "$repo/../shared/data" && pwd)"
data="$(mktemp -d "${TMPDIR:-/tmp}/trialsage-bench-runs.XXXXXX")"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1])')"
log="$data/launcher.log"

export TRIALSAGE_DATA_DIR="$data" TRIALSAGE_PORT="$port" TRIALSAGE_CT_DIR="$shared/ct"
# The benchmark measures the pipeline, not the rate limiter.
export TRIALSAGE_RATELIMIT_RUN_PER_MINUTE=100000 TRIALSAGE_RATELIMIT_UPLOAD_PER_MINUTE=100000
export TRIALSAGE_RATELIMIT_READ_PER_MINUTE=1000000

java -jar target/trialsage.jar --dev >"$log" 2>&1 &
launcher=$!
# The launcher exits 143 on SIGTERM (the JVM's code); that is the expected end, not a failure.
trap 'kill -TERM $launcher 2>/dev/null; wait $launcher 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 240); do
  curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break
  kill -0 $launcher 2>/dev/null || { cat "$log" >&2; exit 1; }
  sleep 1
done
token="$(java -jar target/trialsage.jar token --tenant bench-co --roles submitter,reviewer --ttl 2h)"
tokens=""
for t in bench-a bench-b bench-c bench-d; do
  tokens="$tokens,$(java -jar target/trialsage.jar token --tenant "$t" --roles submitter,reviewer --ttl 2h)"
done

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)," \
  "load before: $(cut -d' ' -f1-3 /proc/loadavg)"
python3 "$repo/bench/runs.py" "http://127.0.0.1:$port" "$token" "${tokens#,}" \
  "$shared/sdtm/cdiscpilot01/ts.xpt" "${1:-30}" "${2:-200}"
echo "load after: $(cut -d' ' -f1-3 /proc/loadavg)"
