# METADATA
# title: Cache Multi-AZ is a setting AWS accepts
# description: >-
#   AWS refuses an ElastiCache replication group with Multi-AZ on and automatic failover off, and
#   Multi-AZ (a Memcached cluster's cross-az too) with fewer than two nodes, in any environment:
#   the plan passes, the apply fails. Automatic failover is off unless set.
# custom:
#   id: PF-HA-002
#   severity: high
#   remediation: Set automatic_failover_enabled = true beside multi_az_enabled = true (with two nodes or more), or turn Multi-AZ off.
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
