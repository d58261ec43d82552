# METADATA
# title: No literal secret in configuration
# description: >-
#   A password or token written in configuration ends up in version control, in plan files and
#   in Terraform state. The value is never printed by this rule.
# custom:
#   id: PF-SEC-001
#   severity: critical
#   remediation: >-
#     Use manage_master_user_password = true for RDS, or read the value from an
#     aws_secretsmanager_secret_version; then rotate the exposed secret.
#   references:
#     - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/rds-secrets-manager.html
package payflow.rules.pf_sec_001

import data.payflow.lib

deny contains v if {
	some c in input.credentials
	c.source == "literal"
	v := lib.finding(c, sprintf("%s of %s is a literal value in the configuration (value not shown)", [c.kind, c.address]))
}
