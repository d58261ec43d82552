"""Writes rules.json (the rule catalog, from METADATA, with the sections each rule reads and the
parts the engine may evaluate apart) and manifest.json (source hashes)."""
import hashlib
import json
import pathlib
import subprocess
import sys

import policy_reads

inspect_path, src, opa_version, out, opa = sys.argv[1:6]
src = pathlib.Path(src)
out = pathlib.Path(out)
annotations = json.load(open(inspect_path)).get("annotations", [])

rules = []
for a in annotations:
    custom = a.get("annotations", {}).get("custom") or {}
    if a.get("annotations", {}).get("scope") != "package" or "id" not in custom:
        continue
    path = [p["value"] for p in a["path"]][1:]
    if path[:2] != ["payflow", "rules"]:
        continue
    ann = a["annotations"]
    rules.append({
        "id": custom["id"],
        "package": path[2],
        "title": ann.get("title", ""),
        "description": ann.get("description", ""),
        "severity": custom.get("severity", ""),
        "remediation": custom.get("remediation", ""),
        "references": custom.get("references", []),
        "source": a["location"]["file"].split("/rego/", 1)[-1],
    })
rules.sort(key=lambda r: r["id"])

# The parts of main.rego: the rules it names for part one, and the others; each part is given the
# union of its rules' reads. No rule may read the cost lines (half of a large estate's facts, which
# the Wasm would then parse): the cost rules read cost_summary, derived from them. The build
# refuses a rule that reads the lines, or everything.
reads = policy_reads.analyse(opa, src)
for r in rules:
    r["reads"] = reads[r["package"]]
part_one = set(json.loads(subprocess.run(
    [opa, "eval", "--format", "json", "-d", str(src), "data.payflow.main.part_one_rules"],
    check=True, capture_output=True, text=True).stdout)["result"][0]["expressions"][0]["value"])
if not part_one <= set(reads):
    sys.exit(f"policy_catalog: main.rego's part_one_rules names no rule {sorted(part_one - set(reads))}")
part_two = set(reads) - part_one
costly = sorted(p for p in reads if {"costs", policy_reads.ALL} & set(reads[p]))
if costly:
    sys.exit(f"policy_catalog: {costly} read the cost lines: read cost_summary, derived from them")


def part(entrypoint, packages):
    sections = set().union(*(reads[p] for p in packages)) if packages else set()
    return {
        "entrypoint": entrypoint,
        "rules": sorted(packages),
        "sections": [policy_reads.ALL] if policy_reads.ALL in sections else sorted(sections),
    }


parts = [
    part("payflow/main/violations_part_one", part_one),
    part("payflow/main/violations_part_two", part_two),
]
(out / "rules.json").write_text(
    json.dumps({"rules": rules, "parts": parts}, indent=2, sort_keys=True) + "\n")

sources = {}
for f in sorted(src.rglob("*.rego")):
    if f.name.endswith("_test.rego"):
        continue
    sources[str(f.relative_to(src))] = hashlib.sha256(f.read_bytes()).hexdigest()
caps = pathlib.Path(src).parents[2] / "capabilities.json"
manifest = {
    "opa_version": opa_version,
    "entrypoint": "payflow/main/violations",
    "capabilities_sha256": hashlib.sha256(caps.read_bytes()).hexdigest(),
    "policy_wasm_sha256": hashlib.sha256((out / "policy.wasm").read_bytes()).hexdigest(),
    "sources": sources,
}
(out / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
