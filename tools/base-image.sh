#!/usr/bin/env bash
# Builds the OCI image's base without a container registry (none is reachable from this project's
# machines): a minimal Debian bookworm with the OpenJDK 17 JRE, by debootstrap from Debian's
# mirror, written as a `docker save` archive that Jib reads as `tar://` (.tools/base-image/).
# Needs root and debootstrap (apt-get install debootstrap). Reused while it exists.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
out="$root/.tools/base-image"
archive="$out/debian-bookworm-jre17.tar"
[[ -f "$archive" ]] && { echo "$archive"; exit 0; }
command -v debootstrap >/dev/null || { apt-get update -qq >/dev/null && apt-get install -y -qq debootstrap >/dev/null; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
debootstrap --variant=minbase --include=openjdk-17-jre-headless,ca-certificates \
  bookworm "$work/rootfs" http://deb.debian.org/debian >"$work/debootstrap.log" 2>&1 \
  || { tail -20 "$work/debootstrap.log" >&2; exit 1; }
rm -rf "$work/rootfs"/usr/share/{doc,man,info,locale} "$work/rootfs"/var/cache/apt/* \
  "$work/rootfs"/var/lib/apt/lists/* "$work/rootfs"/dev/*
mkdir -p "$out"
python3 - "$work/rootfs" "$archive" <<'PY'
import hashlib, io, json, os, sys, tarfile
rootfs, archive = sys.argv[1], sys.argv[2]
layer = io.BytesIO()
with tarfile.open(fileobj=layer, mode="w", format=tarfile.PAX_FORMAT) as tar:
    for entry in sorted(os.listdir(rootfs)):
        tar.add(os.path.join(rootfs, entry), arcname=entry)
data = layer.getvalue()
digest = hashlib.sha256(data).hexdigest()
java_home = "/usr/lib/jvm/java-17-openjdk-amd64"
config = {
    "architecture": "amd64", "os": "linux",
    "config": {"Env": ["PATH=" + java_home + "/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
                       "JAVA_HOME=" + java_home, "LANG=C.UTF-8"]},
    "rootfs": {"type": "layers", "diff_ids": ["sha256:" + digest]},
    "history": [{"created_by": "debootstrap --variant=minbase bookworm + openjdk-17-jre-headless"}],
}
config_bytes = json.dumps(config, sort_keys=True).encode()
manifest = [{"Config": "config.json", "RepoTags": ["payflow-base:jre17"], "Layers": ["layer.tar"]}]
with tarfile.open(archive, "w") as out:
    for name, content in (("layer.tar", data), ("config.json", config_bytes),
                          ("manifest.json", json.dumps(manifest).encode())):
        info = tarfile.TarInfo(name); info.size = len(content)
        out.addfile(info, io.BytesIO(content))
PY
echo "$archive"
