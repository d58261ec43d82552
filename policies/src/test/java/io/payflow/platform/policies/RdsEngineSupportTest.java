package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PF-RDS-001 judged PostgreSQL only: a MySQL 5.7 database, billed for RDS Extended Support since
 * February 2024 (two of the real-world plans hold one), and a MariaDB 10.6 one that RDS upgrades by
 * itself (it offers MariaDB no Extended Support) both passed. MySQL and MariaDB are dated now;
 * engines the catalog does not date (Aurora's, the commercial ones) are left to their own
 * calendars, and say so in the rule's description.
 */
class RdsEngineSupportTest {
  @TempDir Path dir;

  private static String instance(String name, String engine, String version) {
    return InputCases.dbInstance(
        name,
        "'engine': '"
            + engine
            + "'"
            + (version == null ? "" : ", 'engine_version': '" + version + "'")
            + ", 'instance_class': 'db.t3.micro', 'allocated_storage': 20,"
            + " 'manage_master_user_password': true, 'username': 'x'");
  }

  private java.util.List<String> findings(String... instances) throws Exception {
    return InputCases.findings(
            dir,
            "production",
            "'aws_db_instance': {" + String.join(", ", instances) + "}",
            "PF-RDS-001")
        .stream()
        .sorted()
        .toList();
  }

  @Test
  void mysqlInExtendedSupportAndMariadbPastStandardSupportAreReported() throws Exception {
    assertThat(
            findings(
                instance("legacy", "mysql", "5.7.44"),
                instance("ledger", "mariadb", "10.6.14"),
                instance("old", "mysql", "5.6.51")))
        .containsExactly(
            "PF-RDS-001 database aws_db_instance.ledger runs MariaDB 10.6.14, past the end of its"
                + " standard support (2026-08-31), and RDS offers it no Extended Support: RDS"
                + " upgrades its major version itself",
            "PF-RDS-001 database aws_db_instance.legacy runs MySQL 5.7.44, in RDS Extended Support"
                + " (billed per vCPU-hour) since 2024-02-29 until 2027-02-28",
            "PF-RDS-001 database aws_db_instance.old runs MySQL 5.6.51, past the end of RDS"
                + " Extended Support (2022-03-01): RDS upgrades its major version itself");
  }

  @Test
  void majorVersionsAreTheFirstTwoNumbersAndAnUnlistedOneIsReported() throws Exception {
    assertThat(
            findings(
                instance("a", "mysql", "8.4"),
                instance("b", "mariadb", "10.11.6"),
                instance("c", "mariadb", "11.4"),
                instance("d", "mysql", "8")))
        .containsExactly(
            "PF-RDS-001 database aws_db_instance.d runs MySQL 8, which the support catalog does"
                + " not list");
  }

  @Test
  void anUnsetVersionIsAwsDefaultAndOtherEnginesAreLeftToTheirCalendars() throws Exception {
    assertThat(
            findings(
                instance("a", "mysql", null),
                instance("b", "sqlserver-ex", "15.00.4415.2.v1"),
                instance("c", "oracle-ee", "19")))
        .isEmpty();
  }

  @Test
  void aVersionOnlyApplyKnowsIsReportedForEveryDatedEngine() throws Exception {
    assertThat(
            InputCases.planFindings(
                dir,
                PlanChanges.change(
                        "aws_db_instance.m",
                        "aws_db_instance",
                        "{\"engine\": \"mysql\", \"instance_class\": \"db.t3.micro\","
                            + " \"manage_master_user_password\": true}",
                        "{\"engine_version\": true}")
                    + ", "
                    + PlanChanges.change(
                        "aws_db_instance.n",
                        "aws_db_instance",
                        "{\"engine\": \"mariadb\", \"instance_class\": \"db.t3.micro\","
                            + " \"manage_master_user_password\": true}",
                        "{\"engine_version\": true}"),
                "PF-RDS-001"))
        .containsExactlyInAnyOrder(
            "PF-RDS-001 database aws_db_instance.m: its MySQL version is known only after apply,"
                + " so its support cannot be checked; pin it",
            "PF-RDS-001 database aws_db_instance.n: its MariaDB version is known only after apply,"
                + " so its support cannot be checked; pin it");
  }
}
