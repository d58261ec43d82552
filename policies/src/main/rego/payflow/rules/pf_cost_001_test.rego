package payflow.rules.pf_cost_001_test

import data.payflow.rules.pf_cost_001

fixture(name) := data.fixtures.pf_cost_001[name]

test_deny_over_budget if {
	vs := pf_cost_001.deny with input as fixture("fail")
	some v in vs
	v.message == "environment development costs an estimated 60.50 USD/month, over its budget of 50.00 USD"
}

test_deny_over_a_budget_from_config if {
	vs := pf_cost_001.deny with input as fixture("pass_at_budget") with data.config as {"budgets": {"development": 60}}
	some v in vs
	v.message == "environment development costs an estimated 60.50 USD/month, over its budget of 60.00 USD"
}

test_allow_exactly_at_budget if {
	count(pf_cost_001.deny) == 0 with input as fixture("pass_at_budget")
}
