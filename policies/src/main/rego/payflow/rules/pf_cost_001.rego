# METADATA
# title: Each environment is within its monthly budget
# description: The estimated monthly cost of an environment's resources exceeds its budget.
# custom:
#   id: PF-COST-001
#   severity: high
#   remediation: Reduce the environment (smaller instances, spot nodes, fewer hours) or raise its budget.
#   references:
#     - https://aws.amazon.com/pricing/
package payflow.rules.pf_cost_001

import data.payflow.lib

deny contains v if {
	some env in input.environments
	limit := budget(env)
	spent := lib.environment_cost(env.name)
	spent > limit
	v := lib.finding(
		object.union(env, {"environment": env.name}),
		sprintf("environment %s costs an estimated %s USD/month, over its budget of %s USD", [env.name, lib.usd(spent), lib.usd(limit)]),
	)
}

budget(env) := lib.config.budgets[env.name]

budget(env) := env.budget_usd if {
	not lib.config.budgets[env.name]
	is_number(env.budget_usd)
}
