package io.payflow.platform.iac.internal;

import com.hashicorp.cdktf.providers.aws.eks_cluster.EksCluster;
import com.hashicorp.cdktf.providers.aws.eks_cluster.EksClusterEncryptionConfig;
import com.hashicorp.cdktf.providers.aws.eks_cluster.EksClusterEncryptionConfigProvider;
import com.hashicorp.cdktf.providers.aws.eks_cluster.EksClusterVpcConfig;
import com.hashicorp.cdktf.providers.aws.eks_node_group.EksNodeGroup;
import com.hashicorp.cdktf.providers.aws.eks_node_group.EksNodeGroupScalingConfig;
import com.hashicorp.cdktf.providers.aws.iam_role.IamRole;
import com.hashicorp.cdktf.providers.aws.iam_role_policy_attachment.IamRolePolicyAttachment;
import com.hashicorp.cdktf.providers.aws.kms_key.KmsKey;
import com.hashicorp.cdktf.providers.aws.security_group.SecurityGroup;
import com.hashicorp.cdktf.providers.aws.vpc_security_group_ingress_rule.VpcSecurityGroupIngressRule;
import io.payflow.platform.topology.AwsName;
import io.payflow.platform.topology.CapacityType;
import io.payflow.platform.topology.Environment;
import io.payflow.platform.topology.NodeGroup;
import io.payflow.platform.topology.SubnetTier;
import java.util.ArrayList;
import java.util.List;
import software.constructs.Construct;

/**
 * The EKS cluster as the model states it (private endpoint, KMS envelope encryption of secrets),
 * its API reachable from the bastion only, its IAM roles, and its managed node groups.
 */
final class Cluster {
  private static final String CLUSTER_POLICIES = "arn:aws:iam::aws:policy/AmazonEKSClusterPolicy";
  private static final List<String> NODE_POLICIES =
      List.of(
          "arn:aws:iam::aws:policy/AmazonEKSWorkerNodePolicy",
          "arn:aws:iam::aws:policy/AmazonEKS_CNI_Policy",
          "arn:aws:iam::aws:policy/AmazonEC2ContainerRegistryReadOnly");

  /**
   * {@code peering} is the spoke's peering with the hub when the bastion's group is the hub's: a
   * rule referencing a group across a peering is refused until the peering is active.
   */
  Cluster(
      Construct scope,
      Environment env,
      Network network,
      String bastionSecurityGroupId,
      com.hashicorp.cdktf.ITerraformDependable peering,
      String organisation) {
    io.payflow.platform.topology.EksCluster model = env.eks();
    Origin origin = network.origin().at(".eks");
    IamRole clusterRole =
        role(scope, "eks-cluster-role", AwsName.clusterRole(model), "eks.amazonaws.com", origin);
    IamRolePolicyAttachment clusterPolicy =
        IamRolePolicyAttachment.Builder.create(scope, "eks-cluster-policy")
            .role(clusterRole.getName())
            .policyArn(CLUSTER_POLICIES)
            .build();
    SecurityGroup apiGroup =
        SecurityGroup.Builder.create(scope, "sg-eks-api")
            .name(model.name() + "-api")
            .description("EKS API: HTTPS from the bastion only")
            .vpcId(network.vpc().getId())
            .tags(Tags.of(origin, model.name() + "-api"))
            .build();
    if (bastionSecurityGroupId != null) {
      VpcSecurityGroupIngressRule.Builder.create(scope, "sg-eks-api-from-bastion")
          .securityGroupId(apiGroup.getId())
          .ipProtocol("tcp")
          .fromPort(443)
          .toPort(443)
          .referencedSecurityGroupId(bastionSecurityGroupId)
          .description("Kubernetes API from the bastion")
          .dependsOn(peering == null ? null : List.of(peering))
          .tags(Tags.of(origin, model.name() + "-api-from-bastion"))
          .build();
    }
    EksCluster.Builder cluster =
        EksCluster.Builder.create(scope, "eks")
            .name(model.name())
            .version(model.version())
            .roleArn(clusterRole.getArn())
            .vpcConfig(
                EksClusterVpcConfig.builder()
                    .subnetIds(network.subnetIds(SubnetTier.PRIVATE))
                    .endpointPublicAccess(model.endpointPublicAccess())
                    .endpointPrivateAccess(model.endpointPrivateAccess())
                    .publicAccessCidrs(
                        model.publicAccessCidrs().isEmpty()
                            ? null
                            : model.publicAccessCidrs().stream().map(Object::toString).toList())
                    .securityGroupIds(List.of(apiGroup.getId()))
                    .build())
            .enabledClusterLogTypes(List.of("api", "audit", "authenticator"))
            .dependsOn(List.of(clusterPolicy))
            .tags(Tags.of(origin, model.name()));
    if (model.secretsEncryption()) {
      KmsKey key =
          KmsKey.Builder.create(scope, "eks-secrets-key")
              .description("Envelope encryption of " + model.name() + " secrets")
              .enableKeyRotation(true)
              .deletionWindowInDays(30)
              .tags(Tags.of(origin, model.name() + "-secrets"))
              .build();
      cluster.encryptionConfig(
          EksClusterEncryptionConfig.builder()
              .resources(List.of("secrets"))
              .provider(EksClusterEncryptionConfigProvider.builder().keyArn(key.getArn()).build())
              .build());
    }
    EksCluster eks = cluster.build();
    nodeGroups(scope, env, network, eks);
    new WorkloadIdentity(scope, env, origin, eks, organisation);
  }

  private static void nodeGroups(
      Construct scope, Environment env, Network network, EksCluster eks) {
    if (env.eks().nodeGroups().isEmpty()) {
      return;
    }
    Origin origin = network.origin().at(".eks");
    IamRole nodeRole =
        role(scope, "eks-node-role", AwsName.nodeRole(env.eks()), "ec2.amazonaws.com", origin);
    List<IamRolePolicyAttachment> attachments = new ArrayList<>();
    for (int i = 0; i < NODE_POLICIES.size(); i++) {
      attachments.add(
          IamRolePolicyAttachment.Builder.create(scope, "eks-node-policy-" + i)
              .role(nodeRole.getName())
              .policyArn(NODE_POLICIES.get(i))
              .build());
    }
    for (int g = 0; g < env.eks().nodeGroups().size(); g++) {
      NodeGroup group = env.eks().nodeGroups().get(g);
      EksNodeGroup.Builder.create(scope, "nodes-" + group.name())
          .clusterName(eks.getName())
          .nodeGroupName(group.name())
          .nodeRoleArn(nodeRole.getArn())
          .subnetIds(network.subnetIds(SubnetTier.PRIVATE, env.zonesOf(group)))
          .instanceTypes(List.of(group.instanceType()))
          .capacityType(group.capacityType() == CapacityType.SPOT ? "SPOT" : "ON_DEMAND")
          .scalingConfig(
              EksNodeGroupScalingConfig.builder()
                  .desiredSize(group.desiredSize())
                  .minSize(group.minSize())
                  .maxSize(group.maxSize())
                  .build())
          .dependsOn(new ArrayList<>(attachments))
          .tags(Tags.of(origin.at(".node_groups[" + g + "]"), group.name()))
          .build();
    }
  }

  private static IamRole role(
      Construct scope, String id, String roleName, String service, Origin origin) {
    String trust =
        "{\"Version\":\"2012-10-17\",\"Statement\":[{\"Effect\":\"Allow\",\"Principal\":{\"Service\":\""
            + service
            + "\"},\"Action\":\"sts:AssumeRole\"}]}";
    return IamRole.Builder.create(scope, id)
        .name(roleName)
        .assumeRolePolicy(trust)
        .tags(Tags.of(origin, roleName))
        .build();
  }
}
