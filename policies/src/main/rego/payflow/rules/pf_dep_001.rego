# METADATA
# title: Deployment order is acyclic and hub-first
# description: >-
#   Spokes read the hub's VPC and route tables to peer, so the hub deploys first. A cycle in
#   depends_on cannot be applied at all.
# custom:
#   id: PF-DEP-001
#   severity: high
#   remediation: Remove the depends_on entry that closes the cycle; the hub depends on no spoke.
#   references:
#     - https://developer.hashicorp.com/terraform/cdktf/concepts/stacks
package payflow.rules.pf_dep_001

import data.payflow.lib

edges[env.name] := {d | some d in env.depends_on} if some env in input.environments

deny contains v if {
	some env in input.environments
	some d in env.depends_on
	env.name in graph.reachable(edges, {d})
	v := lib.finding(
		object.union(env, {"environment": env.name}),
		sprintf("environment %s is part of a depends_on cycle through %s", [env.name, d]),
	)
}

deny contains v if {
	some env in input.environments
	env.role == "hub"
	some d in env.depends_on
	lib.role(d) == "spoke"
	v := lib.finding(
		object.union(env, {"environment": env.name}),
		sprintf("hub %s depends on spoke %s; the hub must deploy first", [env.name, d]),
	)
}
