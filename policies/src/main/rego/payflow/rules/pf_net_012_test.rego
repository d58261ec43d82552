package payflow.rules.pf_net_012_test

import data.payflow.rules.pf_net_012

fixture(name) := data.fixtures.pf_net_012[name]

test_deny_peerings_nothing_accepts_or_only_apply_knows if {
	vs := pf_net_012.deny with input as fixture("fail")
	{[v.address, v.message] | some v in vs} == {
		["production.peering.hub", "peering production.peering.hub is never accepted, so it carries no traffic (it waits in pending-acceptance, then expires)"],
		["development.peering.hub", "peering development.peering.hub: whether it is accepted is known only after apply"],
	}
}

test_allow_peerings_accepted_either_way if {
	count(pf_net_012.deny) == 0 with input as fixture("pass")
}

test_deny_two_peerings_of_one_pair if {
	vs := pf_net_012.deny with input as fixture("fail_twice")
	{[v.address, v.message] | some v in vs} == {[
		"development.peering.hub",
		"VPCs hub.vpc and production.vpc are peered 2 times (development.peering.hub, production.peering.hub); AWS allows one peering between two VPCs",
	]}
}

test_deny_auto_accept_beside_a_peer_region if {
	vs := pf_net_012.deny with input as fixture("fail_across_regions")
	{[v.address, v.message] | some v in vs} == {[
		"production.peering.hub",
		"peering production.peering.hub sets auto_accept beside a peer_region: the AWS provider refuses it (a peering to another region is accepted there, by an aws_vpc_peering_connection_accepter)",
	]}
}
