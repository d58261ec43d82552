# METADATA
# title: Peerings carry routes in both directions
# description: >-
#   A peering only moves traffic the route tables of both VPCs send into it. Routes on one side
#   only make a one-way path: requests leave, replies are dropped, and nothing says so until someone
#   debugs a timeout. A peering no table uses is reported too. A route whose target may be a
#   peering the input does not name (known only after apply, and not tied to one peering by the
#   configuration), or a table whose routes only apply knows, leaves the peerings of its VPC not
#   checked: reported as such, never as unused or one-sided.
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

# Networks with a route that may go through any of their peerings: its target is a peering not
# linked, or not known at all. (A gateway route whose gateway cannot be told apart counts too: the
# peering is then reported as not checked rather than as one-sided, still a finding.)
undecided_networks := {table_network[r.table] |
	some r in input.routes
	r.target_kind in {"peering", "unknown"}
	not is_string(r.target)
	table_network[r.table]
}

undecided(p) := p.requester if p.requester in undecided_networks

else := p.accepter if p.accepter in undecided_networks

deny contains v if {
	some p in input.peerings
	network := undecided(p)
	judged_wrong(p)
	v := lib.finding(p, sprintf("peering %s: route tables of %s route through a peering the input does not name (known only after apply), so whether it carries traffic both ways cannot be checked", [p.address, network]))
}

judged_wrong(p) if {
	some side in [[p.requester, p.accepter], [p.accepter, p.requester]]
	not [p.address, side[1]] in peering_networks
}

deny contains v if {
	some p in input.peerings
	not undecided(p)
	some side in [[p.requester, p.accepter], [p.accepter, p.requester]]
	[p.address, side[0]] in peering_networks
	not [p.address, side[1]] in peering_networks
	v := lib.finding(p, sprintf("peering %s is one-sided: route tables of %s send traffic into it (%s) but no route table of %s routes back through it", [p.address, side[0], concat(", ", sort(tables_using(p, side[0]))), side[1]]))
}

deny contains v if {
	some p in input.peerings
	not undecided(p)
	not [p.address, p.requester] in peering_networks
	not [p.address, p.accepter] in peering_networks
	count(input.route_tables) > 0
	v := lib.finding(p, sprintf("peering %s carries no traffic: no route table of %s or %s routes through it", [p.address, p.requester, p.accepter]))
}
