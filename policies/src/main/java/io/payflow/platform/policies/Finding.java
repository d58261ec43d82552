package io.payflow.platform.policies;

import java.util.Comparator;

/**
 * One violation of one rule at one address. Messages name the resource and the offending setting
 * but never a secret's value: the facts document does not carry values. {@code path} locates the
 * fact in its input file ({@code environments[1].vpc}, or a JSON path in a plan); empty if unknown.
 */
public record Finding(
    String ruleId,
    Severity severity,
    String title,
    String address,
    String environment,
    String message,
    String remediation,
    String path) {

  /** Deterministic order: severity, then rule, environment, address, message. */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::severity)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::environment)
          .thenComparing(Finding::address)
          .thenComparing(Finding::message);
}
