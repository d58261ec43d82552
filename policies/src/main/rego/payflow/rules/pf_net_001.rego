# METADATA
# title: VPC CIDRs do not overlap
# description: >-
#   Two VPCs whose ranges overlap cannot be routed to each other, and peering them fails.
#   Critical when the two are peered, high otherwise (they may be peered tomorrow). A VPC's
#   ranges are its primary CIDR and the secondary ones associated with it; a secondary range
#   that overlaps one of its own VPC is refused by AWS.
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
	a := ranges[i]
	b := ranges[j]
	a.network != b.network
	na := input.networks[a.network]
	nb := input.networks[b.network]
	v := lib.finding_with_severity(na, message(na, a, nb, b), severity(na, nb))
}

# Within one VPC: ranges[j] comes after ranges[i], so it is a secondary one.
deny contains v if {
	some [i, j] in overlapping
	own := ranges[i]
	added := ranges[j]
	own.network == added.network
	n := input.networks[added.network]
	v := lib.finding(n, sprintf(
		"VPC %s: its range %s (added by %s) overlaps its range %s, and AWS refuses to associate it",
		[n.address, added.cidr, added.by, own.cidr],
	))
}

# Every known range of every network, in one list: the primary CIDRs in the networks' order, then
# the secondary ones (by: the association that adds it).
ranges := array.concat(
	[{"network": i, "cidr": n.cidr} | some i, n in input.networks; is_string(n.cidr)],
	[{"network": i, "cidr": s.cidr, "by": s.address} |
		some i, n in input.networks
		some s in object.get(n, "secondary_cidrs", [])
		is_string(s.cidr)
	],
)

# Pairs [i, j], i < j, of ranges that overlap. A few ranges are compared pair by pair: building
# the index costs more than some thousand comparisons, and the pre-commit path runs its Wasm as
# cold code. Many are looked up in the index, so the rule stays near linear.
overlapping := pairs_compared if count(ranges) < index_from

overlapping := pairs_indexed if count(ranges) >= index_from

index_from := 64

pairs_compared contains [i, j] if {
	some i, a in ranges
	some j, b in ranges
	i < j
	net.cidr_intersects(a.cidr, b.cidr)
}

prefixes[i] := lib.ipv4_prefix_bits(r.cidr, lib.ipv4_tables) if some i, r in ranges

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

pairs_indexed contains sort([i, j]) if {
	some i, a in ranges
	not prefixes[i]
	some j, b in ranges
	i != j
	net.cidr_intersects(a.cidr, b.cidr)
}

deny contains v if {
	some n in input.networks
	lib.unknown(n, "cidr")
	v := lib.finding(n, sprintf("VPC %s: CIDR is unknown until apply; overlap cannot be checked", [n.address]))
}

deny contains v if {
	some n in input.networks
	some s in object.get(n, "secondary_cidrs", [])
	lib.unknown(s, "cidr")
	v := lib.finding(n, sprintf("VPC %s: the range %s adds is unknown until apply; overlap cannot be checked", [n.address, s.address]))
}

severity(a, b) := "critical" if lib.peered(a.address, b.address)

severity(a, b) := "high" if not lib.peered(a.address, b.address)

message(na, a, nb, b) := sprintf("VPC %s (%s) overlaps VPC %s (%s)%s", [na.address, described(a), nb.address, described(b), suffix(na, nb)])

described(r) := sprintf("%s, added by %s", [r.cidr, r.by]) if r.by

described(r) := r.cidr if not r.by

suffix(a, b) := "; they are peered" if lib.peered(a.address, b.address)

suffix(a, b) := "" if not lib.peered(a.address, b.address)
