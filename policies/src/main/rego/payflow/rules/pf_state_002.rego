# METADATA
# title: State is encrypted and locked
# description: >-
#   Terraform state holds every secret of the stack in clear text; the backend must encrypt it,
#   and a lock must stop two applies from corrupting it: a lock file in the bucket (use_lockfile,
#   Terraform 1.10 and later) or a DynamoDB table (deprecated since Terraform 1.11).
# custom:
#   id: PF-STATE-002
#   severity: high
#   remediation: Set encrypt = true (with kms_key_id) and use_lockfile = true (or dynamodb_table, before Terraform 1.10) on the S3 backend.
#   references:
#     - https://developer.hashicorp.com/terraform/language/backend/s3
package payflow.rules.pf_state_002

import data.payflow.lib

deny contains v if {
	some env in input.environments
	is_object(env.state)
	env.state.encrypt != true
	v := lib.finding(object.union(env.state, {"environment": env.name}), sprintf("state backend of %s does not encrypt state", [env.name]))
}

deny contains v if {
	some env in input.environments
	is_object(env.state)
	not has_lock(env.state)
	v := lib.finding(object.union(env.state, {"environment": env.name}), sprintf("state backend of %s has no state lock (use_lockfile, or a DynamoDB table in dynamodb_table)", [env.name]))
}

has_lock(state) if {
	is_string(state.lock_table)
	state.lock_table != ""
}

has_lock(state) if state.use_lockfile == true
