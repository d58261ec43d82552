#!/usr/bin/env bash
# The policy checks that need OPA (CI runs them before the Maven build):
# strict check against the Wasm capabilities, unit tests with >= 90% coverage, and a rebuild of
# the bundle that must match the committed one.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/tools/install-opa.sh"
opa="$root/.tools/bin/opa"
src="$root/policies/src/main/rego"
caps="$root/policies/capabilities.json"
fixtures="$root/policies/src/test/rego"

"$opa" check --strict --capabilities "$caps" "$src"
# The analysis that gives each part of the rules the facts sections it reads (policy_reads.py).
(cd "$root/tools" && OPA="$opa" python3 -m unittest -q test_policy_reads)
"$opa" test "$src" "$fixtures" 2>&1 | tail -n 3
coverage="$("$opa" test --coverage "$src" "$fixtures" | python3 -c 'import json,sys; print(json.load(sys.stdin)["coverage"])')"
echo "policy-check: Rego coverage ${coverage}%"
python3 -c "import sys; sys.exit(0 if float('$coverage') >= 90 else 1)" || { echo "policy-check: coverage under 90%" >&2; exit 1; }

"$root/tools/build-policies.sh"
if ! git -C "$root" diff --quiet -- policies/src/main/resources policies/src/test/resources/fixture-messages.json; then
  echo "policy-check: the committed policy bundle is stale; commit the output of tools/build-policies.sh" >&2
  git -C "$root" diff --stat -- policies/src/main/resources policies/src/test/resources/fixture-messages.json >&2
  exit 1
fi
