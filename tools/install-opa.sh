#!/usr/bin/env bash
# Installs the pinned OPA (tools/opa/go.mod) into .tools/bin from the Go module proxy.
# `go install opa@vX` refuses OPA's replace directives, so a two-line wrapper module builds it.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
bin="$root/.tools/bin"
want="$(tr -d '[:space:]' < "$root/tools/opa-version.txt")"
# No `| grep -q` or `| head` on a producer: under pipefail, a reader that stops early kills it
# with SIGPIPE and the script with exit 141.
if [[ -x "$bin/opa" ]] && [[ "$("$bin/opa" version 2>/dev/null)" == "Version: ${want#v}"$'\n'* ]]; then
  exit 0
fi
command -v go >/dev/null || { echo "install-opa: Go is required to build OPA ${want} (https://go.dev/dl/)" >&2; exit 1; }
mkdir -p "$bin"
echo "install-opa: building OPA ${want} into .tools/bin (about a minute)..." >&2
(cd "$root/tools/opa" && CGO_ENABLED=0 GOFLAGS=-mod=mod go build -trimpath -o "$bin/opa" .)
"$bin/opa" version | sed -n 1p
