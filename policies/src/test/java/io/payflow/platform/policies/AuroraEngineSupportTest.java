package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PF-RDS-001 left Aurora to a calendar the catalog did not hold: an Aurora MySQL version 2 cluster,
 * billed for RDS Extended Support since 2024-10-31, an Aurora PostgreSQL 12 one (since 2025-02-28)
 * and an Aurora MySQL version 1 one (the engine aurora, ended 2023-02-28) all passed. The support
 * catalog dates Aurora's majors now.
 */
class AuroraEngineSupportTest {
  @TempDir Path dir;

  private static String cluster(String name, String engine, String version) {
    return InputCases.rdsCluster(
        name,
        "'engine': '"
            + engine
            + "', 'engine_version': '"
            + version
            + "', 'storage_encrypted': true");
  }

  @Test
  void auroraMajorsPastStandardSupportOrUnlistedAreReported() throws Exception {
    assertThat(
            InputCases.sortedFindings(
                dir,
                "production",
                "'aws_rds_cluster': {"
                    + String.join(
                        ", ",
                        cluster("v2", "aurora-mysql", "5.7.mysql_aurora.2.11.2"),
                        cluster("v3", "aurora-mysql", "8.0.mysql_aurora.3.05.2"),
                        cluster("v1", "aurora", "5.6.10a"),
                        cluster("pg12", "aurora-postgresql", "12.9"),
                        cluster("pg16", "aurora-postgresql", "16.4"),
                        cluster("pg95", "aurora-postgresql", "9.5.1"))
                    + "}",
                "PF-RDS-001"))
        .containsExactly(
            "PF-RDS-001 database aws_rds_cluster.pg12 runs Aurora PostgreSQL 12.9, in RDS Extended"
                + " Support (billed per vCPU-hour) since 2025-02-28 until 2028-02-29",
            "PF-RDS-001 database aws_rds_cluster.pg95 runs Aurora PostgreSQL 9.5.1, which the"
                + " support catalog does not list",
            "PF-RDS-001 database aws_rds_cluster.v1 runs Aurora MySQL 5.6.10a, past the end of its"
                + " standard support (2023-02-28), and RDS offers it no Extended Support: RDS"
                + " upgrades its major version itself",
            "PF-RDS-001 database aws_rds_cluster.v2 runs Aurora MySQL 5.7.mysql_aurora.2.11.2, in"
                + " RDS Extended Support (billed per vCPU-hour) since 2024-10-31 until 2028-02-29");
  }
}
