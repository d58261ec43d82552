package payflow.rules.pf_apply_004_test

import data.payflow.rules.pf_apply_004

fixture(name) := data.fixtures.pf_apply_004[name]

messages(name) := m if {
	m := {v.message | some v in pf_apply_004.deny} with input as fixture(name)
}

test_deny_serverless_v1_and_a_mode_not_known if {
	messages("fail") == {
		"database aws_rds_cluster.legacy is Aurora Serverless v1 (engine_mode serverless), which reached its end of life on 2025-03-31: AWS no longer creates or runs it",
		"database aws_rds_cluster.later: its engine_mode is known only after apply, so whether it is Aurora Serverless v1, which AWS no longer runs, cannot be checked",
	}
}

test_allow_provisioned_clusters_and_instances if {
	count(messages("pass")) == 0
}
