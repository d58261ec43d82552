# METADATA
# title: Each subnet has one route table, of its own VPC
# description: >-
#   AWS associates a route table only with subnets of the VPC the table belongs to, a subnet with
#   one table, and a VPC with one main table; anything else is refused at apply time, after other
#   resources changed, and the subnet keeps routes the configuration does not show.
# custom:
#   id: PF-NET-013
#   severity: critical
#   remediation: >-
#     Associate each subnet with one route table of its own VPC, and make one table per VPC the
#     main one.
#   references:
#     - https://docs.aws.amazon.com/vpc/latest/userguide/WorkWithRouteTables.html
package payflow.rules.pf_net_013

import data.payflow.lib

deny contains v if {
	some t in input.route_tables
	some s in t.subnets
	owner := subnet_network[s]
	owner != t.network
	v := lib.finding(t, sprintf("route table %s of VPC %s is associated with subnet %s of VPC %s; AWS associates a table only with subnets of its own VPC", [t.address, t.network, s, owner]))
}

# Every subnet's VPC by the subnet's address, built once. A subnet not in the facts was not linked,
# and is reported as unresolved.
subnet_network := {s.address: n.address | some n in input.networks; some s in n.subnets}

deny contains v if {
	some s, tables in tables_by_subnet
	count(tables) > 1
	v := lib.finding(table(min(tables)), sprintf("subnet %s is associated with %d route tables (%s); AWS associates a subnet with one", [s, count(tables), concat(", ", sort(tables))]))
}

deny contains v if {
	some n, tables in mains_by_network
	count(tables) > 1
	v := lib.finding(table(min(tables)), sprintf("VPC %s has %d main route tables (%s); AWS gives a VPC one", [n, count(tables), concat(", ", sort(tables))]))
}

tables_by_subnet[s] contains t.address if {
	some t in input.route_tables
	some s in t.subnets
}

mains_by_network[t.network] contains t.address if {
	some t in input.route_tables
	t.main == true
}

table(address) := t if {
	some t in input.route_tables
	t.address == address
}
