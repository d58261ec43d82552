package payflow.rules.pf_net_001_test

import data.payflow.rules.pf_net_001

fixture(name) := data.fixtures.pf_net_001[name]

test_deny_partial_overlap_of_peered_vpcs_is_critical if {
	vs := pf_net_001.deny with input as fixture("fail_peered_partial")
	vs == {{
		"address": "hub.vpc", "environment": "hub", "severity": "critical", "path": "", "msg": "VPC hub.vpc (10.0.0.0/16) overlaps VPC production.vpc (10.0.128.0/17); they are peered",
		"message": "VPC hub.vpc (10.0.0.0/16) overlaps VPC production.vpc (10.0.128.0/17); they are peered",
	}}
}

test_deny_identical_ranges_unpeered_is_high if {
	vs := pf_net_001.deny with input as fixture("fail_identical_unpeered")
	count(vs) == 1
	some v in vs
	v.severity == "high"
	v.message == "VPC production.vpc (10.1.0.0/16) overlaps VPC development.vpc (10.1.0.0/16)"
}

test_deny_containment if {
	vs := pf_net_001.deny with input as fixture("fail_contained")
	messages := {v.message | some v in vs}
	"VPC hub.vpc (10.0.0.0/8) overlaps VPC production.vpc (10.1.128.0/17); they are peered" in messages
	"VPC hub.vpc (10.0.0.0/8) overlaps VPC development.vpc (10.2.0.0/16); they are peered" in messages
}

test_deny_unknown_cidr if {
	vs := pf_net_001.deny with input as fixture("fail_unknown")
	some v in vs
	v.message == "VPC production.vpc: CIDR is unknown until apply; overlap cannot be checked"
}

test_allow_adjacent_ranges if {
	count(pf_net_001.deny) == 0 with input as fixture("pass_adjacent")
}
