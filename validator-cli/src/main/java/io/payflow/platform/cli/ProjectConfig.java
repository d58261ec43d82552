package io.payflow.platform.cli;

import io.payflow.platform.cli.internal.Printable;
import io.payflow.platform.cli.internal.ProjectConfigLoader;
import io.payflow.platform.cli.internal.UserError;
import io.payflow.platform.policies.InputException;
import io.payflow.platform.policies.Severity;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code .payflow.yaml}: what a team tunes without editing rules. Budgets and settings go to the
 * rules as {@code data.config}; severity overrides and waivers apply to the findings.
 */
public record ProjectConfig(
    FailOn failOn,
    Map<String, Double> budgets,
    Double organisationBudgetUsd,
    Map<String, Object> settings,
    Map<String, Severity> severity,
    List<Waiver> waivers) {

  /** No config file: defaults everywhere. */
  public static final ProjectConfig NONE =
      new ProjectConfig(null, Map.of(), null, Map.of(), Map.of(), List.of());

  /** Settings the built-in rules read, and the type each must have. */
  private static final Map<String, String> SETTING_TYPES =
      Map.of(
          "min_production_azs", "a whole number of zones, 1 or more",
          "rfc1918", "a list of CIDR strings",
          "ssh_allowed_targets", "a list of strings",
          "required_gateway_endpoints", "a list of strings",
          "required_interface_endpoints", "a list of strings");

  /** Validates budgets and the settings the built-in rules read. */
  public ProjectConfig {
    budgets = budgets == null ? Map.of() : Map.copyOf(budgets);
    settings = settings == null ? Map.of() : Map.copyOf(settings);
    settings.forEach(ProjectConfig::checkSetting);
    budgets.forEach((env, amount) -> checkAmount("budgets." + Printable.line(env), amount));
    if (organisationBudgetUsd != null) {
      // 1e400 reads as infinity: a budget no estate passes, which the rules would never judge.
      checkAmount("organisation_budget_usd", organisationBudgetUsd);
    }
    severity = severity == null ? Map.of() : Map.copyOf(severity);
    waivers = waivers == null ? List.of() : List.copyOf(waivers);
  }

  private static void checkAmount(String path, Double amount) {
    if (amount == null || !Double.isFinite(amount) || amount < 0) {
      throw new IllegalArgumentException(path + ": expected a finite amount of USD, 0 or more");
    }
  }

  /** A known setting of the wrong type is refused here, not at evaluation (exit 2, not 3). */
  private static void checkSetting(String key, Object value) {
    String expected = SETTING_TYPES.get(key);
    if (expected == null) {
      return; // A user bundle may read settings of its own.
    }
    boolean ok =
        key.equals("min_production_azs")
            ? value instanceof Integer n && n >= 1
            : value instanceof List<?> list && list.stream().allMatch(v -> v instanceof String);
    if (!ok) {
      throw new IllegalArgumentException("settings." + key + ": expected " + expected);
    }
  }

  /**
   * Reads a project config. {@code file} null reads {@code .payflow.yaml} in the working directory
   * when there is one, else gives {@link #NONE}.
   *
   * @throws InputException the file cannot be read or is not a valid config (one line: file,
   *     line:column, path and what to fix)
   */
  public static ProjectConfig load(java.nio.file.Path file) throws InputException {
    try {
      return ProjectConfigLoader.load(file);
    } catch (UserError e) {
      throw new InputException(e.getMessage(), e);
    }
  }

  /** The failure threshold: the command line's, else the config's, else high. */
  public FailOn threshold(FailOn commandLine) {
    return commandLine != null ? commandLine : failOn != null ? failOn : FailOn.HIGH;
  }

  /** The rules' {@code data.config}: free settings plus budgets. */
  public Map<String, Object> ruleSettings() {
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
  public record Waiver(String rule, String address, String reason, LocalDate expires) {
    /** Refuses a waiver without a rule id, an address, a reason or an expiry date. */
    public Waiver {
      if (rule == null || rule.isBlank()) {
        throw new IllegalArgumentException("rule is required");
      }
      if (!rule.matches("[A-Za-z][A-Za-z0-9]*(-[A-Za-z0-9]+)+")) {
        throw new IllegalArgumentException(
            "rule: '"
                + Printable.line(rule)
                + "' is not a rule id; a waiver names one rule, such as PF-NET-001");
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

    /** True when this waiver accepts the finding of {@code ruleId} at {@code findingAddress}. */
    public boolean matches(String ruleId, String findingAddress) {
      return rule.equalsIgnoreCase(ruleId) && address.equals(findingAddress);
    }

    /** True once {@code today} is after the expiry date. */
    public boolean expiredOn(LocalDate today) {
      return expires.isBefore(today);
    }
  }
}
