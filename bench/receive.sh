#!/usr/bin/env bash
# Time to receive one dossier through the REST API: p50/p95/p99 over 1,000 receptions on this machine.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
java -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" vn.xaso.bench.ReceiveBenchmark
