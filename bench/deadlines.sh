#!/usr/bin/env bash
# How many due-time computations one core does per second (the calendar module), after warm-up.
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile
java -cp target/classes:target/test-classes vn.xaso.calendar.DeadlineBenchmark
