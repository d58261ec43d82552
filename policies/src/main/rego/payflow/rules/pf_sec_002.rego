# METADATA
# title: Credentials come from AWS Secrets Manager
# description: >-
#   Every credential is a Secrets Manager reference or an RDS-managed password. A variable or an
#   untraceable value may be anything, including a literal in a tfvars file. Literals have their
#   own, critical rule (PF-SEC-001). A database master password set nowhere, on a database that
#   neither lets RDS manage it nor copies another database, is reported too: RDS refuses to create
#   the database.
# custom:
#   id: PF-SEC-002
#   severity: high
#   remediation: Read the value from aws_secretsmanager_secret_version (or use manage_master_user_password for RDS).
#   references:
#     - https://docs.aws.amazon.com/secretsmanager/latest/userguide/intro.html
package payflow.rules.pf_sec_002

import data.payflow.lib

deny contains v if {
	some c in input.credentials
	c.source in {"variable", "unknown"}
	v := lib.finding(c, sprintf("%s of %s comes from %s, not from Secrets Manager", [c.kind, c.address, describe(c.source)]))
}

deny contains v if {
	some c in input.credentials
	c.source == "absent"
	v := lib.finding(c, sprintf("%s of %s is not set, and the database neither lets RDS manage it nor copies another database: RDS refuses to create it", [c.kind, c.address]))
}

describe("variable") := "a Terraform variable"

describe("unknown") := "a source that cannot be traced"
