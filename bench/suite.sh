#!/usr/bin/env bash
# Province-scale benchmark suite: bench/suite.sh [dossiers=1000000] [threads=4] [lifecycles=2000]
# Writes bench/results/<date>-province-<dossiers>.md (reads, the 50-client load, lifecycle throughput against Flowable)
# and bench/results/<date>-reports-<dossiers>.md (bench/reports.sh: Biểu 06, ranking, dashboards, rollup upkeep).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
java -Xmx6g -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" vn.xaso.bench.ProvinceBenchmark "$@"
bench/reports.sh "${1:-1000000}"
