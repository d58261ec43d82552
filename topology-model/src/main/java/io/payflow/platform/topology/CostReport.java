package io.payflow.platform.topology;

import java.util.List;
import java.util.Optional;

/** The estimate for a whole topology, per environment, with the catalog it was priced from. */
public record CostReport(
    String catalogVersion,
    List<EnvironmentCost> environments,
    Optional<Money> organisationBudget,
    HubSharing sharing) {
  public CostReport {
    environments = List.copyOf(environments);
  }

  public Money total() {
    return environments.stream().map(EnvironmentCost::total).reduce(Money.ZERO, Money::plus);
  }

  public Optional<EnvironmentCost> environment(String name) {
    return environments.stream().filter(e -> e.environment().equals(name)).findFirst();
  }
}
