package io.payflow.platform.policies.internal;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Resource types whose configuration sets no price of their own: AWS does not bill them (a VPC, a
 * route, an IAM role, a listener: what they attach to is billed), or bills them by use alone (a
 * bucket's storage, a function's invocations), which no configuration tells. Every other AWS type
 * the catalog does not price is listed as a cost without a price: budgets are then partial, never
 * complete without it. Types of other providers are outside the AWS bill.
 */
final class UnbilledTypes {
  private static final List<String> FREE_PREFIXES =
      List.of("aws_iam_", "aws_s3_bucket_", "aws_ecr_repository_", "aws_ecr_lifecycle_");

  private static final Set<String> FREE =
      Set.of(
          // Networking that carries no hourly charge of its own.
          "aws_vpc",
          "aws_default_vpc",
          "aws_subnet",
          "aws_default_subnet",
          "aws_route_table",
          "aws_default_route_table",
          "aws_route",
          "aws_route_table_association",
          "aws_main_route_table_association",
          "aws_internet_gateway",
          "aws_internet_gateway_attachment",
          "aws_egress_only_internet_gateway",
          "aws_vpn_gateway",
          "aws_vpn_gateway_attachment",
          "aws_vpc_ipv4_cidr_block_association",
          "aws_vpc_ipv6_cidr_block_association",
          "aws_vpc_dhcp_options",
          "aws_vpc_dhcp_options_association",
          "aws_default_vpc_dhcp_options",
          "aws_network_acl",
          "aws_default_network_acl",
          "aws_network_acl_rule",
          "aws_network_acl_association",
          "aws_security_group",
          "aws_default_security_group",
          "aws_security_group_rule",
          "aws_vpc_security_group_ingress_rule",
          "aws_vpc_security_group_egress_rule",
          "aws_vpc_peering_connection",
          "aws_vpc_peering_connection_accepter",
          "aws_vpc_peering_connection_options",
          "aws_ec2_managed_prefix_list",
          "aws_ec2_managed_prefix_list_entry",
          "aws_vpc_endpoint_route_table_association",
          "aws_vpc_endpoint_subnet_association",
          "aws_eip_association",
          "aws_network_interface_attachment",
          "aws_volume_attachment",
          // Settings and groupings of billed resources.
          "aws_db_subnet_group",
          "aws_db_parameter_group",
          "aws_db_option_group",
          "aws_rds_cluster_parameter_group",
          "aws_elasticache_subnet_group",
          "aws_elasticache_parameter_group",
          "aws_eks_addon",
          "aws_eks_access_entry",
          "aws_eks_access_policy_association",
          "aws_eks_identity_provider_config",
          "aws_eks_pod_identity_association",
          "aws_launch_template",
          "aws_launch_configuration",
          "aws_key_pair",
          "aws_placement_group",
          "aws_autoscaling_policy",
          "aws_autoscaling_attachment",
          "aws_autoscaling_schedule",
          "aws_lb_listener",
          "aws_alb_listener",
          "aws_lb_listener_rule",
          "aws_alb_listener_rule",
          "aws_lb_listener_certificate",
          "aws_lb_target_group",
          "aws_alb_target_group",
          "aws_lb_target_group_attachment",
          "aws_alb_target_group_attachment",
          "aws_kms_alias",
          "aws_kms_grant",
          "aws_secretsmanager_secret_version",
          "aws_secretsmanager_secret_policy",
          "aws_secretsmanager_secret_rotation",
          "aws_ssm_parameter",
          "aws_acm_certificate",
          "aws_acm_certificate_validation",
          "aws_lambda_permission",
          "aws_lambda_alias",
          "aws_lambda_event_source_mapping",
          "aws_lambda_layer_version",
          "aws_lambda_function_url",
          "aws_sns_topic_subscription",
          "aws_sns_topic_policy",
          "aws_sqs_queue_policy",
          "aws_sqs_queue_redrive_policy",
          "aws_cloudwatch_event_bus",
          "aws_cloudwatch_event_rule",
          "aws_cloudwatch_event_target",
          "aws_cloudwatch_log_resource_policy",
          "aws_cloudwatch_log_subscription_filter",
          "aws_scheduler_schedule_group",
          "aws_xray_encryption_config",
          "aws_xray_sampling_rule",
          "aws_apigatewayv2_stage",
          "aws_apigatewayv2_route",
          "aws_apigatewayv2_integration",
          "aws_apigatewayv2_deployment",
          "aws_api_gateway_resource",
          "aws_api_gateway_method",
          "aws_api_gateway_integration",
          "aws_api_gateway_deployment",
          "aws_api_gateway_stage");

  private static final Set<String> BILLED_BY_USE =
      Set.of(
          "aws_s3_bucket",
          "aws_s3_object",
          "aws_ecr_repository",
          "aws_lambda_function",
          "aws_sqs_queue",
          "aws_sns_topic",
          "aws_cloudwatch_log_group",
          "aws_flow_log",
          "aws_sfn_state_machine",
          "aws_apigatewayv2_api",
          "aws_api_gateway_rest_api",
          "aws_route53_record",
          "aws_scheduler_schedule",
          "aws_cloudtrail",
          "aws_cloudfront_distribution",
          "aws_kinesis_firehose_delivery_stream");

  private UnbilledTypes() {}

  /** True if the resource's configuration sets no price AWS bills it by. */
  static boolean unbilled(TfResource r) {
    String type = r.type();
    if (!type.startsWith("aws_")) {
      return true; // (another provider's: outside the AWS bill)
    }
    if (type.equals("aws_dynamodb_table")) {
      // Provisioned capacity (the default) is billed by the hour; on demand, by use.
      String mode = TfValues.literal(r.attr("billing_mode"));
      return mode != null && mode.toUpperCase(Locale.ROOT).equals("PAY_PER_REQUEST");
    }
    if (FREE.contains(type) || BILLED_BY_USE.contains(type)) {
      return true;
    }
    for (String prefix : FREE_PREFIXES) {
      if (type.startsWith(prefix)) {
        return true;
      }
    }
    return false;
  }
}
