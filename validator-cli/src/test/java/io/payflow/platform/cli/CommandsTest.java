package io.payflow.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandsTest {
  @Test
  void orderPrintsHubFirst() {
    Cli.Run run = Cli.run("order", Cli.file("examples/payflow.yaml"));
    assertThat(run.exit()).isEqualTo(0);
    assertThat(run.out())
        .isEqualTo(
            """
        Deployment order (apply top to bottom):
          1. hub          hub/terraform.tfstate            first
          2. production   production/terraform.tfstate     after hub
          3. development  development/terraform.tfstate    after hub
        """);
  }

  @Test
  void costJsonHasEveryEnvironmentAndTheSaving() {
    Cli.Run run = Cli.run("cost", Cli.file("examples/payflow.yaml"), "--format", "json");
    assertThat(run.exit()).isEqualTo(0);
    assertThat(run.out())
        .contains("\"total_monthly\" : \"571.87\"")
        .contains("\"monthly_saving\" : \"245.75\"")
        .contains("\"name\" : \"development\",\n    \"hours_per_month\" : 200");
  }

  @Test
  void checkRunsTheWholeStory(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("cdktf.out");
    Cli.Run run =
        Cli.run(
            "check",
            Cli.file("examples/payflow.yaml"),
            "--no-color",
            "--out",
            out.toString(),
            "--config",
            Cli.file("validator-cli/src/test/resources/config/none.yaml"));
    assertThat(run.exit()).as(run.err()).isEqualTo(0);
    assertThat(run.out())
        .contains("== Deployment order ==")
        .contains("== Synthesis (CDK for Terraform) ==")
        .contains("synthesized production -> ")
        .contains("== Validation ==")
        .contains("(topology): no findings")
        .contains(out + " (cdktf.out): no findings")
        .contains("PASSED: 0 findings")
        .contains("== Monthly cost ==")
        .contains("Estate total: $571.87 per month");
    assertThat(Files.exists(out.resolve("stacks/hub/cdk.tf.json"))).isTrue();
  }

  @Test
  void checkFailsOnTheBrokenEstateInBothForms(@TempDir Path dir) {
    Cli.Run run =
        Cli.run(
            "check",
            Cli.file("examples/broken.yaml"),
            "--no-color",
            "--no-synth",
            "--config",
            Cli.file("validator-cli/src/test/resources/config/none.yaml"));
    assertThat(run.exit()).isEqualTo(1);
    assertThat(run.out())
        .contains("FAILED: 12 findings (6 critical, 6 high)")
        .doesNotContain("Synthesis");
  }

  @Test
  void rulesAndExplainReadTheMetadata() {
    Cli.Run rules = Cli.run("rules");
    assertThat(rules.out().lines())
        .hasSize(45)
        .anyMatch(l -> l.startsWith("PF-NET-001    high      VPC CIDRs do not overlap"));
    Cli.Run explain = Cli.run("explain", "pf-eks-001");
    assertThat(explain.out())
        .startsWith("PF-EKS-001  EKS API endpoint is not public\nseverity:    critical")
        .contains("remediation: Set endpoint_public_access = false");
    Cli.Run unknown = Cli.run("explain", "PF-NOPE-001");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err())
        .isEqualTo("payflow: error: unknown rule 'PF-NOPE-001' (payflow rules lists them)\n");
  }

  @Test
  void initWritesTheReferenceTopologyOnce(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("topology.yaml");
    assertThat(Cli.run("init", file.toString()).exit()).isEqualTo(0);
    assertThat(Files.readString(file))
        .isEqualTo(Files.readString(Cli.ROOT.resolve("examples/payflow.yaml")));
    Cli.Run again = Cli.run("init", file.toString());
    assertThat(again.exit()).isEqualTo(2);
    assertThat(again.err()).contains("already exists (use --force to overwrite)");
  }

  /**
   * A plan, Terraform JSON or cdktf.out/ given where a topology is read was refused as a topology
   * ("unknown field 'format_version'"): say what it is and which commands read it.
   */
  @Test
  void aPlanWhereATopologyIsReadIsNamedForWhatItIs(@TempDir Path dir) throws Exception {
    Path plan =
        Files.writeString(
            dir.resolve("plan.json"), "{\"format_version\": \"1.2\", \"resource_changes\": []}");
    Path stack = Files.writeString(dir.resolve("main.tf.json"), "{\"resource\": {}}");
    for (String command : new String[] {"cost", "order"}) {
      Cli.Run run = Cli.run(command, plan.toString());
      assertThat(run.exit()).as(command).isEqualTo(2);
      assertThat(run.err())
          .isEqualTo(
              "payflow: error: "
                  + plan
                  + ": is a plan, not a topology (`payflow "
                  + command
                  + "` reads a topology; plans, Terraform JSON and cdktf.out/ are read by `payflow"
                  + " validate` and compared by `payflow cost --compare BASE`)\n");
    }
    assertThat(Cli.run("cost", stack.toString()).err())
        .contains(": is Terraform JSON, not a topology");
    Cli.Run broken = Cli.run("cost", Cli.file("examples/broken.yaml").replace("broken", "nope"));
    assertThat(broken.err()).contains("file not found");
  }

  @Test
  void cycleInDependsOnIsAnInputErrorNamingTheCycle(@TempDir Path dir) throws Exception {
    String yaml =
        Files.readString(Cli.ROOT.resolve("examples/payflow.yaml"))
            .replace(
                "    state_key: hub/terraform.tfstate\n",
                "    state_key: hub/terraform.tfstate\n    depends_on: [production]\n");
    Path file = Files.writeString(dir.resolve("cycle.yaml"), yaml);
    Cli.Run run = Cli.run("order", file.toString());
    assertThat(run.exit()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "payflow: error: deployment order has a cycle: hub -> production -> hub (remove one of these depends_on entries; the hub deploys first)\n");
  }

  @Test
  void versionAndHelp() {
    assertThat(Cli.run("--version").out()).startsWith("payflow ");
    for (String command :
        new String[] {
          "validate", "check", "cost", "order", "synth", "facts", "rules", "explain", "init"
        }) {
      Cli.Run help = Cli.run(command, "--help");
      assertThat(help.exit()).as(command).isEqualTo(0);
      assertThat(help.out()).as(command).startsWith("Usage: payflow " + command);
      // every subcommand prints the version, whether the model was built for it alone or whole
      Cli.Run version = Cli.run(command, "--version");
      assertThat(version.exit()).as(command).isEqualTo(0);
      assertThat(version.out()).as(command).isEqualTo(Cli.run("--version").out());
    }
    assertThat(Cli.run("help", "validate").out()).startsWith("Usage: payflow validate");
    assertThat(Cli.run("--help").out())
        .contains("validate")
        .contains("cost")
        .contains("synth")
        .isNotEmpty();
  }

  /** A command line naming one subcommand builds only that one; the rest still see them all. */
  @Test
  void commandsThatDescribeTheTreeSeeEverySubcommand() {
    String[] all = {
      "check",
      "validate",
      "cost",
      "order",
      "rules",
      "explain",
      "init",
      "synth",
      "facts",
      "report",
      "diagram"
    };
    assertThat(Cli.run("--help").out()).contains(all);
    assertThat(Cli.run("help").out()).contains(all);
    assertThat(Cli.run("help", "validate").out()).startsWith("Usage: payflow validate");
    assertThat(Cli.run("generate-completion").out()).contains(all);
    Cli.Run typo = Cli.run("valdate", "examples/payflow.yaml");
    assertThat(typo.exit()).isEqualTo(2);
    assertThat(typo.err()).contains("Unmatched arguments").contains("payflow --help");
  }
}
