package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PF-RDS-001 said a database in RDS Extended Support is billed per vCPU-hour, and the budgets did
 * not count it: a PostgreSQL 13 or MySQL 5.7 database cost what a supported one does, and an
 * environment over its budget passed. Extended Support is a cost line now, per vCPU of every
 * instance (a Multi-AZ standby's too), at the year 1-2 or the year 3 price.
 */
class RdsExtendedSupportCostsTest {
  @TempDir Path dir;

  private static String instance(String name, String engine, String version, String more) {
    return InputCases.dbInstance(
        name,
        "'engine': '"
            + engine
            + "', 'engine_version': '"
            + version
            + "', 'allocated_storage': 20, 'manage_master_user_password': true"
            + more);
  }

  @Test
  void extendedSupportIsPricedPerVcpuOfEveryInstanceAtItsYearsPrice() throws Exception {
    Input input =
        InputCases.read(
            dir,
            "main.tf.json",
            "{'terraform': {'backend': {'s3': {'bucket': 'b', 'key':"
                + " 'production/terraform.tfstate', 'region': 'us-east-1'}}}, 'resource':"
                + " {'aws_db_instance': {"
                + String.join(
                    ", ",
                    // year 1-2 (standard support ended 2026-02-28): 4 vCPU x 2 instances
                    instance(
                        "pg13",
                        "postgres",
                        "13.15",
                        ", 'instance_class': 'db.m5.xlarge'," + " 'multi_az': true"),
                    // year 3 (standard support ended 2024-02-29: year 3 from 2026-03-01)
                    instance("my57", "mysql", "5.7.44", ", 'instance_class': 'db.t3.micro'"),
                    // in standard support: no line
                    instance("pg16", "postgres", "16.4", ", 'instance_class': 'db.t3.micro'"),
                    // a class whose vCPUs are not known: unpriced, never a guess
                    instance("odd", "postgres", "13.15", ", 'instance_class': 'db.custom'"))
                + "}}}");
    assertThat(input.facts().facts().costs())
        .filteredOn(c -> c.description().startsWith("RDS Extended Support"))
        .extracting(
            Facts.Cost::address,
            Facts.Cost::priceKey,
            c ->
                c.monthlyUsd() == null ? null : c.monthlyUsd().stripTrailingZeros().toPlainString())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                "aws_db_instance.pg13: RDS Extended Support postgres 13.15 (4 vCPU)",
                "rds.extended_support.yr1_2",
                "584"),
            org.assertj.core.groups.Tuple.tuple(
                "aws_db_instance.my57: RDS Extended Support mysql 5.7.44 (2 vCPU)",
                "rds.extended_support.yr3",
                "292"),
            org.assertj.core.groups.Tuple.tuple(
                "aws_db_instance.odd: RDS Extended Support postgres 13.15 (vCPUs of the class not"
                    + " known)",
                "rds.extended_support.vcpus_unknown",
                null));
  }
}
