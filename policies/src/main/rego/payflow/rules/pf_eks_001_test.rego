package payflow.rules.pf_eks_001_test

import data.payflow.rules.pf_eks_001

fixture(name) := data.fixtures.pf_eks_001[name]

test_deny_public_endpoint if {
	vs := pf_eks_001.deny with input as fixture("fail")
	some v in vs
	v.message == "EKS cluster production.eks.cluster has a public API endpoint (public access CIDRs: 0.0.0.0/0 (AWS default))"
}

test_deny_endpoint_unknown_until_apply if {
	vs := pf_eks_001.deny with input as fixture("fail_unknown")
	some v in vs
	v.message == "EKS cluster production.eks.cluster: endpoint_public_access is unknown until apply, so it may be public"
}

test_allow_private_endpoint if {
	count(pf_eks_001.deny) == 0 with input as fixture("pass")
}
