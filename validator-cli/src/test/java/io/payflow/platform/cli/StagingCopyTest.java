package io.payflow.platform.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A new environment made the way a user adds one: the development block copied as staging, with its
 * name, range, subnets and state key changed, and its cluster, cache and secret left as they were.
 * AWS would refuse the apply; payflow must say why. The corrected copy passes.
 */
class StagingCopyTest {
  @TempDir Path dir;

  private static String developmentBlock() throws Exception {
    String topology = Files.readString(Cli.ROOT.resolve("examples/payflow.yaml"));
    return topology.substring(topology.indexOf("  - name: development\n"));
  }

  private Path estateWith(String staging, String hubSecretsExtra) throws Exception {
    String topology = Files.readString(Cli.ROOT.resolve("examples/payflow.yaml"));
    topology =
        topology.replace(
            "      - { name: payflow/development/redis-auth, description: Development Redis AUTH token }\n",
            "      - { name: payflow/development/redis-auth, description: Development Redis AUTH token }\n"
                + hubSecretsExtra);
    return Files.writeString(
        dir.resolve("topology.yaml"), topology.stripTrailing() + "\n\n" + staging);
  }

  private static String copy() throws Exception {
    return developmentBlock()
        .replace("- name: development\n", "- name: staging\n")
        .replace("state_key: development/", "state_key: staging/")
        .replace("10.2.", "10.3.")
        .replace("name: development-", "name: staging-")
        .replace("payflow/development/redis-auth", "payflow/staging/redis-auth")
        .replace("    peers: [hub]\n", "");
  }

  @Test
  void theCopyFailsWithWhatAwsWouldRefuse() throws Exception {
    Path topology = estateWith(copy(), "");
    Cli.Run run =
        Cli.run(
            "validate",
            topology.toString(),
            "--format",
            "github",
            "--today",
            "2026-11-27",
            "--config",
            Cli.file("validator-cli/src/test/resources/config/none.yaml"));
    assertThat(run.exit()).as(run.err()).isEqualTo(1);
    List<String> findings =
        run.out()
            .lines()
            .filter(l -> l.startsWith("::"))
            .map(l -> l.replaceAll(".*title=(PF-[A-Z]+-\\d+) .*::(.*?)%0A.*", "$1 $2"))
            .sorted()
            .toList();
    assertThat(findings)
        .containsExactly(
            "PF-APPLY-001 eks_cluster name 'payflow-development' of staging.eks_cluster.payflow-development is already used by development.eks_cluster.payflow-development (unique per region)",
            "PF-APPLY-001 elasticache_replication_group name 'payflow-development-redis' of staging.elasticache_replication_group.payflow-development-redis is already used by development.elasticache_replication_group.payflow-development-redis (unique per region)",
            "PF-APPLY-001 iam_role name 'payflow-development-cluster' of staging.iam_role.payflow-development-cluster is already used by development.iam_role.payflow-development-cluster (unique per account)",
            "PF-APPLY-001 iam_role name 'payflow-development-external-secrets' of staging.iam_role.payflow-development-external-secrets is already used by development.iam_role.payflow-development-external-secrets (unique per account)",
            "PF-APPLY-001 iam_role name 'payflow-development-nodes' of staging.iam_role.payflow-development-nodes is already used by development.iam_role.payflow-development-nodes (unique per account)",
            "PF-NET-008 spoke staging (VPC staging.vpc) is not peered with the hub hub",
            "PF-NET-009 EKS cluster staging.eks.payflow-development is unreachable from bastion hub.bastion: VPCs hub.vpc and staging.vpc are not peered",
            "PF-SEC-003 auth token of staging.caches.payflow-development-redis reads secret payflow/staging/redis-auth, which no environment defines");
  }

  @Test
  void theCorrectedCopyPassesAndSynthesizes() throws Exception {
    String corrected =
        copy()
            .replace("name: payflow-development", "name: payflow-staging")
            .replace("    depends_on: [hub]\n", "    depends_on: [hub]\n    peers: [hub]\n");
    Path topology =
        estateWith(
            corrected,
            "      - { name: payflow/staging/redis-auth, description: Staging Redis AUTH token }\n");
    Cli.Run run =
        Cli.run(
            "validate",
            topology.toString(),
            "--today",
            "2026-11-27",
            "--config",
            Cli.file("validator-cli/src/test/resources/config/none.yaml"));
    assertThat(run.exit()).as(run.out() + run.err()).isEqualTo(0);
    Cli.Run synth =
        Cli.run("synth", topology.toString(), "--out", dir.resolve("cdktf.out").toString());
    assertThat(synth.exit()).as(synth.err()).isZero();
    assertThat(dir.resolve("cdktf.out/stacks/staging/cdk.tf.json")).exists();
  }
}
