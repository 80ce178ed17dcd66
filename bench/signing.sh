#!/usr/bin/env bash
# Signing speed: 1,000 one-page result PDFs with the leader's signature and the unit's seal, then verification.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
java -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" vn.xaso.bench.SigningBenchmark
