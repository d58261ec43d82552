package payflow.rules.pf_net_014_test

import data.payflow.rules.pf_net_014

fixture(name) := data.fixtures.pf_net_014[name]

findings(name) := {[v.address, v.message] | some v in pf_net_014.deny with input as fixture(name)}

test_deny_db_subnet_group_in_one_zone if {
	findings("fail_one_zone") == {[
		"aws_db_subnet_group.development",
		"DB subnet group aws_db_subnet_group.development: its subnets lie in one availability zone (us-east-1a); AWS creates a DB subnet group only with subnets in at least two",
	]}
}

test_deny_groups_over_two_vpcs if {
	findings("fail_two_vpcs") == {
		["aws_db_subnet_group.mixed", "subnet group aws_db_subnet_group.mixed: its subnets lie in 2 VPCs (hub.vpc, production.vpc); AWS creates a subnet group only with the subnets of one VPC"],
		["aws_elasticache_subnet_group.mixed", "subnet group aws_elasticache_subnet_group.mixed: its subnets lie in 2 VPCs (development.vpc, production.vpc); AWS creates a subnet group only with the subnets of one VPC"],
	}
}

test_deny_groups_that_cannot_be_checked if {
	findings("fail_unknown") == {
		["aws_db_subnet_group.unlinked", "subnet group aws_db_subnet_group.unlinked: not every subnet it lists could be linked to a subnet of the input, so whether AWS can create it cannot be checked"],
		["aws_db_subnet_group.elsewhere", "subnet group aws_db_subnet_group.elsewhere: where its subnet production.subnets.missing lies is not known, so whether AWS can create the group cannot be checked"],
		["aws_db_subnet_group.later", "subnet group aws_db_subnet_group.later: where its subnet production.subnets.later lies is not known, so whether AWS can create the group cannot be checked"],
		["aws_elasticache_subnet_group.none", "subnet group aws_elasticache_subnet_group.none lists no subnets; AWS creates a subnet group only with at least one"],
	}
}

test_allow_two_zones_and_a_cache_group_in_one if {
	count(pf_net_014.deny) == 0 with input as fixture("pass")
}
