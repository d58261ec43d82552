# METADATA
# title: Shared helpers for PayFlow rules
# description: Violation shape, settings with defaults, and lookups over the facts document.
package payflow.lib

# Settings a team tunes through data.config (the CLI's .payflow.yaml); these are the defaults.
default_config := {
	"min_production_azs": 2,
	"rfc1918": ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16"],
	"ssh_allowed_targets": ["bastion"],
	"required_gateway_endpoints": ["dynamodb", "s3"],
	"required_interface_endpoints": ["ecr.api", "ecr.dkr", "logs", "secretsmanager"],
	"budgets": {},
	"organisation_budget_usd": null,
	# The day dates are judged against (ISO 8601); the engine sets it, a rule with none reports so.
	"today": null,
}

config := object.union(default_config, data.config) if data.config

config := default_config if not data.config

# A finding of the calling rule; id, title and remediation come from the rule's METADATA.
# path locates the fact in its input file (empty when the adapter could not tell); msg repeats
# message so that Conftest (which reads msg) can run these rules unchanged.
finding(fact, message) := {
	"address": fact.address,
	"environment": object.get(fact, "environment", "unattributed"),
	"message": message,
	"msg": message,
	"path": object.get(fact, "path", ""),
}

# The same, with a severity that differs from the rule's default.
finding_with_severity(fact, message, severity) := object.union(finding(fact, message), {"severity": severity})

# A fact whose value is known only after apply: reported, never passed silently.
unknown(fact, field) if field in object.get(fact, "unknown", [])

environment(name) := env if {
	some env in input.environments
	env.name == name
}

tier(name) := environment(name).tier

role(name) := environment(name).role

network(address) := n if {
	some n in input.networks
	n.address == address
}

# A range inside the private ranges (RFC 1918 by default; settings.rfc1918 tunes them).
private(cidr) if {
	some range in config.rfc1918
	net.cidr_contains(range, cidr)
}

# True when two networks are connected by a peering, in either direction.
peered(a, b) if {
	some p in input.peerings
	{p.requester, p.accepter} == {a, b}
}

is_true(value) if value == true

# Estimated monthly cost of one environment (priced resources only; PF-COST-003 names the rest),
# from the summary payflow derives from the cost lines (the Wasm need not parse every line).
environment_cost(name) := object.get(input.cost_summary.environments, name, 0)

# Dollars with cents, for messages. Built from integers: the Wasm SDK's sprintf formats
# through java.util.Formatter, which refuses %.2f for a number that happens to be whole.
usd(amount) := concat(".", [format_int(cents / 100, 10), two_digits(cents % 100)]) if {
	cents := round(amount * 100)
}

two_digits(n) := format_int(n, 10) if n >= 10

two_digits(n) := concat("", ["0", format_int(n, 10)]) if n < 10

# Booleans for messages: Go's and Java's sprintf disagree on %v, so say it in words.
yes_no(value) := "true" if value == true

yes_no(value) := "false" if value != true

# Where each subnet of the facts lies, by its address: its network and zone (null where only apply
# knows it). Built once. Addresses are unique by construction (a plan or Terraform JSON that lists
# one twice, or a topology that names a subnet twice, is an input error; merged inputs are
# qualified). Finding duplicates here by sorting the addresses cost 0.15-0.3 s of the Wasm's
# evaluation at 28,380 resources.
subnet_place := {s.address: {"network": n.address, "az": object.get(s, "az", null)} |
	some n in input.networks
	some s in n.subnets
}
