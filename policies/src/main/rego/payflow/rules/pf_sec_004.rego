# METADATA
# title: Databases and caches encrypt their data at rest and in transit
# description: >-
#   A payments estate's databases and caches hold card and customer data: their storage must be
#   encrypted, and a cache's connections too. The provider leaves storage_encrypted,
#   at_rest_encryption_enabled and transit_encryption_enabled off unless they are set, and AWS
#   refuses a cache's auth token without encryption in transit.
# custom:
#   id: PF-SEC-004
#   severity: high
#   remediation: Set storage_encrypted = true on databases, and at_rest_encryption_enabled and transit_encryption_enabled = true on cache replication groups (in a topology, transit_encryption true).
#   references:
#     - https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html
#     - https://docs.aws.amazon.com/AmazonElastiCache/latest/dg/encryption.html
package payflow.rules.pf_sec_004

import data.payflow.lib

deny contains v if {
	some d in input.databases
	not lib.unknown(d, "storage_encrypted")
	object.get(d, "storage_encrypted", false) != true
	v := lib.finding(d, sprintf("database %s does not encrypt its storage (storage_encrypted)", [d.address]))
}

deny contains v if {
	some d in input.databases
	lib.unknown(d, "storage_encrypted")
	v := lib.finding(d, sprintf("database %s: whether its storage is encrypted is known only after apply, so it cannot be checked", [d.address]))
}

deny contains v if {
	some c in input.caches
	not lib.unknown(c, "at_rest_encryption")
	object.get(c, "at_rest_encryption", false) != true
	v := lib.finding(c, sprintf("cache %s does not encrypt its data at rest (at_rest_encryption_enabled)", [c.address]))
}

deny contains v if {
	some c in input.caches
	not lib.unknown(c, "transit_encryption")
	object.get(c, "transit_encryption", false) != true
	v := lib.finding(c, sprintf("cache %s does not encrypt its connections (transit_encryption_enabled)%s", [c.address, refused_token(c)]))
}

deny contains v if {
	some c in input.caches
	some setting in ["at_rest_encryption", "transit_encryption"]
	lib.unknown(c, setting)
	v := lib.finding(c, sprintf("cache %s: whether it encrypts %s is known only after apply, so it cannot be checked", [c.address, encrypts[setting]]))
}

encrypts := {"at_rest_encryption": "its data at rest", "transit_encryption": "its connections"}

refused_token(c) := ", and AWS refuses its auth token without them at apply" if {
	c.auth_token == true
} else := ""
