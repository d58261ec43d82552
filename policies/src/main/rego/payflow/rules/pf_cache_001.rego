# METADATA
# title: ElastiCache runs a Redis OSS or Valkey version AWS supports
# description: >-
#   Past the end of standard support, ElastiCache enrols a Redis OSS cache in ElastiCache Extended
#   Support, billed per node-hour on top of the node from the next day (high); past the end of that,
#   ElastiCache upgrades the cache to the latest Valkey itself, which an application may not survive
#   (critical). Redis OSS 4 and 5 left standard support on 2026-01-31, Redis OSS 6 leaves it on
#   2027-01-31. A version or an engine only apply knows cannot be judged and is reported; a version
#   the support catalog does not list is reported. A cache that sets no version gets ElastiCache's newest.
#   Judged for the redis and valkey engines, against the support catalog's dates, on the day of the
#   run; Memcached has no Extended Support and no calendar in the catalog.
# custom:
#   id: PF-CACHE-001
#   severity: high
#   remediation: >-
#     Set engine_version to a major version in standard support (Valkey 8 or Redis OSS 7 today), or
#     leave it unset for ElastiCache's newest, and upgrade before its standard support ends.
#   references:
#     - https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/extended-support.html
#     - https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/extended-support-charges.html
#     - https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/engine-versions.html
package payflow.rules.pf_cache_001

import data.payflow.lib

# The engines the support catalog dates, by the names Terraform gives them.
engine_names := {"redis": "Redis OSS", "valkey": "Valkey"}

# (a helper: `not is_object(c.support)` is undefined, never true, when the fact has no support)
listed(c) if is_object(c.support)

deny contains v if {
	some c in input.caches
	is_string(c.support.extended_support_end)
	is_string(lib.config.today)
	lib.config.today > c.support.extended_support_end
	v := lib.finding_with_severity(c, sprintf("cache %s runs %s %s, past the end of ElastiCache Extended Support (%s): ElastiCache upgrades it to the latest Valkey itself", [c.address, engine_names[c.engine], c.engine_version, c.support.extended_support_end]), "critical")
}

deny contains v if {
	some c in input.caches
	is_string(c.support.standard_support_end)
	is_string(c.support.extended_support_end)
	is_string(lib.config.today)
	lib.config.today > c.support.standard_support_end
	lib.config.today <= c.support.extended_support_end
	v := lib.finding(c, sprintf("cache %s runs %s %s, in ElastiCache Extended Support (billed per node-hour) since %s until %s", [c.address, engine_names[c.engine], c.engine_version, c.support.standard_support_end, c.support.extended_support_end]))
}

deny contains v if {
	some c in input.caches
	lib.unknown(c, "engine_version")
	not c.engine == "memcached"
	v := lib.finding(c, sprintf("cache %s: its engine version is known only after apply, so its support cannot be checked; pin it", [c.address]))
}

deny contains v if {
	some c in input.caches
	engine_names[c.engine]
	is_string(c.engine_version)
	not listed(c)
	v := lib.finding(c, sprintf("cache %s runs %s %s, which the support catalog does not list", [c.address, engine_names[c.engine], c.engine_version]))
}

deny contains v if {
	some c in input.caches
	lib.unknown(c, "engine")
	v := lib.finding(c, sprintf("cache %s: its engine is known only after apply, so its version's support cannot be checked; set it", [c.address]))
}
