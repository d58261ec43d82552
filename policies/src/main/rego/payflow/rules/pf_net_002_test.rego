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

# A subnet lies in one range of its VPC: the primary or a secondary one, never across two; one
# outside every known range while another is known only after apply is still a finding.
test_deny_subnet_outside_every_range if {
	vs := pf_net_002.deny with input as fixture("fail_secondary")
	{v.message | some v in vs} == {
		"subnet production.subnets.stray (100.65.0.0/24) is outside VPC production.vpc (10.1.0.0/16, 100.64.0.0/16)",
		"subnet production.subnets.across (100.63.255.0/23) is outside VPC production.vpc (10.1.0.0/16, 100.64.0.0/16)",
		"subnet development.subnets.pods (100.66.0.0/24) is outside VPC development.vpc (10.2.0.0/16), unless it lies in the range development.pods adds, which is known only after apply",
	}
}

test_allow_subnet_in_a_secondary_range if {
	count(pf_net_002.deny) == 0 with input as fixture("pass_secondary")
}
