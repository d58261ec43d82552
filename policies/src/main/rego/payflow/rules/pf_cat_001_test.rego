package payflow.rules.pf_cat_001_test

import data.payflow.rules.pf_cat_001

fixture(name) := data.fixtures.pf_cat_001[name]

test_deny_a_stale_catalog if {
	vs := pf_cat_001.deny with input as fixture("fail_stale") with data.config as {"today": "2027-06-01"}
	{v.message | some v in vs} == {"the support catalog 2026.11.1 (effective 2026-11-27) is more than 180 days old on 2027-06-01"}
}

test_allow_a_current_catalog if {
	count(pf_cat_001.deny) == 0 with input as fixture("pass") with data.config as {"today": "2026-11-27"}
}
