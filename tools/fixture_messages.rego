package fixturemessages

# Each rule fixture's messages as OPA itself concludes them (tools/fixture_messages.py gives the
# fixtures and their days as input): RuleFixturesTest requires the compiled Wasm to conclude the
# same, message for message.
messages[sprintf("%s/%s", [c.rule, c.name])] := sort(m) if {
	some c in input.cases
	m := [v.message | some v in data.payflow.rules[c.rule].deny] with input as c.facts with data.config as {"today": c.today}
}
