package io.payflow.platform.topology;

/** The organisation that owns the estate, with an optional overall monthly budget. */
public record Organisation(String name, Money monthlyBudgetUsd) {
  public Organisation {
    InvalidValueException.requiredText(name, "name");
  }
}
