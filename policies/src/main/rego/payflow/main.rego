# METADATA
# title: PayFlow entrypoint
# description: Every rule's violations, tagged with the package they come from.
package payflow.main

# The Wasm entrypoint. The engine joins each violation with its rule's METADATA by package.
violations contains object.union(v, {"rule": name}) if {
	some name
	some v in data.payflow.rules[name].deny
}

# The same violations in two parts, so that the engine can evaluate a large document on two Wasm
# instances at once, each given only the sections its part's rules read (tools/policy_reads.py
# derives them from this Rego). Part one: the cost rules, the rules that read the names (the
# second largest section the rules read; PF-APPLY-001 is the costliest rule) and the two that read
# the ingress rules (the largest); part two, the others. Since the input is written into the Wasm
# as its values, not parsed there, a section costs its part about a third of what it did, and the
# ingress rules in part one balance the two (28,380 resources: from the facts to the last part's
# result 304-327 -> 265-297 ms, probe timestamps).
# No rule reads the cost lines, half of a large estate's facts (the cost rules read cost_summary,
# derived from them): the policy build fails if one does.
part_one_rules := {"pf_cost_001", "pf_cost_002", "pf_cost_003", "pf_apply_001", "pf_sec_003", "pf_net_007", "pf_net_009"}

violations_part_one contains object.union(v, {"rule": name}) if {
	some name in part_one_rules
	some v in data.payflow.rules[name].deny
}

violations_part_two contains object.union(v, {"rule": name}) if {
	some name
	some v in data.payflow.rules[name].deny
	not part_one_rules[name]
}
