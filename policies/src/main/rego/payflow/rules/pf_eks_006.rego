# METADATA
# title: EKS clusters have subnets in two availability zones
# description: >-
#   AWS creates an EKS cluster only when its subnets lie in at least two availability zones (the
#   control plane places its network interfaces in them), even for a single-zone environment whose
#   nodes use one. With one zone, apply fails after the VPC and its subnets were created.
# custom:
#   id: PF-EKS-006
#   severity: critical
#   remediation: >-
#     Give the cluster subnets in two availability zones (the nodes may still use one), as the
#     synthesizer does for a single-zone environment.
#   references:
#     - https://docs.aws.amazon.com/eks/latest/userguide/network-reqs.html
package payflow.rules.pf_eks_006

import data.payflow.lib

deny contains v if {
	some c in input.eks_clusters
	not lib.unknown(c, "subnets")
	subnets := object.get(c, "subnets", [])
	count(subnets) > 0
	every s in subnets {
		zone_known(s)
	}
	zones := {lib.subnet_place[s].az | some s in subnets}
	count(zones) < 2
	v := lib.finding(c, sprintf("EKS cluster %s: its subnets lie in one availability zone (%s); AWS creates a cluster only with subnets in at least two", [c.address, concat(", ", sort(zones))]))
}

deny contains v if {
	some c in input.eks_clusters
	not lib.unknown(c, "subnets")
	some s in object.get(c, "subnets", [])
	not zone_known(s)
	v := lib.finding(c, sprintf("EKS cluster %s: the zone of its subnet %s is not known, so whether its subnets span two zones cannot be checked", [c.address, s]))
}

deny contains v if {
	some c in input.eks_clusters
	lib.unknown(c, "subnets")
	v := lib.finding(c, sprintf("EKS cluster %s: not every subnet it lists could be linked to a subnet of the input, so whether its subnets span two zones cannot be checked", [c.address]))
}

# A subnet of the facts whose zone is known (one not in the facts could not be linked).
zone_known(s) if is_string(lib.subnet_place[s].az)
