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
# derives them from this Rego, and the policy build fails if this set is not exactly the rules
# that read input.costs): the cost rules, whose section is half of a large estate's facts, and
# the others.
cost_rules := {"pf_cost_001", "pf_cost_002", "pf_cost_003"}

violations_costs contains object.union(v, {"rule": name}) if {
	some name in cost_rules
	some v in data.payflow.rules[name].deny
}

violations_others contains object.union(v, {"rule": name}) if {
	some name
	some v in data.payflow.rules[name].deny
	not cost_rules[name]
}
