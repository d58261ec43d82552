# METADATA
# title: Subnets of one VPC do not overlap
# description: Overlapping subnets in one VPC are refused by AWS and make routing ambiguous.
# custom:
#   id: PF-NET-003
#   severity: critical
#   remediation: Give each subnet its own block of the VPC range.
#   references:
#     - https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html
package payflow.rules.pf_net_003

import data.payflow.lib

deny contains v if {
	some n in input.networks
	some i, j
	a := n.subnets[i]
	b := n.subnets[j]
	i < j
	net.cidr_intersects(a.cidr, b.cidr)
	v := lib.finding(
		object.union(a, {"environment": n.environment}),
		sprintf("subnet %s (%s) overlaps subnet %s (%s) in VPC %s", [a.address, a.cidr, b.address, b.cidr, n.address]),
	)
}
