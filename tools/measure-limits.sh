#!/usr/bin/env bash
# Peak RSS and wall time of `payflow` (the launcher, as a user runs it) for the largest accepted
# input of each kind and for the hostile inputs of the hostile-input issue. Prints a Markdown table
# for the README's bad-input section. Needs GNU time (/usr/bin/time) and python3.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
cd "$root"
./payflow --version >/dev/null 2>&1 # build once, outside the measurements
python3 - "$work" <<'PY'
import json, os, sys
w = sys.argv[1]
ref = open("examples/payflow.yaml").read()
pad = "".join("# " + "x" * 78 + "\n" for _ in range((1 << 20) // 81))
open(f"{w}/topology-1mib.yaml", "w").write(ref + pad[: (1 << 20) - len(ref) - 1])
open(f"{w}/topology-long-scalar.yaml", "w").write("environments:\n  - name: " + "a" * (1 << 20) + "\n")
open(f"{w}/topology-depends-on.yaml", "w").write("environments:\n  - name: h\n    depends_on: [" + ", ".join(["h"] * 300000) + "]\n")
open(f"{w}/topology-password.yaml", "w").write(ref.replace("master_password: { source: managed }", "master_password: { source: literal, value: \"" + "p" * 1_000_000 + "\" }", 1))
open(f"{w}/config-256kib.yaml", "w").write(("# " + "c" * 78 + "\n") * ((256 << 10) // 81))
os.makedirs(f"{w}/cdktf.out/stacks/hub")
stack = json.load(open("iac/src/test/resources/golden/hub.cdk.tf.json"))
json.dump({"stacks": {"hub": {"synthesizedStackPath": "stacks/hub/cdk.tf.json", "dependencies": []}}}, open(f"{w}/cdktf.out/manifest.json", "w"))
json.dump(stack, open(f"{w}/cdktf.out/stacks/hub/cdk.tf.json", "w"))
os.symlink("/dev/zero", f"{w}/zero.json")
PY
python3 tools/gen_plan.py 120000 "$work/plan-60mb.json" >/dev/null
python3 tools/gen_plan.py 250000 "$work/plan-at-cap.json" >/dev/null
cp "$work/plan-60mb.json" "$work/plan-over-cap.json"
truncate -s $(( (128 << 20) + 1 )) "$work/plan-over-cap.json"
mkfifo "$work/fifo"
printf '| input | bytes | exit | wall (s) | peak RSS (MB) |\n|---|---:|---:|---:|---:|\n'
run() {
  local label="$1" file="$2"; shift 2
  local bytes; bytes=$(stat -L -c %s "$file" 2>/dev/null || echo 0)
  [[ -p "$file" || "$file" == *zero.json ]] && bytes=-
  local rc=0
  /usr/bin/time -o "$work/time" -f "%e %M" timeout 60 ./payflow "$@" "$file" >/dev/null 2>"$work/err" || rc=$?
  read -r wall rss < <(tail -1 "$work/time")
  printf '| %s | %s | %s | %s | %s |\n' "$label" "$bytes" "$rc" "$wall" "$(( rss / 1024 ))"
}
run "topology, 1 MiB (the cap), valid" "$work/topology-1mib.yaml" validate
run "topology, one 1 MiB scalar" "$work/topology-long-scalar.yaml" validate
run "topology, 300,000-item depends_on on one line" "$work/topology-depends-on.yaml" validate
run "topology, 1 MB literal password" "$work/topology-password.yaml" validate
run "plan, 113,520 resources (61 MB)" "$work/plan-60mb.json" validate
run "plan, 236,600 resources (just under the 128 MiB cap)" "$work/plan-at-cap.json" validate
run "plan, one byte over the cap" "$work/plan-over-cap.json" validate
run "cdktf.out (reference hub stack)" "$work/cdktf.out" validate
run "stack linked to /dev/zero" "$work/zero.json" validate
run "FIFO" "$work/fifo" validate
run ".payflow.yaml, 256 KiB (the cap)" "$work/config-256kib.yaml" validate examples/payflow.yaml --config
