package payflow.rules.pf_net_005_test

import data.payflow.rules.pf_net_005

fixture(name) := data.fixtures.pf_net_005[name]

test_deny_spoke_to_spoke_peering if {
	vs := pf_net_005.deny with input as fixture("fail")
	some v in vs
	v.address == "production.peering.development"
	v.message == "peering production.peering.development connects spoke production (production) to spoke development (development); spokes may peer with the hub only"
}

test_allow_hub_peerings if {
	count(pf_net_005.deny) == 0 with input as fixture("pass")
}
