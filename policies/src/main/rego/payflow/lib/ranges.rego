package payflow.lib

# IPv4 ranges as strings of their prefix bits, so that a rule finds overlapping ranges through an
# index instead of comparing every pair (300 VPCs are 45,000 pairs, 3,000 VPCs four and a half
# million). Two CIDR blocks overlap exactly when one contains the other: when the prefix bits of
# one begin with those of the other. Strings, not integers: arithmetic on a number read from text
# runs as decimal floating point in OPA's Wasm, some 50 µs a range. A range this does not read
# (IPv6, a malformed or unusual spelling) has no prefix bits, and the rule compares it with every
# other range through net.cidr_intersects, as before.

# "10.1.0.0/16" -> "0000101000000001"; host bits are dropped, as net.cidr_intersects drops them.
# Called with ipv4_tables: a rule's body computes them once, a function's body at every call.
ipv4_prefix_bits(cidr, tables) := substring(bits, 0, len) if {
	is_string(cidr)
	parts := split(cidr, "/")
	count(parts) == 2
	len := tables.lengths[parts[1]]
	octets := split(parts[0], ".")
	count(octets) == 4
	bits := concat("", [tables.octets[octets[0]], tables.octets[octets[1]], tables.octets[octets[2]], tables.octets[octets[3]]])
}

ipv4_tables := {"octets": octet_bits, "lengths": prefix_lengths}

# "0" to "255" (plain decimal only: not "07" or "+7") to their eight bits.
octet_bits := {format_int(n, 10): concat("", [substring("0000000", 0, 8 - count(b)), b]) |
	some n in numbers.range(0, 255)
	b := format_int(n, 2)
}

# "0" to "32" to the prefix length.
prefix_lengths := {format_int(n, 10): n | some n in numbers.range(0, 32)}
