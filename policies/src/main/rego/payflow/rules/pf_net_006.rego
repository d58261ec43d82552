# METADATA
# title: EKS VPCs have the private endpoints they need
# description: >-
#   Without S3/DynamoDB gateway endpoints and ECR, Secrets Manager and Logs interface endpoints,
#   image pulls, secret reads and logs go through NAT: slower, billed per GB, and outside the VPC.
# custom:
#   id: PF-NET-006
#   severity: medium
#   remediation: Add the missing VPC endpoints to the VPC that hosts the cluster.
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
