# METADATA
# title: RDS for PostgreSQL runs an engine version AWS supports
# description: >-
#   Past the end of standard support, RDS enrols the instance in RDS Extended Support, billed per
#   vCPU-hour on top of the instance (high); past the end of that, RDS upgrades the major version
#   itself, which an application may not survive (critical). A version only apply knows cannot be
#   judged and is reported; a PostgreSQL version the support catalog does not list is reported.
#   Judged for the postgres engine, against the support catalog's dates, on the day of the run.
# custom:
#   id: PF-RDS-001
#   severity: high
#   remediation: >-
#     Set engine_version to a PostgreSQL major version in standard support (16 or 17 today) and
#     upgrade before its standard support ends.
#   references:
#     - https://docs.aws.amazon.com/AmazonRDS/latest/PostgreSQLReleaseNotes/postgresql-release-calendar.html
#     - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/extended-support.html
package payflow.rules.pf_rds_001

import data.payflow.lib

deny contains v if {
	some d in input.databases
	is_object(d.support)
	is_string(lib.config.today)
	lib.config.today > d.support.extended_support_end
	v := lib.finding_with_severity(d, sprintf("database %s runs PostgreSQL %s, past the end of RDS Extended Support (%s): RDS upgrades its major version itself", [d.address, d.engine_version, d.support.extended_support_end]), "critical")
}

deny contains v if {
	some d in input.databases
	is_object(d.support)
	is_string(lib.config.today)
	lib.config.today > d.support.standard_support_end
	lib.config.today <= d.support.extended_support_end
	v := lib.finding(d, sprintf("database %s runs PostgreSQL %s, in RDS Extended Support (billed per vCPU-hour) since %s until %s", [d.address, d.engine_version, d.support.standard_support_end, d.support.extended_support_end]))
}

deny contains v if {
	some d in input.databases
	d.engine == "postgres"
	lib.unknown(d, "engine_version")
	v := lib.finding(d, sprintf("database %s: its PostgreSQL version is known only after apply, so its support cannot be checked; pin it", [d.address]))
}

deny contains v if {
	some d in input.databases
	d.engine == "postgres"
	is_string(d.engine_version)
	not is_object(d.support)
	v := lib.finding(d, sprintf("database %s runs PostgreSQL %s, which the support catalog does not list", [d.address, d.engine_version]))
}
