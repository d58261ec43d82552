package payflow.rules.pf_sec_001_test

import data.payflow.rules.pf_sec_001

fixture(name) := data.fixtures.pf_sec_001[name]

test_deny_literal_password_without_its_value if {
	vs := pf_sec_001.deny with input as fixture("fail")
	some v in vs
	v.message == "master password of production.databases.payflow is a literal value in the configuration (value not shown)"
}

test_allow_managed_and_secrets_manager if {
	count(pf_sec_001.deny) == 0 with input as fixture("pass")
}
