package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An interface endpoint serves a cluster's nodes only with private DNS on (the provider's default
 * is off): without it they resolve the service's public name, through a NAT gateway or not at all.
 */
class EndpointPrivateDnsTest {
  @TempDir Path dir;

  private static final String NETWORK =
      "'aws_vpc': {'v': {'cidr_block': '10.1.0.0/16'}},"
          + "'aws_subnet': {"
          + "'a': {'vpc_id': '${aws_vpc.v.id}', 'cidr_block': '10.1.0.0/20', 'availability_zone':"
          + " 'us-east-1a'},"
          + "'b': {'vpc_id': '${aws_vpc.v.id}', 'cidr_block': '10.1.16.0/20', 'availability_zone':"
          + " 'us-east-1b'}},"
          + "'aws_eks_cluster': {'c': {'name': 'c', 'role_arn': 'r', 'version': '1.33',"
          + " 'vpc_config': {'subnet_ids': ['${aws_subnet.a.id}', '${aws_subnet.b.id}'],"
          + " 'endpoint_public_access': false, 'endpoint_private_access': true},"
          + " 'encryption_config': {'resources': ['secrets'], 'provider': {'key_arn': 'k'}}}},";

  private static String endpoint(String name, String service, String dns) {
    return "'"
        + name
        + "': {'vpc_id': '${aws_vpc.v.id}', 'service_name': 'com.amazonaws.us-east-1."
        + service
        + "', 'vpc_endpoint_type': 'Interface', 'subnet_ids': ['${aws_subnet.a.id}']"
        + dns
        + "}";
  }

  private java.util.List<String> findings(String dns) throws Exception {
    String endpoints =
        "'aws_vpc_endpoint': {"
            + "'s3': {'vpc_id': '${aws_vpc.v.id}', 'service_name': 'com.amazonaws.us-east-1.s3',"
            + " 'vpc_endpoint_type': 'Gateway'},"
            + "'ddb': {'vpc_id': '${aws_vpc.v.id}', 'service_name':"
            + " 'com.amazonaws.us-east-1.dynamodb', 'vpc_endpoint_type': 'Gateway'},"
            + endpoint("api", "ecr.api", dns)
            + ","
            + endpoint("dkr", "ecr.dkr", ", 'private_dns_enabled': true")
            + ","
            + endpoint("logs", "logs", ", 'private_dns_enabled': true")
            + ","
            + endpoint("sm", "secretsmanager", dns)
            + "}";
    return InputCases.findings(dir, "production", NETWORK + endpoints, "PF-NET-006");
  }

  @Test
  void privateDnsOnServesTheNodes() throws Exception {
    assertThat(findings(", 'private_dns_enabled': true")).isEmpty();
  }

  @Test
  void privateDnsOffOrLeftToTheDefaultDoesNot() throws Exception {
    String off =
        "PF-NET-006 VPC aws_vpc.v hosts EKS cluster aws_eks_cluster.c, but its interface endpoints"
            + " for ecr.api, secretsmanager do not enable private DNS (private_dns_enabled), so the"
            + " cluster's nodes resolve those services' public names: through a NAT gateway, or not"
            + " at all";
    assertThat(findings(", 'private_dns_enabled': false")).containsExactly(off);
    assertThat(findings("")).containsExactly(off);
  }

  @Test
  void privateDnsSetByAnExpressionCannotBeChecked() throws Exception {
    assertThat(findings(", 'private_dns_enabled': '${var.dns}'"))
        .containsExactly(
            "PF-NET-006 VPC aws_vpc.v hosts EKS cluster aws_eks_cluster.c: whether its interface"
                + " endpoints for ecr.api, secretsmanager enable private DNS is known only after"
                + " apply, so whether they serve the cluster's nodes cannot be checked");
  }
}
