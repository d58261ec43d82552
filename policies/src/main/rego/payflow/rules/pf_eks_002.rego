# METADATA
# title: EKS API endpoint private access is enabled
# description: Without private access, nodes and the bastion reach the API over the internet, or not at all.
# custom:
#   id: PF-EKS-002
#   severity: high
#   remediation: Set endpoint_private_access = true.
#   references:
#     - https://docs.aws.amazon.com/eks/latest/userguide/cluster-endpoint.html
package payflow.rules.pf_eks_002

import data.payflow.lib

deny contains v if {
	some c in input.eks_clusters
	c.endpoint_private_access == false
	v := lib.finding(c, sprintf("EKS cluster %s has private endpoint access disabled", [c.address]))
}

deny contains v if {
	some c in input.eks_clusters
	lib.unknown(c, "endpoint_private_access")
	v := lib.finding(c, sprintf("EKS cluster %s: endpoint_private_access is unknown until apply", [c.address]))
}
