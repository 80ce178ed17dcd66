#!/usr/bin/env bash
# What password guessing costs real users: bench/brute-force.sh [officials=8] [guessers=8] [seconds=20]
# Writes bench/results/<date>-brute-force.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
index=$(java -cp target/classes:target/test-classes vn.xaso.calendar.DeadlineBenchmark | grep '^median' | sed 's/^median: //')
java -Xmx2g -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" vn.xaso.bench.BruteForceBenchmark \
  "${1:-8}" "${2:-8}" "${3:-20}" "$index"
