# METADATA
# title: Every resource has a price
# description: A resource the catalog cannot price makes every budget check partial; it is reported, never counted as free.
# custom:
#   id: PF-COST-003
#   severity: low
#   remediation: Add the resource's price key to the pricing catalog, or use a priced instance type.
#   references:
#     - https://aws.amazon.com/pricing/
package payflow.rules.pf_cost_003

import data.payflow.lib

deny contains v if {
	some c in input.cost_summary.unpriced
	not is_number(c.monthly_usd)
	v := lib.finding(c, sprintf("%s (%s) has no price in the catalog; budgets for %s are partial", [c.address, c.price_key, c.environment]))
}
