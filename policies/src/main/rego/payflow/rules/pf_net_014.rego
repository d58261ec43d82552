# METADATA
# title: Database and cache subnet groups can be created
# description: >-
#   AWS creates a DB subnet group (RDS, DocumentDB, Neptune) only when its subnets lie in at least
#   two availability zones, even for a single-AZ database, and any subnet group (ElastiCache's too)
#   only when its subnets lie in one VPC. Otherwise apply fails after the network was built, and
#   the database or cache that needs the group is never created.
# custom:
#   id: PF-NET-014
#   severity: critical
#   remediation: >-
#     Give the subnet group subnets of one VPC in two availability zones (a single-AZ database still
#     needs a second zone's subnet in its group; it runs in one of them).
#   references:
#     - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Subnets
#     - https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/SubnetGroups.html
package payflow.rules.pf_net_014

import data.payflow.lib

deny contains v if {
	some g in input.subnet_groups
	g.kind == "database"
	placed(g)
	zones := {lib.subnet_place[s].az | some s in g.subnets}
	count(zones) < 2
	v := lib.finding(g, sprintf("DB subnet group %s: its subnets lie in one availability zone (%s); AWS creates a DB subnet group only with subnets in at least two", [g.address, concat(", ", sort(zones))]))
}

deny contains v if {
	some g in input.subnet_groups
	placed(g)
	networks := {lib.subnet_place[s].network | some s in g.subnets}
	count(networks) > 1
	v := lib.finding(g, sprintf("subnet group %s: its subnets lie in %d VPCs (%s); AWS creates a subnet group only with the subnets of one VPC", [g.address, count(networks), concat(", ", sort(networks))]))
}

deny contains v if {
	some g in input.subnet_groups
	lib.unknown(g, "subnets")
	v := lib.finding(g, sprintf("subnet group %s: not every subnet it lists could be linked to a subnet of the input, so whether AWS can create it cannot be checked", [g.address]))
}

deny contains v if {
	some g in input.subnet_groups
	not lib.unknown(g, "subnets")
	some s in g.subnets
	not known_place(g, s)
	v := lib.finding(g, sprintf("subnet group %s: where its subnet %s lies is not known, so whether AWS can create the group cannot be checked", [g.address, s]))
}

deny contains v if {
	some g in input.subnet_groups
	not lib.unknown(g, "subnets")
	count(g.subnets) == 0
	v := lib.finding(g, sprintf("subnet group %s lists no subnets; AWS creates a subnet group only with at least one", [g.address]))
}

# Every subnet of the group linked, each with its network and zone known.
placed(g) if {
	not lib.unknown(g, "subnets")
	count(g.subnets) > 0
	every s in g.subnets {
		known_place(g, s)
	}
}

# A place for the subnet, with a zone where the group's kind needs one.
known_place(g, s) if {
	lib.subnet_place[s]
	g.kind != "database"
}

known_place(g, s) if {
	g.kind == "database"
	is_string(lib.subnet_place[s].az)
}
