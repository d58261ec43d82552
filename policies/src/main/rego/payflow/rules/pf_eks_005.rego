# METADATA
# title: EKS subnets carry the load-balancer role tags
# description: >-
#   The AWS Load Balancer Controller (and the in-tree service controller) place a Service's load
#   balancer in the subnets tagged kubernetes.io/role/internal-elb (internal) or
#   kubernetes.io/role/elb (internet-facing). Without them, a Service of type LoadBalancer stays
#   pending after an apply that looked green. Tags known only after apply do not count as present.
# custom:
#   id: PF-EKS-005
#   severity: medium
#   remediation: >-
#     Tag the private subnets of the cluster's VPC kubernetes.io/role/internal-elb = 1 and its public
#     subnets kubernetes.io/role/elb = 1 (the synthesizer does this from the subnet tier).
#   references:
#     - https://docs.aws.amazon.com/eks/latest/userguide/network-load-balancing.html
#     - https://kubernetes-sigs.github.io/aws-load-balancer-controller/latest/deploy/subnet_discovery/
package payflow.rules.pf_eks_005

import data.payflow.lib

deny contains v if {
	some c in input.eks_clusters
	is_string(c.network)
	n := lib.network(c.network)
	some role in ["internal-elb", "elb"]
	needed(n, role)
	not tagged(n, role)
	v := lib.finding(c, sprintf("no subnet of VPC %s is tagged kubernetes.io/role/%s = 1, so %s load balancers of EKS cluster %s cannot be placed%s", [n.address, role, kind[role], c.address, after_apply(n)]))
}

kind := {"elb": "internet-facing", "internal-elb": "internal"}

# Internal load balancers always; internet-facing ones when the VPC has public subnets to hold them.
needed(_, "internal-elb")

needed(n, "elb") if {
	some s in n.subnets
	s.tier == "public"
}

tagged(n, role) if {
	some s in n.subnets
	s.lb_role == role
}

after_apply(n) := sprintf(" (the tags of %d subnets are known only after apply)", [count(unknown)]) if {
	unknown := [s | some s in n.subnets; s.lb_role == "unknown"]
	count(unknown) > 0
} else := ""
