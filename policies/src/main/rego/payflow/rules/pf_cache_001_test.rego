package payflow.rules.pf_cache_001_test

import data.payflow.rules.pf_cache_001

fixture(name) := data.fixtures.pf_cache_001[name]

findings(name, today) := f if {
	f := {[object.get(v, "severity", "high"), v.message] | some v in pf_cache_001.deny} with input as fixture(name) with data.config as {"today": today}
}

test_deny_extended_support_an_unknown_and_an_unlisted_version if {
	findings("fail", "2026-11-27") == {
		["high", "cache aws_elasticache_replication_group.sessions runs Redis OSS 5.0.6, in ElastiCache Extended Support (billed per node-hour) since 2026-01-31 until 2029-01-31"],
		["high", "cache aws_elasticache_replication_group.queue: its engine version is known only after apply, so its support cannot be checked; pin it"],
		["high", "cache aws_elasticache_replication_group.legacy runs Redis OSS 3.2.10, which the support catalog does not list"],
		["high", "cache aws_elasticache_replication_group.either: its engine is known only after apply, so its version's support cannot be checked; set it"],
	}
}

test_deny_past_extended_support_as_critical if {
	findings("fail", "2029-02-01") == {
		["critical", "cache aws_elasticache_replication_group.sessions runs Redis OSS 5.0.6, past the end of ElastiCache Extended Support (2029-01-31): ElastiCache upgrades it to the latest Valkey itself"],
		["high", "cache aws_elasticache_replication_group.queue: its engine version is known only after apply, so its support cannot be checked; pin it"],
		["high", "cache aws_elasticache_replication_group.legacy runs Redis OSS 3.2.10, which the support catalog does not list"],
		["high", "cache aws_elasticache_replication_group.either: its engine is known only after apply, so its version's support cannot be checked; set it"],
	}
}

test_allow_supported_unset_and_memcached_versions if {
	count(findings("pass", "2026-11-27")) == 0
}

test_deny_redis_6_once_its_standard_support_ends if {
	findings("pass", "2027-02-01") == {["high", "cache aws_elasticache_replication_group.six runs Redis OSS 6.x, in ElastiCache Extended Support (billed per node-hour) since 2027-01-31 until 2030-01-31"]}
}
