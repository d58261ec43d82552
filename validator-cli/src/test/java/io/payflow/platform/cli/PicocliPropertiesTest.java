package io.payflow.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The properties {@code main} sets turn off picocli's built-in java.time and java.sql converters
 * (the pattern is spelled out, so a typo would leave them on silently) and nothing else.
 */
class PicocliPropertiesTest {
  static class Options {
    @Option(names = "--duration")
    Duration duration;

    @Option(names = "--date")
    LocalDate date;

    @Option(names = "--zone")
    ZoneId zone;

    @Option(names = "--timestamp")
    java.sql.Timestamp timestamp;

    @Option(names = "--path")
    Path path;
  }

  @BeforeAll
  static void setAsMainDoes() {
    Payflow.picocliProperties();
  }

  @Test
  void javaTimeAndSqlTypesHaveNoBuiltInConverter() {
    for (String[] args :
        new String[][] {
          {"--duration", "PT1S"},
          {"--date", "2026-11-28"},
          {"--zone", "UTC"},
          {"--timestamp", "2026-11-28 00:00:00"}
        }) {
      assertThatThrownBy(() -> new CommandLine(new Options()).parseArgs(args))
          .as(args[0])
          .hasMessageContaining("No TypeConverter registered");
    }
  }

  @Test
  void otherTypesStillConvert() {
    Options options = new Options();
    new CommandLine(options).parseArgs("--path", "a/b");
    assertThat(options.path).isEqualTo(Path.of("a/b"));
  }
}
