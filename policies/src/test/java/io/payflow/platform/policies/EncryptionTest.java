package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Databases encrypt their storage, caches their data at rest and their connections (the provider
 * leaves all three off by default); and a cache's auth token, which AWS takes only over encrypted
 * connections, is refused at apply without them.
 */
class EncryptionTest {
  @TempDir Path dir;

  private static final String RULE = "PF-SEC-004";

  private java.util.List<String> findings(String resources) throws Exception {
    return InputCases.findings(dir, "production", resources, RULE);
  }

  private static String db(String name, String settings) {
    return "'"
        + name
        + "': {'engine': 'postgres', 'engine_version': '16.4', 'instance_class': 'db.t3.micro',"
        + " 'multi_az': true, 'manage_master_user_password': true"
        + settings
        + "}";
  }

  private static String cache(String name, String settings) {
    return "'"
        + name
        + "': {'node_type': 'cache.t3.micro', 'num_cache_clusters': 2, 'multi_az_enabled': true,"
        + " 'automatic_failover_enabled': true"
        + settings
        + "}";
  }

  @Test
  void encryptedEverywherePasses() throws Exception {
    assertThat(
            findings(
                "'aws_db_instance': {"
                    + db("d", ", 'storage_encrypted': true")
                    + "},"
                    + "'aws_rds_cluster': {'a': {'engine': 'aurora-postgresql', 'storage_encrypted':"
                    + " true, 'manage_master_user_password': true}},"
                    + "'aws_elasticache_replication_group': {"
                    + cache(
                        "r",
                        ", 'at_rest_encryption_enabled': true, 'transit_encryption_enabled': true,"
                            + " 'auth_token': '${data.aws_secretsmanager_secret_version.t"
                            + ".secret_string}'")
                    + "}"))
        .isEmpty();
  }

  @Test
  void whatTheProviderLeavesOffIsReported() throws Exception {
    assertThat(
            findings(
                "'aws_db_instance': {"
                    + db("d", "")
                    + "},"
                    + "'aws_rds_cluster': {'a': {'engine': 'aurora-postgresql',"
                    + " 'manage_master_user_password': true}},"
                    + "'aws_elasticache_replication_group': {"
                    + cache("r", "")
                    + ","
                    + cache(
                        "t",
                        ", 'at_rest_encryption_enabled': true, 'auth_token':"
                            + " '${data.aws_secretsmanager_secret_version.t.secret_string}'")
                    + "}"))
        .containsExactlyInAnyOrder(
            RULE + " database aws_db_instance.d does not encrypt its storage (storage_encrypted)",
            RULE + " database aws_rds_cluster.a does not encrypt its storage (storage_encrypted)",
            RULE
                + " cache aws_elasticache_replication_group.r does not encrypt its data at rest"
                + " (at_rest_encryption_enabled)",
            RULE
                + " cache aws_elasticache_replication_group.r does not encrypt its connections"
                + " (transit_encryption_enabled)",
            RULE
                + " cache aws_elasticache_replication_group.t does not encrypt its connections"
                + " (transit_encryption_enabled), and AWS refuses its auth token without them at"
                + " apply");
  }

  @Test
  void settingsOnlyApplyKnowsCannotBeChecked() throws Exception {
    assertThat(
            findings(
                "'aws_db_instance': {"
                    + db("d", ", 'storage_encrypted': '${var.encrypt}'")
                    + "},"
                    + "'aws_elasticache_replication_group': {"
                    + cache(
                        "r",
                        ", 'at_rest_encryption_enabled': '${var.e}', 'transit_encryption_enabled':"
                            + " '${var.t}'")
                    + "}"))
        .containsExactlyInAnyOrder(
            RULE
                + " database aws_db_instance.d: whether its storage is encrypted is known only after"
                + " apply, so it cannot be checked",
            RULE
                + " cache aws_elasticache_replication_group.r: whether it encrypts its data at rest is"
                + " known only after apply, so it cannot be checked",
            RULE
                + " cache aws_elasticache_replication_group.r: whether it encrypts its connections is"
                + " known only after apply, so it cannot be checked");
  }

  @Test
  void aReplicaOrARestoreLeftUnsetHasItsSourcesEncryption() throws Exception {
    assertThat(
            findings(
                "'aws_db_instance': {"
                    + db("replica", ", 'replicate_source_db': 'payflow'")
                    + ","
                    + db(
                        "restored", ", 'snapshot_identifier': 'snap-1', 'storage_encrypted': false")
                    + "}"))
        .containsExactlyInAnyOrder(
            RULE
                + " database aws_db_instance.replica: whether its storage is encrypted is known only"
                + " after apply, so it cannot be checked",
            RULE
                + " database aws_db_instance.restored does not encrypt its storage (storage_encrypted)");
  }

  @Test
  void aServerlessAuroraClusterIsAlwaysEncrypted() throws Exception {
    assertThat(
            findings(
                "'aws_rds_cluster': {'s': {'engine': 'aurora-postgresql', 'engine_mode':"
                    + " 'serverless', 'manage_master_user_password': true}}"))
        .isEmpty();
  }

  @Test
  void aModelCacheWithATokenAndNoEncryptionInTransitIsRefusedBeforeAnySynth() throws Exception {
    String topology =
        java.nio.file.Files.readString(Paths.locate("examples/payflow.yaml"))
            .replaceFirst("transit_encryption: true", "transit_encryption: false");
    Path file = java.nio.file.Files.writeString(dir.resolve("payflow.yaml"), topology);
    Report report =
        InputCases.engine()
            .evaluate(ModelFacts.of(io.payflow.platform.topology.TopologyLoader.load(file)));
    assertThat(report.findings())
        .filteredOn(f -> f.ruleId().equals(RULE))
        .extracting(Finding::message)
        .containsExactly(
            "cache production.caches.payflow-production-redis does not encrypt its connections"
                + " (transit_encryption_enabled), and AWS refuses its auth token without them at"
                + " apply");
  }
}
