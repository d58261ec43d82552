# METADATA
# title: VPC ranges and subnets have a size AWS accepts
# description: >-
#   AWS accepts an IPv4 netmask from /16 to /28 for every range of a VPC (its primary CIDR and the
#   secondary ones) and for every subnet; any other is refused at apply time, after other
#   resources changed.
# custom:
#   id: PF-NET-011
#   severity: critical
#   remediation: Size every VPC range and every subnet between /16 (65,536 addresses) and /28 (16).
#   references:
#     - https://docs.aws.amazon.com/vpc/latest/userguide/vpc-cidr-blocks.html
package payflow.rules.pf_net_011

import data.payflow.lib

deny contains v if {
	some n in input.networks
	refused(n.cidr)
	v := lib.finding(n, sprintf("VPC %s uses %s, which AWS refuses: a VPC's range is /16 to /28", [n.address, n.cidr]))
}

deny contains v if {
	some n in input.networks
	some r in object.get(n, "secondary_cidrs", [])
	refused(r.cidr)
	v := lib.finding(n, sprintf("VPC %s: its range %s (added by %s) is one AWS refuses: a VPC's range is /16 to /28", [n.address, r.cidr, r.address]))
}

deny contains v if {
	some n in input.networks
	some s in n.subnets
	refused(s.cidr)
	v := lib.finding(
		object.union(s, {"environment": n.environment}),
		sprintf("subnet %s (%s) of VPC %s is one AWS refuses: a subnet is /16 to /28", [s.address, s.cidr, n.address]),
	)
}

# IPv4 ranges only (an IPv6 one has sizes of its own); an unknown range is reported by the overlap
# rule, not here.
refused(cidr) if {
	is_string(cidr)
	contains(cidr, ".")
	bits := to_number(split(cidr, "/")[1])
	not accepted(bits)
}

accepted(bits) if {
	bits >= 16
	bits <= 28
}
