package payflow.rules.pf_net_008_test

import data.payflow.rules.pf_net_008

fixture(name) := data.fixtures.pf_net_008[name]

test_deny_a_spoke_without_a_hub_peering if {
	messages := {v.message | some v in pf_net_008.deny} with input as fixture("fail_unpeered_spoke")
	messages == {"spoke staging (VPC staging.vpc) is not peered with the hub hub"}
}

test_allow_every_spoke_peered if {
	count(pf_net_008.deny) == 0 with input as fixture("pass")
}
