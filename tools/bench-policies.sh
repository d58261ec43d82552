#!/usr/bin/env bash
# JMH benchmark of policy load and evaluation (compiler on and off). Takes about 5 minutes.
# Extra arguments go to JMH, e.g. `tools/bench-policies.sh -f 1 evaluateReferenceWarm`.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./mvnw -q -B -DskipTests -Dspotless.check.skip=true -pl policies -am install
./mvnw -q -B -pl policies test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp="policies/target/test-classes:policies/target/classes:$(cat policies/target/bench.classpath)"
exec java -cp "$cp" org.openjdk.jmh.Main io.payflow.platform.policies.bench.PolicyBenchmark -rf json -rff policies/target/jmh-result.json "$@"
