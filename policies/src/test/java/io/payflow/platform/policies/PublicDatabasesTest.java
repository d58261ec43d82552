package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A production database with publicly_accessible = true passed every rule: RDS gives it a public
 * address, and only its security groups stand between it and the internet. Instances, and clusters
 * through their instances, are judged now (PF-SEC-005); a setting only apply knows is not checked.
 */
class PublicDatabasesTest {
  @TempDir Path dir;

  private static String instance(String name, String more) {
    return InputCases.dbInstance(
        name,
        "'engine': 'postgres', 'engine_version': '17.2', 'instance_class': 'db.t3.micro',"
            + " 'manage_master_user_password': true, 'storage_encrypted': true"
            + more);
  }

  private java.util.List<String> findings(String resources) throws Exception {
    return InputCases.findings(dir, "production", resources, "PF-SEC-005").stream()
        .sorted()
        .toList();
  }

  @Test
  void aPublicInstanceIsReportedAndOneAnExpressionSetsIsNotChecked() throws Exception {
    assertThat(
            findings(
                "'aws_db_instance': {"
                    + instance("open", ", 'publicly_accessible': true")
                    + ", "
                    + instance("unsure", ", 'publicly_accessible': '${var.public}'")
                    + ", "
                    + instance("private", ", 'publicly_accessible': false")
                    + ", "
                    + instance("unset", "")
                    + "}"))
        .containsExactly(
            "PF-SEC-005 database aws_db_instance.open is publicly accessible: RDS gives it a public"
                + " address, which the internet reaches wherever its subnets route to an internet"
                + " gateway",
            "PF-SEC-005 database aws_db_instance.unsure: whether it is publicly accessible is known"
                + " only after apply, so it cannot be checked");
  }

  @Test
  void aClusterIsPublicWhenOneOfItsInstancesIs() throws Exception {
    String cluster =
        "'aws_rds_cluster': {'c': {'cluster_identifier': 'c', 'engine': 'aurora-postgresql',"
            + " 'manage_master_user_password': true, 'storage_encrypted': true}}";
    String instances =
        "'aws_rds_cluster_instance': {'a': {'cluster_identifier': '${aws_rds_cluster.c.id}',"
            + " 'instance_class': 'db.r6g.large', 'engine': 'aurora-postgresql'}, 'b':"
            + " {'cluster_identifier': '${aws_rds_cluster.c.id}', 'instance_class':"
            + " 'db.r6g.large', 'engine': 'aurora-postgresql', 'publicly_accessible': true}}";
    assertThat(findings(cluster + ", " + instances))
        .containsExactly(
            "PF-SEC-005 database aws_rds_cluster.c is publicly accessible: RDS gives it a public"
                + " address, which the internet reaches wherever its subnets route to an internet"
                + " gateway");
  }

  @Test
  void aSettingAPlanLeavesToApplyIsNotChecked() throws Exception {
    assertThat(
            InputCases.planFindings(
                dir,
                PlanChanges.change(
                    "aws_db_instance.d",
                    "aws_db_instance",
                    "{\"identifier\": \"d\", \"engine\": \"postgres\", \"engine_version\":"
                        + " \"17.2\", \"instance_class\": \"db.t3.micro\","
                        + " \"manage_master_user_password\": true, \"storage_encrypted\": true}",
                    "{\"publicly_accessible\": true}"),
                "PF-SEC-005"))
        .containsExactly(
            "PF-SEC-005 database aws_db_instance.d: whether it is publicly accessible is known only"
                + " after apply, so it cannot be checked");
  }
}
