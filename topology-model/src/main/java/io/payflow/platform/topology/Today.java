package io.payflow.platform.topology;

import java.time.LocalDate;
import java.time.ZoneOffset;

/**
 * The day dated judgements use (support windows, extended-support prices, waiver expiry): today in
 * UTC, or the day the {@code payflow.today} system property names, so that a test suite (or a
 * what-if run) gives the same answers whatever day it runs.
 *
 * <p>UTC, not the machine's zone: a commit gets the same verdict on a laptop and on a CI runner in
 * another zone. (The machine's zone would also cost the pre-commit path a scan of every jar on the
 * class path for time-zone providers.)
 */
public final class Today {
  private Today() {}

  public static LocalDate get() {
    String pinned = System.getProperty("payflow.today");
    return pinned == null || pinned.isBlank()
        ? LocalDate.now(ZoneOffset.UTC)
        : LocalDate.parse(pinned.strip());
  }
}
