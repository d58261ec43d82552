package payflow.rules.pf_net_002_test

import data.payflow.rules.pf_net_002

fixture(name) := data.fixtures.pf_net_002[name]

test_deny_subnet_outside_vpc if {
	vs := pf_net_002.deny with input as fixture("fail")
	vs == {{
		"address": "production.subnets.stray", "environment": "production", "path": "", "msg": "subnet production.subnets.stray (10.9.0.0/24) is outside VPC production.vpc (10.1.0.0/16)",
		"message": "subnet production.subnets.stray (10.9.0.0/24) is outside VPC production.vpc (10.1.0.0/16)",
	}}
}

test_allow_subnet_at_the_edge_of_the_vpc if {
	count(pf_net_002.deny) == 0 with input as fixture("pass_edge")
}
