# METADATA
# title: EKS VPCs have the private endpoints they need
# description: >-
#   Without S3/DynamoDB gateway endpoints and ECR, Secrets Manager and Logs interface endpoints,
#   image pulls, secret reads and logs go through NAT: slower, billed per GB, and outside the VPC.
#   An interface endpoint serves the nodes only with private DNS on (the provider's default is
#   off): without it they resolve the service's public name.
# custom:
#   id: PF-NET-006
#   severity: medium
#   remediation: Add the missing VPC endpoints to the VPC that hosts the cluster, and set private_dns_enabled = true on its interface endpoints.
#   references:
#     - https://docs.aws.amazon.com/eks/latest/userguide/private-clusters.html
package payflow.rules.pf_net_006

import data.payflow.lib

deny contains v if {
	some c in input.eks_clusters
	is_string(c.network)
	n := lib.network(c.network)
	missing := required - object.get(present, n.address, set())
	count(missing) > 0
	v := lib.finding(n, sprintf("VPC %s hosts EKS cluster %s but lacks endpoints: %s", [n.address, c.address, concat(", ", sort(missing))]))
}

deny contains v if {
	some c in input.eks_clusters
	lib.unknown(c, "network")
	v := lib.finding(c, sprintf("EKS cluster %s: its VPC could not be linked from its subnets, so its endpoints cannot be checked", [c.address]))
}

# concat, not sprintf: sprintf is the one builtin the Wasm leaves to its host, a round trip through
# JSON per call (720 calls at 28,000 resources).
required := {concat(":", ["gateway", s]) | some s in lib.config.required_gateway_endpoints} | {concat(":", ["interface", s]) | some s in lib.config.required_interface_endpoints}

# The endpoints of each VPC, grouped once: looked up per cluster, not scanned (every endpoint for
# every cluster was a third of part two's time in OPA at 28,000 resources).
present[network] contains concat(":", [e.type, e.service]) if {
	some e in input.endpoints
	network := e.network
}

deny contains v if {
	some c in input.eks_clusters
	is_string(c.network)
	n := lib.network(c.network)
	off := without_dns(n.address, "off")
	count(off) > 0
	v := lib.finding(n, sprintf("VPC %s hosts EKS cluster %s, but its interface endpoints for %s do not enable private DNS (private_dns_enabled), so the cluster's nodes resolve those services' public names: through a NAT gateway, or not at all", [n.address, c.address, concat(", ", sort(off))]))
}

deny contains v if {
	some c in input.eks_clusters
	is_string(c.network)
	n := lib.network(c.network)
	unknown := without_dns(n.address, "unknown")
	count(unknown) > 0
	v := lib.finding(n, sprintf("VPC %s hosts EKS cluster %s: whether its interface endpoints for %s enable private DNS is known only after apply, so whether they serve the cluster's nodes cannot be checked", [n.address, c.address, concat(", ", sort(unknown))]))
}

# The required interface services of a VPC whose endpoints all lack private DNS ("off"), or whose
# private DNS only apply knows ("unknown"), while none of them has it on.
without_dns(network, state) := {s |
	some s in lib.config.required_interface_endpoints
	not dns_on[network][s]
	some e in input.endpoints
	e.network == network
	e.type == "interface"
	e.service == s
	dns_state(e) == state
}

dns_on[network][s] if {
	some e in input.endpoints
	e.type == "interface"
	e.private_dns == true
	network := e.network
	s := e.service
}

dns_state(e) := "unknown" if lib.unknown(e, "private_dns")

# Absent is off, as the provider's default is (a facts document of another tool that omits it).
dns_state(e) := "off" if {
	not lib.unknown(e, "private_dns")
	object.get(e, "private_dns", false) != true
}
