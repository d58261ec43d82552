# METADATA
# title: Node groups use an AMI type EKS publishes for their Kubernetes version
# description: >-
#   Amazon EKS publishes no Amazon Linux 2 AMIs for Kubernetes 1.33 and later: it refuses to create
#   a managed node group of an AL2 AMI type (AL2_x86_64, AL2_x86_64_GPU, AL2_ARM_64) at those
#   versions, and to update one to them. A node group runs its own version when it sets one, else
#   its cluster's; one that sets no AMI type gets EKS's default for its version (AL2023 from 1.30
#   on). An AMI type only apply knows, on a group at 1.33 or later, is reported as not checked.
# custom:
#   id: PF-EKS-009
#   severity: high
#   remediation: Set ami_type to an AL2023 or Bottlerocket type (AL2023_x86_64_STANDARD, AL2023_ARM_64_STANDARD, BOTTLEROCKET_x86_64...), or leave it unset for EKS's default.
#   references:
#     - https://docs.aws.amazon.com/eks/latest/userguide/eks-ami-deprecation-faqs.html
#     - https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateNodegroup.html
package payflow.rules.pf_eks_009

import data.payflow.lib

# The last Kubernetes minor version (1.x) EKS publishes Amazon Linux 2 AMIs for.
last_al2_minor := 32

cluster_versions := {c.address: c.version | some c in input.eks_clusters; is_string(c.version)}

# The version the group runs: its own, else its cluster's.
version_of(g) := g.version if is_string(g.version)

version_of(g) := cluster_versions[g.cluster] if {
	not g.version
	not lib.unknown(g, "version")
}

past_al2(g) if {
	numbers := lib.version_numbers(version_of(g))
	count(numbers) == 2
	numbers[0] == 1
	numbers[1] > last_al2_minor
}

deny contains v if {
	some g in input.node_groups
	is_string(g.ami_type)
	startswith(g.ami_type, "AL2_")
	past_al2(g)
	v := lib.finding(g, sprintf("node group %s uses AMI type %s on Kubernetes %s: EKS publishes Amazon Linux 2 AMIs only up to 1.%d and refuses the group", [g.address, g.ami_type, version_of(g), last_al2_minor]))
}

deny contains v if {
	some g in input.node_groups
	lib.unknown(g, "ami_type")
	past_al2(g)
	v := lib.finding(g, sprintf("node group %s: its AMI type is known only after apply, so whether EKS publishes it for Kubernetes %s cannot be checked", [g.address, version_of(g)]))
}
