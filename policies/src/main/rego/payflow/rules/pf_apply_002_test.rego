package payflow.rules.pf_apply_002_test

import data.payflow.rules.pf_apply_002

fixture(name) := data.fixtures.pf_apply_002[name]

messages(name) := m if {
	m := {v.message | some v in pf_apply_002.deny} with input as fixture(name)
}

test_deny_an_eks_upgrade_that_skips_a_minor_version_and_a_downgrade if {
	messages("fail_eks") == {
		"EKS cluster production.eks.skips would move from Kubernetes 1.33 to 1.35: EKS upgrades one minor version at a time, so apply fails; upgrade to 1.34 first",
		"EKS cluster production.eks.back would move from Kubernetes 1.34 back to 1.33: EKS cannot downgrade a cluster, so apply fails",
	}
}

test_deny_database_downgrades_and_major_upgrades_not_allowed if {
	messages("fail_databases") == {
		"database production.databases.pg would upgrade PostgreSQL 16.4 to 17.2 without allow_major_version_upgrade: RDS refuses the major upgrade, so apply fails",
		"database production.databases.my would move from MySQL 8.0.35 back to 8.0.32: RDS cannot downgrade an engine, so apply fails",
		"database production.databases.maria would upgrade MariaDB 10.6.14 to 10.11.6, and whether allow_major_version_upgrade is set is known only after apply: the upgrade cannot be checked",
		"database production.databases.aur would upgrade Aurora MySQL 5.7.mysql_aurora.2.11.2 to 8.0.mysql_aurora.3.05.2 without allow_major_version_upgrade: RDS refuses the major upgrade, so apply fails",
	}
}

test_allow_one_minor_step_allowed_major_upgrades_minor_upgrades_and_engines_not_judged if {
	count(messages("pass")) == 0
}
