package payflow.rules.pf_eks_004_test

import data.payflow.rules.pf_eks_004

fixture(name) := data.fixtures.pf_eks_004[name]

messages(name) := ms if {
	ms := {v.message | some v in pf_eks_004.deny} with input as fixture(name) with data.config as {"today": "2026-11-27"}
}

test_deny_past_extended_support_as_critical if {
	vs := pf_eks_004.deny with input as fixture("fail_past_extended") with data.config as {"today": "2026-11-27"}
	{[v.severity, v.message] | some v in vs} == {["critical", "EKS cluster development.eks.payflow-development runs Kubernetes 1.31, past the end of extended support (2026-11-26): AWS refuses new clusters at it and auto-upgrades existing ones"]}
}

test_deny_extended_support_with_its_price if {
	messages("fail_extended") == {"EKS cluster production.eks.payflow-production runs Kubernetes 1.33, in extended support since 2026-07-29 (0.60 USD/h instead of 0.10) until 2027-07-29"}
}

test_deny_unknown_and_unlisted_versions if {
	messages("fail_unknown") == {
		"EKS cluster aws_eks_cluster.a: its Kubernetes version is not set or known only after apply, so its support cannot be checked; pin it",
		"EKS cluster aws_eks_cluster.b runs Kubernetes 1.99, which the support catalog (2026.11.1) does not list",
	}
}

test_deny_when_no_date_is_given if {
	vs := pf_eks_004.deny with input as fixture("pass")
	{v.message | some v in vs} == {"no date to judge EKS versions against (data.config.today is not set)"}
}

test_allow_standard_support if {
	count(messages("pass")) == 0
}
