# METADATA
# title: VPC CIDRs do not overlap
# description: >-
#   Two VPCs whose ranges overlap cannot be routed to each other, and peering them fails.
#   Critical when the two are peered, high otherwise (they may be peered tomorrow).
# custom:
#   id: PF-NET-001
#   severity: high
#   remediation: Give every VPC its own range, for example 10.<n>.0.0/16 per environment.
#   references:
#     - https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html#vpc-peering-limitations
package payflow.rules.pf_net_001

import data.payflow.lib

deny contains v if {
	some [i, j] in overlapping
	a := input.networks[i]
	b := input.networks[j]
	v := lib.finding_with_severity(a, message(a, b), severity(a, b))
}

# Pairs [i, j], i < j, of networks whose ranges overlap. A few networks are compared pair by
# pair: building the index costs more than some thousand comparisons, and the pre-commit path runs
# its Wasm as cold code. Many are looked up in the index, so the rule stays near linear.
overlapping := pairs_compared if count(input.networks) < index_from

overlapping := pairs_indexed if count(input.networks) >= index_from

index_from := 64

pairs_compared contains [i, j] if {
	some i, a in input.networks
	some j, b in input.networks
	i < j
	is_string(a.cidr)
	is_string(b.cidr)
	net.cidr_intersects(a.cidr, b.cidr)
}

# Through an index of IPv4 prefixes (lib.ipv4_prefix_bits): each network looks up the prefixes
# that contain it, one per prefix length in use.
prefixes[i] := lib.ipv4_prefix_bits(n.cidr, lib.ipv4_tables) if some i, n in input.networks

by_prefix[bits] contains i if some i, bits in prefixes

lengths contains count(bits) if some bits in prefixes

pairs_indexed contains sort([i, j]) if {
	# The index whole, once: OPA evaluates a rule again for every key it is asked for.
	index := by_prefix
	some j, bits in prefixes
	some len in lengths
	len <= count(bits)
	some i in index[substring(bits, 0, len)]
	i != j
}

# A range without IPv4 prefix bits (IPv6, an unusual spelling) is compared with every other one.
pairs_indexed contains sort([i, j]) if {
	some i, a in input.networks
	is_string(a.cidr)
	not prefixes[i]
	some j, b in input.networks
	i != j
	is_string(b.cidr)
	net.cidr_intersects(a.cidr, b.cidr)
}

deny contains v if {
	some n in input.networks
	lib.unknown(n, "cidr")
	v := lib.finding(n, sprintf("VPC %s: CIDR is unknown until apply; overlap cannot be checked", [n.address]))
}

severity(a, b) := "critical" if lib.peered(a.address, b.address)

severity(a, b) := "high" if not lib.peered(a.address, b.address)

message(a, b) := sprintf("VPC %s (%s) overlaps VPC %s (%s)%s", [a.address, a.cidr, b.address, b.cidr, suffix(a, b)])

suffix(a, b) := "; they are peered" if lib.peered(a.address, b.address)

suffix(a, b) := "" if not lib.peered(a.address, b.address)
