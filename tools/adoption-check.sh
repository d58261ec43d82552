#!/usr/bin/env bash
# What a team adopting payflow meets, checked with the real tools:
#  1. action.yml and every workflow in the repository validate against their JSON Schemas
#     (check-jsonschema's vendored GitHub schemas);
#  2. the release archive installs into an empty directory and the real `pre-commit`, using this
#     repository's .pre-commit-hooks.yaml, fails a commit with a broken topology, passes one with
#     a clean topology, a plan and an unrelated YAML file.
#  3. validating a topology with the installed release opens none of the libraries only
#     `payflow synth` needs (strace).
# Needs the release archive (./mvnw package), tools/install-python-tools.sh and strace.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
tools/install-python-tools.sh
bin="$root/.tools/venv/bin"

"$bin/check-jsonschema" --builtin-schema vendor.github-actions action.yml
mapfile -t workflows < <(git ls-files 'examples/ci/*.yml' '.github/workflows/*.yml' '.github/workflows/*.yaml')
"$bin/check-jsonschema" --builtin-schema vendor.github-workflows "${workflows[@]}"
"$bin/pre-commit" validate-manifest .pre-commit-hooks.yaml
echo "adoption: action.yml, ${#workflows[@]} workflow(s) and .pre-commit-hooks.yaml match their schemas"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
archives=(validator-cli/target/payflow-*.tar.gz)
archive="${archives[0]}"
tar -xzf "$archive" -C "$work"
export PATH="$(echo "$work"/payflow-*/bin):$PATH"
payflow --version

# The pre-commit path opens no jar that only `payflow synth` needs: opening the 120 MB AWS provider
# alone costs it about 40 ms (a class lookup that misses walks every jar of the class path).
# Checked on the installed release's system calls, without a start-up cache (a cache directory
# that cannot be made: every class then comes from the jars, the strictest case, and no training
# run starts; recording a cache opens every jar, once, in the background).
command -v strace >/dev/null || { echo "adoption: strace is required (apt-get install strace)" >&2; exit 1; }
: >"$work/not-a-directory"
PAYFLOW_CACHE_DIR="$work/not-a-directory/cache" \
  strace -f -qq -e trace=openat -o "$work/opened" payflow validate "$root/examples/payflow.yaml" --format json >/dev/null
grep -v ENOENT "$work/opened" > "$work/opened-ok" || true
if grep -E '/lib/(iac|cdktf|cdktf-provider-aws|jsii-runtime|constructs)-[0-9]' "$work/opened-ok"; then
  echo "adoption: validating a topology opened a library only payflow synth needs (above)" >&2
  exit 1
fi
echo "adoption: validating a topology opens $(grep -cE '/lib/[^"]*\.jar"' "$work/opened-ok") jars, none of synth's"

# A clone of this repository at HEAD is the hook repository pre-commit installs from.
hooks="$work/hooks"
git clone --quiet "$root" "$hooks"
rev="$(git -C "$hooks" rev-parse HEAD)"

repo="$work/estate"
mkdir -p "$repo"
cd "$repo"
git init --quiet
git config user.email ci@example.invalid
git config user.name ci
cat > .pre-commit-config.yaml <<YAML
repos:
  - repo: $hooks
    rev: $rev
    hooks:
      - id: payflow-validate
YAML
export PRE_COMMIT_HOME="$work/pre-commit-home"
cp "$root/examples/payflow.yaml" topology.yaml
printf 'services:\n  web:\n    image: nginx\n' > docker-compose.yml
printf '{"format_version":"1.2","resource_changes":[{"address":"aws_vpc.a","mode":"managed","type":"aws_vpc","change":{"actions":["create"],"after":{"cidr_block":"10.9.0.0/16"}}}]}\n' > plan.json
git add -A
"$bin/pre-commit" run --all-files
echo "adoption: pre-commit passed a clean topology, a plan and an unrelated YAML file"
cp "$root/examples/broken.yaml" topology.yaml
git add -A
if "$bin/pre-commit" run --all-files > "$work/broken.log" 2>&1; then
  cat "$work/broken.log"
  echo "adoption: pre-commit passed a broken topology" >&2
  exit 1
fi
grep -q "PF-NET-001" "$work/broken.log"
echo "adoption: pre-commit failed the broken topology, naming its findings"
