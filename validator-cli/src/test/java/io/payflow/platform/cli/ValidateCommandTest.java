package io.payflow.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  private static final String NONE = Cli.file("validator-cli/src/test/resources/config/none.yaml");

  @Test
  void referenceTopologyIsClean() {
    Cli.Run run = Cli.run("validate", Cli.file("examples/payflow.yaml"), "--config", NONE);
    assertThat(run.exit()).isEqualTo(0);
    assertThat(run.out()).contains("no findings").contains("PASSED: 0 findings");
  }

  @Test
  void failOnDecidesTheExitCode() {
    String broken = Cli.file("examples/broken.yaml");
    assertThat(Cli.run("validate", broken, "--config", NONE).exit()).isEqualTo(1);
    String config = Cli.file("validator-cli/src/test/resources/config/waivers.yaml");
    // With the production findings waived or expired-but-critical, critical findings remain.
    assertThat(Cli.run("validate", broken, "--config", config, "--fail-on", "critical").exit())
        .isEqualTo(1);
  }

  @Test
  void onlyLowFindingsPassAHighGate(@TempDir Path dir) throws Exception {
    Path topology = dir.resolve("t.yaml");
    Files.writeString(
        topology,
        Files.readString(Cli.ROOT.resolve("examples/payflow.yaml"))
            .replace("instance_type: t3.micro", "instance_type: x9.mega"));
    Cli.Run run = Cli.run("validate", topology.toString(), "--config", NONE);
    assertThat(run.out()).contains("LOW       PF-COST-003");
    assertThat(run.exit()).isEqualTo(0);
    assertThat(
            Cli.run("validate", topology.toString(), "--config", NONE, "--fail-on", "low").exit())
        .isEqualTo(1);
  }

  @Test
  void waiversSeverityOverridesAndBudgetsComeFromTheConfig() {
    Cli.Run run =
        Cli.run(
            "validate",
            Cli.file("examples/broken.yaml"),
            "--format",
            "json",
            "--config",
            Cli.file("validator-cli/src/test/resources/config/waivers.yaml"));
    assertThat(run.out())
        .contains("\"waived\" : 1")
        .contains("\"waiver_reason\" : \"Public endpoint until the VPN lands (INFRA-123)\"")
        .contains("\"expired_waivers\" : [ {\n    \"rule\" : \"PF-SEC-001\"")
        // The expired waiver no longer hides the literal password.
        .contains("\"rule_id\" : \"PF-SEC-001\"")
        // Severity override: NET-001 is medium for this team.
        .containsPattern("\"rule_id\" : \"PF-NET-001\",\\s+\"severity\" : \"medium\"")
        // Budget from config: 200 is above development's 192.46 (1.31 is billed at the
        // extended-support price, PostgreSQL 13 at RDS Extended Support's), so no PF-COST-001.
        .doesNotContain("PF-COST-001");
  }

  @Test
  void sarifCarriesWaiversAsSuppressions() {
    Cli.Run run =
        Cli.run(
            "validate",
            Cli.file("examples/broken.yaml"),
            "--format",
            "sarif",
            "--config",
            Cli.file("validator-cli/src/test/resources/config/waivers.yaml"));
    assertThat(run.out())
        .contains(
            "\"suppressions\" : [ {\n        \"kind\" : \"external\",\n        \"status\" : \"accepted\",\n        \"justification\" : \"Public endpoint until the VPN lands (INFRA-123)\"");
  }

  @Test
  void textReportsAnExpiredWaiver() {
    Cli.Run run =
        Cli.run(
            "validate",
            Cli.file("examples/broken.yaml"),
            "--no-color",
            "--config",
            Cli.file("validator-cli/src/test/resources/config/waivers.yaml"));
    assertThat(run.out())
        .contains(
            "warning: waiver for PF-SEC-001 at production.databases.payflow expired on 2020-01-01 and no longer applies");
  }

  @Test
  void waiverWithoutReasonIsAnInputError(@TempDir Path dir) throws Exception {
    Path config =
        Files.writeString(
            dir.resolve(".payflow.yaml"),
            "waivers:\n  - rule: PF-EKS-001\n    address: x\n    expires: 2030-01-01\n");
    Cli.Run run =
        Cli.run("validate", Cli.file("examples/payflow.yaml"), "--config", config.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .startsWith("payflow: error: " + config + ":")
        .containsPattern(
            ":\\d+:\\d+: waivers\\[0\\]: reason is required: say why this finding is accepted");
  }

  @Test
  void outputFileGetsTheReportAndStderrTheSummary(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("report.sarif");
    Cli.Run run =
        Cli.run(
            "validate",
            Cli.file("examples/broken.yaml"),
            "--format",
            "sarif",
            "-o",
            report.toString(),
            "--config",
            NONE);
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("FAILED: 12 findings").contains(report.toString());
    assertThat(Files.readString(report)).contains("\"version\" : \"2.1.0\"");
  }

  @Test
  void aUserBundleThatCannotBeEvaluatedExitsThree() {
    Cli.Run run =
        Cli.run(
            "validate",
            Cli.file("examples/payflow.yaml"),
            "--config",
            NONE,
            "--policy-bundle",
            Cli.file("policies/src/test/resources/user-bundles/wrong-shape.tar.gz"));
    assertThat(run.exit()).isEqualTo(3);
    assertThat(run.err())
        .startsWith("payflow: evaluation error: ")
        .contains("not a set of violations")
        .doesNotContain("\tat ");
  }

  @Test
  void aUserBundleAddsItsFindings() {
    Cli.Run run =
        Cli.run(
            "validate",
            Cli.file("examples/payflow.yaml"),
            "--config",
            NONE,
            "--policy-bundle",
            Cli.file("policies/src/test/resources/user-bundles/custom.tar.gz"));
    assertThat(run.exit()).isEqualTo(0);
  }

  @Test
  void unknownSeverityIsAUsageError() {
    Cli.Run run = Cli.run("validate", Cli.file("examples/payflow.yaml"), "--fail-on", "urgent");
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err()).contains("'urgent' is not a severity");
  }
}
