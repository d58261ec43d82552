package io.payflow.platform.policies;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The findings of one evaluation, sorted deterministically. */
public record Report(List<Finding> findings) {
  public Report {
    findings = findings.stream().sorted(Finding.ORDER).toList();
  }

  public boolean hasFindingsAtLeast(Severity threshold) {
    return findings.stream().anyMatch(f -> f.severity().atLeast(threshold));
  }

  public Optional<Severity> highest() {
    return findings.stream().map(Finding::severity).min(Enum::compareTo);
  }

  public Map<Severity, Integer> countsBySeverity() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0);
    }
    findings.forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    return counts;
  }

  public List<String> ruleIds() {
    return findings.stream().map(Finding::ruleId).distinct().sorted().toList();
  }

  /** Combines reports of several inputs or bundles. */
  public Report plus(Report other) {
    return new Report(
        java.util.stream.Stream.concat(findings.stream(), other.findings.stream()).toList());
  }
}
