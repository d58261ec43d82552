"""Writes every rule fixture's messages as OPA concludes them, for RuleFixturesTest.

Usage: fixture_messages.py OPA REGO_DIR FIXTURES_DIR OUT_JSON

A fixture is FIXTURES_DIR/<rule>/<case>/facts.json, judged on the day in a today.txt beside it or
on 2026-11-27 (the day RuleFixturesTest pins). One `opa eval` over all of them
(tools/fixture_messages.rego); the output is sorted, so it changes only when a conclusion does.
"""

import json
import os
import subprocess
import sys
import tempfile

DEFAULT_DAY = "2026-11-27"


def cases(fixtures):
    out = []
    for rule in sorted(os.listdir(fixtures)):
        for name in sorted(os.listdir(os.path.join(fixtures, rule))):
            facts = os.path.join(fixtures, rule, name, "facts.json")
            if not os.path.isfile(facts):
                continue
            today = os.path.join(fixtures, rule, name, "today.txt")
            day = open(today).read().strip() if os.path.exists(today) else DEFAULT_DAY
            with open(facts) as f:
                out.append({"rule": rule, "name": name, "today": day, "facts": json.load(f)})
    return out


def main(opa, rego, fixtures, out):
    here = os.path.dirname(os.path.abspath(__file__))
    all_cases = cases(fixtures)
    with tempfile.NamedTemporaryFile("w", suffix=".json", delete=False) as f:
        json.dump({"cases": all_cases}, f)
        given = f.name
    try:
        result = subprocess.run(
            [opa, "eval", "--format", "json", "-d", rego, "-d",
             os.path.join(here, "fixture_messages.rego"), "-i", given,
             "data.fixturemessages.messages"],
            check=True, capture_output=True, text=True)
    finally:
        os.unlink(given)
    messages = json.loads(result.stdout)["result"][0]["expressions"][0]["value"]
    if len(messages) != len(all_cases):
        sys.exit("fixture_messages: %d fixtures, %d evaluated" % (len(all_cases), len(messages)))
    with open(out, "w") as f:
        json.dump(messages, f, indent=2, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main(*sys.argv[1:5])
