# METADATA
# title: Spokes peer with the hub only
# description: >-
#   A peering between two spokes bypasses the hub's controls and, between production and
#   development, lets development reach production data.
# custom:
#   id: PF-NET-005
#   severity: high
#   remediation: Remove the spoke-to-spoke peering; route shared needs through the hub.
#   references:
#     - https://docs.aws.amazon.com/whitepapers/latest/building-scalable-secure-multi-vpc-network-infrastructure/hub-and-spoke-network-architecture.html
package payflow.rules.pf_net_005

import data.payflow.lib

deny contains v if {
	some p in input.peerings
	a := lib.network(p.requester)
	b := lib.network(p.accepter)
	lib.role(a.environment) != "hub"
	lib.role(b.environment) != "hub"
	v := lib.finding(p, sprintf(
		"peering %s connects spoke %s (%s) to spoke %s (%s); spokes may peer with the hub only",
		[p.address, a.environment, lib.tier(a.environment), b.environment, lib.tier(b.environment)],
	))
}
