#!/usr/bin/env bash
# Compiles policies/src/main/rego to Wasm and writes, under policies/src/main/resources:
#   policy.wasm     the compiled rules (entrypoints: payflow/main/violations, and one per part)
#   rules.json      the rule catalog, read from each rule's METADATA, with the facts sections each
#                   rule reads and the parts of the rules (tools/policy_reads.py)
#   manifest.json   SHA-256 of every Rego source and the OPA version it was built with
# and, under policies/src/test/resources, fixture-messages.json: each rule fixture's messages as OPA
# concludes them (tools/fixture_messages.py), which the compiled Wasm must match (RuleFixturesTest).
# The Maven build compares manifest.json with the sources and fails when they disagree.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/tools/install-opa.sh"
opa="$root/.tools/bin/opa"
src="$root/policies/src/main/rego"
caps="$root/policies/capabilities.json"
out="$root/policies/src/main/resources/io/payflow/platform/policies/bundle"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$out"

"$opa" check --strict --capabilities "$caps" "$src"
# Relative paths: the Wasm embeds source locations, and the bytes must not depend on the checkout.
(cd "$src" && "$opa" build -t wasm -e payflow/main/violations -e payflow/main/violations_part_one -e payflow/main/violations_part_two --capabilities "$caps" --ignore '*_test.rego' \
  -o "$work/bundle.tar.gz" .)
tar -xzf "$work/bundle.tar.gz" -C "$work" /policy.wasm 2>/dev/null || tar -xzf "$work/bundle.tar.gz" -C "$work" policy.wasm
install -m 0644 "$work/policy.wasm" "$out/policy.wasm"

# Two small user bundles for the engine's tests (--policy-bundle): one valid, one of the wrong shape.
tests="$root/policies/src/test/resources/user-bundles"
mkdir -p "$tests"
(cd "$root/policies/src/test/user-bundles" &&
  "$opa" build -t wasm -e acme/main/violations --capabilities "$caps" -o "$tests/custom.tar.gz" custom.rego &&
  "$opa" build -t wasm -e broken/main/violations --capabilities "$caps" -o "$tests/wrong-shape.tar.gz" wrong_shape.rego)

# Every rule fixture's messages as OPA concludes them: RuleFixturesTest requires the Wasm's to match.
python3 "$root/tools/fixture_messages.py" "$opa" "$src" "$root/policies/src/test/rego/fixtures" \
  "$root/policies/src/test/resources/fixture-messages.json"

"$opa" inspect -a --format json "$src" > "$work/inspect.json"
python3 "$root/tools/policy_catalog.py" "$work/inspect.json" "$src" "$("$opa" version | sed -n 's/^Version: //p')" "$out" "$opa"
echo "build-policies: wrote $(cd "$root" && realpath --relative-to=. "$out")/{policy.wasm,rules.json,manifest.json}"
