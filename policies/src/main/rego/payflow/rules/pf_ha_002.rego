# METADATA
# title: Multi-AZ settings are ones AWS accepts
# description: >-
#   AWS refuses an ElastiCache replication group with Multi-AZ on and automatic failover off,
#   Multi-AZ (a Memcached cluster's cross-az too) with fewer than two nodes, and a Multi-AZ RDS
#   instance pinned to a zone, in any environment: the plan passes, the apply fails. Automatic
#   failover is off unless set.
# custom:
#   id: PF-HA-002
#   severity: high
#   remediation: Set automatic_failover_enabled = true beside multi_az_enabled = true (with two nodes or more), leave availability_zone unset on a Multi-AZ RDS instance, or turn Multi-AZ off.
#   references:
#     - https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/AutoFailover.html
package payflow.rules.pf_ha_002

import data.payflow.lib

deny contains v if {
	some c in input.caches
	c.multi_az == true
	object.get(c, "automatic_failover", null) == false
	v := lib.finding(c, sprintf("cache %s enables Multi-AZ without automatic failover, which AWS refuses at apply", [c.address]))
}

deny contains v if {
	some c in input.caches
	c.multi_az == true
	lib.unknown(c, "automatic_failover")
	v := lib.finding(c, sprintf("cache %s enables Multi-AZ, and whether automatic failover is on is known only after apply, so whether AWS accepts it cannot be checked", [c.address]))
}

deny contains v if {
	some c in input.caches
	c.multi_az == true
	c.nodes < 2
	v := lib.finding(c, sprintf("cache %s spreads %d node over zones (Multi-AZ or cross-az), which AWS refuses at apply: it needs two nodes or more", [c.address, c.nodes]))
}

deny contains v if {
	some d in input.databases
	d.multi_az == true
	is_string(d.availability_zone)
	v := lib.finding(d, sprintf("database %s is Multi-AZ and pinned to availability_zone %s, which AWS refuses at apply: a Multi-AZ instance's zones are AWS's to choose", [d.address, d.availability_zone]))
}

# Whether Multi-AZ is on, when only apply knows it: what AWS would refuse once it is on cannot be
# judged, and is said so rather than passed.
deny contains v if {
	some c in input.caches
	lib.unknown(c, "multi_az")
	refused_with_multi_az(c)
	v := lib.finding(c, sprintf("cache %s: whether it enables Multi-AZ is known only after apply, and AWS refuses it then without automatic failover and two nodes or more, so whether AWS accepts it cannot be checked", [c.address]))
}

deny contains v if {
	some d in input.databases
	lib.unknown(d, "multi_az")
	is_string(d.availability_zone)
	v := lib.finding(d, sprintf("database %s is pinned to availability_zone %s, and whether it is Multi-AZ (which AWS refuses with a zone set) is known only after apply, so whether AWS accepts it cannot be checked", [d.address, d.availability_zone]))
}

refused_with_multi_az(c) if c.automatic_failover == false

refused_with_multi_az(c) if lib.unknown(c, "automatic_failover")

refused_with_multi_az(c) if c.nodes < 2
