package io.payflow.platform.topology;

import java.time.LocalDate;

/**
 * The day dated judgements use (support windows, extended-support prices, waiver expiry): today, or
 * the day the {@code payflow.today} system property names, so that a test suite (or a what-if run)
 * gives the same answers whatever day it runs.
 */
public final class Today {
  private Today() {}

  public static LocalDate get() {
    String pinned = System.getProperty("payflow.today");
    return pinned == null || pinned.isBlank() ? LocalDate.now() : LocalDate.parse(pinned.strip());
  }
}
