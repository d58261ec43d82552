package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every place the AWS provider takes a password or token, not only the database's and the cache's:
 * DocumentDB, Redshift, Amazon MQ users, OpenSearch's master user, MemoryDB and ElastiCache users,
 * DMS endpoints, directories, Lightsail databases and SSM SecureString parameters. A literal there
 * passed PF-SEC-001 unseen. Each test lists every finding of its input.
 */
class CredentialPositionsTest {
  private static final String SECRET = "Hunter2DoNotEcho";

  @TempDir Path dir;

  private Input read(String name, String json) throws Exception {
    return InputCases.read(dir, name, json);
  }

  /** The credential rules' findings (the services holding them are priced elsewhere). */
  private static String findings(Input input) throws Exception {
    assertThat(input.facts().json()).doesNotContain(SECRET);
    return InputCases.lines(InputCases.evaluate(input))
        .lines()
        .filter(line -> line.startsWith("PF-SEC-"))
        .map(line -> line + "\n")
        .collect(java.util.stream.Collectors.joining());
  }

  /** Findings come in the report's order: severity, rule, environment, address. */
  @Test
  void literalsInEveryCredentialPositionAreFound() throws Exception {
    String pw = "'" + SECRET + "'";
    Input input =
        read(
            "literals.tf.json",
            ("{'resource': {"
                    + "'aws_docdb_cluster': {'d': {'master_username': 'admin', 'master_password': PW}},"
                    + "'aws_redshift_cluster': {'r': {'cluster_identifier': 'r', 'node_type': 'ra3.large', 'master_password': PW}},"
                    + "'aws_redshiftserverless_namespace': {'n': {'namespace_name': 'n', 'admin_user_password': PW}},"
                    + "'aws_mq_broker': {'m': {'broker_name': 'm', 'user': ["
                    + "{'username': 'a', 'password': '${data.aws_secretsmanager_secret_version.mq.secret_string}'},"
                    + "{'username': 'b', 'password': PW}]}},"
                    + "'aws_opensearch_domain': {'o': {'domain_name': 'o', 'advanced_security_options': [{'enabled': true,"
                    + " 'master_user_options': [{'master_user_name': 'admin', 'master_user_password': PW}]}]}},"
                    + "'aws_elasticsearch_domain': {'e': {'domain_name': 'e', 'advanced_security_options': {'enabled': true,"
                    + " 'master_user_options': {'master_user_name': 'admin', 'master_user_password': '${var.es_password}'}}}},"
                    + "'aws_memorydb_user': {'u': {'user_name': 'u', 'access_string': 'on ~* +@all', 'authentication_mode': {'type': 'password', 'passwords': [PW]}}},"
                    + "'aws_elasticache_user': {'c': {'user_id': 'c', 'user_name': 'c', 'engine': 'REDIS', 'access_string': 'on ~* +@all', 'passwords': [PW]}},"
                    + "'aws_dms_endpoint': {'x': {'endpoint_id': 'x', 'endpoint_type': 'source', 'engine_name': 'postgres', 'password': PW}},"
                    + "'aws_directory_service_directory': {'ad': {'name': 'corp.example.com', 'password': PW}},"
                    + "'aws_lightsail_database': {'l': {'relational_database_name': 'l', 'master_password': PW}},"
                    + "'aws_ssm_parameter': {'s': {'name': '/db/pw', 'type': 'SecureString', 'value': PW},"
                    + " 'plain': {'name': '/app/region', 'type': 'String', 'value': 'us-east-1'}}"
                    + "}}")
                .replace("PW", pw));
    assertThat(findings(input))
        .isEqualTo(
            """
            PF-SEC-001 admin password of aws_directory_service_directory.ad is a literal value in the configuration (value not shown)
            PF-SEC-001 password of aws_dms_endpoint.x is a literal value in the configuration (value not shown)
            PF-SEC-001 master password of aws_docdb_cluster.d is a literal value in the configuration (value not shown)
            PF-SEC-001 passwords of aws_elasticache_user.c is a literal value in the configuration (value not shown)
            PF-SEC-001 master password of aws_lightsail_database.l is a literal value in the configuration (value not shown)
            PF-SEC-001 passwords of aws_memorydb_user.u is a literal value in the configuration (value not shown)
            PF-SEC-001 user password of aws_mq_broker.m is a literal value in the configuration (value not shown)
            PF-SEC-001 master user password of aws_opensearch_domain.o is a literal value in the configuration (value not shown)
            PF-SEC-001 master password of aws_redshift_cluster.r is a literal value in the configuration (value not shown)
            PF-SEC-001 admin password of aws_redshiftserverless_namespace.n is a literal value in the configuration (value not shown)
            PF-SEC-001 SecureString value of aws_ssm_parameter.s is a literal value in the configuration (value not shown)
            PF-SEC-002 master user password of aws_elasticsearch_domain.e comes from a Terraform variable, not from Secrets Manager
            """);
  }

  /** A password the service manages, a parameter that is not a SecureString: no credential. */
  @Test
  void managedPasswordsAndPlainParametersAreNotCredentials() throws Exception {
    Input input =
        read(
            "managed.tf.json",
            "{'resource': {"
                + "'aws_docdb_cluster': {'d': {'master_username': 'admin', 'manage_master_user_password': true}},"
                + "'aws_redshift_cluster': {'r': {'cluster_identifier': 'r', 'node_type': 'ra3.large', 'manage_master_password': true}},"
                + "'aws_ssm_parameter': {'list': {'name': '/app/zones', 'type': 'StringList', 'value': 'a,b'}}"
                + "}}");
    assertThat(findings(input)).isEmpty();
  }

  /**
   * Only apply knows: a parameter whose type an expression sets is judged as a SecureString, and a
   * dynamic block of users is a source that cannot be traced, not a broker without users.
   */
  @Test
  void whatOnlyApplyKnowsIsTheWorstCase() throws Exception {
    Input input =
        read(
            "unknown.tf.json",
            ("{'resource': {"
                    + "'aws_ssm_parameter': {'s': {'name': '/db/pw', 'type': '${var.kind}', 'value': PW}},"
                    + "'aws_mq_broker': {'m': {'broker_name': 'm', 'dynamic': {'user': {'for_each': '${var.users}',"
                    + " 'content': {'username': '${user.key}', 'password': '${user.value}'}}}}}"
                    + "}}")
                .replace("PW", "'" + SECRET + "'"));
    assertThat(findings(input))
        .isEqualTo(
            """
            PF-SEC-001 SecureString value of aws_ssm_parameter.s is a literal value in the configuration (value not shown)
            PF-SEC-002 user password of aws_mq_broker.m comes from a source that cannot be traced, not from Secrets Manager
            """);
  }

  /** A block of another shape is refused as Terraform refuses it, with its place: never skipped. */
  @Test
  void aCredentialBlockOfAnotherShapeIsAnInputError() {
    assertThatThrownBy(
            () -> read("shape.tf.json", "{'resource': {'aws_mq_broker': {'m': {'user': 'x'}}}}"))
        .isInstanceOf(InputException.class)
        .hasMessage(
            "shape.tf.json:1:47: resource.aws_mq_broker.m.user: expected a block (an object) or a"
                + " list of blocks");
    assertThatThrownBy(
            () ->
                read(
                    "shape.tf.json",
                    "{'resource': {'aws_opensearch_domain': {'o': {'advanced_security_options':"
                        + " [{'master_user_options': [7]}]}}}}"))
        .isInstanceOf(InputException.class)
        .hasMessageStartingWith("shape.tf.json:1:")
        .hasMessageEndingWith(
            "resource.aws_opensearch_domain.o.advanced_security_options[0].master_user_options[0]:"
                + " expected a block (an object)");
  }

  /**
   * A plan holds every value in clear text; its configuration says where each came from, block by
   * block. (The values differ: a variable's value equal to a literal elsewhere counts as one.)
   */
  @Test
  void aPlansNestedCredentialsAreTracedThroughItsConfiguration() throws Exception {
    Input input =
        read(
            "p.json",
            ("{'format_version': '1.2', 'terraform_version': '1.9.8', 'resource_changes': ["
                    + "{'address': 'aws_mq_broker.m', 'mode': 'managed', 'type': 'aws_mq_broker', 'name': 'm',"
                    + " 'change': {'actions': ['create'], 'after': {'broker_name': 'm', 'user': ["
                    + "{'username': 'a', 'password': 'S1'}, {'username': 'b', 'password': 'S2'}]},"
                    + " 'after_unknown': {'id': true}}},"
                    + "{'address': 'aws_opensearch_domain.o', 'mode': 'managed', 'type': 'aws_opensearch_domain', 'name': 'o',"
                    + " 'change': {'actions': ['create'], 'after': {'domain_name': 'o', 'advanced_security_options': [{'enabled': true,"
                    + " 'master_user_options': [{'master_user_name': 'admin', 'master_user_password': 'S3'}]}]},"
                    + " 'after_unknown': {'id': true}}}],"
                    + "'configuration': {'root_module': {'resources': ["
                    + "{'address': 'aws_mq_broker.m', 'mode': 'managed', 'type': 'aws_mq_broker', 'expressions': {'user': ["
                    + "{'username': {'constant_value': 'a'}, 'password': {'references': ['data.aws_secretsmanager_secret_version.mq.secret_string', 'data.aws_secretsmanager_secret_version.mq']}},"
                    + "{'username': {'constant_value': 'b'}, 'password': {'references': ['var.mq_password']}}]}},"
                    + "{'address': 'aws_opensearch_domain.o', 'mode': 'managed', 'type': 'aws_opensearch_domain', 'expressions': {'advanced_security_options': [{"
                    + "'master_user_options': [{'master_user_password': {'constant_value': 'S3'}}]}]}}"
                    + "]}}}")
                .replace("S1", SECRET + "A")
                .replace("S2", SECRET + "B")
                .replace("S3", SECRET + "C"));
    assertThat(findings(input))
        .isEqualTo(
            """
            PF-SEC-001 master user password of aws_opensearch_domain.o is a literal value in the configuration (value not shown)
            PF-SEC-002 user password of aws_mq_broker.m comes from a Terraform variable, not from Secrets Manager
            """);
  }

  /**
   * Write-only arguments (Terraform 1.11 and later: password_wo and the like) keep the value out of
   * state and plan, not out of the configuration: a literal there is a literal in the repository.
   */
  @Test
  void writeOnlyArgumentsAreCredentialPositionsToo() throws Exception {
    String db =
        "'engine': 'postgres', 'instance_class': 'db.t3.micro', 'multi_az': true,"
            + " 'storage_encrypted': true, ";
    Input input =
        read(
            "main.tf.json",
            ("{'resource': {"
                    + "'aws_db_instance': {'lit': {"
                    + db
                    + "'password_wo': PW, 'password_wo_version': 1},"
                    + "'eph': {"
                    + db
                    + "'password_wo':"
                    + " '${ephemeral.aws_secretsmanager_secret_version.db.secret_string}',"
                    + " 'password_wo_version': 1}},"
                    + "'aws_rds_cluster': {'c': {'engine': 'aurora-postgresql', 'storage_encrypted': true, 'master_password_wo':"
                    + " PW}},"
                    + "'aws_docdb_cluster': {'d': {'master_password_wo': PW}},"
                    + "'aws_secretsmanager_secret_version': {'v': {'secret_id': 's',"
                    + " 'secret_string_wo': PW, 'secret_string_wo_version': 1}}"
                    + "}}")
                .replace("PW", "'" + SECRET + "'"));
    assertThat(findings(input))
        .isEqualTo(
            "PF-SEC-001 master password of aws_db_instance.lit is a literal value in the"
                + " configuration (value not shown)\n"
                + "PF-SEC-001 master password of aws_docdb_cluster.d is a literal value in the"
                + " configuration (value not shown)\n"
                + "PF-SEC-001 master password of aws_rds_cluster.c is a literal value in the"
                + " configuration (value not shown)\n"
                + "PF-SEC-001 secret string of aws_secretsmanager_secret_version.v is a literal value"
                + " in the configuration (value not shown)\n");
  }
}
