#!/usr/bin/env bash
# Catalog search under the 50-client load, and the guides' "most often supplemented" figures at province scale:
# bench/catalog.sh [dossiers=1000000]. Writes bench/results/<date>-catalog-<dossiers>.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
index=$(java -cp target/classes:target/test-classes vn.xaso.calendar.DeadlineBenchmark | grep '^median' | sed 's/^median: //')
java -Xmx6g -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" vn.xaso.bench.CatalogBenchmark "${1:-1000000}" "$index"
