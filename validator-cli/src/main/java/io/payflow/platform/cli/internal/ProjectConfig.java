package io.payflow.platform.cli.internal;

import io.payflow.platform.policies.Severity;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code .payflow.yaml}: what a team tunes without editing rules. Budgets and settings go to the
 * rules as {@code data.config}; severity overrides and waivers apply to the findings.
 */
record ProjectConfig(
    Severity failOn,
    Map<String, Double> budgets,
    Double organisationBudgetUsd,
    Map<String, Object> settings,
    Map<String, Severity> severity,
    List<Waiver> waivers) {

  static final ProjectConfig NONE =
      new ProjectConfig(null, Map.of(), null, Map.of(), Map.of(), List.of());

  ProjectConfig {
    budgets = budgets == null ? Map.of() : Map.copyOf(budgets);
    settings = settings == null ? Map.of() : Map.copyOf(settings);
    severity = severity == null ? Map.of() : Map.copyOf(severity);
    waivers = waivers == null ? List.of() : List.copyOf(waivers);
  }

  /** The failure threshold: the command line's, else the config's, else high. */
  Severity threshold(Severity commandLine) {
    return commandLine != null ? commandLine : failOn != null ? failOn : Severity.HIGH;
  }

  /** The rules' {@code data.config}: free settings plus budgets. */
  Map<String, Object> ruleSettings() {
    Map<String, Object> config = new HashMap<>(settings);
    if (!budgets.isEmpty()) {
      config.put("budgets", budgets);
    }
    if (organisationBudgetUsd != null) {
      config.put("organisation_budget_usd", organisationBudgetUsd);
    }
    return config;
  }

  /** A finding accepted on purpose: for one rule at one address, with a reason, until a date. */
  record Waiver(String rule, String address, String reason, LocalDate expires) {
    Waiver {
      if (rule == null || rule.isBlank()) {
        throw new IllegalArgumentException("rule is required");
      }
      if (address == null || address.isBlank()) {
        throw new IllegalArgumentException("address is required (use the address a finding shows)");
      }
      if (reason == null || reason.isBlank()) {
        throw new IllegalArgumentException("reason is required: say why this finding is accepted");
      }
      if (expires == null) {
        throw new IllegalArgumentException(
            "expires is required (YYYY-MM-DD): waivers do not live forever");
      }
    }

    boolean matches(String ruleId, String findingAddress) {
      return rule.equalsIgnoreCase(ruleId) && address.equals(findingAddress);
    }

    boolean expiredOn(LocalDate today) {
      return expires.isBefore(today);
    }
  }
}
