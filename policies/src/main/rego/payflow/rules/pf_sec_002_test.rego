package payflow.rules.pf_sec_002_test

import data.payflow.rules.pf_sec_002

fixture(name) := data.fixtures.pf_sec_002[name]

messages(name) := m if {
	m := {v.message | some v in pf_sec_002.deny} with input as fixture(name)
}

test_deny_variable if {
	messages("fail_variable") == {"master password of production.databases.payflow comes from a Terraform variable, not from Secrets Manager"}
}

test_deny_untraceable if {
	messages("fail_unknown") == {"auth token of production.databases.payflow comes from a source that cannot be traced, not from Secrets Manager"}
}

test_deny_a_master_password_set_nowhere if {
	messages("fail_absent") == {"master password of production.databases.payflow is not set, and the database neither lets RDS manage it nor copies another database: RDS refuses to create it"}
}

test_allow_secrets_manager_and_managed if {
	count(messages("pass")) == 0
}
