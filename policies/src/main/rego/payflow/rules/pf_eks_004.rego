# METADATA
# title: EKS runs a Kubernetes version AWS supports
# description: >-
#   A version past the end of extended support is refused for new clusters and auto-upgraded on
#   existing ones, so the apply fails or the cluster changes under the team (critical). A version in
#   extended support still works but the control plane costs 0.60 USD an hour instead of 0.10 (high).
#   A version the plan only knows after apply, or one the support catalog does not list, cannot be
#   judged and is reported. Dates come from the support catalog (payflow's, dated), judged on the
#   day of the run.
# custom:
#   id: PF-EKS-004
#   severity: high
#   remediation: >-
#     Set the cluster version to one in standard support (the support catalog's default, or newer),
#     and upgrade one minor version at a time before the standard support end.
#   references:
#     - https://docs.aws.amazon.com/eks/latest/userguide/kubernetes-versions.html
#     - https://endoflife.date/amazon-eks
package payflow.rules.pf_eks_004

import data.payflow.lib

deny contains v if {
	some c in input.eks_clusters
	is_string(c.version)
	is_object(c.support)
	is_string(lib.config.today)
	lib.config.today > c.support.extended_support_end
	v := lib.finding_with_severity(c, sprintf("EKS cluster %s runs Kubernetes %s, past the end of extended support (%s): AWS refuses new clusters at it and auto-upgrades existing ones", [c.address, c.version, c.support.extended_support_end]), "critical")
}

deny contains v if {
	some c in input.eks_clusters
	is_string(c.version)
	is_object(c.support)
	is_string(lib.config.today)
	lib.config.today > c.support.standard_support_end
	lib.config.today <= c.support.extended_support_end
	v := lib.finding(c, sprintf("EKS cluster %s runs Kubernetes %s, in extended support since %s (0.60 USD/h instead of 0.10) until %s", [c.address, c.version, c.support.standard_support_end, c.support.extended_support_end]))
}

deny contains v if {
	some c in input.eks_clusters
	lib.unknown(c, "version")
	v := lib.finding(c, sprintf("EKS cluster %s: its Kubernetes version is not set or known only after apply, so its support cannot be checked; pin it", [c.address]))
}

deny contains v if {
	some c in input.eks_clusters
	is_string(c.version)
	not is_object(c.support)
	v := lib.finding(c, sprintf("EKS cluster %s runs Kubernetes %s, which the support catalog (%s) does not list", [c.address, c.version, catalog_version]))
}

deny contains v if {
	count(input.eks_clusters) > 0
	not is_string(lib.config.today)
	v := {"address": "support", "environment": "all", "message": "no date to judge EKS versions against (data.config.today is not set)", "msg": "no date to judge EKS versions against (data.config.today is not set)", "path": ""}
}

catalog_version := input.source.support_catalog.version if input.source.support_catalog

catalog_version := "none" if not input.source.support_catalog
