package payflow.lib_test

import data.payflow.lib

tables := [
	{"address": "b", "network": "vpc", "main": true, "subnets": ["s"]},
	{"address": "a", "network": "vpc", "main": true, "subnets": ["s"]},
	{"address": "c", "network": "other", "main": false, "subnets": []},
]

# Two answers were an evaluation error that checked nothing; PF-NET-013 reports the inputs.
test_a_subnet_in_two_tables_takes_the_first_by_address if {
	lib.table_of("s", "vpc").address == "a" with input as {"route_tables": tables}
}

test_a_vpc_with_two_main_tables_takes_the_first_by_address if {
	lib.table_of("t", "vpc").address == "a" with input as {"route_tables": tables}
}

test_a_vpc_without_tables_has_local_routes_only if {
	lib.table_of("t", "none") == lib.main_only("none") with input as {"route_tables": tables}
}

test_two_peerings_of_one_pair_take_the_first_by_address if {
	peerings := [
		{"address": "p2", "requester": "x", "accepter": "y"},
		{"address": "p1", "requester": "y", "accepter": "x"},
	]
	lib.peering_between("x", "y").address == "p1" with input as {"peerings": peerings}
}
