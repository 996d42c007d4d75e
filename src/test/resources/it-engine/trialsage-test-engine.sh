#!/bin/bash
# A stand-in for the validator engine in the container tests. It runs the real engine (the jar
# beside it) unless an input's file name asks it to misbehave as a broken or hostile engine might:
#   misbehave-crash     dies of SIGSEGV
#   misbehave-hang      starts a child that sleeps for an hour (the timeout must kill the tree)
#   misbehave-garbage   exits 0 with a summary that is not JSON
#   misbehave-flood     writes zeros until the file-size limit stops it
#   misbehave-network-P tries to connect to 127.0.0.1:P; reports it if it got through
#   misbehave-escape    tries to write beside itself and into /etc; reports what got through
#   misbehave-slow      waits 8 s, then validates for real
# A misbehaviour that the sandbox stops ends in a real validation, so the run succeeds.
set -u
here="$(cd "$(dirname "$0")" && pwd)"
out=""
previous=""
inputs=""
for argument in "$@"; do
  if [ "$previous" = "--out" ]; then out="$argument"; fi
  previous="$argument"
  inputs="$argument"
done
mode=""
for file in "$inputs"/*; do
  name="$(basename "$file")"
  case "$name" in
    misbehave-*) mode="${name#misbehave-}"; mode="${mode%%.*}" ;;
  esac
done

real_engine() {
  exec java -Xmx384m -XX:+UseSerialGC -XX:-UsePerfData -XX:ReservedCodeCacheSize=64m \
    -XX:MaxMetaspaceSize=128m -XX:CompressedClassSpaceSize=64m -jar "$here/trialsage-engine.jar" "$@"
}

case "$mode" in
  crash)
    echo "test engine: crashing on purpose" >&2
    kill -SEGV $$
    ;;
  hang)
    echo "test engine: hanging on purpose" >&2
    sleep 3600
    exit 0
    ;;
  garbage)
    mkdir -p "$out"
    echo "this is not JSON" > "$out/summary.json"
    : > "$out/findings.ndjson"
    exit 0
    ;;
  flood)
    mkdir -p "$out"
    cat /dev/zero > "$out/flood.bin"
    echo "test engine: the flood stopped with status $?" >&2
    exit 4
    ;;
  network-*)
    port="${mode#network-}"
    if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "test engine: NETWORK REACHABLE on port $port" >&2
      exit 4
    fi
    real_engine "$@"
    ;;
  escape)
    escaped=""
    for target in "$here/escaped-from-sandbox" /etc/escaped-from-sandbox; do
      if (echo escaped > "$target") 2>/dev/null; then escaped="$escaped $target"; fi
    done
    if [ -n "$escaped" ]; then
      echo "test engine: ESCAPED, wrote$escaped" >&2
      exit 4
    fi
    real_engine "$@"
    ;;
  slow)
    sleep 8
    real_engine "$@"
    ;;
  *)
    real_engine "$@"
    ;;
esac
