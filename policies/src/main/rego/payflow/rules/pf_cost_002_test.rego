package payflow.rules.pf_cost_002_test

import data.payflow.rules.pf_cost_002

fixture(name) := data.fixtures.pf_cost_002[name]

test_deny_over_organisation_budget if {
	vs := pf_cost_002.deny with input as fixture("fail")
	vs == {{
		"address": "organisation", "environment": "all", "path": "", "msg": "the estate costs an estimated 105.25 USD/month, over the organisation budget of 100.00 USD",
		"message": "the estate costs an estimated 105.25 USD/month, over the organisation budget of 100.00 USD",
	}}
}

test_deny_over_organisation_budget_from_config if {
	count(pf_cost_002.deny) == 1 with input as fixture("pass") with data.config as {"organisation_budget_usd": 105}
}

test_allow_within_organisation_budget if {
	count(pf_cost_002.deny) == 0 with input as fixture("pass")
}
