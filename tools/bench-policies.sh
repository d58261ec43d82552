#!/usr/bin/env bash
# JMH benchmark of policy load and evaluation, for each way the engine runs the Wasm (compiled at
# build time, compiled at load, interpreted). The whole run takes about 15 minutes; a pattern
# narrows it, e.g. `tools/bench-policies.sh 'Cold'` (JMH options may follow it).
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
./mvnw -q -B -DskipTests -Dspotless.check.skip=true -pl policies -am install
./mvnw -q -B -pl policies test-compile dependency:build-classpath -Dmdep.outputFile=target/bench.classpath -Dmdep.includeScope=test
cp="policies/target/test-classes:policies/target/classes:$(cat policies/target/bench.classpath)"
pattern="io.payflow.platform.policies.bench.PolicyBenchmark.*${1:-}"
shift || true
exec java -cp "$cp" org.openjdk.jmh.Main "$pattern" -rf json -rff policies/target/jmh-result.json "$@"
