package payflow.rules.pf_eks_009_test

import data.payflow.rules.pf_eks_009

fixture(name) := data.fixtures.pf_eks_009[name]

messages(name) := m if {
	m := {v.message | some v in pf_eks_009.deny} with input as fixture(name)
}

test_deny_al2_at_its_own_and_its_clusters_version_and_an_ami_type_not_known if {
	messages("fail") == {
		"node group aws_eks_node_group.own uses AMI type AL2_x86_64 on Kubernetes 1.33: EKS publishes Amazon Linux 2 AMIs only up to 1.32 and refuses the group",
		"node group aws_eks_node_group.inherited uses AMI type AL2_ARM_64 on Kubernetes 1.34: EKS publishes Amazon Linux 2 AMIs only up to 1.32 and refuses the group",
		"node group aws_eks_node_group.later: its AMI type is known only after apply, so whether EKS publishes it for Kubernetes 1.34 cannot be checked",
	}
}

test_allow_al2_up_to_1_32_al2023_and_eks_default if {
	count(messages("pass")) == 0
}
