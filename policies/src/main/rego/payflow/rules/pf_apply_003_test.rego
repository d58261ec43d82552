package payflow.rules.pf_apply_003_test

import data.payflow.rules.pf_apply_003

fixture(name) := data.fixtures.pf_apply_003[name]

messages(name) := m if {
	m := {v.message | some v in pf_apply_003.deny} with input as fixture(name)
}

test_deny_zones_outside_the_providers_region if {
	messages("fail") == {
		"subnet production.subnets.s0 is in zone us-east-1a, which is not in its provider's region us-west-2: AWS refuses to create it there",
		"subnet production.subnets.s1 is in zone us-east-11a, which is not in its provider's region us-east-1: AWS refuses to create it there",
		"subnet production.subnets.s2 is in zone us-east-1, which is not in its provider's region us-east-1: AWS refuses to create it there",
		"subnet production.subnets.s3 is in zone us-east-1z, which no region has: AWS letters a region's zones a to f at most, and refuses to create it there",
		"subnet production.subnets.s4 is in zone eu-west-1g, which no region has: AWS letters a region's zones a to f at most, and refuses to create it there",
		"subnet production.subnets.s5 is in zone us-west-2z, which is not in its provider's region us-east-1: AWS refuses to create it there",
	}
}

test_allow_zones_and_local_zones_of_the_region_and_what_the_input_does_not_tell if {
	count(messages("pass")) == 0
}
