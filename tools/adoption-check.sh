#!/usr/bin/env bash
# What a team adopting payflow meets, checked with the real tools:
#  1. action.yml and every workflow in the repository validate against their JSON Schemas
#     (check-jsonschema's vendored GitHub schemas);
#  2. the release archive installs into an empty directory and the real `pre-commit`, using this
#     repository's .pre-commit-hooks.yaml, fails a commit with a broken topology, passes one with
#     a clean topology, a plan and an unrelated YAML file.
# Needs the release archive (./mvnw package) and tools/install-python-tools.sh.
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
