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

# Indexed once: which networks send traffic into which peering, and through which tables (a
# route table's network by its address, then one pass over the routes), so that an estate with
# thousands of peerings and routes stays linear.
table_network := {t.address: t.network | some t in input.route_tables}

peering_network_tables := {[r.target, table_network[r.table], r.table] |
	some r in input.routes
	r.target_kind == "peering"
	is_string(r.target)
	table_network[r.table]
}

peering_networks := {[e[0], e[1]] | some e in peering_network_tables}

tables_using(p, network) := {e[2] |
	some e in peering_network_tables
	e[0] == p.address
	e[1] == network
}

deny contains v if {
	some p in input.peerings
	some side in [[p.requester, p.accepter], [p.accepter, p.requester]]
	[p.address, side[0]] in peering_networks
	not [p.address, side[1]] in peering_networks
	v := lib.finding(p, sprintf("peering %s is one-sided: route tables of %s send traffic into it (%s) but no route table of %s routes back through it", [p.address, side[0], concat(", ", sort(tables_using(p, side[0]))), side[1]]))
}

deny contains v if {
	some p in input.peerings
	not [p.address, p.requester] in peering_networks
	not [p.address, p.accepter] in peering_networks
	count(input.route_tables) > 0
	v := lib.finding(p, sprintf("peering %s carries no traffic: no route table of %s or %s routes through it", [p.address, p.requester, p.accepter]))
}
