# METADATA
# title: The bastion reaches every EKS API, and the admins reach the bastion
# description: >-
#   The architecture reaches every cluster through the bastion (SSH tunnel to the private API
#   endpoint). Computed from the facts before apply: the bastion's subnet routes to each subnet of
#   a cluster in another VPC (where its API endpoint's interfaces stand) through their peering,
#   each of those subnets routes back to the bastion's subnet through it, the cluster's private endpoint is on, and the bastion stands
#   in a subnet with a default route to an internet gateway and has a public address; and a security
#   group of the cluster's API admits HTTPS from the bastion's security group or its subnet (the
#   EKS-managed cluster group admits only itself). The finding names the missing route or rule. A
#   path that rests on a route whose target or destination only apply knows is reported as not
#   checked.
# custom:
#   id: PF-NET-009
#   severity: high
#   remediation: >-
#     Add the missing route (destination the other side's subnet or VPC range, target the peering) to
#     the named route table, peer the VPCs, turn on the cluster's private endpoint, or admit HTTPS
#     from the bastion's security group on a group of the cluster's API (vpc_config).
#   references:
#     - https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html
#     - https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html
package payflow.rules.pf_net_009

import data.payflow.lib

clusters_elsewhere(b) := [c | some c in input.eks_clusters; is_string(c.network); c.network != b.network]

deny contains v if {
	some b in input.bastions
	some c in clusters_elsewhere(b)
	c.endpoint_private_access == true
	not lib.peering_between(b.network, c.network)
	v := lib.finding(c, sprintf("EKS cluster %s is unreachable from bastion %s: VPCs %s and %s are not peered", [c.address, b.address, b.network, c.network]))
}

# The subnets that hold the cluster's API interfaces (its vpc_config subnets).
cluster_subnets(c) := [s | some a in c.subnets; s := lib.subnet_fact(a)]

# Forward: the bastion's table routes to each subnet of the cluster.
deny contains v if {
	some b in input.bastions
	some c in clusters_elsewhere(b)
	c.endpoint_private_access == true
	p := lib.peering_between(b.network, c.network)
	table := lib.table_of(b.subnet, b.network)
	some s in cluster_subnets(c)
	not lib.routes_through(table.address, p.address, s.cidr)
	not lib.may_route_through(table.address, p.address, s.cidr)
	v := lib.finding(c, sprintf("EKS cluster %s is unreachable from bastion %s: route table %s of the bastion's subnet has no route to %s (%s) through peering %s", [c.address, b.address, table.address, s.address, s.cidr, p.address]))
}

deny contains v if {
	some b in input.bastions
	some c in clusters_elsewhere(b)
	c.endpoint_private_access == true
	p := lib.peering_between(b.network, c.network)
	table := lib.table_of(b.subnet, b.network)
	some s in cluster_subnets(c)
	not lib.routes_through(table.address, p.address, s.cidr)
	lib.may_route_through(table.address, p.address, s.cidr)
	v := lib.finding(c, sprintf("EKS cluster %s may be unreachable from bastion %s: route table %s of the bastion's subnet reaches %s (%s) through peering %s only if a route whose target or destination only apply knows does, so the path cannot be checked", [c.address, b.address, table.address, s.address, s.cidr, p.address]))
}

# Return: each subnet of the cluster routes back to the bastion's subnet.
deny contains v if {
	some b in input.bastions
	some c in clusters_elsewhere(b)
	c.endpoint_private_access == true
	p := lib.peering_between(b.network, c.network)
	bastion_subnet := lib.subnet_fact(b.subnet)
	some s in cluster_subnets(c)
	table := lib.table_of(s.address, c.network)
	not lib.routes_through(table.address, p.address, bastion_subnet.cidr)
	not lib.may_route_through(table.address, p.address, bastion_subnet.cidr)
	v := lib.finding(c, sprintf("EKS cluster %s is unreachable from bastion %s: route table %s of %s has no route back to the bastion's subnet (%s) through peering %s", [c.address, b.address, table.address, s.address, bastion_subnet.cidr, p.address]))
}

deny contains v if {
	some b in input.bastions
	some c in clusters_elsewhere(b)
	c.endpoint_private_access == true
	p := lib.peering_between(b.network, c.network)
	bastion_subnet := lib.subnet_fact(b.subnet)
	some s in cluster_subnets(c)
	table := lib.table_of(s.address, c.network)
	not lib.routes_through(table.address, p.address, bastion_subnet.cidr)
	lib.may_route_through(table.address, p.address, bastion_subnet.cidr)
	v := lib.finding(c, sprintf("EKS cluster %s may be unreachable from bastion %s: route table %s of %s routes back to the bastion's subnet (%s) through peering %s only if a route whose target or destination only apply knows does, so the path cannot be checked", [c.address, b.address, table.address, s.address, bastion_subnet.cidr, p.address]))
}

deny contains v if {
	some b in input.bastions
	some c in clusters_elsewhere(b)
	c.endpoint_private_access != true
	not lib.unknown(c, "endpoint_private_access")
	v := lib.finding(c, sprintf("EKS cluster %s cannot be reached through bastion %s: its private endpoint is off", [c.address, b.address]))
}

deny contains v if {
	some b in input.bastions
	table := lib.table_of(b.subnet, b.network)
	not internet_route(table.address)
	v := lib.finding(b, sprintf("bastion %s is unreachable from the admin ranges: route table %s of its subnet has no default route (0.0.0.0/0) to an internet gateway", [b.address, table.address]))
}

deny contains v if {
	some b in input.bastions
	b.public_ip != true
	v := lib.finding(b, sprintf("bastion %s is unreachable from the admin ranges: it has no public address", [b.address]))
}

internet_route(table) if {
	some r in input.routes
	r.table == table
	r.target_kind == "igw"
	r.destination == "0.0.0.0/0"
}

# The API's security groups admit HTTPS from the bastion (its group, or a range holding its subnet).
deny contains v if {
	some b in input.bastions
	some c in input.eks_clusters
	c.endpoint_private_access == true
	not unpeered(b, c)
	not admits_bastion(c, b)
	v := lib.finding(c, sprintf("EKS cluster %s is unreachable from bastion %s: no ingress rule of its API security groups (%s) admits HTTPS (443) from the bastion's security groups (%s) or its subnet", [c.address, b.address, names(api_groups(c)), names(bastion_groups(b))]))
}

# Across VPCs without a peering, the missing peering is the finding; its rule comes with it.
unpeered(b, c) if {
	c.network != b.network
	not lib.peering_between(b.network, c.network)
}

api_groups(c) := object.get(c, "api_groups", [])

bastion_groups(b) := object.get(b, "security_groups", [])

names(groups) := "none" if count(groups) == 0

names(groups) := concat(", ", sort(groups)) if count(groups) > 0

admits_bastion(c, b) if {
	some r in https_rules(c)
	some g in r.source_groups
	g in bastion_groups(b)
}

admits_bastion(c, b) if {
	some r in https_rules(c)
	bastion_subnet := lib.subnet_fact(b.subnet)
	some cidr in r.cidrs
	contains(cidr, ":") == false
	net.cidr_contains(cidr, bastion_subnet.cidr)
}

https_rules(c) := [r |
	some r in input.ingress_rules
	r.group in api_groups(c)
	r.protocol in {"tcp", "-1"}
	r.from_port <= 443
	r.to_port >= 443
]
