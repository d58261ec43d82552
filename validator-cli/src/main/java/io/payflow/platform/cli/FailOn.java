package io.payflow.platform.cli;

import io.payflow.platform.policies.Severity;
import java.util.Locale;
import java.util.Optional;

/**
 * The failure threshold: a severity (findings at or above it fail the run), or {@code none}, for a
 * reporting step that must not fail (a SARIF upload before the gate, a cost comment).
 */
public record FailOn(Optional<Severity> severity) {
  /** Never fail: for a reporting step. */
  public static final FailOn NONE = new FailOn(Optional.empty());

  /** The default: high and critical findings fail. */
  public static final FailOn HIGH = new FailOn(Optional.of(Severity.HIGH));

  /** {@code none}, or a severity name ({@code high}); an unknown name is refused. */
  public static FailOn parse(String text) {
    if (text != null && text.strip().equalsIgnoreCase("none")) {
      return NONE;
    }
    return new FailOn(Optional.of(Severity.parse(text)));
  }

  /** True when a finding of this severity fails the run. */
  public boolean fails(Severity finding) {
    return severity.map(finding::atLeast).orElse(false);
  }

  /** The threshold as a person reads it: a severity label, or {@code none}. */
  public String label() {
    return severity.map(Severity::label).orElse("none");
  }

  @Override
  public String toString() {
    return label().toLowerCase(Locale.ROOT);
  }
}
