package payflow.rules.pf_net_010_test

import data.payflow.rules.pf_net_010

fixture(name) := data.fixtures.pf_net_010[name]

messages(name) := m if {
	m := {v.message | some v in pf_net_010.deny} with input as fixture(name)
}

test_allow_routes_on_both_sides if {
	count(messages("pass")) == 0
}

test_deny_a_one_sided_peering if {
	messages("fail_one_sided") == {"peering production.peering.hub is one-sided: route tables of hub.vpc send traffic into it (hub.route_tables.public) but no route table of production.vpc routes back through it"}
}

test_deny_a_peering_no_table_uses if {
	messages("fail_unused") == {"peering production.peering.hub carries no traffic: no route table of production.vpc or hub.vpc routes through it"}
}

test_deny_as_not_checked_when_a_route_of_the_vpc_goes_through_a_peering_not_named if {
	messages("fail_undecided") == {"peering production.peering.hub: route tables of production.vpc route through a peering the input does not name (known only after apply), so whether it carries traffic both ways cannot be checked"}
}

test_allow_routes_linked_on_both_sides_beside_one_not_known if {
	count(messages("pass_undecided_but_linked")) == 0
}
