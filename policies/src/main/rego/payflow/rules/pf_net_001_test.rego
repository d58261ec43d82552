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

# IPv4 ranges nested, equal, with host bits and disjoint, beside IPv6 ones: every overlapping pair
# and no other (twelve networks, compared pair by pair; the next test runs the index on them).
test_deny_every_overlapping_pair_of_mixed_ranges if {
	vs := pf_net_001.deny with input as fixture("fail_mixed_ranges")
	{v.message | some v in vs} == {
		"VPC vpc_0 (10.0.0.0/8) overlaps VPC vpc_1 (10.1.0.0/16)",
		"VPC vpc_0 (10.0.0.0/8) overlaps VPC vpc_2 (10.1.0.0/16)",
		"VPC vpc_0 (10.0.0.0/8) overlaps VPC vpc_3 (10.1.2.3/24)",
		"VPC vpc_1 (10.1.0.0/16) overlaps VPC vpc_2 (10.1.0.0/16)",
		"VPC vpc_1 (10.1.0.0/16) overlaps VPC vpc_3 (10.1.2.3/24)",
		"VPC vpc_2 (10.1.0.0/16) overlaps VPC vpc_3 (10.1.2.3/24)",
		"VPC vpc_6 (172.16.0.0/12) overlaps VPC vpc_7 (172.31.255.255/32)",
		"VPC vpc_8 (fd00::/8) overlaps VPC vpc_9 (fd00:1::/64)",
	}
}

# The index finds the pairs that comparing every pair finds.
test_index_finds_the_pairs_every_pair_comparison_finds if {
	pairwise := pf_net_001.pairs_compared with input as fixture("fail_mixed_ranges")
	count(pairwise) == 8
	pf_net_001.pairs_indexed == pairwise with input as fixture("fail_mixed_ranges")
}

# From index_from networks on, the rule looks ranges up in the index: 70 disjoint /16s, a /8 over
# all of them, a /24 inside one and an IPv6 range.
test_deny_many_networks_through_the_index if {
	networks := array.concat(
		[{"address": sprintf("vpc_%d", [i]), "cidr": sprintf("10.%d.0.0/16", [i])} | some i in numbers.range(0, 69)],
		[
			{"address": "all", "cidr": "10.0.0.0/8"},
			{"address": "inner", "cidr": "10.42.7.0/24"},
			{"address": "v6", "cidr": "fd00::/8"},
		],
	)
	count(networks) >= pf_net_001.index_from
	vs := pf_net_001.deny with input as {"networks": networks, "peerings": []}
	count(vs) == 72
	"VPC vpc_42 (10.42.0.0/16) overlaps VPC inner (10.42.7.0/24)" in {v.message | some v in vs}
	"VPC vpc_0 (10.0.0.0/16) overlaps VPC all (10.0.0.0/8)" in {v.message | some v in vs}
	"VPC all (10.0.0.0/8) overlaps VPC inner (10.42.7.0/24)" in {v.message | some v in vs}
}

# A secondary range counts as its VPC's: it overlaps another VPC (here a peered one), and one that
# overlaps a range of its own VPC is what AWS refuses to associate. Found the same both ways.
test_deny_secondary_range_overlaps if {
	vs := pf_net_001.deny with input as fixture("fail_secondary_overlap")
	{[v.severity, v.address, v.message] | some v in vs; v.severity} == {[
		"critical", "production.vpc",
		"VPC production.vpc (10.1.0.0/16) overlaps VPC hub.vpc (10.1.0.0/16, added by hub.pods); they are peered",
	]}
	{v.message | some v in vs; not v.severity} == {"VPC hub.vpc: its range 10.0.128.0/17 (added by hub.half) overlaps its range 10.0.0.0/16, and AWS refuses to associate it"}
	pairwise := pf_net_001.pairs_compared with input as fixture("fail_secondary_overlap")
	pf_net_001.pairs_indexed == pairwise with input as fixture("fail_secondary_overlap")
}

test_deny_secondary_range_unknown if {
	vs := pf_net_001.deny with input as fixture("fail_secondary_unknown")
	{v.message | some v in vs} == {"VPC production.vpc: the range production.pods adds is unknown until apply; overlap cannot be checked"}
}

test_allow_disjoint_secondary_ranges if {
	count(pf_net_001.deny) == 0 with input as fixture("pass_secondary_disjoint")
}
