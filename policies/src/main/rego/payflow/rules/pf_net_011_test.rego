package payflow.rules.pf_net_011_test

import data.payflow.rules.pf_net_011

fixture(name) := data.fixtures.pf_net_011[name]

test_deny_ranges_and_subnets_aws_refuses if {
	vs := pf_net_011.deny with input as fixture("fail")
	{[v.address, v.message] | some v in vs} == {
		["development.vpc", "VPC development.vpc uses 10.2.0.0/15, which AWS refuses: a VPC's range is /16 to /28"],
		["production.vpc", "VPC production.vpc: its range 100.64.0.0/10 (added by production.pods) is one AWS refuses: a VPC's range is /16 to /28"],
		["development.subnets.tiny", "subnet development.subnets.tiny (10.2.0.0/29) of VPC development.vpc is one AWS refuses: a subnet is /16 to /28"],
	}
}

test_allow_the_sizes_at_both_ends if {
	count(pf_net_011.deny) == 0 with input as fixture("pass_edges")
}
