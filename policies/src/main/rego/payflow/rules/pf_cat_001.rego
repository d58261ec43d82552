# METADATA
# title: The support and pricing catalogs are current
# description: >-
#   Versions and prices are judged against catalogs that ship with payflow and carry their own date.
#   A catalog more than 180 days old may call a version supported that AWS no longer supports, so
#   a run that uses one says so.
# custom:
#   id: PF-CAT-001
#   severity: medium
#   remediation: Update payflow to a release with a current support catalog (or update support-catalog.json and its sources).
#   references:
#     - https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html
package payflow.rules.pf_cat_001

import data.payflow.lib

deny contains v if {
	catalog := input.source.support_catalog
	is_string(lib.config.today)
	lib.config.today > catalog.stale_after
	message := sprintf("the support catalog %s (effective %s) is more than 180 days old on %s", [catalog.version, catalog.effective_date, lib.config.today])
	v := {"address": "support-catalog", "environment": "all", "message": message, "msg": message, "path": ""}
}
