# Shared by the bench scripts: sourced, not run.

# Installs a Debian package the benchmark needs, when running as root; otherwise says how.
install_if_missing() {
  if [ "$(id -u)" != 0 ]; then
    echo "missing $1; install it (apt-get install -y $1) or run as root" >&2
    exit 1
  fi
  apt-get update -qq && apt-get install -y -qq "$1" >/dev/null
}

# /usr/bin/time and pandas, for the comparisons with pandas.read_sas.
require_time_and_pandas() {
  [ -x /usr/bin/time ] || install_if_missing time
  /usr/bin/python3 -c 'import pandas' 2>/dev/null || install_if_missing python3-pandas
}

# Compiles the test classes and prints the class path that runs them.
test_classpath() {
  local repo="$1" out="$2"
  # Maven's own output goes to stderr: stdout is the class path.
  mvn -B -q test-compile >&2
  mvn -B -q dependency:build-classpath -Dmdep.includeScope=test \
    -Dmdep.outputFile="$out/classpath.txt" >&2
  echo "$repo/target/classes:$repo/target/test-classes:$(cat "$out/classpath.txt")"
}

# Peak resident set size, in MB, from a /usr/bin/time -v report.
peak_rss_mb() { awk -F': ' '/Maximum resident set size/ {printf "%.0f", $2 / 1024}' "$1"; }
