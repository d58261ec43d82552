# METADATA
# title: Production spans at least two availability zones
# description: >-
#   A production database, cache or node group in one zone goes down with that zone. One whose
#   environment cannot be told to be production or not (no environment attributed, or a name that
#   names no tier) is judged as one that may be, and said so.
# custom:
#   id: PF-HA-001
#   severity: high
#   remediation: Set multi_az = true (databases, caches with 2+ nodes), give an Aurora cluster a second instance in another zone, and spread node groups over 2+ zones.
#   references:
#     - https://docs.aws.amazon.com/whitepapers/latest/real-time-communication-on-aws/high-availability-and-scalability-on-aws.html
package payflow.rules.pf_ha_001

import data.payflow.lib

deny contains v if {
	some db in input.databases
	lib.tier(db.environment) == "production"
	db.multi_az != true
	not lib.unknown(db, "multi_az")
	v := lib.finding(db, sprintf("production database %s is single-AZ", [db.address]))
}

deny contains v if {
	some db in input.databases
	lib.tier(db.environment) == "production"
	lib.unknown(db, "multi_az")
	v := lib.finding(db, sprintf("production database %s: whether it is Multi-AZ is known only after apply, so its zones cannot be checked; set multi_az", [db.address]))
}

deny contains v if {
	some cache in input.caches
	lib.tier(cache.environment) == "production"
	not multi_az_cache(cache)
	not lib.unknown(cache, "multi_az")
	v := lib.finding(cache, sprintf("production cache %s is not multi-AZ (%d node(s), multi_az %s)", [cache.address, cache.nodes, lib.yes_no(cache.multi_az)]))
}

deny contains v if {
	some cache in input.caches
	lib.tier(cache.environment) == "production"
	lib.unknown(cache, "multi_az")
	v := lib.finding(cache, sprintf("production cache %s: whether it is multi-AZ is known only after apply, so its zones cannot be checked", [cache.address]))
}

deny contains v if {
	some group in input.node_groups
	lib.tier(group.environment) == "production"
	not lib.unknown(group, "azs")
	count(group.azs) < lib.config.min_production_azs
	v := lib.finding(group, sprintf("production node group %s spans %d zone(s), fewer than %d", [group.address, count(group.azs), lib.config.min_production_azs]))
}

deny contains v if {
	some group in input.node_groups
	lib.tier(group.environment) == "production"
	lib.unknown(group, "azs")
	v := lib.finding(group, sprintf("production node group %s: its zones are unknown until apply (subnets cannot be traced)", [group.address]))
}

multi_az_cache(cache) if {
	cache.multi_az == true
	cache.nodes >= 2
}

# An environment whose tier cannot be told: none attributed (not in the environments), or a name
# that names no tier. Production's rules may apply to it; a resource that would fail them is said
# so, never passed as if the environment were not production.
untold(env) if not lib.environment(env)

untold(env) if lib.tier(env) == "unknown"

where(env) := sprintf("environment %s", [env]) if lib.environment(env)

else := "its environment (none could be attributed)"

untold_suffix(env) := sprintf(", and whether %s is production cannot be told, so production's zone rules cannot be checked; name the environment after its tier (production, staging, development)", [where(env)])

deny contains v if {
	some db in input.databases
	untold(db.environment)
	db.multi_az != true
	v := lib.finding(db, sprintf("database %s is not known to be Multi-AZ%s", [db.address, untold_suffix(db.environment)]))
}

deny contains v if {
	some cache in input.caches
	untold(cache.environment)
	not multi_az_cache(cache)
	v := lib.finding(cache, sprintf("cache %s is not known to be multi-AZ%s", [cache.address, untold_suffix(cache.environment)]))
}

deny contains v if {
	some group in input.node_groups
	untold(group.environment)
	not spread(group)
	v := lib.finding(group, sprintf("node group %s is not known to span %d zones%s", [group.address, lib.config.min_production_azs, untold_suffix(group.environment)]))
}

spread(group) if {
	not lib.unknown(group, "azs")
	count(group.azs) >= lib.config.min_production_azs
}
