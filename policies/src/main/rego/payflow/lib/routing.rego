package payflow.lib

# Routing as the reachability rules see it: a subnet uses the route table associated with it,
# else its VPC's main table, else (none declared) AWS's main table, which routes only inside the
# VPC. A route counts only with a destination and target known before apply.

main_only(network) := {"address": sprintf("%s main (local routes only)", [network]), "network": network, "main": true, "subnets": []}

# A subnet in two tables, or a VPC with two main tables, is refused by AWS and reported by
# PF-NET-013; here the first by address is taken, so that the other rules still evaluate (two
# answers were an evaluation error: nothing checked).
table_of(subnet_address, network) := t if {
	tables := [t | some t in input.route_tables; subnet_address in t.subnets]
	count(tables) > 0
	t := first_by_address(tables)
} else := t if {
	mains := [t | some t in input.route_tables; t.network == network; t.main == true]
	count(mains) > 0
	t := first_by_address(mains)
} else := main_only(network)

first_by_address(tables) := t if {
	first := min({t.address | some t in tables})
	some t in tables
	t.address == first
}

# Two peerings of one pair of VPCs are refused by AWS and reported by PF-NET-012; here the first by
# address is taken (two answers were an evaluation error).
peering_between(a, b) := p if {
	peerings := [p | some p in input.peerings; {p.requester, p.accepter} == {a, b}]
	count(peerings) > 0
	p := first_by_address(peerings)
}

# True when table routes cidr through peering p.
routes_through(table, p, cidr) if {
	some r in input.routes
	r.table == table
	r.target_kind == "peering"
	r.target == p
	is_string(r.destination)
	net.cidr_contains(r.destination, cidr)
}

subnet_fact(address) := s if {
	some n in input.networks
	some s in n.subnets
	s.address == address
}
