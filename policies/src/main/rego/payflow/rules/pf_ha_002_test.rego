package payflow.rules.pf_ha_002_test

import data.payflow.rules.pf_ha_002

fixture(name) := data.fixtures.pf_ha_002[name]

test_deny_multi_az_without_failover if {
	vs := pf_ha_002.deny with input as fixture("fail")
	{v.message | some v in vs} == {
		"cache development.redis enables Multi-AZ without automatic failover, which AWS refuses at apply",
		"cache development.later enables Multi-AZ, and whether automatic failover is on is known only after apply, so whether AWS accepts it cannot be checked",
		"cache development.lone spreads 1 node over zones (Multi-AZ or cross-az), which AWS refuses at apply: it needs two nodes or more",
		"database production.databases.payflow is Multi-AZ and pinned to availability_zone us-east-1a, which AWS refuses at apply: a Multi-AZ instance's zones are AWS's to choose",
	}
}

test_allow_failover_beside_multi_az_and_single_az_caches if {
	count(pf_ha_002.deny) == 0 with input as fixture("pass")
}

test_deny_what_aws_may_refuse_once_multi_az_is_known if {
	vs := pf_ha_002.deny with input as fixture("fail_multi_az_unknown")
	{v.message | some v in vs} == {
		"database development.databases.payflow is pinned to availability_zone us-east-1a, and whether it is Multi-AZ (which AWS refuses with a zone set) is known only after apply, so whether AWS accepts it cannot be checked",
		"cache development.single: whether it enables Multi-AZ is known only after apply, and AWS refuses it then without automatic failover and two nodes or more, so whether AWS accepts it cannot be checked",
	}
}
