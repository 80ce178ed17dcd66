#!/usr/bin/env bash
# Document search latency at 100,000 documents in one commune (number, symbol, sender, subject; diacritics optional).
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
java -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" vn.xaso.bench.DocumentSearchBenchmark
