# METADATA
# title: Every spoke is peered with the hub
# description: >-
#   A spoke reaches the hub's registry, secrets and bastion over its peering, and its stack
#   references the hub's security group across it: a spoke without one cannot be applied as the
#   architecture describes. Judged when the input holds a hub.
# custom:
#   id: PF-NET-008
#   severity: high
#   remediation: Peer the spoke with the hub (peers in the topology).
#   references:
#     - https://docs.aws.amazon.com/vpc/latest/peering/what-is-vpc-peering.html
package payflow.rules.pf_net_008

import data.payflow.lib

deny contains v if {
	some hub in input.environments
	hub.role == "hub"
	some spoke in input.environments
	spoke.role == "spoke"
	some n in input.networks
	n.environment == spoke.name
	not peered_with_hub(n)
	v := lib.finding(object.union(n, {"environment": spoke.name}), sprintf("spoke %s (VPC %s) is not peered with the hub %s", [spoke.name, n.address, hub.name]))
}

peered_with_hub(n) if {
	some p in input.peerings
	n.address in {p.requester, p.accepter}
	other := {p.requester, p.accepter} - {n.address}
	some o in other
	lib.role(lib.network(o).environment) == "hub"
}
