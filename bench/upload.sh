#!/usr/bin/env bash
# Upload throughput and heap benchmark (see UploadBenchmark.java). Usage, from the repository root
# after `mvn -B -q -DskipTests package`:  bench/upload.sh 1 4    (sizes in GiB; default 1)
set -euo pipefail
cd "$(dirname "$0")/.."
classpath_file=target/bench-classpath.txt
mkdir -p target/bench
mvn -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile="$classpath_file"
exec java -Xmx512m -cp "$(cat "$classpath_file")" bench/UploadBenchmark.java "$@"
