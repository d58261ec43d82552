package payflow.rules.pf_net_009_test

import data.payflow.rules.pf_net_009

fixture(name) := data.fixtures.pf_net_009[name]

messages(name) := m if {
	m := {v.message | some v in pf_net_009.deny} with input as fixture(name)
}

test_allow_routes_both_ways_through_the_peering if {
	count(messages("pass")) == 0
}

test_allow_routes_to_each_cluster_subnet_instead_of_the_vpc if {
	count(messages("pass_routes_per_subnet")) == 0
}

test_deny_no_route_from_the_bastion_subnet if {
	messages("fail_no_forward_route") == {
		"EKS cluster production.eks.cluster is unreachable from bastion hub.bastion: route table hub.route_tables.public of the bastion's subnet has no route to production.subnets.private-a (10.1.16.0/20) through peering production.peering.hub",
		"EKS cluster production.eks.cluster is unreachable from bastion hub.bastion: route table hub.route_tables.public of the bastion's subnet has no route to production.subnets.private-b (10.1.32.0/20) through peering production.peering.hub",
	}
}

test_deny_no_route_back_to_the_bastion if {
	messages("fail_no_return_route") == {
		"EKS cluster production.eks.cluster is unreachable from bastion hub.bastion: route table production.route_tables.private of production.subnets.private-a has no route back to the bastion's subnet (10.0.0.0/24) through peering production.peering.hub",
		"EKS cluster production.eks.cluster is unreachable from bastion hub.bastion: route table production.route_tables.private of production.subnets.private-b has no route back to the bastion's subnet (10.0.0.0/24) through peering production.peering.hub",
	}
}

test_deny_vpcs_not_peered if {
	messages("fail_not_peered") == {"EKS cluster production.eks.cluster is unreachable from bastion hub.bastion: VPCs hub.vpc and production.vpc are not peered"}
}

test_deny_a_bastion_without_an_internet_route if {
	messages("fail_bastion_without_internet_route") == {"bastion hub.bastion is unreachable from the admin ranges: route table hub.route_tables.public of its subnet has no default route (0.0.0.0/0) to an internet gateway"}
}

test_deny_a_bastion_without_a_public_address if {
	messages("fail_bastion_without_public_address") == {"bastion hub.bastion is unreachable from the admin ranges: it has no public address"}
}

test_deny_a_cluster_without_its_private_endpoint if {
	messages("fail_private_endpoint_off") == {"EKS cluster production.eks.cluster cannot be reached through bastion hub.bastion: its private endpoint is off"}
}

test_deny_a_subnet_left_on_the_main_table if {
	messages("fail_subnet_on_main_table") == {"EKS cluster production.eks.cluster is unreachable from bastion hub.bastion: route table production.vpc main (local routes only) of production.subnets.private-b has no route back to the bastion's subnet (10.0.0.0/24) through peering production.peering.hub"}
}

test_deny_as_not_checked_a_path_through_a_destination_known_only_after_apply if {
	messages("fail_destination_known_after_apply") == {
		"EKS cluster production.eks.cluster may be unreachable from bastion hub.bastion: route table hub.route_tables.public of the bastion's subnet reaches production.subnets.private-a (10.1.16.0/20) through peering production.peering.hub only if a route whose target or destination only apply knows does, so the path cannot be checked",
		"EKS cluster production.eks.cluster may be unreachable from bastion hub.bastion: route table hub.route_tables.public of the bastion's subnet reaches production.subnets.private-b (10.1.32.0/20) through peering production.peering.hub only if a route whose target or destination only apply knows does, so the path cannot be checked",
	}
}

test_deny_as_not_checked_a_path_through_a_peering_known_only_after_apply if {
	messages("fail_peering_known_after_apply") == {
		"EKS cluster production.eks.cluster may be unreachable from bastion hub.bastion: route table production.route_tables.private of production.subnets.private-a routes back to the bastion's subnet (10.0.0.0/24) through peering production.peering.hub only if a route whose target or destination only apply knows does, so the path cannot be checked",
		"EKS cluster production.eks.cluster may be unreachable from bastion hub.bastion: route table production.route_tables.private of production.subnets.private-b routes back to the bastion's subnet (10.0.0.0/24) through peering production.peering.hub only if a route whose target or destination only apply knows does, so the path cannot be checked",
	}
}

test_deny_an_api_whose_groups_admit_nothing_from_the_bastion if {
	messages("fail_api_admits_nothing") == {"EKS cluster production.eks.cluster is unreachable from bastion hub.bastion: no ingress rule of its API security groups (production.eks.api_group) admits HTTPS (443) from the bastion's security groups (hub.bastion.group) or its subnet"}
}

test_deny_an_api_rule_on_another_port if {
	count(messages("fail_api_admits_another_port")) == 1
}

test_allow_an_api_rule_from_a_range_holding_the_bastion if {
	count(messages("pass_api_admits_the_bastion_range")) == 0
}
