#!/usr/bin/env bash
# Signing speed: 1,000 one-page result PDFs with the leader's signature and the unit's seal against bare DSS signing the
# same PDFs in the same run, verification, and 100 dossiers approved with one confirmation (remote signing service, PIN).
# Writes bench/results/<date>-signing.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
index=$(java -cp target/classes:target/test-classes vn.xaso.calendar.DeadlineBenchmark | grep '^median' | sed 's/^median: //')
java -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" vn.xaso.bench.SigningBenchmark "$index"
