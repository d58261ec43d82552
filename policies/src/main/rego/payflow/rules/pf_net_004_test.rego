package payflow.rules.pf_net_004_test

import data.payflow.rules.pf_net_004

fixture(name) := data.fixtures.pf_net_004[name]

test_deny_public_range if {
	vs := pf_net_004.deny with input as fixture("fail")
	some v in vs
	v.message == "VPC development.vpc uses 100.64.0.0/16, which is not a private (RFC 1918) range"
}

test_allow_172_16_range if {
	count(pf_net_004.deny) == 0 with input as fixture("pass_172")
}

test_allow_range_from_tuned_list if {
	count(pf_net_004.deny) == 0 with input as fixture("fail") with data.config as {"rfc1918": ["10.0.0.0/8", "100.64.0.0/10"]}
}

test_allow_unknown_cidr_without_calling_it_public if {
	count(pf_net_004.deny) == 0 with input as fixture("pass_unknown_cidr_is_not_public")
}

test_deny_public_secondary_range if {
	vs := pf_net_004.deny with input as fixture("fail_secondary")
	{v.message | some v in vs} == {"VPC production.vpc uses 100.64.0.0/16 (added by production.pods), which is not a private (RFC 1918) range"}
}

test_allow_secondary_range_from_tuned_list if {
	count(pf_net_004.deny) == 0 with input as fixture("fail_secondary") with data.config as {"rfc1918": ["10.0.0.0/8", "100.64.0.0/10"]}
}

test_allow_private_and_unknown_secondary_ranges if {
	count(pf_net_004.deny) == 0 with input as fixture("pass_secondary_private")
}
