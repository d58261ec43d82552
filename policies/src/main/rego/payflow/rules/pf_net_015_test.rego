package payflow.rules.pf_net_015_test

import data.payflow.rules.pf_net_015

fixture(name) := data.fixtures.pf_net_015[name]

findings(name) := {[v.address, v.message] | some v in pf_net_015.deny with input as fixture(name)}

test_deny_database_and_cache_in_no_subnet_group if {
	findings("fail") == {
		["aws_db_instance.production", "database aws_db_instance.production names no subnet group, so AWS places it in the account's default VPC, outside the estate's networks (or refuses it where the account has none)"],
		["aws_elasticache_replication_group.development", "cache aws_elasticache_replication_group.development names no subnet group, so AWS places it in the account's default VPC, outside the estate's networks (or refuses it where the account has none)"],
	}
}

test_deny_subnet_groups_that_could_not_be_linked if {
	findings("fail_unknown") == {
		["aws_db_instance.production", "database aws_db_instance.production: the subnet group it names could not be linked to one of the input, so where AWS places it cannot be checked"],
		["aws_elasticache_cluster.development", "cache aws_elasticache_cluster.development: the subnet group it names could not be linked to one of the input, so where AWS places it cannot be checked"],
	}
}

test_allow_databases_and_caches_in_subnet_groups if {
	count(pf_net_015.deny) == 0 with input as fixture("pass")
}
