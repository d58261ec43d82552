package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A resource AWS bills for by its configuration, of a type payflow has no price model for, is
 * listed without a price (budgets partial), never left out of the estate's cost: an Auto Scaling
 * group of 80 m5.24xlarge passed every budget. Types AWS does not bill, or bills by use alone, add
 * no line.
 */
class UnmodelledCostsTest {
  @TempDir Path dir;

  private static final String COST = "PF-COST-003";

  private static String unmodelled(String address, String type) {
    return COST
        + " "
        + address
        + ": "
        + type
        + ", a type payflow has no price model for (no-price-model) has no price in the catalog;"
        + " budgets for production are partial";
  }

  @Test
  void billedTypesWithoutAPriceModelAreListedUnpriced() throws Exception {
    assertThat(
            InputCases.findings(
                dir,
                "production",
                "'aws_msk_cluster': {'k': {'cluster_name': 'k', 'kafka_version': '3.6.0',"
                    + " 'number_of_broker_nodes': 3, 'broker_node_group_info': {'instance_type':"
                    + " 'kafka.m5.4xlarge', 'client_subnets': ['a', 'b', 'c']}}},"
                    + "'aws_launch_template': {'lt': {'instance_type': 'm5.24xlarge'}},"
                    + "'aws_autoscaling_group': {'asg': {'min_size': 50, 'max_size': 100,"
                    + " 'launch_template': {'id': '${aws_launch_template.lt.id}'}}},"
                    + "'aws_lb': {'l': {'name': 'l'}},"
                    + "'aws_dynamodb_table': {'t': {'name': 't', 'hash_key': 'id',"
                    + " 'read_capacity': 1000, 'write_capacity': 1000}}",
                COST))
        .containsExactlyInAnyOrder(
            unmodelled("aws_msk_cluster.k", "aws_msk_cluster"),
            unmodelled("aws_autoscaling_group.asg", "aws_autoscaling_group"),
            unmodelled("aws_lb.l", "aws_lb"),
            unmodelled("aws_dynamodb_table.t", "aws_dynamodb_table"));
  }

  @Test
  void typesAwsDoesNotBillOrBillsByUseAddNoLine() throws Exception {
    assertThat(
            InputCases.findings(
                dir,
                "production",
                "'aws_iam_role': {'r': {'name': 'r', 'assume_role_policy': '{}'}},"
                    + "'aws_iam_role_policy_attachment': {'a': {'role': 'r', 'policy_arn': 'p'}},"
                    + "'aws_s3_bucket': {'b': {'bucket': 'b'}},"
                    + "'aws_s3_bucket_versioning': {'v': {'bucket': 'b'}},"
                    + "'aws_lambda_function': {'f': {'function_name': 'f', 'role': 'r'}},"
                    + "'aws_dynamodb_table': {'t': {'name': 't', 'hash_key': 'id', 'billing_mode':"
                    + " 'PAY_PER_REQUEST'}},"
                    + "'aws_lb_listener': {'l': {'port': 443}},"
                    + "'null_resource': {'n': {}}",
                COST))
        .isEmpty();
  }

  private static String unpriced(String address, String key) {
    return COST
        + " "
        + address
        + " ("
        + key
        + ") has no price in the catalog; budgets for production are partial";
  }

  /** gp2 (an attached volume's default) has its price; other types are not gp3's price. */
  @Test
  void volumesOfOtherTypesOrBeyondGp3sBaselineAreNotPricedAsGp3() throws Exception {
    assertThat(
            InputCases.findings(
                dir,
                "production",
                "'aws_instance': {"
                    + "'io': {'instance_type': 't3.micro', 'ami': 'x', 'root_block_device':"
                    + " {'volume_size': 16000, 'volume_type': 'io2', 'iops': 64000}},"
                    + "'fast': {'instance_type': 't3.micro', 'ami': 'x', 'root_block_device':"
                    + " {'volume_size': 100, 'volume_type': 'gp3', 'iops': 16000, 'throughput': 1000}},"
                    + "'data': {'instance_type': 't3.micro', 'ami': 'x', 'ebs_block_device': ["
                    + "{'device_name': '/dev/sdf', 'volume_size': 500, 'volume_type': 'gp3'},"
                    + "{'device_name': '/dev/sdg', 'volume_size': 500},"
                    + "{'device_name': '/dev/sdh', 'volume_size': 500, 'volume_type': 'st1'}]},"
                    + "'plain': {'instance_type': 't3.micro', 'ami': 'x', 'root_block_device':"
                    + " {'volume_size': 30, 'volume_type': 'gp3', 'iops': 3000, 'throughput': 125}}},"
                    + "'aws_db_instance': {"
                    + "'io': {'engine': 'postgres', 'instance_class': 'db.t3.micro',"
                    + " 'allocated_storage': 1000, 'iops': 10000, 'manage_master_user_password': true,"
                    + " 'multi_az': true},"
                    + "'gp3': {'engine': 'postgres', 'instance_class': 'db.t3.micro',"
                    + " 'allocated_storage': 1000, 'storage_type': 'gp3', 'iops': 20000,"
                    + " 'manage_master_user_password': true, 'multi_az': true},"
                    + "'gp2': {'engine': 'postgres', 'instance_class': 'db.t3.micro',"
                    + " 'allocated_storage': 100, 'manage_master_user_password': true,"
                    + " 'multi_az': true}}",
                COST))
        .containsExactlyInAnyOrder(
            unpriced("aws_instance.io: Root volume (16000 GB io2)", "ebs.io2"),
            unpriced(
                "aws_instance.fast: Root volume IOPS above gp3's 3000 (13000)", "ebs.gp3.iops"),
            unpriced(
                "aws_instance.fast: Root volume throughput above gp3's 125 MB/s (875)",
                "ebs.gp3.throughput"),
            unpriced("aws_instance.data: EBS volume /dev/sdh (500 GB st1)", "ebs.st1"),
            unpriced("aws_db_instance.io: RDS storage 1000 GB io1", "rds.storage.io1"),
            unpriced(
                "aws_db_instance.gp3: RDS storage IOPS above gp3's 12000 (8000)",
                "rds.storage.gp3.iops"));
  }

  /**
   * A plan writes iops 0 for storage without provisioned IOPS (gp2, not io1), and RDS gp3 from 400
   * GB comes with 12,000 IOPS for PostgreSQL: neither is an unpriced line.
   */
  @Test
  void rdsStorageWithinWhatItsPriceIncludesIsPriced() throws Exception {
    String db =
        "'engine': 'postgres', 'instance_class': 'db.t3.micro', 'multi_az': true,"
            + " 'storage_encrypted': true, 'manage_master_user_password': true, ";
    assertThat(
            InputCases.findings(
                dir,
                "production",
                "'aws_db_instance': {"
                    + "'plain': {"
                    + db
                    + "'allocated_storage': 100, 'iops': 0},"
                    + "'large': {"
                    + db
                    + "'allocated_storage': 500, 'storage_type': 'gp3', 'iops': 12000},"
                    + "'beyond': {"
                    + db
                    + "'allocated_storage': 500, 'storage_type': 'gp3', 'iops': 15000}}",
                COST))
        .containsExactly(
            unpriced(
                "aws_db_instance.beyond: RDS storage IOPS above gp3's 12000 (3000)",
                "rds.storage.gp3.iops"));
  }
}
