package payflow.rules.pf_state_001_test

import data.payflow.rules.pf_state_001

fixture(name) := data.fixtures.pf_state_001[name]

test_deny_shared_key if {
	vs := pf_state_001.deny with input as fixture("fail_shared_key")
	{v.address | some v in vs} == {"production.state", "development.state"}
	some v in vs
	v.message == "environment development shares state s3://state-bucket/production/terraform.tfstate with environment production"
}

test_deny_missing_backend if {
	vs := pf_state_001.deny with input as fixture("fail_no_backend")
	some v in vs
	v.message == "environment development has no remote state backend"
}

test_allow_same_key_in_another_bucket if {
	count(pf_state_001.deny) == 0 with input as fixture("pass_same_key_other_bucket")
}

test_allow_plan_whose_backend_is_not_shown if {
	count(pf_state_001.deny) == 0 with input as fixture("pass_plan_state_unknown")
}
