# METADATA
# title: Peerings carry routes in both directions
# description: >-
#   A peering only moves traffic the route tables of both VPCs send into it. Routes on one side
#   only make a one-way path: requests leave, replies are dropped, and nothing says so until someone
#   debugs a timeout. A peering no table uses is reported too. Routes whose table or target only
#   apply knows do not count.
# custom:
#   id: PF-NET-010
#   severity: high
#   remediation: >-
#     Add routes through the peering in the other VPC's route tables (destination this VPC's range),
#     or remove the unused peering.
#   references:
#     - https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-routing.html
package payflow.rules.pf_net_010

import data.payflow.lib

tables_using(p, network) := {r.table |
	some r in input.routes
	r.target_kind == "peering"
	r.target == p.address
	some t in input.route_tables
	t.address == r.table
	t.network == network
}

deny contains v if {
	some p in input.peerings
	some side in [[p.requester, p.accepter], [p.accepter, p.requester]]
	used := tables_using(p, side[0])
	count(used) > 0
	count(tables_using(p, side[1])) == 0
	v := lib.finding(p, sprintf("peering %s is one-sided: route tables of %s send traffic into it (%s) but no route table of %s routes back through it", [p.address, side[0], concat(", ", sort(used)), side[1]]))
}

deny contains v if {
	some p in input.peerings
	count(tables_using(p, p.requester)) == 0
	count(tables_using(p, p.accepter)) == 0
	count(input.route_tables) > 0
	v := lib.finding(p, sprintf("peering %s carries no traffic: no route table of %s or %s routes through it", [p.address, p.requester, p.accepter]))
}
