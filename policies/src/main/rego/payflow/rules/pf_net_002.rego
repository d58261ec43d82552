# METADATA
# title: Every subnet lies inside its VPC
# description: A subnet outside its VPC's range is refused by AWS at apply time, after other resources changed.
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
	not net.cidr_contains(n.cidr, s.cidr)
	v := lib.finding(
		object.union(s, {"environment": n.environment}),
		sprintf("subnet %s (%s) is outside VPC %s (%s)", [s.address, s.cidr, n.address, n.cidr]),
	)
}
