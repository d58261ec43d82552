package payflow.rules.pf_state_002_test

import data.payflow.rules.pf_state_002

fixture(name) := data.fixtures.pf_state_002[name]

test_deny_unencrypted if {
	vs := pf_state_002.deny with input as fixture("fail_unencrypted")
	some v in vs
	v.message == "state backend of production does not encrypt state"
}

test_deny_no_lock_table if {
	vs := pf_state_002.deny with input as fixture("fail_no_lock")
	some v in vs
	v.message == "state backend of production has no lock table"
}

test_allow_encrypted_and_locked if {
	count(pf_state_002.deny) == 0 with input as fixture("pass")
}
