package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The names AWS takes once per region, account or (buckets) partition, given twice in one estate:
 * the second fails apply. Beyond clusters, databases, caches, repositories, secrets and roles, a
 * copied environment repeats bucket names, KMS aliases, log groups, subnet groups, IAM policies and
 * instance profiles, load balancers and RDS clusters.
 */
class UniqueNamesTest {
  @TempDir Path dir;

  private static String twice(String type, String attribute, String name) {
    return "'"
        + type
        + "': {'a': {'"
        + attribute
        + "': '"
        + name
        + "'}, 'b': {'"
        + attribute
        + "': '"
        + name
        + "'}}";
  }

  @Test
  void namesGivenTwiceAreReported() throws Exception {
    String resources =
        String.join(
            ",",
            twice("aws_s3_bucket", "bucket", "payflow-artifacts"),
            twice("aws_kms_alias", "name", "alias/payflow"),
            twice("aws_cloudwatch_log_group", "name", "/payflow/app"),
            twice("aws_db_subnet_group", "name", "data"),
            twice("aws_elasticache_subnet_group", "name", "data"),
            twice("aws_iam_policy", "name", "deploy"),
            twice("aws_iam_instance_profile", "name", "nodes"),
            twice("aws_lb", "name", "api"),
            twice("aws_rds_cluster", "cluster_identifier", "ledger"));
    assertThat(InputCases.findings(dir, "production", resources, "PF-APPLY-001"))
        .containsExactlyInAnyOrder(
            "PF-APPLY-001 s3_bucket name 'payflow-artifacts' of aws_s3_bucket.b is already used by"
                + " aws_s3_bucket.a (unique per partition)",
            "PF-APPLY-001 kms_alias name 'alias/payflow' of aws_kms_alias.b is already used by"
                + " aws_kms_alias.a (unique per region)",
            "PF-APPLY-001 log_group name '/payflow/app' of aws_cloudwatch_log_group.b is already"
                + " used by aws_cloudwatch_log_group.a (unique per region)",
            "PF-APPLY-001 db_subnet_group name 'data' of aws_db_subnet_group.b is already used by"
                + " aws_db_subnet_group.a (unique per region)",
            "PF-APPLY-001 elasticache_subnet_group name 'data' of aws_elasticache_subnet_group.b is"
                + " already used by aws_elasticache_subnet_group.a (unique per region)",
            "PF-APPLY-001 iam_policy name 'deploy' of aws_iam_policy.b is already used by"
                + " aws_iam_policy.a (unique per account)",
            "PF-APPLY-001 iam_instance_profile name 'nodes' of aws_iam_instance_profile.b is already"
                + " used by aws_iam_instance_profile.a (unique per account)",
            "PF-APPLY-001 load_balancer name 'api' of aws_lb.b is already used by aws_lb.a (unique"
                + " per region)",
            "PF-APPLY-001 rds_cluster name 'ledger' of aws_rds_cluster.b is already used by"
                + " aws_rds_cluster.a (unique per region)");
  }

  @Test
  void distinctNamesPass() throws Exception {
    assertThat(
            InputCases.findings(
                dir,
                "production",
                "'aws_s3_bucket': {'a': {'bucket': 'one'}, 'b': {'bucket': 'two'}},"
                    + "'aws_db_subnet_group': {'a': {'name': 'data'}},"
                    + "'aws_elasticache_subnet_group': {'a': {'name': 'data'}}",
                "PF-APPLY-001"))
        .isEmpty();
  }
}
