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
	some i, j
	a := input.networks[i]
	b := input.networks[j]
	i < j
	is_string(a.cidr)
	is_string(b.cidr)
	net.cidr_intersects(a.cidr, b.cidr)
	v := lib.finding_with_severity(a, message(a, b), severity(a, b))
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
