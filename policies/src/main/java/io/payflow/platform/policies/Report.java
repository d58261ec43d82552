package io.payflow.platform.policies;

import java.util.List;

/** The findings of one evaluation, sorted deterministically. */
public record Report(List<Finding> findings) {
  public Report {
    findings = findings.stream().sorted(Finding.ORDER).toList();
  }

  public List<String> ruleIds() {
    return findings.stream().map(Finding::ruleId).distinct().sorted().toList();
  }
}
