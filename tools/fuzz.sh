#!/usr/bin/env bash
# Coverage-guided fuzzing of every parser (Jazzer), of a large plan's binding on two threads
# against its binding whole (halves), and of the input written as OPA's values against OPA's
# own parse (image). Each target runs for FUZZ_SECONDS (default 30)
# with JAZZER_FUZZ=1; the generated corpus lives in validator-cli/.cifuzz-corpus (git-ignored),
# seeded with the committed inputs and, when ../shared is beside the checkout, the real-world
# Terraform files. A crash fails the run and Jazzer writes the input under
# validator-cli/src/test/resources/.../ParsersFuzzTestInputs/<target>/: commit it as a regression
# case. A long run: FUZZ_SECONDS=3600 tools/fuzz.sh plan
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
seconds="${FUZZ_SECONDS:-30}"
targets=("$@")
[[ ${#targets[@]} -gt 0 ]] || targets=(topology plan terraformJson cdktfOut config halves image)
corpus="validator-cli/.cifuzz-corpus/io.payflow.platform.cli.internal.ParsersFuzzTest"
if [[ -d ../shared/fixtures/real-world ]]; then
  for target in plan terraformJson; do
    mkdir -p "$corpus/$target"
    cp ../shared/fixtures/real-world/*.json "$corpus/$target/" 2>/dev/null || true
  done
fi
./mvnw -B -q install -DskipTests -Dspotless.check.skip=true
for target in "${targets[@]}"; do
  echo "fuzz: $target for ${seconds}s"
  # halves: a large plan bound on two threads against the plan bound whole (PlanHalvesFuzzTest),
  # seeded with the plans of the parsers' corpus too.
  module=validator-cli
  test="ParsersFuzzTest#${target}"
  # image: the input written as OPA's values against OPA's own parse (OpaValueImageFuzzTest),
  # seeded with its committed inputs.
  if [[ $target == image ]]; then
    module=policies
    test="OpaValueImageFuzzTest#image"
  fi
  if [[ $target == halves ]]; then
    module=policies
    test="PlanHalvesFuzzTest#halves"
    seeds="policies/.cifuzz-corpus/io.payflow.platform.policies.internal.PlanHalvesFuzzTest/halves"
    mkdir -p "$seeds"
    cp validator-cli/src/test/resources/io/payflow/platform/cli/internal/ParsersFuzzTestInputs/plan/* "$seeds/" 2>/dev/null || true
    cp ../shared/fixtures/real-world/*.json "$seeds/" 2>/dev/null || true
  fi
  JAZZER_FUZZ=1 ./mvnw -B -q -o test -pl "$module" -Dspotless.check.skip=true \
    -Dtest="$test" -Dsurefire.failIfNoSpecifiedTests=false \
    -Djazzer.max_duration="${seconds}s" -Djazzer.instrument='io.payflow.**' \
    -Djazzer.keep_going=1
done
echo "fuzz: ${#targets[@]} targets, ${seconds}s each, no crash"
