# METADATA
# title: Each environment has its own state key
# description: >-
#   Two environments writing one state object overwrite each other's state: a plan for one
#   destroys the other. Every environment needs a backend and a key of its own. A plan does not
#   show its backend, so for plans this rule cannot see the key (the environment's state is unknown).
# custom:
#   id: PF-STATE-001
#   severity: critical
#   remediation: Give each environment the key <environment>/terraform.tfstate in the shared bucket.
#   references:
#     - https://developer.hashicorp.com/terraform/language/backend/s3
package payflow.rules.pf_state_001

import data.payflow.lib

deny contains v if {
	some a in input.environments
	some b in input.environments
	a.name != b.name
	a.state.bucket == b.state.bucket
	a.state.key == b.state.key
	v := lib.finding(
		object.union(a.state, {"environment": a.name}),
		sprintf("environment %s shares state s3://%s/%s with environment %s", [a.name, a.state.bucket, a.state.key, b.name]),
	)
}

deny contains v if {
	some env in input.environments
	env.state == null
	not lib.unknown(env, "state")
	v := lib.finding(object.union(env, {"environment": env.name}), sprintf("environment %s has no remote state backend", [env.name]))
}
