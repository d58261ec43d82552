"""Which sections of the facts document each rule reads, from the Rego itself.

The engine may evaluate a large document in parts, each on its own Wasm instance and core, giving
each part only the sections its rules read. A rule given less than it reads would see nothing
and pass: so the reads are derived here from the parsed Rego (`opa parse --format json`), never
declared by hand, and anything the analysis cannot follow counts as reading every section.

A rule module (package payflow.rules.*) reads every `input.<section>` written in it, and what
the payflow.lib rules it calls (`lib.<name>`) read, transitively. A reference to `input` that is
not `input.<constant>` (`input[x]`, `input` alone), or to `data` beyond payflow.lib and config,
reads everything ("*").

Usage: policy_reads.py OPA SRC -> prints JSON {package: [sections]} for the rule packages.
"""
import json
import pathlib
import subprocess
import sys

ALL = "*"
LIB = ["payflow", "lib"]


def parse(opa, path):
    out = subprocess.run([opa, "parse", "--format", "json", str(path)], check=True,
                         capture_output=True, text=True).stdout
    return json.loads(out)


def package(ast):
    return [p["value"] for p in ast["package"]["path"][1:]]


def imports(ast):
    """The names a module's imports give payflow.lib (`import data.payflow.lib` is `lib`), and
    what its other imports read: `import input.costs` reads costs; anything else, everything."""
    names, sections = set(), set()
    for imp in ast.get("imports") or []:
        path = imp["path"]["value"]
        parts = [p.get("value") if p.get("type") == "string" else None for p in path[1:]]
        head = path[0].get("value")
        if head == "data" and parts == LIB:
            names.add(imp.get("alias") or "lib")
        elif head == "input" and parts and parts[0] is not None:
            sections.add(parts[0])
        elif head in ("rego", "future"):
            continue
        else:
            sections.add(ALL)
    return names, sections


class Reads:
    """What one rule (or one module) reads: sections of input, and lib rules it depends on."""

    def __init__(self):
        self.sections = set()
        self.lib = set()

    def walk(self, node, aliases, local_lib):
        if isinstance(node, list):
            for n in node:
                self.walk(n, aliases, local_lib)
            return
        if not isinstance(node, dict):
            return
        if node.get("type") == "ref":
            terms = node["value"]
            self.ref(terms, aliases, local_lib)
            for t in terms[1:]:
                self.walk(t, aliases, local_lib)
            return
        if node.get("type") == "var":
            if node.get("value") in ("input", "data"):
                self.sections.add(ALL)
            elif node.get("value") in local_lib:
                # a lib rule used as a value, not called (`count(helper)`)
                self.lib.add(node["value"])
            return
        for value in node.values():
            self.walk(value, aliases, local_lib)

    def ref(self, terms, aliases, local_lib):
        head = terms[0]
        if head.get("type") != "var":
            self.walk(head, aliases, local_lib)
            return
        name = head["value"]
        second = terms[1] if len(terms) > 1 else None
        constant = second is not None and second.get("type") == "string"
        if name == "input":
            self.sections.add(second["value"] if constant else ALL)
        elif name == "data":
            parts = [t.get("value") if t.get("type") == "string" else None for t in terms[1:]]
            if parts[:1] == ["config"]:
                return
            if parts[:2] == LIB and len(parts) > 2 and parts[2] is not None:
                self.lib.add(parts[2])
            else:
                self.sections.add(ALL)
        elif name in aliases:
            if constant:
                self.lib.add(second["value"])
            else:
                self.lib.add(ALL)
        elif name in local_lib:
            self.lib.add(name)


def rule_name(rule):
    head = rule["head"]
    if "name" in head:
        return head["name"]
    return head["ref"][0]["value"]


def analyse(opa, src):
    lib_rules = {}
    modules = {}
    for f in sorted(pathlib.Path(src).rglob("*.rego")):
        if f.name.endswith("_test.rego"):
            continue
        ast = parse(opa, f)
        pkg = package(ast)
        aliases, imported = imports(ast)
        if pkg == LIB:
            names = {rule_name(r) for r in ast.get("rules", [])}
            for r in ast.get("rules", []):
                reads = lib_rules.setdefault(rule_name(r), Reads())
                reads.sections |= imported
                reads.walk(r, set(), names)
        elif pkg[:2] == ["payflow", "rules"]:
            reads = Reads()
            reads.sections |= imported
            reads.walk(ast.get("rules", []), aliases, set())
            modules[pkg[2]] = reads
    return {name: sorted(closure(reads, lib_rules)) for name, reads in modules.items()}


def closure(reads, lib_rules):
    sections = set(reads.sections)
    seen = set()
    todo = list(reads.lib)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        if name == ALL or name not in lib_rules:
            # every lib rule, or one the analysis cannot find: everything
            return {ALL}
        sections |= lib_rules[name].sections
        todo.extend(lib_rules[name].lib)
    return {ALL} if ALL in sections else sections


if __name__ == "__main__":
    print(json.dumps(analyse(sys.argv[1], sys.argv[2]), indent=2, sort_keys=True))
