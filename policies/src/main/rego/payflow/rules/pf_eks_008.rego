# METADATA
# title: Node groups run a Kubernetes version their cluster supports
# description: >-
#   A managed node group's kubelet may not be newer than its cluster's control plane (EKS refuses
#   it at apply), and Kubernetes supports it up to three minor versions older; further behind, the
#   cluster's next upgrade is blocked and the nodes run outside the supported skew. A node group
#   that sets no version runs its cluster's. A version only apply knows is reported as not checked.
# custom:
#   id: PF-EKS-008
#   severity: high
#   remediation: Leave the node group's version unset (its cluster's), or set it within three minor versions below the cluster's, never above.
#   references:
#     - https://kubernetes.io/releases/version-skew-policy/
#     - https://docs.aws.amazon.com/eks/latest/userguide/update-managed-node-group.html
package payflow.rules.pf_eks_008

import data.payflow.lib

cluster_versions := {c.address: c.version | some c in input.eks_clusters; is_string(c.version)}

# Minor versions the group is behind its cluster (negative: ahead), both 1.x.
behind(g) := cluster[1] - group[1] if {
	cluster := lib.version_numbers(cluster_versions[g.cluster])
	group := lib.version_numbers(g.version)
	count(cluster) == 2
	count(group) == 2
	cluster[0] == group[0]
}

deny contains v if {
	some g in input.node_groups
	is_string(g.version)
	behind(g) < 0
	v := lib.finding(g, sprintf("node group %s runs Kubernetes %s, newer than its cluster %s (%s): EKS refuses a node group newer than its control plane", [g.address, g.version, g.cluster, cluster_versions[g.cluster]]))
}

deny contains v if {
	some g in input.node_groups
	is_string(g.version)
	behind(g) > 3
	v := lib.finding(g, sprintf("node group %s runs Kubernetes %s, %d minor versions behind its cluster %s (%s): outside Kubernetes' supported skew of three", [g.address, g.version, behind(g), g.cluster, cluster_versions[g.cluster]]))
}

deny contains v if {
	some g in input.node_groups
	lib.unknown(g, "version")
	v := lib.finding(g, sprintf("node group %s: its Kubernetes version is known only after apply, so its skew from its cluster cannot be checked", [g.address]))
}
