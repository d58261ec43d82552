# METADATA
# title: The estate is within the organisation budget
# description: The estimated monthly cost of all environments together exceeds the organisation budget.
# custom:
#   id: PF-COST-002
#   severity: high
#   remediation: Reduce the environments' cost or raise the organisation budget.
#   references:
#     - https://aws.amazon.com/pricing/
package payflow.rules.pf_cost_002

import data.payflow.lib

deny contains v if {
	limit := budget
	spent := input.cost_summary.monthly_usd
	spent > limit
	v := {
		"address": "organisation",
		"environment": "all",
		"path": "",
		"msg": sprintf("the estate costs an estimated %s USD/month, over the organisation budget of %s USD", [lib.usd(spent), lib.usd(limit)]),
		"message": sprintf("the estate costs an estimated %s USD/month, over the organisation budget of %s USD", [lib.usd(spent), lib.usd(limit)]),
	}
}

budget := lib.config.organisation_budget_usd if is_number(lib.config.organisation_budget_usd)

budget := input.organisation.budget_usd if {
	not is_number(lib.config.organisation_budget_usd)
	is_number(input.organisation.budget_usd)
}
