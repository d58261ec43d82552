# METADATA
# title: Subnets are in their provider's region
# description: >-
#   A subnet's availability zone must be one of its provider's region: us-east-1a for us-east-1, or
#   a Local Zone of it (us-east-1-bos-1a). A zone copied from another region passes plan and fails
#   apply. Judged where the input gives the region as a value (a provider's region, or a plan's
#   variable) and the subnet's zone by name; a subnet whose provider is an alias is not judged.
# custom:
#   id: PF-APPLY-003
#   severity: high
#   remediation: Name a zone of the provider's region (or set the provider's region to the zones' region).
#   references:
#     - https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-regions-availability-zones.html
package payflow.rules.pf_apply_003

import data.payflow.lib

deny contains v if {
	some n in input.networks
	some s in n.subnets
	is_string(s.region)
	is_string(s.az)
	not in_region(s.az, s.region)
	v := lib.finding(object.union(s, {"environment": n.environment}), sprintf("subnet %s is in zone %s, which is not in its provider's region %s: AWS refuses to create it there", [s.address, s.az, s.region]))
}

# The region and one letter, or the region, a dash and a Local Zone's name.
in_region(zone, region) if {
	startswith(zone, region)
	regex.match(`^([a-z]|-[a-z0-9-]+)$`, substring(zone, count(region), -1))
}
