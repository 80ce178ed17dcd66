#!/usr/bin/env bash
# Reports at province scale: bench/reports.sh [dossiers=1000000]
# Rebuild time, Biểu 06 / ranking / dashboard latency against a live count in the same run, and the 50-client load
# (receive … return-result) in alternating rounds with the rollups kept from events and without. Writes bench/results/<date>-reports-<dossiers>.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
index=$(java -cp target/classes:target/test-classes vn.xaso.calendar.DeadlineBenchmark | grep '^median' | sed 's/^median: //')
java -Xmx6g -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" vn.xaso.bench.ReportBenchmark "${1:-1000000}" "$index"
