package io.payflow.platform.policies;

import java.util.Arrays;
import java.util.Locale;

/** How bad a finding is, most severe first; {@code --fail-on} compares against this order. */
public enum Severity {
  CRITICAL,
  HIGH,
  MEDIUM,
  LOW,
  INFO;

  /** True when this is as severe as {@code threshold} or more. */
  public boolean atLeast(Severity threshold) {
    return ordinal() <= threshold.ordinal();
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  public static Severity parse(String text) {
    for (Severity s : values()) {
      if (s.name().equalsIgnoreCase(text == null ? "" : text.strip())) {
        return s;
      }
    }
    throw new IllegalArgumentException(
        "'"
            + text
            + "' is not a severity (expected one of "
            + Arrays.stream(values()).map(Severity::label).toList()
            + ")");
  }
}
