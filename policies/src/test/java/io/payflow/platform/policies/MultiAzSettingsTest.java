package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Multi-AZ settings AWS refuses at apply. A replication group with Multi-AZ on and automatic
 * failover off passed every rule (a production one counted as multi-AZ), and AWS refuses it at
 * apply: multi_az_enabled needs automatic_failover_enabled. A green check must mean the apply
 * works.
 */
class MultiAzSettingsTest {
  @TempDir Path dir;

  private static String group(String name, String settings) {
    return "'"
        + name
        + "': {'replication_group_id': '"
        + name
        + "', 'description': 'd', 'node_type': 'cache.t3.micro', 'num_cache_clusters': 2"
        + settings
        + "}";
  }

  private List<String> findings(String environment, String groups) throws Exception {
    return InputCases.findings(
        dir, environment, "'aws_elasticache_replication_group': {" + groups + "}", "PF-HA-002");
  }

  @Test
  void multiAzWithoutAutomaticFailoverIsRefusedByAwsInEveryEnvironment() throws Exception {
    String groups =
        group("off", ", 'multi_az_enabled': true, 'automatic_failover_enabled': false")
            + ", "
            + group("unset", ", 'multi_az_enabled': true")
            + ", "
            + group(
                "later",
                ", 'multi_az_enabled': true, 'automatic_failover_enabled':" + " '${var.failover}'")
            + ", "
            + group("both", ", 'multi_az_enabled': true, 'automatic_failover_enabled': true")
            + ", "
            + group("single", "");
    assertThat(findings("development", groups))
        .containsExactlyInAnyOrder(
            "PF-HA-002 cache aws_elasticache_replication_group.off enables Multi-AZ without"
                + " automatic failover, which AWS refuses at apply",
            "PF-HA-002 cache aws_elasticache_replication_group.unset enables Multi-AZ without"
                + " automatic failover, which AWS refuses at apply",
            "PF-HA-002 cache aws_elasticache_replication_group.later enables Multi-AZ, and whether"
                + " automatic failover is on is known only after apply, so whether AWS accepts it"
                + " cannot be checked");
  }

  /** A Multi-AZ RDS instance's zones are AWS's to choose: one pinned to a zone is refused. */
  @Test
  void aMultiAzDatabasePinnedToAZoneIsRefusedByAws() throws Exception {
    String db =
        "'%s': {'identifier': '%s', 'engine': 'postgres', 'engine_version': '16.4',"
            + " 'instance_class': 'db.t3.micro', 'allocated_storage': 20,"
            + " 'manage_master_user_password': true, 'username': 'x'%s}";
    assertThat(
            InputCases.findings(
                dir,
                "development",
                "'aws_db_instance': {"
                    + String.format(
                        db,
                        "pinned",
                        "pinned",
                        ", 'multi_az': true, 'availability_zone': 'us-east-1a'")
                    + ", "
                    + String.format(
                        db,
                        "byvar",
                        "byvar",
                        ", 'multi_az': true, 'availability_zone': '${var.az}'")
                    + ", "
                    + String.format(db, "free", "free", ", 'multi_az': true")
                    + ", "
                    + String.format(db, "single", "single", ", 'availability_zone': 'us-east-1a'")
                    + "}",
                "PF-HA-002"))
        .containsExactlyInAnyOrder(
            "PF-HA-002 database aws_db_instance.pinned is Multi-AZ and pinned to availability_zone"
                + " us-east-1a, which AWS refuses at apply: a Multi-AZ instance's zones are AWS's to"
                + " choose",
            "PF-HA-002 database aws_db_instance.byvar is Multi-AZ and pinned to availability_zone"
                + " set by an expression, which AWS refuses at apply: a Multi-AZ instance's zones"
                + " are AWS's to choose");
  }

  /** Multi-AZ, or a Memcached cluster across zones, needs two nodes: AWS refuses one. */
  @Test
  void oneNodeAcrossZonesIsRefusedByAws() throws Exception {
    assertThat(
            InputCases.findings(
                dir,
                "development",
                "'aws_elasticache_replication_group': {'one': {'replication_group_id': 'one',"
                    + " 'description': 'd', 'node_type': 'cache.t3.micro', 'num_cache_clusters':"
                    + " 1, 'multi_az_enabled': true, 'automatic_failover_enabled': true}},"
                    + " 'aws_elasticache_cluster': {'m1': {'cluster_id': 'm1', 'engine':"
                    + " 'memcached', 'node_type': 'cache.t3.micro', 'num_cache_nodes': 1,"
                    + " 'az_mode': 'cross-az'}, 'm2': {'cluster_id': 'm2', 'engine': 'memcached',"
                    + " 'node_type': 'cache.t3.micro', 'num_cache_nodes': 2, 'az_mode':"
                    + " 'cross-az'}}",
                "PF-HA-002"))
        .containsExactlyInAnyOrder(
            "PF-HA-002 cache aws_elasticache_replication_group.one spreads 1 node over zones"
                + " (Multi-AZ or cross-az), which AWS refuses at apply: it needs two nodes or"
                + " more",
            "PF-HA-002 cache aws_elasticache_cluster.m1 spreads 1 node over zones (Multi-AZ or"
                + " cross-az), which AWS refuses at apply: it needs two nodes or more");
  }
}
