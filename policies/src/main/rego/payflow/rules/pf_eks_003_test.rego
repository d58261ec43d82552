package payflow.rules.pf_eks_003_test

import data.payflow.rules.pf_eks_003

fixture(name) := data.fixtures.pf_eks_003[name]

test_deny_unencrypted_secrets if {
	vs := pf_eks_003.deny with input as fixture("fail")
	some v in vs
	v.message == "EKS cluster production.eks.cluster does not envelope-encrypt secrets with KMS"
}

test_allow_kms_encryption if {
	count(pf_eks_003.deny) == 0 with input as fixture("pass")
}
