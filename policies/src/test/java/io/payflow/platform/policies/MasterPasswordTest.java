package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database whose master password is set nowhere made no credential fact, so the credential rules
 * had nothing to judge and the gate passed a stack RDS refuses to create (CreateDBInstance needs a
 * master password unless RDS manages it or the database copies another). Such a password is a
 * credential that is absent now (PF-SEC-002); a copy of a snapshot, a replica, a point-in-time
 * restore or a global cluster's secondary takes its source's.
 */
class MasterPasswordTest {
  @TempDir Path dir;

  private static final String ABSENT =
      " is not set, and the database neither lets RDS manage it nor copies another database: RDS"
          + " refuses to create it";

  private java.util.List<String> findings(String resources) throws Exception {
    return InputCases.findings(dir, "production", resources, "PF-SEC-001", "PF-SEC-002").stream()
        .sorted()
        .toList();
  }

  private static String instance(String name, String more) {
    return InputCases.dbInstance(
        name,
        "'engine': 'postgres', 'engine_version': '17.2', 'instance_class': 'db.t3.micro',"
            + " 'allocated_storage': 20, 'username': 'x'"
            + more);
  }

  @Test
  void anInstanceWithNoPasswordAnywhereIsReported() throws Exception {
    assertThat(findings("'aws_db_instance': {" + instance("d", "") + "}"))
        .containsExactly("PF-SEC-002 master password of aws_db_instance.d" + ABSENT);
  }

  @Test
  void aCopyOfAnotherDatabaseTakesItsPasswordAndAManagedOneNeedsNone() throws Exception {
    assertThat(
            findings(
                "'aws_db_instance': {"
                    + instance("snap", ", 'snapshot_identifier': 'rds:payflow-2026-11-01'")
                    + ", "
                    + instance(
                        "replica", ", 'replicate_source_db': '${aws_db_instance.managed.id}'")
                    + ", "
                    + instance(
                        "pitr",
                        ", 'restore_to_point_in_time': [{'source_db_instance_identifier': 'p',"
                            + " 'use_latest_restorable_time': true}]")
                    + ", "
                    + instance("managed", ", 'manage_master_user_password': true")
                    + "}"))
        .isEmpty();
  }

  @Test
  void aManagedFlagSetByAnExpressionMayBeOffSoTheSourceCannotBeTraced() throws Exception {
    assertThat(
            findings(
                "'aws_db_instance': {"
                    + instance("d", ", 'manage_master_user_password': '${var.managed}'")
                    + "}"))
        .containsExactly(
            "PF-SEC-002 master password of aws_db_instance.d comes from a source that cannot be"
                + " traced, not from Secrets Manager");
  }

  @Test
  void aClusterWithNoPasswordIsReportedAndAGlobalSecondaryIsNot() throws Exception {
    assertThat(
            findings(
                "'aws_rds_cluster': {'c': {'cluster_identifier': 'c', 'engine':"
                    + " 'aurora-postgresql', 'master_username': 'x'}, 's': {'cluster_identifier':"
                    + " 's', 'engine': 'aurora-postgresql', 'global_cluster_identifier': 'g'}}"))
        .containsExactly("PF-SEC-002 master password of aws_rds_cluster.c" + ABSENT);
  }

  @Test
  void aPlannedInstanceWithNoPasswordIsReportedAndOneOnlyApplyKnowsIsNotTraced() throws Exception {
    String after =
        "{\"identifier\": \"%s\", \"engine\": \"postgres\", \"engine_version\": \"17.2\","
            + " \"instance_class\": \"db.t3.micro\", \"password\": null}";
    assertThat(
            InputCases.planFindings(
                dir,
                PlanChanges.change(
                        "aws_db_instance.a", "aws_db_instance", after.formatted("a"), "{}")
                    + ", "
                    + PlanChanges.change(
                        "aws_db_instance.b",
                        "aws_db_instance",
                        after.formatted("b"),
                        "{\"password\": true}"),
                "PF-SEC-002"))
        .containsExactlyInAnyOrder(
            "PF-SEC-002 master password of aws_db_instance.a" + ABSENT,
            "PF-SEC-002 master password of aws_db_instance.b comes from a source that cannot be"
                + " traced, not from Secrets Manager");
  }

  /** A database the plan updates or keeps was created already: it needs no password to stay. */
  @Test
  void aDatabaseThePlanDoesNotCreateNeedsNoPassword() throws Exception {
    String values =
        "{\"identifier\": \"d\", \"engine\": \"postgres\", \"engine_version\": \"17.2\","
            + " \"instance_class\": \"db.t3.micro\", \"password\": null}";
    String update =
        "{\"address\": \"aws_db_instance.d\", \"mode\": \"managed\", \"type\":"
            + " \"aws_db_instance\", \"change\": {\"actions\": [\"update\"], \"before\": "
            + values
            + ", \"after\": "
            + values
            + ", \"after_unknown\": {}}}";
    assertThat(InputCases.planFindings(dir, update, "PF-SEC-002")).isEmpty();
    assertThat(
            InputCases.planFindings(
                dir, update.replace("[\"update\"]", "[\"delete\", \"create\"]"), "PF-SEC-002"))
        .containsExactly("PF-SEC-002 master password of aws_db_instance.d" + ABSENT);
  }
}
