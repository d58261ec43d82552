package payflow.rules.pf_sec_005_test

import data.payflow.rules.pf_sec_005

fixture(name) := data.fixtures.pf_sec_005[name]

messages(name) := m if {
	m := {v.message | some v in pf_sec_005.deny} with input as fixture(name)
}

test_deny_a_publicly_accessible_database_and_one_only_apply_knows if {
	messages("fail") == {
		"database production.databases.open is publicly accessible: RDS gives it a public address, which the internet reaches wherever its subnets route to an internet gateway",
		"database production.databases.unsure: whether it is publicly accessible is known only after apply, so it cannot be checked",
	}
}

test_allow_private_databases if {
	count(messages("pass")) == 0
}
