#!/usr/bin/env bash
# A realistic province in bulk (COPY): bench/generate.sh [dossiers=1000000] [documents=dossiers/10] [data dir=target/province]
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -B test-compile dependency:build-classpath -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=test
java -Xmx4g -cp "target/classes:target/test-classes:$(cat target/classpath.txt)" vn.xaso.bench.GenerateProvince "$@"
