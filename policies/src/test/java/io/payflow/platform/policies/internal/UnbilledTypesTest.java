package io.payflow.platform.policies.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which resources set no price AWS bills them by, by type and, for DynamoDB, billing mode. */
class UnbilledTypesTest {
  @ParameterizedTest
  @CsvSource({
    "aws_vpc,,true",
    "aws_iam_role_policy_attachment,,true",
    "aws_s3_bucket,,true",
    "aws_s3_bucket_public_access_block,,true",
    "aws_lambda_function,,true",
    "aws_lb_listener,,true",
    "aws_launch_template,,true",
    "random_password,,true",
    "null_resource,,true",
    "aws_dynamodb_table,PAY_PER_REQUEST,true",
    "aws_dynamodb_table,pay_per_request,true",
    "aws_dynamodb_table,PROVISIONED,false",
    "aws_dynamodb_table,,false",
    "aws_lb,,false",
    "aws_alb,,false",
    "aws_autoscaling_group,,false",
    "aws_msk_cluster,,false",
    "aws_ebs_volume,,false",
    "aws_route53_zone,,false",
    "aws_vpn_connection,,false",
    "aws_iamx_thing,,false"
  })
  void unbilled(String type, String billingMode, boolean unbilled) {
    ObjectNode values = FactsJson.JSON.createObjectNode();
    if (billingMode != null) {
      values.put("billing_mode", billingMode);
    }
    TfResource r =
        new TfResource(type + ".x", "x", type, false, values, Set.of(), null, null, "p", "p");
    assertThat(UnbilledTypes.unbilled(r)).isEqualTo(unbilled);
  }
}
