# METADATA
# title: Every resource the rules read was understood
# description: >-
#   A resource of a type the rules check (a subnet, a peering, an endpoint, a backend...) that the
#   adapter could not link or interpret is reported, so an input payflow did not fully read never
#   passes. The reason names what was missing, for example a subnet whose VPC is referenced through
#   a local that plan JSON does not record, in a module that declares two VPCs.
# custom:
#   id: PF-INPUT-001
#   severity: high
#   remediation: >-
#     Give payflow what it needs to link the resource: refer to the VPC (or subnet) directly rather
#     than through a local or an external variable, validate the plan of a saved plan file
#     (`terraform show -json tfplan` includes the configuration), or give the stacks that declare
#     the other side together with this one. Waive with a reason when the link is out of scope.
#   references:
#     - https://developer.hashicorp.com/terraform/internals/json-format#configuration-representation
package payflow.rules.pf_input_001

import data.payflow.lib

deny contains v if {
	some u in input.unresolved
	v := lib.finding(u, sprintf("%s %s was not checked: %s", [u.type, u.address, u.reason]))
}
