package io.payflow.platform.topology;

import java.util.List;
import java.util.Optional;

/** An environment's estimated monthly bill, its budget and what could not be priced. */
public record EnvironmentCost(
    String environment, int hoursPerMonth, Optional<Money> budget, List<LineItem> items) {
  public EnvironmentCost {
    items = List.copyOf(items);
    budget = budget == null ? Optional.empty() : budget;
  }

  public Money total() {
    return items.stream()
        .map(item -> item.monthly().orElse(Money.ZERO))
        .reduce(Money.ZERO, Money::plus);
  }

  public List<LineItem> unpriced() {
    return items.stream().filter(item -> !item.priced()).toList();
  }

  public boolean overBudget() {
    return budget.map(limit -> total().exceeds(limit)).orElse(false);
  }
}
