# METADATA
# title: Peerings are accepted, one for each pair of VPCs
# description: >-
#   A peering carries traffic only once accepted: by its own auto_accept (both VPCs in one account
#   and region; the provider refuses auto_accept beside a peer_region) or by an
#   aws_vpc_peering_connection_accepter on the other side. Without either,
#   apply succeeds and the peering waits in pending-acceptance, then expires: the spoke never
#   reaches the hub. AWS also refuses a second peering between the same two VPCs.
# custom:
#   id: PF-NET-012
#   severity: high
#   remediation: >-
#     Set auto_accept = true where both VPCs are in one account and region, or accept the peering
#     with an aws_vpc_peering_connection_accepter (auto_accept = true) on the accepter's side; keep
#     one peering for each pair of VPCs.
#   references:
#     - https://docs.aws.amazon.com/vpc/latest/peering/accept-vpc-peering-connection.html
package payflow.rules.pf_net_012

import data.payflow.lib

deny contains v if {
	some p in input.peerings
	p.acceptance == "none"
	v := lib.finding(p, sprintf("peering %s is never accepted, so it carries no traffic (it waits in pending-acceptance, then expires)", [p.address]))
}

deny contains v if {
	some p in input.peerings
	p.acceptance == "auto_across_regions"
	v := lib.finding(p, sprintf("peering %s sets auto_accept beside a peer_region: the AWS provider refuses it (a peering to another region is accepted there, by an aws_vpc_peering_connection_accepter)", [p.address]))
}

deny contains v if {
	some p in input.peerings
	p.acceptance == "unknown"
	v := lib.finding(p, sprintf("peering %s: whether it is accepted is known only after apply", [p.address]))
}

deny contains v if {
	some pair, addresses in peerings_by_pair
	count(addresses) > 1
	some p in input.peerings
	p.address == min(addresses)
	v := lib.finding(p, sprintf("VPCs %s are peered %d times (%s); AWS allows one peering between two VPCs", [pair, count(addresses), concat(", ", sort(addresses))]))
}

# The peerings of each pair of VPCs, by the pair's two addresses in order.
peerings_by_pair[concat(" and ", sort([p.requester, p.accepter]))] contains p.address if some p in input.peerings
