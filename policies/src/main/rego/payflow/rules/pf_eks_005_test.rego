package payflow.rules.pf_eks_005_test

import data.payflow.rules.pf_eks_005

fixture(name) := data.fixtures.pf_eks_005[name]

messages(name) := m if {
	m := {v.message | some v in pf_eks_005.deny} with input as fixture(name)
}

test_deny_untagged_public_and_private_subnets if {
	messages("fail_untagged") == {
		"no subnet of VPC production.vpc is tagged kubernetes.io/role/elb = 1, so internet-facing load balancers of EKS cluster production.eks.cluster cannot be placed",
		"no subnet of VPC production.vpc is tagged kubernetes.io/role/internal-elb = 1, so internal load balancers of EKS cluster production.eks.cluster cannot be placed",
	}
}

test_deny_a_missing_internal_tag if {
	messages("fail_no_internal") == {"no subnet of VPC production.vpc is tagged kubernetes.io/role/internal-elb = 1, so internal load balancers of EKS cluster production.eks.cluster cannot be placed"}
}

test_deny_tags_known_only_after_apply if {
	messages("fail_unknown_tags") == {"no subnet of VPC production.vpc is tagged kubernetes.io/role/internal-elb = 1, so internal load balancers of EKS cluster production.eks.cluster cannot be placed (the tags of 1 subnets are known only after apply)"}
}

test_allow_tagged_subnets if {
	count(messages("pass")) == 0
}

test_allow_a_vpc_without_public_subnets_with_internal_tags if {
	count(messages("pass_private_only")) == 0
}
