# METADATA
# title: Databases are not publicly accessible
# description: >-
#   The estate's databases are reached from inside the spokes (and through the bastion), never
#   from the internet. A publicly accessible RDS instance (or a cluster with one) gets a public
#   address, which the internet reaches wherever its subnets route to an internet gateway, and its
#   security groups are then all that stands in the way. A setting only apply knows is reported as
#   not checked.
# custom:
#   id: PF-SEC-005
#   severity: high
#   remediation: Set publicly_accessible = false (the default) and reach the database through the bastion or from inside the VPC.
#   references:
#     - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Hiding
package payflow.rules.pf_sec_005

import data.payflow.lib

deny contains v if {
	some d in input.databases
	d.publicly_accessible == true
	v := lib.finding(d, sprintf("database %s is publicly accessible: RDS gives it a public address, which the internet reaches wherever its subnets route to an internet gateway", [d.address]))
}

deny contains v if {
	some d in input.databases
	lib.unknown(d, "publicly_accessible")
	v := lib.finding(d, sprintf("database %s: whether it is publicly accessible is known only after apply, so it cannot be checked", [d.address]))
}
