"""policy_reads.py on small policies: what it follows, and where it must give up ("*").

Run by tools/policy-check.sh (it needs OPA): python3 -m unittest discover -s tools
"""
import os
import pathlib
import tempfile
import unittest

import policy_reads

OPA = os.environ.get("OPA", str(pathlib.Path(__file__).resolve().parent.parent / ".tools/bin/opa"))

LIB = """package payflow.lib

finding(fact, message) := {"address": fact.address, "message": message}

helper := {n.name | some n in input.networks}

indirect := count(helper) + count(input.routes)

any_section(name) := input[name]

config_value := data.config.x
"""


def reads(rule_body, imports="import data.payflow.lib", lib=LIB):
    with tempfile.TemporaryDirectory() as src:
        root = pathlib.Path(src, "payflow")
        (root / "lib").mkdir(parents=True)
        (root / "rules").mkdir()
        (root / "lib" / "lib.rego").write_text(lib)
        (root / "rules" / "r.rego").write_text(
            f"package payflow.rules.r\n\n{imports}\n\n{rule_body}\n")
        return policy_reads.analyse(OPA, src)["r"]


class PolicyReadsTest(unittest.TestCase):
    def test_direct_reads(self):
        self.assertEqual(reads('deny contains v if { some c in input.costs; v := c }'), ["costs"])

    def test_lib_calls_are_followed_transitively(self):
        self.assertEqual(
            reads('deny contains v if { some e in input.environments; lib.indirect > 0; v := e }'),
            ["environments", "networks", "routes"])

    def test_a_lib_call_that_reads_nothing_adds_nothing(self):
        self.assertEqual(
            reads('deny contains v if { some e in input.caches; v := lib.finding(e, "m") }'),
            ["caches"])

    def test_config_is_not_input(self):
        self.assertEqual(
            reads('deny contains v if { lib.config_value; some e in input.caches; v := e }'),
            ["caches"])

    def test_an_import_alias_is_followed(self):
        self.assertEqual(
            reads('deny contains v if { helpers.indirect > 0; v := 1 }',
                  imports="import data.payflow.lib as helpers"),
            ["networks", "routes"])

    def test_a_dynamic_key_reads_everything(self):
        self.assertEqual(reads('deny contains v if { some k; v := input[k] }'), ["*"])

    def test_input_as_a_value_reads_everything(self):
        self.assertEqual(reads('deny contains v if { x := input; v := x.costs }'), ["*"])

    def test_a_lib_rule_with_a_dynamic_key_reads_everything(self):
        self.assertEqual(reads('deny contains v if { v := lib.any_section("costs") }'), ["*"])

    def test_a_dynamic_lib_rule_reads_everything(self):
        self.assertEqual(reads('deny contains v if { some k; v := lib[k] }'), ["*"])

    def test_other_data_reads_everything(self):
        self.assertEqual(
            reads('deny contains v if { v := data.payflow.rules.other.deny }'), ["*"])

    def test_a_full_lib_path_is_followed(self):
        self.assertEqual(
            reads('deny contains v if { data.payflow.lib.helper; v := 1 }', imports=""),
            ["networks"])

    def test_an_imported_section_is_read(self):
        self.assertEqual(
            reads('deny contains v if { some c in costs; v := c }', imports="import input.costs"),
            ["costs"])

    def test_an_import_of_other_data_reads_everything(self):
        self.assertEqual(
            reads('deny contains v if { v := other.deny }',
                  imports="import data.payflow.rules.other"),
            ["*"])


if __name__ == "__main__":
    unittest.main()
