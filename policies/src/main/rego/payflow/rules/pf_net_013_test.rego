package payflow.rules.pf_net_013_test

import data.payflow.rules.pf_net_013

fixture(name) := data.fixtures.pf_net_013[name]

# The fixture's hub table also serves production.subnets.private-b, already in a production table;
# and two tables of the hub are its main one.
test_deny_associations_aws_refuses if {
	vs := pf_net_013.deny with input as fixture("fail")
	{[v.address, v.message] | some v in vs} == {
		[
			"hub.route_tables.public",
			"route table hub.route_tables.public of VPC hub.vpc is associated with subnet production.subnets.private-b of VPC production.vpc; AWS associates a table only with subnets of its own VPC",
		],
		[
			"hub.route_tables.public",
			"subnet production.subnets.private-b is associated with 2 route tables (hub.route_tables.public, production.route_tables.private); AWS associates a subnet with one",
		],
		[
			"hub.route_tables.main",
			"VPC hub.vpc has 2 main route tables (hub.route_tables.main, hub.route_tables.other-main); AWS gives a VPC one",
		],
	}
}

test_allow_tables_of_their_own_subnets if {
	count(pf_net_013.deny) == 0 with input as fixture("pass")
}
