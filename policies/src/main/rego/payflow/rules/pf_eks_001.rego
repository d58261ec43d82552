# METADATA
# title: EKS API endpoint is not public
# description: >-
#   A public Kubernetes API endpoint exposes the cluster's control plane to the internet.
#   AWS makes it public when endpoint_public_access is omitted.
# custom:
#   id: PF-EKS-001
#   severity: critical
#   remediation: Set endpoint_public_access = false and reach the API through the bastion.
#   references:
#     - https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html
package payflow.rules.pf_eks_001

import data.payflow.lib

deny contains v if {
	some c in input.eks_clusters
	c.endpoint_public_access == true
	v := lib.finding(c, sprintf("EKS cluster %s has a public API endpoint (public access CIDRs: %s)", [c.address, cidrs(c)]))
}

deny contains v if {
	some c in input.eks_clusters
	lib.unknown(c, "endpoint_public_access")
	v := lib.finding(c, sprintf("EKS cluster %s: endpoint_public_access is unknown until apply, so it may be public", [c.address]))
}

cidrs(c) := concat(", ", c.public_access_cidrs) if count(c.public_access_cidrs) > 0

cidrs(c) := "0.0.0.0/0 (AWS default)" if count(c.public_access_cidrs) == 0
