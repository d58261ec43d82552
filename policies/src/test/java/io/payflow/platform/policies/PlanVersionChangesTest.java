package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan that moves EKS from 1.33 to 1.35, or RDS PostgreSQL from 16 to 17 without
 * allow_major_version_upgrade, or any engine back a version, passed: the rules read the version a
 * resource would have, never the one it has. AWS refuses each at apply, after the plan's other
 * changes are made. The version before an update is read from the plan (PF-APPLY-002).
 */
class PlanVersionChangesTest {
  @TempDir Path dir;

  private static String update(String address, String type, String before, String after) {
    return "{\"address\": \""
        + address
        + "\", \"mode\": \"managed\", \"type\": \""
        + type
        + "\", \"change\": {\"actions\": [\"update\"], \"before\": "
        + before
        + ", \"after\": "
        + after
        + ", \"after_unknown\": {}}}";
  }

  private static String cluster(String name, String from, String to) {
    String values =
        "{\"name\": \"" + name + "\", \"version\": \"%s\", \"role_arn\": \"arn\", \"tags\": {}}";
    return update(
        "aws_eks_cluster." + name, "aws_eks_cluster", values.formatted(from), values.formatted(to));
  }

  private static String database(String name, String engine, String from, String to, String more) {
    String values =
        "{\"identifier\": \""
            + name
            + "\", \"engine\": \""
            + engine
            + "\", \"engine_version\": \"%s\", \"instance_class\": \"db.t3.micro\","
            + " \"manage_master_user_password\": true, \"storage_encrypted\": true"
            + more
            + "}";
    return update(
        "aws_db_instance." + name, "aws_db_instance", values.formatted(from), values.formatted(to));
  }

  @Test
  void eksUpgradesOneMinorVersionAtATimeAndNeverDowngrades() throws Exception {
    assertThat(
            InputCases.planFindings(
                dir,
                String.join(
                    ", ",
                    cluster("skips", "1.33", "1.35"),
                    cluster("back", "1.35", "1.34"),
                    cluster("step", "1.34", "1.35")),
                "PF-APPLY-002"))
        .containsExactlyInAnyOrder(
            "PF-APPLY-002 EKS cluster aws_eks_cluster.skips would move from Kubernetes 1.33 to"
                + " 1.35: EKS upgrades one minor version at a time, so apply fails; upgrade to 1.34"
                + " first",
            "PF-APPLY-002 EKS cluster aws_eks_cluster.back would move from Kubernetes 1.35 back to"
                + " 1.34: EKS cannot downgrade a cluster, so apply fails");
  }

  @Test
  void rdsMajorUpgradesNeedPermissionAndNoEngineGoesBack() throws Exception {
    assertThat(
            InputCases.planFindings(
                dir,
                String.join(
                    ", ",
                    database("pg", "postgres", "16.4", "17.2", ""),
                    database(
                        "allowed",
                        "postgres",
                        "16.4",
                        "17.2",
                        ", \"allow_major_version_upgrade\": true"),
                    database("back", "mysql", "8.0.35", "8.0.32", ""),
                    database("minor", "postgres", "16.4", "16.6", "")),
                "PF-APPLY-002"))
        .containsExactlyInAnyOrder(
            "PF-APPLY-002 database aws_db_instance.pg would upgrade PostgreSQL 16.4 to 17.2 without"
                + " allow_major_version_upgrade: RDS refuses the major upgrade, so apply fails",
            "PF-APPLY-002 database aws_db_instance.back would move from MySQL 8.0.35 back to"
                + " 8.0.32: RDS cannot downgrade an engine, so apply fails");
  }

  @Test
  void aPermissionOnlyApplyKnowsLeavesAMajorUpgradeNotChecked() throws Exception {
    String values =
        "{\"identifier\": \"pg\", \"engine\": \"postgres\", \"engine_version\": \"%s\","
            + " \"instance_class\": \"db.t3.micro\", \"manage_master_user_password\": true,"
            + " \"storage_encrypted\": true}";
    String change =
        "{\"address\": \"aws_db_instance.pg\", \"mode\": \"managed\", \"type\": \"aws_db_instance\","
            + " \"change\": {\"actions\": [\"update\"], \"before\": "
            + values.formatted("16.4")
            + ", \"after\": "
            + values.formatted("17.2")
            + ", \"after_unknown\": {\"allow_major_version_upgrade\": true}}}";
    assertThat(InputCases.planFindings(dir, change, "PF-APPLY-002"))
        .containsExactly(
            "PF-APPLY-002 database aws_db_instance.pg would upgrade PostgreSQL 16.4 to 17.2, and"
                + " whether allow_major_version_upgrade is set is known only after apply: the"
                + " upgrade cannot be checked");
  }

  @Test
  void aBeforeOfAnyShapeOnOtherTypesIsNotRead() throws Exception {
    String launchTemplate =
        "{\"address\": \"aws_launch_template.t\", \"mode\": \"managed\", \"type\":"
            + " \"aws_launch_template\", \"change\": {\"actions\": [\"update\"], \"before\":"
            + " {\"version\": 3, \"engine_version\": {\"x\": [1]}}, \"after\": {\"name\": \"t\"},"
            + " \"after_unknown\": {}}}";
    assertThat(InputCases.planFindings(dir, launchTemplate, "PF-APPLY-002")).isEmpty();
  }
}
