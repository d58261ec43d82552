# METADATA
# title: Databases and caches are placed in the estate's VPCs
# description: >-
#   A database or a cache that names no subnet group is placed by AWS in the account's default VPC
#   (and refused where the account has none): outside the estate's networks, peered with nothing,
#   so the clusters that use it cannot reach it. A read replica or a member of a replication group
#   is placed by its source's group.
# custom:
#   id: PF-NET-015
#   severity: high
#   remediation: >-
#     Set db_subnet_group_name (RDS) or subnet_group_name (ElastiCache) to a subnet group of the
#     environment's VPC, as the synthesizer does with the data subnets.
#   references:
#     - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html
#     - https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/SubnetGroups.html
package payflow.rules.pf_net_015

import data.payflow.lib

# An array, not a set of pairs: a set hashes and compares each whole resource to add it and again
# at every step of its iteration.
placed_resources := array.concat(
	[["database", r] | some r in input.databases],
	[["cache", r] | some r in input.caches],
)

deny contains v if {
	some [kind, r] in placed_resources
	not lib.unknown(r, "subnet_group")
	object.get(r, "subnet_group", null) == null
	v := lib.finding(r, sprintf("%s %s names no subnet group, so AWS places it in the account's default VPC, outside the estate's networks (or refuses it where the account has none)", [kind, r.address]))
}

deny contains v if {
	some [kind, r] in placed_resources
	lib.unknown(r, "subnet_group")
	v := lib.finding(r, sprintf("%s %s: the subnet group it names could not be linked to one of the input, so where AWS places it cannot be checked", [kind, r.address]))
}
