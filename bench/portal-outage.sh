#!/usr/bin/env bash
# The national portal down under the 50-client load, then back: bench/portal-outage.sh [minutes=10]
# Time to drain the backlog; every status of every dossier at the portal once and in order.
# Writes bench/results/<date>-portal-outage.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
index=$(java -cp target/classes:target/test-classes vn.xaso.calendar.DeadlineBenchmark | grep '^median' | sed 's/^median: //')
java -Xmx4g -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" vn.xaso.bench.PortalOutageBenchmark "${1:-10}" "$index"
