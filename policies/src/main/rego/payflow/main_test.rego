package payflow.main_test

import data.payflow.main

# The two parts are the whole: every violation is in exactly one of them.
parts_are_the_whole(facts) if {
	all := main.violations with input as facts
	one := main.violations_part_one with input as facts
	two := main.violations_part_two with input as facts
	all == one | two
	count(one & two) == 0
}

test_parts_of_a_cost_violation if {
	facts := data.fixtures.pf_cost_003.fail
	parts_are_the_whole(facts)
	count(main.violations_part_one) > 0 with input as facts
}

test_parts_of_a_network_violation if {
	facts := data.fixtures.pf_net_002.fail
	parts_are_the_whole(facts)
	count(main.violations_part_two) > 0 with input as facts
}

test_part_one_rules_are_rules if {
	every name in main.part_one_rules {
		data.payflow.rules[name]
	}
}
