# METADATA
# title: Subnets are in their provider's region
# description: >-
#   A subnet's availability zone must be one of its provider's region: us-east-1a for us-east-1, or
#   a Local Zone of it (us-east-1-bos-1a). A zone copied from another region passes plan and fails
#   apply. Judged where the input gives the region as a value (the region of the provider
#   configuration the subnet uses, aliases followed, or a plan's variable) and the subnet's zone by
#   name. In
#   every region, whatever its provider: no region has a zone lettered beyond f (us-east-1, the
#   largest, has six), so us-east-1z is refused wherever it is written.
# custom:
#   id: PF-APPLY-003
#   severity: high
#   remediation: Name a zone of the provider's region (or set the provider's region to the zones' region).
#   references:
#     - https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/using-regions-availability-zones.html
package payflow.rules.pf_apply_003

import data.payflow.lib

out_of_region(s) if {
	is_string(s.region)
	is_string(s.az)
	not in_region(s.az, s.region)
}

deny contains v if {
	some n in input.networks
	some s in n.subnets
	out_of_region(s)
	v := lib.finding(object.union(s, {"environment": n.environment}), sprintf("subnet %s is in zone %s, which is not in its provider's region %s: AWS refuses to create it there", [s.address, s.az, s.region]))
}

# The region and one letter, or the region, a dash and a Local Zone's name.
in_region(zone, region) if {
	startswith(zone, region)
	regex.match(`^([a-z]|-[a-z0-9-]+)$`, substring(zone, count(region), -1))
}

deny contains v if {
	some n in input.networks
	some s in n.subnets
	is_string(s.az)
	not out_of_region(s)
	regex.match(`^[a-z]{2}(-[a-z]+)+-[0-9]+[g-z]$`, s.az)
	v := lib.finding(object.union(s, {"environment": n.environment}), sprintf("subnet %s is in zone %s, which no region has: AWS letters a region's zones a to f at most, and refuses to create it there", [s.address, s.az]))
}
