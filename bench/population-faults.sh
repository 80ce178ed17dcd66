#!/usr/bin/env bash
# The counter while the population database is down, slow and erroring: bench/population-faults.sh
# 50 counter clients look citizens up and receive dossiers in rounds with the simulated database up / down / slow /
# erroring; lookup and receive latency per mode, errors, lost dossiers, time to check them all once it is back.
# Writes bench/results/<date>-population-faults.md.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
index=$(java -cp target/classes:target/test-classes vn.xaso.calendar.DeadlineBenchmark | grep '^median' | sed 's/^median: //')
java -Xmx4g -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" vn.xaso.bench.PopulationFaultBenchmark "$index"
