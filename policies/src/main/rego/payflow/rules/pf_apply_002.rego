# METADATA
# title: Version changes are ones AWS makes
# description: >-
#   A plan's update of a version passes plan and fails apply when AWS does not make that change:
#   EKS upgrades a cluster one Kubernetes minor version at a time and never downgrades; RDS never
#   downgrades an engine, and upgrades its major version only when allow_major_version_upgrade is
#   set. A major upgrade whose permission only apply knows is reported as not checked. Judged on
#   plans (the version before the update is in the plan), for the PostgreSQL, MySQL and MariaDB
#   engines and their Aurora kin.
# custom:
#   id: PF-APPLY-002
#   severity: high
#   remediation: >-
#     Upgrade EKS one minor version per apply; set allow_major_version_upgrade = true for an RDS
#     major upgrade (and apply_immediately, or wait for the maintenance window); to go back a
#     version, restore from a snapshot into a new database instead of lowering engine_version.
#   references:
#     - https://docs.aws.amazon.com/eks/latest/userguide/update-cluster.html
#     - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_UpgradeDBInstance.Upgrading.html
package payflow.rules.pf_apply_002

import data.payflow.lib

# The first n numbers of each, compared: "16" and "16.4" are not apart.
before_in_common(a, b) if {
	n := min([count(a), count(b)])
	array.slice(a, 0, n) < array.slice(b, 0, n)
}

engine_names := {
	"postgres": "PostgreSQL",
	"aurora-postgresql": "Aurora PostgreSQL",
	"mysql": "MySQL",
	"aurora-mysql": "Aurora MySQL",
	"mariadb": "MariaDB",
}

# A major version: PostgreSQL's first number (9.6 before 10), MySQL's and MariaDB's first two.
major(engine, v) := array.slice(v, 0, 1) if {
	engine in {"postgres", "aurora-postgresql"}
	v[0] >= 10
}

major(engine, v) := array.slice(v, 0, 2) if {
	engine in {"postgres", "aurora-postgresql"}
	v[0] < 10
}

major(engine, v) := array.slice(v, 0, 2) if engine in {"mysql", "aurora-mysql", "mariadb"}

deny contains v if {
	some c in input.eks_clusters
	is_string(c.version_before)
	is_string(c.version)
	from := lib.version_numbers(c.version_before)
	to := lib.version_numbers(c.version)
	count(from) == 2
	count(to) == 2
	from[0] == to[0]
	to[1] - from[1] > 1
	v := lib.finding(c, sprintf("EKS cluster %s would move from Kubernetes %s to %s: EKS upgrades one minor version at a time, so apply fails; upgrade to %d.%d first", [c.address, c.version_before, c.version, from[0], from[1] + 1]))
}

deny contains v if {
	some c in input.eks_clusters
	is_string(c.version_before)
	is_string(c.version)
	before_in_common(lib.version_numbers(c.version), lib.version_numbers(c.version_before))
	v := lib.finding(c, sprintf("EKS cluster %s would move from Kubernetes %s back to %s: EKS cannot downgrade a cluster, so apply fails", [c.address, c.version_before, c.version]))
}

deny contains v if {
	some d in input.databases
	name := engine_names[d.engine]
	is_string(d.engine_version_before)
	is_string(d.engine_version)
	before_in_common(lib.version_numbers(d.engine_version), lib.version_numbers(d.engine_version_before))
	v := lib.finding(d, sprintf("database %s would move from %s %s back to %s: RDS cannot downgrade an engine, so apply fails", [d.address, name, d.engine_version_before, d.engine_version]))
}

deny contains v if {
	some d in input.databases
	name := engine_names[d.engine]
	major_upgrade(d)
	d.allow_major_version_upgrade == false
	v := lib.finding(d, sprintf("database %s would upgrade %s %s to %s without allow_major_version_upgrade: RDS refuses the major upgrade, so apply fails", [d.address, name, d.engine_version_before, d.engine_version]))
}

deny contains v if {
	some d in input.databases
	name := engine_names[d.engine]
	major_upgrade(d)
	not permission_known(d)
	v := lib.finding(d, sprintf("database %s would upgrade %s %s to %s, and whether allow_major_version_upgrade is set is known only after apply: the upgrade cannot be checked", [d.address, name, d.engine_version_before, d.engine_version]))
}

permission_known(d) if is_boolean(d.allow_major_version_upgrade)

major_upgrade(d) if {
	is_string(d.engine_version_before)
	is_string(d.engine_version)
	from := major(d.engine, lib.version_numbers(d.engine_version_before))
	to := major(d.engine, lib.version_numbers(d.engine_version))
	count(to) == count(from)
	from < to
}
