package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An RDS cluster (Aurora PostgreSQL, or a Multi-AZ DB cluster) is the production spoke's database
 * as much as an instance is. It was read for its master password only: one with a single instance,
 * or naming no subnet group (AWS then places it in the default VPC), passed where an instance would
 * not have.
 */
class RdsClustersTest {
  @TempDir Path dir;

  private static final String GROUP =
      "'aws_vpc': {'main': {'cidr_block': '10.1.0.0/16'}},"
          + " 'aws_subnet': {'a': {'vpc_id': '${aws_vpc.main.id}', 'cidr_block': '10.1.0.0/24',"
          + " 'availability_zone': 'us-east-1a'},"
          + " 'b': {'vpc_id': '${aws_vpc.main.id}', 'cidr_block': '10.1.2.0/24',"
          + " 'availability_zone': 'us-east-1b'}},"
          + " 'aws_db_subnet_group': {'g': {'name': 'g', 'subnet_ids': ['${aws_subnet.a.id}',"
          + " '${aws_subnet.b.id}']}}";

  /** The findings of {@code rules} for a production stack of the group above and {@code more}. */
  private List<String> findings(String more, String... rules) throws Exception {
    return InputCases.findings(dir, "production", GROUP + ", " + more, rules).stream()
        .sorted()
        .toList();
  }

  private static String cluster(String name, String more) {
    return InputCases.rdsCluster(
        name, "'engine': 'aurora-postgresql', 'engine_version': '16.4'" + more);
  }

  private static String instance(String name, String cluster, String zone) {
    return "'"
        + name
        + "': {'identifier': '"
        + name
        + "', 'cluster_identifier': '${aws_rds_cluster."
        + cluster
        + ".id}', 'instance_class': 'db.r6g.large', 'engine': 'aurora-postgresql'"
        + (zone == null ? "" : ", 'availability_zone': '" + zone + "'")
        + "}";
  }

  private static final String PLACED = ", 'db_subnet_group_name': '${aws_db_subnet_group.g.name}'";

  @Test
  void anAuroraClusterOfOneInstanceOrInNoSubnetGroupIsAFinding() throws Exception {
    assertThat(
            findings(
                "'aws_rds_cluster': {"
                    + cluster("lone", PLACED)
                    + ", "
                    + cluster("nowhere", "")
                    + ", "
                    + cluster("pinned", PLACED)
                    + "}, 'aws_rds_cluster_instance': {"
                    + instance("lone1", "lone", null)
                    + ", "
                    + instance("nowhere1", "nowhere", null)
                    + ", "
                    + instance("nowhere2", "nowhere", null)
                    + ", "
                    + instance("pinned1", "pinned", "us-east-1a")
                    + ", "
                    + instance("pinned2", "pinned", "us-east-1a")
                    + "}",
                "PF-HA-001",
                "PF-NET-015"))
        .containsExactly(
            "PF-HA-001 production database aws_rds_cluster.lone is single-AZ",
            "PF-HA-001 production database aws_rds_cluster.pinned is single-AZ",
            "PF-NET-015 database aws_rds_cluster.nowhere names no subnet group, so AWS places it"
                + " in the account's default VPC, outside the estate's networks (or refuses it"
                + " where the account has none)");
  }

  @Test
  void twoInstancesServerlessOrAMultiAzDbClusterPass() throws Exception {
    assertThat(
            findings(
                "'aws_rds_cluster': {"
                    + cluster("spread", PLACED)
                    + ", "
                    + cluster("serverless", PLACED + ", 'engine_mode': 'serverless'")
                    + ", 'maz': {'cluster_identifier': 'maz', 'engine': 'postgres',"
                    + " 'engine_version': '16.4', 'db_cluster_instance_class': 'db.m6gd.large',"
                    + " 'storage_type': 'io1', 'allocated_storage': 100, 'iops': 1000,"
                    + " 'manage_master_user_password': true, 'master_username': 'x'"
                    + PLACED
                    + "}, 'mazvar': {'cluster_identifier': 'mazvar', 'engine': 'postgres',"
                    + " 'engine_version': '16.4', 'db_cluster_instance_class': '${var.class}',"
                    + " 'manage_master_user_password': true, 'master_username': 'x'"
                    + PLACED
                    + "}}, 'aws_rds_cluster_instance': {"
                    + instance("spread1", "spread", "us-east-1a")
                    + ", "
                    + instance("spread2", "spread", null)
                    + "}",
                "PF-HA-001",
                "PF-NET-015",
                "PF-RDS-001",
                "PF-INPUT-001"))
        .isEmpty();
  }

  /** A Multi-AZ DB cluster runs RDS PostgreSQL: its version is judged as an instance's is. */
  @Test
  void aMultiAzDbClusterPastItsSupportIsAFinding() throws Exception {
    assertThat(
            findings(
                "'aws_rds_cluster': {'maz': {'cluster_identifier': 'maz', 'engine': 'postgres',"
                    + " 'engine_version': '11.22', 'db_cluster_instance_class': 'db.m6gd.large',"
                    + " 'manage_master_user_password': true, 'master_username': 'x'"
                    + PLACED
                    + "}}",
                "PF-RDS-001"))
        .hasSize(1)
        .allMatch(
            f -> f.startsWith("PF-RDS-001 database aws_rds_cluster.maz runs PostgreSQL 11.22"));
  }

  /**
   * Aurora is priced apart from RDS (the same class costs more): never under an RDS price. The
   * catalog has none, so each instance, and a Multi-AZ DB cluster's three, are listed unpriced and
   * the budgets say they are partial; they were left out of the cost, silently.
   */
  @Test
  void auroraInstancesAndMultiAzDbClustersAreListedUnpriced() throws Exception {
    assertThat(
            findings(
                "'aws_rds_cluster': {"
                    + cluster("spread", PLACED)
                    + ", 'maz': {'cluster_identifier': 'maz', 'engine': 'postgres',"
                    + " 'engine_version': '16.4', 'db_cluster_instance_class': 'db.m6gd.large',"
                    + " 'manage_master_user_password': true, 'master_username': 'x'"
                    + PLACED
                    + "}}, 'aws_rds_cluster_instance': {"
                    + instance("spread1", "spread", "us-east-1a")
                    + ", "
                    + instance("spread2", "spread", "us-east-1b")
                    + "}",
                "PF-COST-003"))
        .containsExactly(
            "PF-COST-003 aws_rds_cluster.maz: Multi-AZ DB cluster postgres db.m6gd.large (3"
                + " instances) (rds-cluster.postgres.db.m6gd.large) has no price in the catalog;"
                + " budgets for production are partial",
            "PF-COST-003 aws_rds_cluster_instance.spread1: Aurora aurora-postgresql db.r6g.large"
                + " (aurora.postgres.db.r6g.large) has no price in the catalog; budgets for"
                + " production are partial",
            "PF-COST-003 aws_rds_cluster_instance.spread2: Aurora aurora-postgresql db.r6g.large"
                + " (aurora.postgres.db.r6g.large) has no price in the catalog; budgets for"
                + " production are partial");
  }

  /** An instance of a cluster the input does not hold counts toward no cluster's zones: said. */
  @Test
  void anInstanceOfAClusterOutsideTheInputIsUnresolved() throws Exception {
    assertThat(
            findings(
                "'aws_rds_cluster_instance': {'stray': {'identifier': 'stray',"
                    + " 'cluster_identifier': 'made-by-hand', 'instance_class': 'db.r6g.large',"
                    + " 'engine': 'aurora-postgresql'}}",
                "PF-INPUT-001"))
        .hasSize(1)
        .allMatch(f -> f.contains("aws_rds_cluster_instance.stray"));
  }
}
