package payflow.rules.pf_input_001_test

import data.payflow.rules.pf_input_001

fixture(name) := data.fixtures.pf_input_001[name]

test_deny_each_unresolved_resource_once if {
	messages := {v.message | some v in pf_input_001.deny} with input as fixture("fail_unlinked_subnet")
	messages == {
		"aws_subnet module.vpc.aws_subnet.private[0] was not checked: vpc_id refers to local.vpc_id, which plan JSON does not record, and module.vpc declares 2 aws_vpc (a local is linked only when exactly one is declared)",
		"terraform_backend development.backend.gcs was not checked: backend 'gcs' is not judged (payflow checks state isolation, encryption and locking of S3 backends)",
	}
}

test_allow_when_everything_was_read if {
	count(pf_input_001.deny) == 0 with input as fixture("pass")
}
