# METADATA
# title: Every subnet lies inside its VPC
# description: >-
#   A subnet outside its VPC's ranges (its primary CIDR and the secondary ones associated with it)
#   is refused by AWS at apply time, after other resources changed.
# custom:
#   id: PF-NET-002
#   severity: critical
#   remediation: Carve the subnet from the VPC's CIDR (payflow can split a VPC range into subnets).
#   references:
#     - https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html
package payflow.rules.pf_net_002

import data.payflow.lib

deny contains v if {
	some n in input.networks
	is_string(n.cidr)
	some s in n.subnets
	not inside_a_range(n, s)
	v := lib.finding(
		object.union(s, {"environment": n.environment}),
		sprintf("subnet %s (%s) is outside VPC %s (%s)%s", [s.address, s.cidr, n.address, concat(", ", known_ranges(n)), unless(n)]),
	)
}

known_ranges(n) := array.concat([n.cidr], [r.cidr | some r in secondary(n); is_string(r.cidr)])

secondary(n) := object.get(n, "secondary_cidrs", [])

# A subnet lies in one range of its VPC, never across two.
inside_a_range(n, s) if {
	some range in known_ranges(n)
	net.cidr_contains(range, s.cidr)
}

# The subnet may lie in a range only apply knows: said, and still a finding.
unless(n) := sprintf(", unless it lies in the range %s adds, which is known only after apply", unknown) if {
	unknown := [r.address | some r in secondary(n); lib.unknown(r, "cidr")]
	count(unknown) == 1
} else := sprintf(", unless it lies in one of the ranges %s add, which are known only after apply", [concat(", ", unknown)]) if {
	unknown := [r.address | some r in secondary(n); lib.unknown(r, "cidr")]
	count(unknown) > 1
} else := ""
