package io.payflow.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The fail-closed cases as a user meets them on the command line: exit codes and one line. */
class FailClosedCliTest {
  @TempDir Path dir;

  private static final String NONE = Cli.file("validator-cli/src/test/resources/config/none.yaml");

  private Path write(String name, String json) throws Exception {
    return Files.writeString(dir.resolve(name), json.replace('\'', '"'));
  }

  @Test
  void aMalformedPlanShapeIsExit2NotAPass() throws Exception {
    Path plan =
        write(
            "p.json",
            "{'format_version':'1.2','planned_values':{'root_module':{'resources':'x'}}}");
    Cli.Run run = Cli.run("validate", plan.toString(), "--config", NONE);
    assertThat(run.exit()).as(run.err()).isEqualTo(2);
    assertThat(run.err())
        .isEqualTo(
            "payflow: error: "
                + plan
                + ":1:70: planned_values.root_module.resources: expected a list (is this file the output of `terraform show -json`, unedited?)\n");
  }

  @Test
  void theSamePlanGivenTwiceIsReadOnceAndDoesNotOverlapItself() throws Exception {
    Path plan =
        write(
            "p.json",
            "{'format_version':'1.2','resource_changes':[{'address':'aws_vpc.a','mode':'managed','type':'aws_vpc','change':{'actions':['create'],'after':{'cidr_block':'10.1.0.0/16'}}}]}");
    Cli.Run run =
        Cli.run(
            "validate",
            plan.toString(),
            dir.resolve(".").resolve("p.json").toString(),
            "--config",
            NONE);
    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(0);
    assertThat(run.out()).doesNotContain("PF-NET-001");
  }

  @Test
  void peeredVpcsWrittenWithALeadingZeroAreRefusedNotPassed() throws Exception {
    Path plan =
        write(
            "p.json",
            "{'format_version':'1.2','resource_changes':["
                + "{'address':'aws_vpc.a','mode':'managed','type':'aws_vpc','change':{'actions':['create'],'after':{'cidr_block':'010.1.0.0/16'}}},"
                + "{'address':'aws_vpc.b','mode':'managed','type':'aws_vpc','change':{'actions':['create'],'after':{'cidr_block':'10.1.0.0/16'}}}]}");
    Cli.Run run = Cli.run("validate", plan.toString(), "--config", NONE, "--fail-on", "critical");
    assertThat(run.exit()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains("octet '010' has a leading zero");
  }

  @Test
  void unresolvedResourcesFailAtHigh() throws Exception {
    Path stack =
        write(
            "gcs.json",
            "{'//':{'metadata':{'stackName':'hub'}},'terraform':{'backend':{'gcs':{'bucket':'b'}}}}");
    Cli.Run run = Cli.run("validate", stack.toString(), "--config", NONE);
    assertThat(run.exit()).as(run.out()).isEqualTo(1);
    assertThat(run.out()).contains("PF-INPUT-001");
  }

  @Test
  void factsCoverageListsDeclaredFactsAndUnresolved() throws Exception {
    Path stack =
        write(
            "s.json",
            "{'//':{'metadata':{'stackName':'hub'}},'terraform':{'backend':{'gcs':{}}},'resource':{'aws_vpc':{'v':{'cidr_block':'10.0.0.0/16'}}}}");
    Cli.Run run = Cli.run("facts", "--coverage", stack.toString());
    assertThat(run.exit()).as(run.err()).isEqualTo(0);
    assertThat(run.out())
        .isEqualTo(
            "resource type                           declared  facts  unresolved\n"
                + "aws_vpc                                        1      1           0\n"
                + "terraform_backend                              1      0           1\n"
                + "total                                          2      1           1\n"
                + "unresolved: hub.backend.gcs: backend 'gcs' is not judged (payflow checks state isolation, encryption and locking of S3 backends)\n");
  }
}
