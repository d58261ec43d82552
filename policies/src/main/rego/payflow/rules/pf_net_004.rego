# METADATA
# title: VPC ranges are private (RFC 1918)
# description: A VPC on public address space shadows real internet hosts and breaks routing to them.
# custom:
#   id: PF-NET-004
#   severity: high
#   remediation: Use a range inside 10.0.0.0/8, 172.16.0.0/12 or 192.168.0.0/16.
#   references:
#     - https://www.rfc-editor.org/rfc/rfc1918
package payflow.rules.pf_net_004

import data.payflow.lib

deny contains v if {
	some n in input.networks
	is_string(n.cidr)
	not private(n.cidr)
	v := lib.finding(n, sprintf("VPC %s uses %s, which is not a private (RFC 1918) range", [n.address, n.cidr]))
}

private(cidr) if {
	some range in lib.config.rfc1918
	net.cidr_contains(range, cidr)
}
