#!/usr/bin/env bash
# Runs the side-by-side benchmarks and prints the report (see benchmarks/README.md).
# Build first: mvn -B -ntp -pl benchmarks -am package -DskipTests
# Options are passed on, e.g. --runs 1 --sets S; --report DIR re-prints the report of an earlier run.
set -euo pipefail
cd "$(dirname "$0")/.."
jar=benchmarks/target/benchmarks.jar
if [ ! -f "$jar" ]; then
  echo "$jar is missing; build it with: mvn -B -ntp -pl benchmarks -am package -DskipTests" >&2
  exit 1
fi
exec java -cp "$jar" io.github.gpai4j.benchmarks.BenchmarkReport "$@"
