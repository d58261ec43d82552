# A team's own rule, built as a separate bundle and passed with --policy-bundle.
package acme.main

# Every production RDS instance must be tagged with a cost centre; here: no engine but postgres.
violations contains {
	"id": "ACME-DB-001",
	"severity": "medium",
	"title": "Only PostgreSQL databases",
	"address": db.address,
	"environment": db.environment,
	"message": sprintf("database %s uses %s; ACME runs PostgreSQL only", [db.address, db.engine]),
	"remediation": "Use engine = postgres.",
} if {
	some db in input.databases
	db.engine != "postgres"
}
