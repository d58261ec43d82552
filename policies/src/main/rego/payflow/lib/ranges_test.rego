package payflow.lib_test

import data.payflow.lib

# The written-out table is each octet's eight bits, plain decimal keys only.
test_octet_bits_is_every_octets_eight_bits if {
	computed := {format_int(n, 10): concat("", [substring("0000000", 0, 8 - count(b)), b]) |
		some n in numbers.range(0, 255)
		b := format_int(n, 2)
	}
	lib.octet_bits == computed
}

test_prefix_bits_of_a_range if {
	lib.ipv4_prefix_bits("10.1.0.0/16", lib.ipv4_tables) == "0000101000000001"
	lib.ipv4_prefix_bits("192.168.255.7/32", lib.ipv4_tables) == "11000000101010001111111100000111"
	not lib.ipv4_prefix_bits("10.01.0.0/16", lib.ipv4_tables)
}
