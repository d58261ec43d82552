package io.payflow.platform.policies;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A node group's version was not read: one pinned to 1.35 under a 1.34 cluster (EKS refuses it at
 * apply), or four minor versions behind (outside Kubernetes' supported skew), passed. It is a fact
 * now, judged against its cluster's (PF-EKS-008); unset, it is the cluster's.
 */
class NodeGroupVersionsTest {
  @TempDir Path dir;

  private static final String CLUSTER =
      "'aws_eks_cluster': {'c': {'name': 'c', 'version': '1.34', 'role_arn': 'arn',"
          + " 'vpc_config': [{'subnet_ids': []}]}}";

  private static String group(String name, String version) {
    return InputCases.nodeGroup(name, version == null ? "" : ", 'version': '" + version + "'");
  }

  @Test
  void aGroupAheadOfItsClusterOrTooFarBehindIsReported() throws Exception {
    assertThat(
            InputCases.findings(
                    dir,
                    "production",
                    CLUSTER
                        + ", 'aws_eks_node_group': {"
                        + String.join(
                            ", ",
                            group("ahead", "1.35"),
                            group("behind", "1.30"),
                            group("within", "1.31"),
                            group("unset", null),
                            group("variable", "${var.k8s}"))
                        + "}",
                    "PF-EKS-008")
                .stream()
                .sorted()
                .toList())
        .containsExactly(
            "PF-EKS-008 node group aws_eks_node_group.ahead runs Kubernetes 1.35, newer than its"
                + " cluster aws_eks_cluster.c (1.34): EKS refuses a node group newer than its"
                + " control plane",
            "PF-EKS-008 node group aws_eks_node_group.behind runs Kubernetes 1.30, 4 minor versions"
                + " behind its cluster aws_eks_cluster.c (1.34): outside Kubernetes' supported skew"
                + " of three",
            "PF-EKS-008 node group aws_eks_node_group.variable: its Kubernetes version is known"
                + " only after apply, so its skew from its cluster cannot be checked");
  }
}
