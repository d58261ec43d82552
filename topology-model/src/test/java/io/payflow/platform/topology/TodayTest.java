package io.payflow.platform.topology;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.TimeZone;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TodayTest {
  private String pinned;
  private TimeZone zone;

  @BeforeEach
  void remember() {
    pinned = System.getProperty("payflow.today");
    zone = TimeZone.getDefault();
  }

  @AfterEach
  void restore() {
    if (pinned == null) {
      System.clearProperty("payflow.today");
    } else {
      System.setProperty("payflow.today", pinned);
    }
    TimeZone.setDefault(zone);
  }

  /**
   * A commit gets the same verdict on a laptop and on a CI runner in another zone. At any instant
   * at least one of these two zones (UTC+14, UTC-12) is on another date than UTC.
   */
  @ParameterizedTest
  @ValueSource(strings = {"Etc/GMT-14", "Etc/GMT+12"})
  void isTheUtcDateWhateverTheMachinesZone(String machineZone) {
    System.clearProperty("payflow.today");
    TimeZone.setDefault(TimeZone.getTimeZone(machineZone));
    LocalDate before = LocalDate.now(ZoneOffset.UTC);
    LocalDate today = Today.get();
    LocalDate after = LocalDate.now(ZoneOffset.UTC);
    // (a run across midnight UTC sees either day)
    assertThat(today).isBetween(before, after);
  }

  @Test
  void isThePinnedDayWhenTheSystemPropertyNamesOne() {
    System.setProperty("payflow.today", " 2027-03-28 ");
    assertThat(Today.get()).isEqualTo(LocalDate.of(2027, 3, 28));
  }
}
