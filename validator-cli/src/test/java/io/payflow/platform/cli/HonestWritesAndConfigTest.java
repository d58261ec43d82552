package io.payflow.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reports are written whole or not at all; .payflow.yaml is read like any input. */
class HonestWritesAndConfigTest {
  @TempDir Path dir;

  private static final String TOPOLOGY = Cli.file("examples/payflow.yaml");

  private static void assertOneCleanLine(Cli.Run run) {
    assertThat(run.exit()).as(run.err()).isEqualTo(2);
    assertThat(run.err().lines().count()).as(run.err()).isEqualTo(1);
    assertThat(run.err())
        .doesNotContain("java.")
        .doesNotContain("Exception")
        .doesNotContain("class ")
        .doesNotContain("\tat ");
  }

  @Test
  void aReportToADeviceIsRefusedNotClaimed() {
    Cli.Run run = Cli.run("validate", TOPOLOGY, "-o", "/dev/full");
    assertOneCleanLine(run);
    assertThat(run.err()).contains("/dev/full: cannot write the report there");
  }

  @Test
  void aReportIntoAMissingDirectoryIsAnError() {
    Cli.Run run = Cli.run("validate", TOPOLOGY, "-o", dir.resolve("no/such/r.json").toString());
    assertOneCleanLine(run);
    assertThat(run.err()).endsWith("cannot write the report (its directory does not exist)\n");
  }

  @Test
  void concurrentRunsWritingOneReportNeverMixIt() throws Exception {
    Path report = dir.resolve("r.json");
    ExecutorService pool = Executors.newFixedThreadPool(4);
    List<Future<Cli.Run>> runs = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      String input = i % 2 == 0 ? TOPOLOGY : Cli.file("examples/broken.yaml");
      runs.add(
          pool.submit(
              () -> Cli.run("validate", input, "--format", "json", "-o", report.toString())));
    }
    for (Future<Cli.Run> run : runs) {
      assertThat(run.get().exit()).isIn(0, 1);
    }
    pool.shutdown();
    var json = new ObjectMapper().readTree(report.toFile());
    assertThat(json.path("inputs")).hasSize(1);
    try (var files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("r.json");
    }
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "'waivers:\\n  - rule: PF-EKS-001\\n    address: a\\n    reason: r\\n    expires: 20200131\\n'"
            + " | :5:14: waivers[0].expires: expected a date as an ISO string such as '2027-01-31' (YYYY-MM-DD)",
        "'waivers:\\n  - rule: \"*\"\\n    address: a\\n    reason: r\\n    expires: \"2027-01-31\"\\n'"
            + " | rule: '*' is not a rule id; a waiver names one rule, such as PF-NET-001",
        "'settings:\\n  min_production_azs: three\\n'"
            + " | settings.min_production_azs: expected a whole number of zones, 1 or more",
        "'fail_on: high\\nfail_on: low\\n'" + " | each key appears once",
        "'budgets: {development: .nan}\\n'" + " | :1:28: budgets:",
        "'fial_on: high\\n'" + " | unknown key 'fial_on'",
        "'organisation_budget_usd: 1e400\\n'"
            + " | :1:26: organisation_budget_usd: expected a finite amount of USD, 0 or more",
        "'organisation_budget_usd: -5\\n'"
            + " | :1:26: organisation_budget_usd: expected a finite amount of USD, 0 or more",
        "'waivers:\\n  - rule: PF-EKS-001\\n    address: a\\n    reason: \"r\\ud800\"\\n'"
            + " | :4:13: waivers[0].reason: a string escapes half of a UTF-16 surrogate pair",
      })
  void configErrorsAreInputErrorsWithPlaceAndFix(String yaml, String expected) throws Exception {
    Path config = Files.writeString(dir.resolve(".payflow.yaml"), yaml.replace("\\n", "\n"));
    Cli.Run run = Cli.run("validate", TOPOLOGY, "--config", config.toString());
    assertOneCleanLine(run);
    assertThat(run.err()).startsWith("payflow: error: " + config).contains(expected.strip());
  }

  @Test
  void anAliasBombInTheConfigIsNeverExpanded() throws Exception {
    StringBuilder yaml = new StringBuilder("settings:\n  l0: &l0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 9; i++) {
      yaml.append("  l").append(i).append(": &l").append(i).append(" [");
      yaml.append(String.join(", ", java.util.Collections.nCopies(10, "*l" + (i - 1))));
      yaml.append("]\n");
    }
    Path config = Files.writeString(dir.resolve(".payflow.yaml"), yaml);
    long start = System.nanoTime();
    Cli.Run run = Cli.run("validate", TOPOLOGY, "--config", config.toString());
    assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(5_000);
    assertThat(run.exit()).as(run.err()).isIn(0, 2);
  }

  @Test
  void anEmptyConfigIsAConfigWithNothingSet() throws Exception {
    Path config = Files.writeString(dir.resolve(".payflow.yaml"), "# nothing tuned yet\n");
    Cli.Run run = Cli.run("validate", TOPOLOGY, "--config", config.toString());
    assertThat(run.exit()).as(run.err()).isEqualTo(0);
  }
}
