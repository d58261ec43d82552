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

# IPv4 ranges nested, equal, with host bits and disjoint, IPv6 ones,
# and a range repeated in another VPC (not a finding of this rule): every overlapping pair of one
# VPC, and no other.
test_deny_every_overlapping_pair_of_mixed_ranges if {
	vs := pf_net_003.deny with input as fixture("fail_mixed_ranges")
	{v.message | some v in vs} == {
		"subnet hub.subnets.0 (10.0.0.0/20) overlaps subnet hub.subnets.1 (10.0.1.0/24) in VPC hub.vpc",
		"subnet hub.subnets.0 (10.0.0.0/20) overlaps subnet hub.subnets.2 (10.0.1.0/24) in VPC hub.vpc",
		"subnet hub.subnets.0 (10.0.0.0/20) overlaps subnet hub.subnets.3 (10.0.1.7/28) in VPC hub.vpc",
		"subnet hub.subnets.1 (10.0.1.0/24) overlaps subnet hub.subnets.2 (10.0.1.0/24) in VPC hub.vpc",
		"subnet hub.subnets.1 (10.0.1.0/24) overlaps subnet hub.subnets.3 (10.0.1.7/28) in VPC hub.vpc",
		"subnet hub.subnets.2 (10.0.1.0/24) overlaps subnet hub.subnets.3 (10.0.1.7/28) in VPC hub.vpc",
		"subnet hub.subnets.5 (fd00::/56) overlaps subnet hub.subnets.6 (fd00:0:0:1::/64) in VPC hub.vpc",
	}
}
