package payflow.rules.pf_state_002_test

import data.payflow.rules.pf_state_002

fixture(name) := data.fixtures.pf_state_002[name]

messages(name) := {v.message | some v in pf_state_002.deny with input as fixture(name)}

no_lock := "state backend of production has no state lock (use_lockfile, or a DynamoDB table in dynamodb_table)"

test_deny_unencrypted if {
	messages("fail_unencrypted") == {"state backend of production does not encrypt state"}
}

test_deny_no_lock if {
	messages("fail_no_lock") == {no_lock}
}

test_deny_lock_file_turned_off if {
	messages("fail_lockfile_off") == {no_lock}
}

test_allow_encrypted_and_locked if {
	count(pf_state_002.deny) == 0 with input as fixture("pass")
}

test_allow_a_lock_file_in_the_bucket if {
	count(pf_state_002.deny) == 0 with input as fixture("pass_lockfile")
}
