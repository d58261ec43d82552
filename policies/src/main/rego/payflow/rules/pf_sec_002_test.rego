package payflow.rules.pf_sec_002_test

import data.payflow.rules.pf_sec_002

fixture(name) := data.fixtures.pf_sec_002[name]

test_deny_variable if {
	vs := pf_sec_002.deny with input as fixture("fail_variable")
	some v in vs
	v.message == "master password of production.databases.payflow comes from a Terraform variable, not from Secrets Manager"
}

test_deny_untraceable if {
	vs := pf_sec_002.deny with input as fixture("fail_unknown")
	some v in vs
	v.message == "auth token of production.databases.payflow comes from a source that cannot be traced, not from Secrets Manager"
}

test_allow_secrets_manager_and_managed if {
	count(pf_sec_002.deny) == 0 with input as fixture("pass")
}
