"""Writes rules.json (the rule catalog, from METADATA) and manifest.json (source hashes)."""
import hashlib
import json
import pathlib
import sys

inspect_path, src, opa_version, out = sys.argv[1:5]
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
(out / "rules.json").write_text(json.dumps({"rules": rules}, indent=2, sort_keys=True) + "\n")

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
