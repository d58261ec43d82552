package io.payflow.platform.cli.internal;

import io.payflow.platform.policies.Severity;
import java.util.Locale;
import java.util.Optional;

/**
 * The failure threshold: a severity (findings at or above it fail the run), or {@code none}, for a
 * reporting step that must not fail (a SARIF upload before the gate, a cost comment).
 */
record FailOn(Optional<Severity> severity) {
  static final FailOn NONE = new FailOn(Optional.empty());
  static final FailOn HIGH = new FailOn(Optional.of(Severity.HIGH));

  static FailOn parse(String text) {
    if (text != null && text.strip().equalsIgnoreCase("none")) {
      return NONE;
    }
    return new FailOn(Optional.of(Severity.parse(text)));
  }

  boolean fails(Severity finding) {
    return severity.map(finding::atLeast).orElse(false);
  }

  String label() {
    return severity.map(Severity::label).orElse("none");
  }

  @Override
  public String toString() {
    return label().toLowerCase(Locale.ROOT);
  }
}
