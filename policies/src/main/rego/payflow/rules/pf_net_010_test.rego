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
