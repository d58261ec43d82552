package io.payflow.platform.cli.internal;

import io.payflow.platform.policies.Facts;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The monthly cost change between a base (the pull request's target branch) and a head, per
 * environment and per line item, from the facts' costs: a topology, a cdktf.out/ and plans compare
 * alike. Unpriced items count zero and are named, so a change is never silently partial.
 */
record CostComparison(
    BigDecimal baseTotal,
    BigDecimal headTotal,
    List<EnvironmentChange> environments,
    List<ItemChange> items) {

  record EnvironmentChange(
      String environment, BigDecimal base, BigDecimal head, BigDecimal budget) {
    BigDecimal change() {
      return head.subtract(base);
    }

    boolean overBudget() {
      return budget != null && head.compareTo(budget) > 0;
    }
  }

  /** A line item whose monthly cost differs; null on the side where it does not exist. */
  record ItemChange(String environment, String item, BigDecimal base, BigDecimal head) {
    BigDecimal change() {
      return (head == null ? BigDecimal.ZERO : head)
          .subtract(base == null ? BigDecimal.ZERO : base);
    }
  }

  BigDecimal change() {
    return headTotal.subtract(baseTotal);
  }

  static CostComparison of(Facts base, Facts head, Map<String, Double> configBudgets) {
    Map<String, BigDecimal> baseItems = items(base);
    Map<String, BigDecimal> headItems = items(head);
    Map<String, String> environmentOf = new TreeMap<>();
    base.costs().forEach(c -> environmentOf.put(c.address(), c.environment()));
    head.costs().forEach(c -> environmentOf.put(c.address(), c.environment()));
    List<ItemChange> items = new ArrayList<>();
    for (String item : new TreeSet<>(environmentOf.keySet())) {
      BigDecimal b = baseItems.get(item);
      BigDecimal h = headItems.get(item);
      if (!Objects.equals(b, h)) {
        items.add(new ItemChange(environmentOf.get(item), item, b, h));
      }
    }
    Map<String, BigDecimal> baseEnv = totals(base);
    Map<String, BigDecimal> headEnv = totals(head);
    Map<String, BigDecimal> budgets = new TreeMap<>();
    CostSummary.of(head, configBudgets).forEach(c -> budgets.put(c.environment(), c.budgetUsd()));
    List<EnvironmentChange> environments = new ArrayList<>();
    TreeSet<String> names = new TreeSet<>(baseEnv.keySet());
    names.addAll(headEnv.keySet());
    for (String env : names) {
      environments.add(
          new EnvironmentChange(
              env,
              baseEnv.getOrDefault(env, zero()),
              headEnv.getOrDefault(env, zero()),
              budgets.get(env)));
    }
    return new CostComparison(
        sum(baseEnv), sum(headEnv), List.copyOf(environments), List.copyOf(items));
  }

  private static Map<String, BigDecimal> items(Facts facts) {
    Map<String, BigDecimal> out = new TreeMap<>();
    facts
        .costs()
        .forEach(
            c ->
                out.merge(
                    c.address(),
                    scaled(c.monthlyUsd() == null ? BigDecimal.ZERO : c.monthlyUsd()),
                    BigDecimal::add));
    return out;
  }

  private static Map<String, BigDecimal> totals(Facts facts) {
    Map<String, BigDecimal> out = new TreeMap<>();
    facts
        .costs()
        .forEach(
            c ->
                out.merge(
                    c.environment(),
                    c.monthlyUsd() == null ? BigDecimal.ZERO : c.monthlyUsd(),
                    BigDecimal::add));
    out.replaceAll((env, total) -> scaled(total));
    return out;
  }

  private static BigDecimal sum(Map<String, BigDecimal> totals) {
    return scaled(totals.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  private static BigDecimal scaled(BigDecimal amount) {
    return amount.setScale(2, RoundingMode.HALF_UP);
  }

  private static BigDecimal zero() {
    return scaled(BigDecimal.ZERO);
  }
}
