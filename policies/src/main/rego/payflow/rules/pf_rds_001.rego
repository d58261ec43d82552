# METADATA
# title: RDS and Aurora run an engine version AWS supports
# description: >-
#   Past the end of standard support, RDS enrols a PostgreSQL or MySQL instance in RDS Extended
#   Support, billed per vCPU-hour on top of the instance (high); past the end of that, RDS upgrades
#   the major version itself, which an application may not survive (critical). RDS offers MariaDB no
#   Extended Support: past standard support it upgrades at once (critical). A version only apply
#   knows cannot be judged and is reported; a version the support catalog does not list is
#   reported. Judged for the postgres, mysql, mariadb, aurora-postgresql and aurora-mysql engines
#   (and aurora, Aurora MySQL version 1), against the support catalog's dates, on the day of the
#   run; the commercial engines have calendars of their own.
# custom:
#   id: PF-RDS-001
#   severity: high
#   remediation: >-
#     Set engine_version to a major version in standard support (PostgreSQL 16 or 17, MySQL 8.4,
#     MariaDB 10.11, 11.4 or 11.8, Aurora PostgreSQL 16 or 17, Aurora MySQL version 3 today) and
#     upgrade before its standard support ends.
#   references:
#     - https://docs.aws.amazon.com/AmazonRDS/latest/PostgreSQLReleaseNotes/postgresql-release-calendar.html
#     - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/MySQL.Concepts.VersionMgmt.html
#     - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/MariaDB.Concepts.VersionMgmt.html
#     - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/extended-support.html
#     - https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/extended-support.html
package payflow.rules.pf_rds_001

import data.payflow.lib

# The engines the support catalog dates, by the names Terraform gives them.
engine_names := {
	"postgres": "PostgreSQL",
	"mysql": "MySQL",
	"mariadb": "MariaDB",
	"aurora-postgresql": "Aurora PostgreSQL",
	"aurora-mysql": "Aurora MySQL",
	"aurora": "Aurora MySQL",
}

deny contains v if {
	some d in input.databases
	is_object(d.support)
	is_string(d.support.extended_support_end)
	is_string(lib.config.today)
	lib.config.today > d.support.extended_support_end
	v := lib.finding_with_severity(d, sprintf("database %s runs %s %s, past the end of RDS Extended Support (%s): RDS upgrades its major version itself", [d.address, engine_names[d.engine], d.engine_version, d.support.extended_support_end]), "critical")
}

deny contains v if {
	some d in input.databases
	is_object(d.support)
	not d.support.extended_support_end
	is_string(lib.config.today)
	lib.config.today > d.support.standard_support_end
	v := lib.finding_with_severity(d, sprintf("database %s runs %s %s, past the end of its standard support (%s), and RDS offers it no Extended Support: RDS upgrades its major version itself", [d.address, engine_names[d.engine], d.engine_version, d.support.standard_support_end]), "critical")
}

deny contains v if {
	some d in input.databases
	is_object(d.support)
	is_string(d.support.extended_support_end)
	is_string(lib.config.today)
	lib.config.today > d.support.standard_support_end
	lib.config.today <= d.support.extended_support_end
	v := lib.finding(d, sprintf("database %s runs %s %s, in RDS Extended Support (billed per vCPU-hour) since %s until %s", [d.address, engine_names[d.engine], d.engine_version, d.support.standard_support_end, d.support.extended_support_end]))
}

deny contains v if {
	some d in input.databases
	engine_names[d.engine]
	lib.unknown(d, "engine_version")
	v := lib.finding(d, sprintf("database %s: its %s version is known only after apply, so its support cannot be checked; pin it", [d.address, engine_names[d.engine]]))
}

deny contains v if {
	some d in input.databases
	engine_names[d.engine]
	is_string(d.engine_version)
	not is_object(d.support)
	v := lib.finding(d, sprintf("database %s runs %s %s, which the support catalog does not list", [d.address, engine_names[d.engine], d.engine_version]))
}
