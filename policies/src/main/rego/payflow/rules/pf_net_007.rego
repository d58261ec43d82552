# METADATA
# title: SSH only to the bastion, never from anywhere
# description: >-
#   Port 22 open to the internet is scanned within minutes; SSH belongs on the bastion alone, from
#   known admin ranges. The internet is 0.0.0.0/0 and ::/0, and any public range wider than /16
#   (/32 in IPv6), so that two halves of it are no way around the rule.
# custom:
#   id: PF-NET-007
#   severity: high
#   remediation: Allow port 22 only on the bastion's security group, only from the admin CIDRs (listed in the rule, not through a managed prefix list).
#   references:
#     - https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-best-practices.html
package payflow.rules.pf_net_007

import data.payflow.lib

# One finding per rule, naming every way it is wrong: a rule open to the world on a node is one
# rule to fix, not two findings.
deny contains v if {
	some r in ssh_rules
	parts := array.concat(array.concat(open_parts(r), list_parts(r)), target_parts(r))
	count(parts) > 0
	v := lib.finding(r, sprintf("%s allows SSH %s", [r.address, concat(", ", parts)]))
}

open_parts(r) := [sprintf("from %s", [concat(" and ", sort(open))])] if {
	open := {cidr | some cidr in r.cidrs; anywhere(cidr)}
	count(open) > 0
} else := []

# The whole internet, or a public range of it no admin network is (wider than /16, /32 in IPv6):
# 0.0.0.0/1 and 128.0.0.0/1 together are 0.0.0.0/0 written so that an exact match misses it.
# A managed prefix list's ranges are not in the input: it may hold 0.0.0.0/0, so SSH from one
# cannot be judged (it passed, read as no source at all).
list_parts(r) := [sprintf("from prefix list %s, whose ranges the input does not hold, so it cannot be checked", [concat(" and ", sort(lists))])] if {
	lists := {l | some l in object.get(r, "prefix_lists", [])}
	count(lists) > 0
} else := []

anywhere(cidr) if cidr in {"0.0.0.0/0", "::/0"}

anywhere(cidr) if {
	contains(cidr, ".")
	to_number(split(cidr, "/")[1]) < 16
	not lib.private(cidr)
}

anywhere(cidr) if {
	contains(cidr, ":")
	to_number(split(cidr, "/")[1]) < 32
	not net.cidr_contains("fc00::/7", cidr)
}

target_parts(r) := [sprintf("to a target that is not the bastion (%s); only the bastion takes SSH", [r.target])] if {
	not r.target in lib.config.ssh_allowed_targets
} else := []

# The ports first: most rules are not SSH, and a comparison costs less than a set's lookup. The
# protocols' set is a rule of its own, built once, not a literal built again for every ingress
# rule. An array, not a set: a set of objects hashes and compares each whole rule to add it and
# again at every step of its iteration (in Wasm, a sixth of the evaluation's part this rule is in,
# on 6,000 ingress rules); two equal rules give one finding, since deny is a set.
ssh_rules := [r |
	some r in input.ingress_rules
	r.from_port <= 22
	r.to_port >= 22
	ssh_protocols[r.protocol]
]

ssh_protocols := {"tcp", "-1", "all"}
