package payflow.rules.pf_sec_003_test

import data.payflow.rules.pf_sec_003

fixture(name) := data.fixtures.pf_sec_003[name]

test_deny_a_secret_nobody_defines if {
	messages := {v.message | some v in pf_sec_003.deny} with input as fixture("fail_undefined_secret")
	messages == {"auth token of staging.caches.redis reads secret payflow/staging/redis-auth, which no environment defines"}
}

test_allow_a_defined_secret if {
	count(pf_sec_003.deny) == 0 with input as fixture("pass")
}
