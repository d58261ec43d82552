package payflow.rules.pf_eks_007_test

import data.payflow.rules.pf_eks_007

fixture(name) := data.fixtures.pf_eks_007[name]

test_deny_node_group_outside_its_cluster_vpc_or_without_a_cluster if {
	vs := pf_eks_007.deny with input as fixture("fail")
	{[v.address, v.message] | some v in vs} == {
		["aws_eks_node_group.elsewhere", "node group aws_eks_node_group.elsewhere: its subnets lie in hub.vpc, not in its cluster aws_eks_cluster.production's VPC production.vpc; AWS creates a node group only in its cluster's VPC"],
		["aws_eks_node_group.lost", "node group aws_eks_node_group.lost: its cluster could not be linked to one of the input, so whether it lies in the cluster's VPC cannot be checked"],
	}
}

test_allow_node_group_in_its_cluster_vpc if {
	count(pf_eks_007.deny) == 0 with input as fixture("pass")
}
