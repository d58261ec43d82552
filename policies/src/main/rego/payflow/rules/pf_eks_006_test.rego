package payflow.rules.pf_eks_006_test

import data.payflow.rules.pf_eks_006

fixture(name) := data.fixtures.pf_eks_006[name]

test_deny_cluster_in_one_zone if {
	vs := pf_eks_006.deny with input as fixture("fail")
	{[v.address, v.message] | some v in vs} == {[
		"development.eks.cluster",
		"EKS cluster development.eks.cluster: its subnets lie in one availability zone (us-east-1a); AWS creates a cluster only with subnets in at least two",
	]}
}

test_deny_cluster_whose_zones_are_not_known if {
	vs := pf_eks_006.deny with input as fixture("fail_unknown")
	{[v.address, v.message] | some v in vs} == {
		["production.eks.cluster", "EKS cluster production.eks.cluster: the zone of its subnet production.subnets.b is not known, so whether its subnets span two zones cannot be checked"],
		["production.eks.cluster", "EKS cluster production.eks.cluster: the zone of its subnet production.subnets.elsewhere is not known, so whether its subnets span two zones cannot be checked"],
	}
}

test_allow_two_zones_and_clusters_that_list_no_subnets if {
	count(pf_eks_006.deny) == 0 with input as fixture("pass")
}

test_deny_cluster_whose_subnets_are_not_all_linked if {
	vs := pf_eks_006.deny with input as fixture("fail_unlinked")
	{[v.address, v.message] | some v in vs} == {[
		"production.eks.cluster",
		"EKS cluster production.eks.cluster: not every subnet it lists could be linked to a subnet of the input, so whether its subnets span two zones cannot be checked",
	]}
}
