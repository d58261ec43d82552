package payflow.rules.pf_eks_002_test

import data.payflow.rules.pf_eks_002

fixture(name) := data.fixtures.pf_eks_002[name]

test_deny_private_access_disabled if {
	vs := pf_eks_002.deny with input as fixture("fail")
	some v in vs
	v.message == "EKS cluster production.eks.cluster has private endpoint access disabled"
}

test_deny_private_access_unknown if {
	vs := pf_eks_002.deny with input as fixture("fail_unknown")
	some v in vs
	v.message == "EKS cluster production.eks.cluster: endpoint_private_access is unknown until apply"
}

test_allow_private_access if {
	count(pf_eks_002.deny) == 0 with input as fixture("pass")
}
