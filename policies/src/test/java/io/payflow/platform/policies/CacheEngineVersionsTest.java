package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cache's engine version was not read: a Redis OSS 5 replication group, in ElastiCache Extended
 * Support (billed per node-hour) since 2026-01-31, passed, and so did a version no catalog lists.
 * The engine and its version are facts now, judged against the support catalog (PF-CACHE-001).
 */
class CacheEngineVersionsTest {
  @TempDir Path dir;

  private static String group(String name, String more) {
    return "'"
        + name
        + "': {'replication_group_id': '"
        + name
        + "', 'description': 'd', 'node_type': 'cache.t4g.small', 'num_cache_clusters': 2,"
        + " 'multi_az_enabled': true, 'automatic_failover_enabled': true,"
        + " 'at_rest_encryption_enabled': true, 'transit_encryption_enabled': true"
        + more
        + "}";
  }

  @Test
  void versionsPastStandardSupportUnlistedOrKnownOnlyAtApplyAreReported() throws Exception {
    assertThat(
            InputCases.sortedFindings(
                dir,
                "production",
                "'aws_elasticache_replication_group': {"
                    + String.join(
                        ", ",
                        group("five", ", 'engine_version': '5.0.6'"),
                        group("seven", ", 'engine_version': '7.1'"),
                        group("valkey", ", 'engine': 'valkey', 'engine_version': '8.0'"),
                        group("newest", ""),
                        group("legacy", ", 'engine_version': '3.2.10'"),
                        group("variable", ", 'engine_version': '${var.redis}'"),
                        group("either", ", 'engine': '${var.engine}', 'engine_version': '7.1'"))
                    + "}, 'aws_elasticache_cluster': {'four': {'cluster_id': 'four',"
                    + " 'engine': 'redis', 'engine_version': '4.0.10', 'node_type':"
                    + " 'cache.t4g.small', 'num_cache_nodes': 1}, 'memcached': {'cluster_id':"
                    + " 'memcached', 'engine': 'memcached', 'engine_version': '1.6.22',"
                    + " 'node_type': 'cache.t4g.small', 'num_cache_nodes': 1}}",
                "PF-CACHE-001"))
        .containsExactly(
            "PF-CACHE-001 cache aws_elasticache_cluster.four runs Redis OSS 4.0.10, in ElastiCache"
                + " Extended Support (billed per node-hour) since 2026-01-31 until 2029-01-31",
            "PF-CACHE-001 cache aws_elasticache_replication_group.either: its engine is known only"
                + " after apply, so its version's support cannot be checked; set it",
            "PF-CACHE-001 cache aws_elasticache_replication_group.five runs Redis OSS 5.0.6, in"
                + " ElastiCache Extended Support (billed per node-hour) since 2026-01-31 until"
                + " 2029-01-31",
            "PF-CACHE-001 cache aws_elasticache_replication_group.legacy runs Redis OSS 3.2.10,"
                + " which the support catalog does not list",
            "PF-CACHE-001 cache aws_elasticache_replication_group.variable: its engine version is"
                + " known only after apply, so its support cannot be checked; pin it");
  }

  /** A number where Terraform takes text is read as the text Terraform makes of it. */
  @Test
  void aVersionWrittenAsANumberIsReadAsTerraformsText() throws Exception {
    assertThat(
            InputCases.findings(
                dir,
                "production",
                "'aws_elasticache_replication_group': {"
                    + group("five", ", 'engine_version': 5.0")
                    + "}",
                "PF-CACHE-001"))
        .containsExactly(
            "PF-CACHE-001 cache aws_elasticache_replication_group.five runs Redis OSS 5, in"
                + " ElastiCache Extended Support (billed per node-hour) since 2026-01-31 until"
                + " 2029-01-31");
  }

  /**
   * A plan marks unknown an engine version its configuration leaves out (ElastiCache picks its
   * newest): not reported.
   */
  @Test
  void aPlansComputedDefaultVersionIsNotReported() throws Exception {
    String json =
        "{\"format_version\": \"1.2\", \"terraform_version\": \"1.9.8\", \"resource_changes\": ["
            + PlanChanges.change(
                "aws_elasticache_replication_group.r",
                "aws_elasticache_replication_group",
                "{\"replication_group_id\": \"r\", \"description\": \"d\", \"node_type\":"
                    + " \"cache.t4g.small\", \"num_cache_clusters\": 1, \"engine\": \"redis\"}",
                "{\"engine_version\": true}")
            + "], \"configuration\": {\"root_module\": {\"resources\": [{\"address\":"
            + " \"aws_elasticache_replication_group.r\", \"mode\": \"managed\", \"expressions\":"
            + " {\"node_type\": {\"constant_value\": \"cache.t4g.small\"}}}]}}}";
    assertThat(InputCases.planJsonFindings(dir, json, "PF-CACHE-001")).isEmpty();
  }
}
