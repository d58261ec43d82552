package payflow.rules.pf_net_006_test

import data.payflow.rules.pf_net_006

fixture(name) := data.fixtures.pf_net_006[name]

test_deny_missing_endpoints if {
	vs := pf_net_006.deny with input as fixture("fail")
	some v in vs
	v.message == "VPC production.vpc hosts EKS cluster production.eks.cluster but lacks endpoints: interface:ecr.dkr, interface:logs, interface:secretsmanager"
}

test_allow_all_endpoints if {
	count(pf_net_006.deny) == 0 with input as fixture("pass")
}

test_deny_cluster_whose_vpc_is_unknown if {
	messages := {v.message | some v in pf_net_006.deny} with input as fixture("fail_network_unknown")
	messages == {"EKS cluster aws_eks_cluster.x: its VPC could not be linked from its subnets, so its endpoints cannot be checked"}
}

test_deny_interface_endpoints_without_private_dns if {
	messages := {v.message | some v in pf_net_006.deny} with input as fixture("fail_private_dns_off")
	messages == {"VPC production.vpc hosts EKS cluster production.eks.cluster, but its interface endpoints for ecr.api, logs do not enable private DNS (private_dns_enabled), so the cluster's nodes resolve those services' public names: through a NAT gateway, or not at all"}
}

test_deny_private_dns_only_apply_knows if {
	messages := {v.message | some v in pf_net_006.deny} with input as fixture("fail_private_dns_unknown")
	messages == {"VPC production.vpc hosts EKS cluster production.eks.cluster: whether its interface endpoints for secretsmanager enable private DNS is known only after apply, so whether they serve the cluster's nodes cannot be checked"}
}
