# METADATA
# title: Node groups are in their cluster's VPC
# description: >-
#   AWS creates a managed node group only in subnets of its cluster's VPC: one whose subnets lie in
#   another VPC fails at apply, after the cluster was created. A node group whose cluster cannot be
#   linked (a name no cluster of the input has, one only apply knows) is reported as not checked.
# custom:
#   id: PF-EKS-007
#   severity: critical
#   remediation: >-
#     Give the node group subnets of its cluster's VPC (the synthesizer uses the environment's
#     private subnets), and name its cluster by reference (aws_eks_cluster.<name>.name).
#   references:
#     - https://docs.aws.amazon.com/eks/latest/userguide/create-managed-node-group.html
package payflow.rules.pf_eks_007

import data.payflow.lib

deny contains v if {
	some g in input.node_groups
	some c in input.eks_clusters
	c.address == object.get(g, "cluster", null)
	is_string(c.network)
	others := {n | some n in object.get(g, "networks", []); n != c.network}
	count(others) > 0
	v := lib.finding(g, sprintf("node group %s: its subnets lie in %s, not in its cluster %s's VPC %s; AWS creates a node group only in its cluster's VPC", [g.address, concat(", ", sort(others)), c.address, c.network]))
}

deny contains v if {
	some g in input.node_groups
	lib.unknown(g, "cluster")
	v := lib.finding(g, sprintf("node group %s: its cluster could not be linked to one of the input, so whether it lies in the cluster's VPC cannot be checked", [g.address]))
}
