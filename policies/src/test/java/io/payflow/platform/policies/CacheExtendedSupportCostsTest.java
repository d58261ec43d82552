package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A Redis OSS 5 cache, in ElastiCache Extended Support since 2026-02-01, cost what a supported one
 * does, and an environment over its budget passed. Extended Support is a cost line now, per
 * node-hour of each node, at the node type's premium for the year; a node type the catalog holds no
 * premium for is listed unpriced.
 */
class CacheExtendedSupportCostsTest {
  @TempDir Path dir;

  private static String group(String name, String nodeType, String more) {
    return "'"
        + name
        + "': {'replication_group_id': '"
        + name
        + "', 'description': 'd', 'node_type': '"
        + nodeType
        + "', 'num_cache_clusters': 2"
        + more
        + "}";
  }

  @Test
  void extendedSupportIsPricedPerNodeAtTheYearsPremium() throws Exception {
    Input input =
        InputCases.read(
            dir,
            "main.tf.json",
            "{'terraform': {'backend': {'s3': {'bucket': 'b', 'key':"
                + " 'production/terraform.tfstate', 'region': 'us-east-1'}}}, 'resource':"
                + " {'aws_elasticache_replication_group': {"
                + String.join(
                    ", ",
                    // year 1-2 of Extended Support (standard support ended 2026-01-31)
                    group("five", "cache.t4g.small", ", 'engine_version': '5.0.6'"),
                    // in standard support, or ElastiCache's newest: no line
                    group("seven", "cache.t4g.small", ", 'engine_version': '7.1'"),
                    group("newest", "cache.t4g.small", ""),
                    // a node type the catalog has no premium for: unpriced, never a guess
                    group("odd", "cache.m7g.large", ", 'engine_version': '4.0.10'"))
                + "}}}");
    assertThat(input.facts().facts().costs())
        .filteredOn(c -> c.description().startsWith("ElastiCache Extended Support"))
        .extracting(
            Facts.Cost::address,
            Facts.Cost::priceKey,
            c ->
                c.monthlyUsd() == null ? null : c.monthlyUsd().stripTrailingZeros().toPlainString())
        .containsExactlyInAnyOrder(
            tuple(
                "aws_elasticache_replication_group.five: ElastiCache Extended Support redis 5.0.6"
                    + " (cache.t4g.small)",
                "elasticache.extended_support.yr1_2.cache.t4g.small",
                "37.376"),
            tuple(
                "aws_elasticache_replication_group.odd: ElastiCache Extended Support redis 4.0.10"
                    + " (cache.m7g.large)",
                "elasticache.extended_support.yr1_2.cache.m7g.large",
                null));
  }
}
