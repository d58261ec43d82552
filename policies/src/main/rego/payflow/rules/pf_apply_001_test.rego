package payflow.rules.pf_apply_001_test

import data.payflow.rules.pf_apply_001

fixture(name) := data.fixtures.pf_apply_001[name]

test_deny_each_later_duplicate_once if {
	messages := {v.message | some v in pf_apply_001.deny} with input as fixture("fail_copied_environment")
	messages == {
		"eks_cluster name 'payflow-development' of staging.eks_cluster.payflow-development is already used by development.eks_cluster.payflow-development (unique per region)",
		"iam_role name 'payflow-development-cluster' of staging.iam_role.payflow-development-cluster is already used by development.iam_role.payflow-development-cluster (unique per account)",
		"iam_role name 'payflow-development-cluster' of third.iam_role.payflow-development-cluster is already used by development.iam_role.payflow-development-cluster (unique per account)",
	}
}

test_allow_names_of_their_own if {
	count(pf_apply_001.deny) == 0 with input as fixture("pass")
}
