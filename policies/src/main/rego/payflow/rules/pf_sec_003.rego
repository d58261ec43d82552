# METADATA
# title: Every secret a credential reads is defined in the estate
# description: >-
#   A password or token read from Secrets Manager needs the secret to exist before the first plan:
#   a data source that reads a secret nobody defines fails the plan. Judged when the input names
#   both the secret a credential reads and the secrets the estate defines (a topology does).
# custom:
#   id: PF-SEC-003
#   severity: high
#   remediation: Define the secret in the hub's secrets (or point the credential at one that is defined).
#   references:
#     - https://docs.aws.amazon.com/secretsmanager/latest/userguide/create_secret.html
package payflow.rules.pf_sec_003

import data.payflow.lib

deny contains v if {
	some c in input.credentials
	c.source == "secrets_manager"
	is_string(c.secret)
	count(defined) > 0
	not c.secret in defined
	v := lib.finding(c, sprintf("%s of %s reads secret %s, which no environment defines", [c.kind, c.address, c.secret]))
}

defined := {n.name | some n in input.names; n.kind == "secret"}
