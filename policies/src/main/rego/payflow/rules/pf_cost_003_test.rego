package payflow.rules.pf_cost_003_test

import data.payflow.rules.pf_cost_003

fixture(name) := data.fixtures.pf_cost_003[name]

test_deny_unpriced_resource if {
	vs := pf_cost_003.deny with input as fixture("fail")
	some v in vs
	v.message == "hub.cost.ec2.on_demand.x9.mega (ec2.on_demand.x9.mega) has no price in the catalog; budgets for hub are partial"
}

test_allow_priced_resource if {
	count(pf_cost_003.deny) == 0 with input as fixture("pass")
}
