package payflow.rules.pf_rds_001_test

import data.payflow.rules.pf_rds_001

fixture(name) := data.fixtures.pf_rds_001[name]

findings(name) := f if {
	f := {[object.get(v, "severity", "high"), v.message] | some v in pf_rds_001.deny} with input as fixture(name) with data.config as {"today": "2026-11-27"}
}

test_deny_a_version_in_extended_support if {
	findings("fail_extended") == {["high", "database production.databases.payflow runs PostgreSQL 13.15, in RDS Extended Support (billed per vCPU-hour) since 2026-02-28 until 2029-02-28"]}
}

test_deny_a_version_past_extended_support_as_critical if {
	findings("fail_past_extended") == {["critical", "database production.databases.payflow runs PostgreSQL 10.21, past the end of RDS Extended Support (2023-04-30): RDS upgrades its major version itself"]}
}

test_deny_a_version_known_only_after_apply if {
	findings("fail_unknown_version") == {["high", "database production.databases.payflow: its PostgreSQL version is known only after apply, so its support cannot be checked; pin it"]}
}

test_deny_a_version_the_catalog_does_not_list if {
	findings("fail_unlisted") == {["high", "database production.databases.payflow runs PostgreSQL 8.4, which the support catalog does not list"]}
}

test_deny_mysql_in_extended_support if {
	findings("fail_mysql_extended") == {["high", "database production.databases.payflow runs MySQL 5.7.44, in RDS Extended Support (billed per vCPU-hour) since 2024-02-29 until 2027-02-28"]}
}

test_deny_mariadb_past_standard_support_as_critical_and_an_unknown_version if {
	findings("fail_mariadb_past_standard") == {
		["critical", "database production.databases.payflow runs MariaDB 10.6.14, past the end of its standard support (2026-08-31), and RDS offers it no Extended Support: RDS upgrades its major version itself"],
		["high", "database production.databases.ledger: its MariaDB version is known only after apply, so its support cannot be checked; pin it"],
	}
}

test_deny_a_mysql_version_the_catalog_does_not_list if {
	findings("fail_mysql_unlisted") == {["high", "database production.databases.payflow runs MySQL 5.5.62, which the support catalog does not list"]}
}

test_allow_mysql_and_mariadb_in_standard_support if {
	count(findings("pass_mysql_mariadb")) == 0
}

test_allow_a_supported_version if {
	count(findings("pass")) == 0
}

test_allow_an_unset_version_and_engines_the_catalog_does_not_date if {
	count(findings("pass_default_version")) == 0
	count(findings("pass_other_engine")) == 0
}

test_deny_aurora_in_extended_support_past_standard_without_it_and_unlisted if {
	findings("fail_aurora") == {
		["high", "database production.databases.ledger runs Aurora MySQL 5.7.mysql_aurora.2.11.2, in RDS Extended Support (billed per vCPU-hour) since 2024-10-31 until 2028-02-29"],
		["critical", "database production.databases.legacy runs Aurora MySQL 5.6.10a, past the end of its standard support (2023-02-28), and RDS offers it no Extended Support: RDS upgrades its major version itself"],
		["high", "database production.databases.reports runs Aurora PostgreSQL 12.9, in RDS Extended Support (billed per vCPU-hour) since 2025-02-28 until 2028-02-29"],
		["high", "database production.databases.unlisted runs Aurora PostgreSQL 9.5.1, which the support catalog does not list"],
	}
}

test_allow_aurora_in_standard_support if {
	count(findings("pass_aurora")) == 0
}
