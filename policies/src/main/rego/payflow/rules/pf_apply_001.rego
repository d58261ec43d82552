# METADATA
# title: Names AWS requires unique are unique
# description: >-
#   EKS clusters, RDS identifiers, ElastiCache replication groups, ECR repositories and secrets must
#   be unique in their region, IAM roles in the account. Two environments that give one the same
#   name (an environment copied from another, say) pass plan and fail apply, after other resources
#   changed.
# custom:
#   id: PF-APPLY-001
#   severity: high
#   remediation: Rename one of them; in a topology, name the copy's cluster, caches and secrets after its environment.
#   references:
#     - https://docs.aws.amazon.com/eks/latest/APIReference/API_CreateCluster.html
#     - https://docs.aws.amazon.com/IAM/latest/UserGuide/reference_iam-quotas.html
package payflow.rules.pf_apply_001

import data.payflow.lib

# Names sorted by kind, name and position, so duplicates stand next to each other: one sort, then
# one pass (a large plan stays n log n). Each later declaration is reported against the one before.
ordered := sort([[n.kind, n.name, i] | some i, n in input.names])

deny contains v if {
	some j in numbers.range(1, count(ordered) - 1)
	ordered[j][0] == ordered[j - 1][0]
	ordered[j][1] == ordered[j - 1][1]
	before := input.names[ordered[j - 1][2]]
	b := input.names[ordered[j][2]]
	v := lib.finding(b, sprintf("%s name '%s' of %s is already used by %s (unique per %s)", [b.kind, b.name, b.address, before.address, b.scope]))
}
