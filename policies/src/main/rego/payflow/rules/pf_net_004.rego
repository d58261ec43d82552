# METADATA
# title: VPC ranges are private (RFC 1918)
# description: A VPC on public address space shadows real internet hosts and breaks routing to them.
# custom:
#   id: PF-NET-004
#   severity: high
#   remediation: >-
#     Use a range inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16. A secondary range for EKS pods
#     in 100.64.0.0/10 (as AWS suggests) is allowed once settings.rfc1918 in .payflow.yaml lists it.
#   references:
#     - https://www.rfc-editor.org/rfc/rfc1918
package payflow.rules.pf_net_004

import data.payflow.lib

deny contains v if {
	some n in input.networks
	is_string(n.cidr)
	not lib.private(n.cidr)
	v := lib.finding(n, sprintf("VPC %s uses %s, which is not a private (RFC 1918) range", [n.address, n.cidr]))
}

deny contains v if {
	some n in input.networks
	some r in object.get(n, "secondary_cidrs", [])
	is_string(r.cidr)
	not lib.private(r.cidr)
	v := lib.finding(n, sprintf("VPC %s uses %s (added by %s), which is not a private (RFC 1918) range", [n.address, r.cidr, r.address]))
}
