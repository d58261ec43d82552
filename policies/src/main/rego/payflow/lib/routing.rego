package payflow.lib

# Routing as the reachability rules see it: a subnet uses the route table associated with it,
# else its VPC's main table, else (none declared) AWS's main table, which routes only inside the
# VPC. A route counts only with a destination and target known before apply.

main_only(network) := {"address": sprintf("%s main (local routes only)", [network]), "network": network, "main": true, "subnets": []}

table_of(subnet_address, network) := t if {
	some t in input.route_tables
	subnet_address in t.subnets
} else := t if {
	some t in input.route_tables
	t.network == network
	t.main == true
} else := main_only(network)

peering_between(a, b) := p if {
	some p in input.peerings
	{p.requester, p.accepter} == {a, b}
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
