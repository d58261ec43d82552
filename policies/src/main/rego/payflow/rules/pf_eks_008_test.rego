package payflow.rules.pf_eks_008_test

import data.payflow.rules.pf_eks_008

fixture(name) := data.fixtures.pf_eks_008[name]

messages(name) := m if {
	m := {v.message | some v in pf_eks_008.deny} with input as fixture(name)
}

test_deny_a_group_ahead_of_its_cluster_one_too_far_behind_and_one_not_known if {
	messages("fail") == {
		"node group aws_eks_node_group.g0 runs Kubernetes 1.35, newer than its cluster aws_eks_cluster.production (1.34): EKS refuses a node group newer than its control plane",
		"node group aws_eks_node_group.g1 runs Kubernetes 1.30, 4 minor versions behind its cluster aws_eks_cluster.production (1.34): outside Kubernetes' supported skew of three",
		"node group aws_eks_node_group.g2: its Kubernetes version is known only after apply, so its skew from its cluster cannot be checked",
	}
}

test_allow_the_clusters_version_three_behind_and_unset if {
	count(messages("pass")) == 0
}
