package payflow.rules.pf_net_003_test

import data.payflow.rules.pf_net_003

fixture(name) := data.fixtures.pf_net_003[name]

test_deny_overlapping_subnets if {
	vs := pf_net_003.deny with input as fixture("fail")
	some v in vs
	count(vs) == 1
	v.message == "subnet production.subnets.0 (10.1.0.0/24) overlaps subnet production.subnets.dup (10.1.0.128/25) in VPC production.vpc"
}

test_allow_consecutive_subnets if {
	count(pf_net_003.deny) == 0 with input as fixture("pass")
}
