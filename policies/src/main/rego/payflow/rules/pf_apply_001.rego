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

# Names grouped by kind and name in one pass (positions only, indexed, so a large plan stays
# linear in Wasm too: a sort of every name was four times slower there), so the first declaration
# of a name is the one the others are reported against.
declared[kind][name] contains i if {
	some i, n in input.names
	kind := n.kind
	name := n.name
}

# Counted before sorted: of thousands of names, a few are taken twice.
deny contains v if {
	some by_name in declared
	some positions in by_name
	count(positions) > 1
	group := sort(positions)
	first := input.names[group[0]]
	some later in array.slice(group, 1, count(group))
	b := input.names[later]
	v := lib.finding(b, sprintf("%s name '%s' of %s is already used by %s (unique per %s)", [b.kind, b.name, b.address, first.address, b.scope]))
}
