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

# Reported on each later declaration of a name, naming the first.
deny contains v if {
	some i, j
	a := input.names[i]
	b := input.names[j]
	i < j
	a.kind == b.kind
	a.name == b.name
	a.address != b.address
	not earlier_duplicate(b, i)
	v := lib.finding(b, sprintf("%s name '%s' of %s is already used by %s (unique per %s)", [b.kind, b.name, b.address, a.address, b.scope]))
}

# The first of several duplicates is named once, not once per pair.
earlier_duplicate(b, i) if {
	some k
	k < i
	c := input.names[k]
	c.kind == b.kind
	c.name == b.name
}
