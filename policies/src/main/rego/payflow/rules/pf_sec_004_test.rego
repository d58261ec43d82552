package payflow.rules.pf_sec_004_test

import data.payflow.rules.pf_sec_004

fixture(name) := data.fixtures.pf_sec_004[name]

messages(name) := {v.message | some v in pf_sec_004.deny with input as fixture(name)}

test_deny_unencrypted if {
	messages("fail") == {
		"database production.databases.payflow does not encrypt its storage (storage_encrypted)",
		"cache production.caches.redis does not encrypt its data at rest (at_rest_encryption_enabled)",
		"cache production.caches.redis does not encrypt its connections (transit_encryption_enabled), and AWS refuses its auth token without them at apply",
	}
}

test_deny_what_only_apply_knows if {
	messages("fail_unknown") == {
		"database production.databases.payflow: whether its storage is encrypted is known only after apply, so it cannot be checked",
		"cache production.caches.redis: whether it encrypts its connections is known only after apply, so it cannot be checked",
	}
}

test_allow_encrypted if {
	count(pf_sec_004.deny) == 0 with input as fixture("pass")
}
