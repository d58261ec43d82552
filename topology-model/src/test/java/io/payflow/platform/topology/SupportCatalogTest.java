package io.payflow.platform.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bundled catalog's ElastiCache majors: looked up by their first number, phased by date. */
class SupportCatalogTest {
  @ParameterizedTest(name = "{0} {1} on {2}: {3}")
  @CsvSource({
    "redis, 4.0.10, 2026-01-31, STANDARD",
    "redis, 4.0.10, 2026-02-01, EXTENDED",
    "redis, 5.0.6, 2029-01-31, EXTENDED",
    "redis, 5.0.6, 2029-02-01, UNSUPPORTED",
    "redis, 6.x, 2026-11-29, STANDARD",
    "redis, 6.2, 2027-02-01, EXTENDED",
    "redis, 7.1, 2040-01-01, STANDARD",
    "valkey, 8.0, 2040-01-01, STANDARD",
    "valkey, 7.2, 2026-11-29, STANDARD",
  })
  void elasticacheMajorsArePhasedByTheirDates(
      String engine, String version, String day, SupportCatalog.Phase phase) {
    assertThat(
            SupportCatalog.bundled()
                .elasticache(engine, version)
                .orElseThrow()
                .phaseOn(LocalDate.parse(day)))
        .isEqualTo(phase);
  }

  @ParameterizedTest(name = "{0} {1} is not listed")
  @CsvSource({"redis, 3.2.10", "redis, 2.8.24", "memcached, 1.6.22", "valkey, 9.0"})
  void versionsAndEnginesNotDatedAreNotListed(String engine, String version) {
    assertThat(SupportCatalog.bundled().elasticache(engine, version)).isEmpty();
  }
}
