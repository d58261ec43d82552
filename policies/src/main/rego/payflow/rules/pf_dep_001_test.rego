package payflow.rules.pf_dep_001_test

import data.payflow.rules.pf_dep_001

fixture(name) := data.fixtures.pf_dep_001[name]

test_deny_cycle if {
	vs := pf_dep_001.deny with input as fixture("fail_cycle")
	{v.message | some v in vs} == {
		"environment production is part of a depends_on cycle through development",
		"environment development is part of a depends_on cycle through production",
	}
}

test_deny_hub_after_spoke if {
	vs := pf_dep_001.deny with input as fixture("fail_hub_after_spoke")
	some v in vs
	v.message == "hub hub depends on spoke production; the hub must deploy first"
}

test_allow_chain if {
	count(pf_dep_001.deny) == 0 with input as fixture("pass_chain")
}
