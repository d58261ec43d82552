# METADATA
# title: Peerings are accepted
# description: >-
#   A peering carries traffic only once accepted: by its own auto_accept (both VPCs in one account
#   and region) or by an aws_vpc_peering_connection_accepter on the other side. Without either,
#   apply succeeds and the peering waits in pending-acceptance, then expires: the spoke never
#   reaches the hub.
# custom:
#   id: PF-NET-012
#   severity: high
#   remediation: >-
#     Set auto_accept = true where both VPCs are in one account and region, or accept the peering
#     with an aws_vpc_peering_connection_accepter (auto_accept = true) on the accepter's side.
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
	p.acceptance == "unknown"
	v := lib.finding(p, sprintf("peering %s: whether it is accepted is known only after apply", [p.address]))
}
