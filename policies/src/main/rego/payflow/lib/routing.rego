package payflow.lib

# Routing as the reachability rules see it: a subnet uses the route table associated with it,
# else its VPC's main table, else (none declared) AWS's main table, which routes only inside the
# VPC. A route counts only with a destination and target known before apply; one that only apply
# knows may be the route a path needs (may_route_through), and the path is then not checked.

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

# True when a route of table may carry cidr through peering p, but only apply knows: its target is
# p or a peering (or anything) not known, and its destination is not known or holds cidr. A path
# that rests on it is not checked, rather than judged either way.
may_route_through(table, p, cidr) if {
	some r in input.routes
	r.table == table
	may_target(r, p)
	may_hold(r, cidr)
}

may_target(r, p) if {
	r.target_kind == "peering"
	r.target == p
}

may_target(r, _) if {
	r.target_kind in {"peering", "unknown"}
	not is_string(r.target)
}

may_hold(r, _) if not is_string(r.destination)

may_hold(r, cidr) if {
	is_string(r.destination)
	net.cidr_contains(r.destination, cidr)
}

subnet_fact(address) := s if {
	some n in input.networks
	some s in n.subnets
	s.address == address
}
