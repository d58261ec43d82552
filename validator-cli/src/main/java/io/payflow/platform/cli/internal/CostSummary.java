package io.payflow.platform.cli.internal;

import io.payflow.platform.cli.Outcome;
import io.payflow.platform.policies.Facts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Per environment of a facts document: the priced total, the budget, the unpriced count; the totals
 * are the facts' own cost summary, the ones the budget rules judge.
 */
final class CostSummary {
  private CostSummary() {}

  static List<Outcome.EnvironmentCost> of(Facts facts, Map<String, Double> configBudgets) {
    Map<String, BigDecimal> totals = facts.costSummary().environments();
    Map<String, Integer> unpriced = new TreeMap<>();
    for (Facts.Cost cost : facts.costSummary().unpriced()) {
      if (cost.environment() != null) {
        unpriced.merge(cost.environment(), 1, Integer::sum);
      }
    }
    List<Outcome.EnvironmentCost> out = new ArrayList<>();
    totals.forEach(
        (env, total) -> {
          BigDecimal budget =
              configBudgets.containsKey(env)
                  ? BigDecimal.valueOf(configBudgets.get(env))
                  : facts.environments().stream()
                      .filter(e -> e.name().equals(env))
                      .map(Facts.Environment::budgetUsd)
                      .filter(b -> b != null)
                      .findFirst()
                      .orElse(null);
          out.add(
              new Outcome.EnvironmentCost(
                  env,
                  total.setScale(2, RoundingMode.HALF_UP),
                  budget == null ? null : budget.setScale(2, RoundingMode.HALF_UP),
                  unpriced.getOrDefault(env, 0)));
        });
    return out;
  }
}
