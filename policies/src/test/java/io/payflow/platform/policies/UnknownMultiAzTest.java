package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Whether a database or a cache is Multi-AZ, when only apply knows it, is unknown: neither off (a
 * production database reported single-AZ) nor a reason to pass what AWS would refuse once it is on.
 */
class UnknownMultiAzTest {
  @TempDir Path dir;

  private static final String TAGS = "\"tags\": {\"Environment\": \"production\"}";

  private List<String> findings(String change) throws Exception {
    return InputCases.planFindings(dir, change, "PF-HA-001", "PF-HA-002");
  }

  @Test
  void aDatabaseWhoseMultiAzOnlyApplyKnows() throws Exception {
    String db =
        "{\"engine\": \"postgres\", \"engine_version\": \"16.4\", \"instance_class\": \"db.t3.micro\","
            + " \"manage_master_user_password\": true, "
            + TAGS;
    assertThat(
            findings(
                PlanChanges.change(
                    "aws_db_instance.d", "aws_db_instance", db + "}", "{\"multi_az\": true}")))
        .containsExactly(
            "PF-HA-001 production database aws_db_instance.d: whether it is Multi-AZ is known only"
                + " after apply, so its zones cannot be checked; set multi_az");
    assertThat(
            findings(
                PlanChanges.change(
                    "aws_db_instance.d",
                    "aws_db_instance",
                    db + ", \"availability_zone\": \"us-east-1a\"}",
                    "{\"multi_az\": true}")))
        .containsExactlyInAnyOrder(
            "PF-HA-001 production database aws_db_instance.d: whether it is Multi-AZ is known only"
                + " after apply, so its zones cannot be checked; set multi_az",
            "PF-HA-002 database aws_db_instance.d is pinned to availability_zone us-east-1a, and"
                + " whether it is Multi-AZ (which AWS refuses with a zone set) is known only after"
                + " apply, so whether AWS accepts it cannot be checked");
  }

  @Test
  void aCacheWhoseMultiAzOnlyApplyKnows() throws Exception {
    String cache =
        "{\"node_type\": \"cache.t3.micro\", \"num_cache_clusters\": 2, "
            + "\"automatic_failover_enabled\": %s, "
            + TAGS
            + "}";
    assertThat(
            findings(
                PlanChanges.change(
                    "aws_elasticache_replication_group.r",
                    "aws_elasticache_replication_group",
                    cache.formatted("true"),
                    "{\"multi_az_enabled\": true}")))
        .containsExactly(
            "PF-HA-001 production cache aws_elasticache_replication_group.r: whether it is"
                + " multi-AZ is known only after apply, so its zones cannot be checked");
    assertThat(
            findings(
                PlanChanges.change(
                    "aws_elasticache_replication_group.r",
                    "aws_elasticache_replication_group",
                    cache.formatted("false"),
                    "{\"multi_az_enabled\": true}")))
        .containsExactlyInAnyOrder(
            "PF-HA-001 production cache aws_elasticache_replication_group.r: whether it is"
                + " multi-AZ is known only after apply, so its zones cannot be checked",
            "PF-HA-002 cache aws_elasticache_replication_group.r: whether it enables Multi-AZ is"
                + " known only after apply, and AWS refuses it then without automatic failover"
                + " and two nodes or more, so whether AWS accepts it cannot be checked");
  }

  @Test
  void knownSettingsAreJudgedAsBefore() throws Exception {
    assertThat(
            findings(
                PlanChanges.change(
                    "aws_db_instance.d",
                    "aws_db_instance",
                    "{\"engine\": \"postgres\", \"engine_version\": \"16.4\", \"multi_az\": false, "
                        + "\"instance_class\": \"db.t3.micro\", \"manage_master_user_password\":"
                        + " true, "
                        + TAGS
                        + "}",
                    "{}")))
        .containsExactly("PF-HA-001 production database aws_db_instance.d is single-AZ");
  }
}
