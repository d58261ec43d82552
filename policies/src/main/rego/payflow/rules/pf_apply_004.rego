# METADATA
# title: Aurora clusters use a capacity mode AWS still runs
# description: >-
#   Aurora Serverless v1 (engine_mode serverless) reached its end of life on 2025-03-31: AWS has
#   created no such cluster since 2025-01-08, and moved the remaining ones to Aurora Serverless v2
#   in their maintenance windows. A plan that creates one fails at apply; a configuration that keeps
#   one describes a cluster that no longer exists as written. An engine_mode only apply knows is
#   reported as not checked.
# custom:
#   id: PF-APPLY-004
#   severity: high
#   remediation: >-
#     Leave engine_mode unset (provisioned) and give the cluster Aurora Serverless v2 instances
#     (instance_class db.serverless, with serverlessv2_scaling_configuration on the cluster).
#   references:
#     - https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-serverless.html
#     - https://docs.aws.amazon.com/AmazonRDS/latest/AuroraUserGuide/aurora-serverless-v2.upgrade.html
package payflow.rules.pf_apply_004

import data.payflow.lib

deny contains v if {
	some d in input.databases
	d.engine_mode == "serverless"
	v := lib.finding(d, sprintf("database %s is Aurora Serverless v1 (engine_mode serverless), which reached its end of life on 2025-03-31: AWS no longer creates or runs it", [d.address]))
}

deny contains v if {
	some d in input.databases
	lib.unknown(d, "engine_mode")
	v := lib.finding(d, sprintf("database %s: its engine_mode is known only after apply, so whether it is Aurora Serverless v1, which AWS no longer runs, cannot be checked", [d.address]))
}
