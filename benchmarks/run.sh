#!/usr/bin/env bash
# Builds the JMH uber-jar and runs the suite briefly, printing JMH's result table.
# Usage: benchmarks/run.sh [JMH regex and options...]   e.g. benchmarks/run.sh DueAtBenchmark
# Brief by default (1 fork, 2 x 2 s warm-up, 3 x 2 s measurement); pass your own -f/-wi/-i to override.
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl benchmarks -am package -DskipTests -Dmaven.javadoc.skip -Djacoco.skip
args=("$@")
[ ${#args[@]} -eq 0 ] && args=(".*Benchmark.*")
exec java -jar benchmarks/target/benchmarks.jar -f 1 -wi 2 -w 2s -i 3 -r 2s -rf text -rff benchmarks/target/jmh-result.txt "${args[@]}"
