package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node group's AMI type was not read: an Amazon Linux 2 group on Kubernetes 1.33 passed, and EKS
 * refused it at apply ("AMI Type AL2_x86_64 is only supported for kubernetes versions 1.32 or
 * earlier"). It is a fact now, judged at the group's version or its cluster's (PF-EKS-009).
 */
class AmiTypesTest {
  @TempDir Path dir;

  private static final String CLUSTER =
      "'aws_eks_cluster': {'c': {'name': 'c', 'version': '1.33', 'role_arn': 'arn',"
          + " 'vpc_config': [{'subnet_ids': []}]}}";

  private static String group(String name, String version, String amiType) {
    return InputCases.nodeGroup(
        name,
        (version == null ? "" : ", 'version': '" + version + "'")
            + (amiType == null ? "" : ", 'ami_type': '" + amiType + "'"));
  }

  @Test
  void anAmazonLinux2GroupOn133OrLaterIsReported() throws Exception {
    assertThat(
            InputCases.sortedFindings(
                dir,
                "production",
                CLUSTER
                    + ", 'aws_eks_node_group': {"
                    + String.join(
                        ", ",
                        group("inherits", null, "AL2_x86_64"),
                        group("older", "1.32", "AL2_x86_64_GPU"),
                        group("al2023", null, "AL2023_x86_64_STANDARD"),
                        group("unset", null, null),
                        group("variable", null, "${var.ami_type}"))
                    + "}",
                "PF-EKS-009"))
        .containsExactly(
            "PF-EKS-009 node group aws_eks_node_group.inherits uses AMI type AL2_x86_64 on"
                + " Kubernetes 1.33: EKS publishes Amazon Linux 2 AMIs only up to 1.32 and refuses"
                + " the group",
            "PF-EKS-009 node group aws_eks_node_group.variable: its AMI type is known only after"
                + " apply, so whether EKS publishes it for Kubernetes 1.33 cannot be checked");
  }

  /**
   * A plan marks unknown an AMI type the configuration leaves out (the provider computes EKS's
   * default): not reported. One the configuration sets from a value only apply knows is.
   */
  @Test
  void aPlansComputedDefaultIsNotAnUnknownAmiType() throws Exception {
    String cluster =
        PlanChanges.change(
            "aws_eks_cluster.c",
            "aws_eks_cluster",
            "{\"name\": \"c\", \"version\": \"1.34\", \"role_arn\": \"arn\", \"vpc_config\":"
                + " [{\"subnet_ids\": []}]}",
            "{}");
    String after =
        "{\"cluster_name\": \"c\", \"node_group_name\": \"%s\", \"node_role_arn\": \"arn\","
            + " \"subnet_ids\": [], \"scaling_config\": [{\"desired_size\": 1, \"max_size\": 1,"
            + " \"min_size\": 1}]}";
    String unknown = "{\"ami_type\": true, \"version\": true}";
    String json =
        "{\"format_version\": \"1.2\", \"terraform_version\": \"1.9.8\", \"resource_changes\": ["
            + cluster
            + ", "
            + PlanChanges.change(
                "aws_eks_node_group.unset", "aws_eks_node_group", after.formatted("u"), unknown)
            + ", "
            + PlanChanges.change(
                "aws_eks_node_group.computed", "aws_eks_node_group", after.formatted("c"), unknown)
            + "], \"configuration\": {\"root_module\": {\"resources\": ["
            + configured("aws_eks_node_group.unset", "")
            + ", "
            + configured(
                "aws_eks_node_group.computed",
                ", \"ami_type\": {\"references\": [\"data.aws_ssm_parameter.ami.value\"]}")
            + "]}}}";
    assertThat(InputCases.planJsonFindings(dir, json, "PF-EKS-009"))
        .containsExactly(
            "PF-EKS-009 node group aws_eks_node_group.computed: its AMI type is known only after"
                + " apply, so whether EKS publishes it for Kubernetes 1.34 cannot be checked");
  }

  private static String configured(String address, String more) {
    return "{\"address\": \""
        + address
        + "\", \"mode\": \"managed\", \"expressions\": {\"cluster_name\": {\"references\":"
        + " [\"aws_eks_cluster.c.name\", \"aws_eks_cluster.c\"]}"
        + more
        + "}}";
  }
}
