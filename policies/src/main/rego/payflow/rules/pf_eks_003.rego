# METADATA
# title: EKS secrets are envelope-encrypted with KMS
# description: Without an encryption_config, Kubernetes secrets are stored in etcd with only AWS's default disk encryption.
# custom:
#   id: PF-EKS-003
#   severity: medium
#   remediation: Add encryption_config { resources = ["secrets"], provider { key_arn = <KMS key> } }.
#   references:
#     - https://docs.aws.amazon.com/eks/latest/userguide/enable-kms.html
package payflow.rules.pf_eks_003

import data.payflow.lib

deny contains v if {
	some c in input.eks_clusters
	c.secrets_encryption != true
	not lib.unknown(c, "secrets_encryption")
	v := lib.finding(c, sprintf("EKS cluster %s does not envelope-encrypt secrets with KMS", [c.address]))
}
