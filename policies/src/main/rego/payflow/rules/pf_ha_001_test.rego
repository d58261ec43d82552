package payflow.rules.pf_ha_001_test

import data.payflow.rules.pf_ha_001

fixture(name) := data.fixtures.pf_ha_001[name]

test_deny_single_az_production if {
	vs := pf_ha_001.deny with input as fixture("fail")
	{v.message | some v in vs} == {
		"production database production.databases.payflow is single-AZ",
		"production cache production.caches.redis is not multi-AZ (1 node(s), multi_az false)",
		"production node group production.eks.node_groups.workloads spans 1 zone(s), fewer than 2",
	}
}

test_allow_multi_az_production_and_single_az_development if {
	count(pf_ha_001.deny) == 0 with input as fixture("pass_development_single_az")
}

test_deny_when_the_team_requires_three_zones if {
	count(pf_ha_001.deny) == 1 with input as fixture("pass_development_single_az") with data.config as {"min_production_azs": 3}
}

test_deny_production_node_group_with_unknown_zones if {
	vs := pf_ha_001.deny with input as fixture("fail_zones_unknown")
	{v.message | some v in vs} == {"production node group production.eks.node_groups.workloads: its zones are unknown until apply (subnets cannot be traced)"}
}

test_deny_production_multi_az_unknown if {
	vs := pf_ha_001.deny with input as fixture("fail_multi_az_unknown")
	{v.message | some v in vs} == {
		"production cache production.caches.redis: whether it is multi-AZ is known only after apply, so its zones cannot be checked",
		"production database production.databases.payflow: whether it is Multi-AZ is known only after apply, so its zones cannot be checked; set multi_az",
	}
}

test_deny_when_production_cannot_be_told if {
	vs := pf_ha_001.deny with input as fixture("fail_tier_untold")
	{v.message | some v in vs} == {
		"cache prd.caches.redis is not known to be multi-AZ, and whether its environment (none could be attributed) is production cannot be told, so production's zone rules cannot be checked; name the environment after its tier (production, staging, development)",
		"database prd.databases.payflow is not known to be Multi-AZ, and whether environment prd is production cannot be told, so production's zone rules cannot be checked; name the environment after its tier (production, staging, development)",
		"node group prd.eks.node_groups.workloads is not known to span 2 zones, and whether environment prd is production cannot be told, so production's zone rules cannot be checked; name the environment after its tier (production, staging, development)",
	}
}
