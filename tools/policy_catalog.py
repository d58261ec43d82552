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

# The parts of main.rego: the rules that read the costs (or everything), and the others, each
# given the union of its rules' reads. main.rego names the first part's rules; they must be
# exactly the rules that read the costs, or a part would be slower than it needs (a cost rule
# among the others) or be given less than its rules read.
reads = policy_reads.analyse(opa, src)
for r in rules:
    r["reads"] = reads[r["package"]]
cost_rules = {p for p, sections in reads.items() if "costs" in sections or policy_reads.ALL in sections}
declared = json.loads(subprocess.run(
    [opa, "eval", "--format", "json", "-d", str(src), "data.payflow.main.cost_rules"],
    check=True, capture_output=True, text=True).stdout)["result"][0]["expressions"][0]["value"]
if set(declared) != cost_rules:
    sys.exit("policy_catalog: main.rego's cost_rules must be the rules that read input.costs: "
             f"{sorted(cost_rules)} (it says {sorted(declared)})")


def part(entrypoint, packages):
    sections = set().union(*(reads[p] for p in packages)) if packages else set()
    return {
        "entrypoint": entrypoint,
        "rules": sorted(packages),
        "sections": [policy_reads.ALL] if policy_reads.ALL in sections else sorted(sections),
    }


parts = [
    part("payflow/main/violations_costs", cost_rules),
    part("payflow/main/violations_others", set(reads) - cost_rules),
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
