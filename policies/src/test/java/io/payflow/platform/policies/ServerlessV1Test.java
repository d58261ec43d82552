package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An Aurora cluster's engine_mode was read only for its zones and encryption: an Aurora Serverless
 * v1 cluster (engine_mode serverless), which AWS has not created since 2025-01-08, passed, and
 * apply failed. PF-APPLY-004 reports it, and a mode only apply knows as not checked.
 */
class ServerlessV1Test {
  @TempDir Path dir;

  private static String cluster(String name, String mode) {
    return InputCases.rdsCluster(
        name,
        "'engine': 'aurora-postgresql', 'engine_version': '16.4'"
            + (mode == null ? "" : ", 'engine_mode': '" + mode + "'"));
  }

  @Test
  void serverlessV1IsReportedAndAModeOnlyApplyKnowsIsNotPassed() throws Exception {
    assertThat(
            InputCases.sortedFindings(
                dir,
                "production",
                "'aws_rds_cluster': {"
                    + String.join(
                        ", ",
                        cluster("v1", "serverless"),
                        cluster("provisioned", "provisioned"),
                        cluster("unset", null),
                        cluster("variable", "${var.mode}"))
                    + "}",
                "PF-APPLY-004"))
        .containsExactly(
            "PF-APPLY-004 database aws_rds_cluster.v1 is Aurora Serverless v1 (engine_mode"
                + " serverless), which reached its end of life on 2025-03-31: AWS no longer creates"
                + " or runs it",
            "PF-APPLY-004 database aws_rds_cluster.variable: its engine_mode is known only after"
                + " apply, so whether it is Aurora Serverless v1, which AWS no longer runs, cannot"
                + " be checked");
  }
}
