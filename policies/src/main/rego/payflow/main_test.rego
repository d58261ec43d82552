package payflow.main_test

import data.payflow.main

# The two parts are the whole: every violation is in exactly one of them.
parts_are_the_whole(facts) if {
	all := main.violations with input as facts
	costs := main.violations_costs with input as facts
	others := main.violations_others with input as facts
	all == costs | others
	count(costs & others) == 0
}

test_parts_of_a_cost_violation if {
	facts := data.fixtures.pf_cost_003.fail
	parts_are_the_whole(facts)
	count(main.violations_costs) > 0 with input as facts
}

test_parts_of_a_network_violation if {
	facts := data.fixtures.pf_net_002.fail
	parts_are_the_whole(facts)
	count(main.violations_others) > 0 with input as facts
}

test_cost_rules_are_rules if {
	every name in main.cost_rules {
		data.payflow.rules[name]
	}
}
