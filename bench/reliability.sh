#!/usr/bin/env bash
# Reliability suite: bench/reliability.sh [rounds=3] [clients=16]
# xaso in its own JVM on an embedded PostgreSQL in target/reliability, kill -9 under a burst of receptions and
# assignments (round 2 also kills PostgreSQL), the same start again; counts acknowledged vs present, duplicate and
# skipped codes, time to healthy. Writes bench/results/<date>-reliability.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
cp="target/classes:target/test-classes:$(cat target/classpath.txt)"
index=$(java -cp target/classes:target/test-classes vn.xaso.calendar.DeadlineBenchmark | grep '^median' | sed 's/^median: //')
java -cp "$cp" vn.xaso.bench.ReliabilitySuite "${1:-3}" "${2:-16}" "$index"
