#!/usr/bin/env bash
# Builds the OCI image with Jib (no Docker daemon) on the debootstrapped base, and checks it as far
# as this machine allows: the archive's manifest, the entrypoint (payflow's main class, heap
# bound), the labels (version, commit, licence), the layers; then loads it into podman (Debian's
# package) and runs `payflow --version` in it when the sandbox lets a container start.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
tools/base-image.sh >/dev/null
./mvnw -B -q -pl validator-cli -am package -Pimage -DskipTests -Dspotless.check.skip=true
image="validator-cli/target/payflow-image.tar"
python3 - "$image" <<'PY'
import json, sys, tarfile
with tarfile.open(sys.argv[1]) as tar:
    manifest = json.load(tar.extractfile("manifest.json"))[0]
    config = json.load(tar.extractfile(manifest["Config"]))
entrypoint = config["config"]["Entrypoint"]
labels = config["config"]["Labels"]
assert entrypoint[0] == "java" and entrypoint[-1] == "io.payflow.platform.cli.Payflow", entrypoint
assert "-Xmx2g" in entrypoint, entrypoint
assert labels["org.opencontainers.image.licenses"] == "Apache-2.0", labels
assert labels["org.opencontainers.image.version"], labels
assert len(manifest["Layers"]) >= 4, manifest["Layers"]
print("image: %s, %d layers, entrypoint %s, version %s (commit %s)" % (
    manifest["RepoTags"][0], len(manifest["Layers"]), " ".join(entrypoint),
    labels["org.opencontainers.image.version"], labels.get("org.opencontainers.image.revision")))
PY
command -v podman >/dev/null || { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq podman >/dev/null 2>&1; } || true
if ! command -v podman >/dev/null; then
  echo "image: podman not installable here; structure checked only"
  exit 0
fi
tag="$(podman load -i "$image" | sed -n 's/^Loaded image: //p' | tail -n 1)"
echo "image: loaded $tag into podman"
if out="$(podman run --rm --network=none "$tag" --version 2>&1)"; then
  grep -q '^payflow ' <<<"$out" || { echo "image: unexpected output: $out" >&2; exit 1; }
  echo "image: ran in podman: $out"
elif grep -q "setrlimit" <<<"$out"; then
  echo "image: this sandbox forbids setrlimit, so no container starts here ($out); structure and load checked"
else
  echo "image: podman run failed: $out" >&2
  exit 1
fi
