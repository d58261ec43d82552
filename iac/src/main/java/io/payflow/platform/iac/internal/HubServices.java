package io.payflow.platform.iac.internal;

import com.hashicorp.cdktf.TerraformResourceLifecycle;
import com.hashicorp.cdktf.providers.aws.data_aws_ami.DataAwsAmi;
import com.hashicorp.cdktf.providers.aws.data_aws_ami.DataAwsAmiFilter;
import com.hashicorp.cdktf.providers.aws.data_aws_secretsmanager_random_password.DataAwsSecretsmanagerRandomPassword;
import com.hashicorp.cdktf.providers.aws.ecr_repository.EcrRepository;
import com.hashicorp.cdktf.providers.aws.ecr_repository.EcrRepositoryImageScanningConfiguration;
import com.hashicorp.cdktf.providers.aws.instance.Instance;
import com.hashicorp.cdktf.providers.aws.instance.InstanceMetadataOptions;
import com.hashicorp.cdktf.providers.aws.secretsmanager_secret.SecretsmanagerSecret;
import com.hashicorp.cdktf.providers.aws.secretsmanager_secret_version.SecretsmanagerSecretVersion;
import com.hashicorp.cdktf.providers.aws.security_group.SecurityGroup;
import com.hashicorp.cdktf.providers.aws.vpc_security_group_egress_rule.VpcSecurityGroupEgressRule;
import com.hashicorp.cdktf.providers.aws.vpc_security_group_ingress_rule.VpcSecurityGroupIngressRule;
import io.payflow.platform.topology.Cidr;
import io.payflow.platform.topology.Environment;
import io.payflow.platform.topology.Secret;
import io.payflow.platform.topology.SubnetTier;
import java.util.List;
import software.constructs.Construct;

/**
 * The hub's shared services: the bastion (SSH only from the admin ranges), the image registry and
 * the centrally held secrets (names only: values are put by the team, never by Terraform).
 */
final class HubServices {
  private final SecurityGroup bastionGroup;
  private final java.util.Set<String> readByCredential;

  HubServices(
      Construct scope, Environment env, Network network, java.util.Set<String> readByCredential) {
    this.readByCredential = readByCredential;
    String name = env.name();
    bastionGroup =
        SecurityGroup.Builder.create(scope, "sg-bastion")
            .name(name + "-bastion")
            .description("SSH from the admin ranges only")
            .vpcId(network.vpc().getId())
            .tags(Tags.of(network.origin().at(".bastion"), name + "-bastion"))
            .build();
    if (env.bastion() != null) {
      bastion(scope, env, network);
    }
    for (int k = 0; k < env.ecrRepositories().size(); k++) {
      io.payflow.platform.topology.EcrRepository repository = env.ecrRepositories().get(k);
      EcrRepository.Builder.create(scope, "ecr-" + repository.name().replace('/', '-'))
          .name(repository.name())
          .imageTagMutability("IMMUTABLE")
          .imageScanningConfiguration(
              EcrRepositoryImageScanningConfiguration.builder().scanOnPush(true).build())
          .tags(Tags.of(network.origin().at(".ecr_repositories[" + k + "]"), repository.name()))
          .build();
    }
    for (int k = 0; k < env.secrets().size(); k++) {
      Secret secret = env.secrets().get(k);
      String id = "secret-" + secret.name().replace('/', '-');
      SecretsmanagerSecret created =
          SecretsmanagerSecret.Builder.create(scope, id)
              .name(secret.name())
              .description(secret.description() == null ? secret.name() : secret.description())
              .recoveryWindowInDays(30)
              .tags(Tags.of(network.origin().at(".secrets[" + k + "]"), secret.name()))
              .build();
      if (readByCredential.contains(secret.name())) {
        initialValue(scope, id, created);
      }
    }
  }

  /**
   * A secret a credential reads gets a generated first value, so the spokes' first plan can read it
   * without a manual step. Secrets Manager generates it (no value in the configuration); it is kept
   * in the hub's state (encrypted, locked) and left alone afterwards, so a rotation outside
   * Terraform is not undone. No punctuation: Redis AUTH tokens refuse some of it.
   */
  private static void initialValue(Construct scope, String id, SecretsmanagerSecret secret) {
    DataAwsSecretsmanagerRandomPassword generated =
        DataAwsSecretsmanagerRandomPassword.Builder.create(scope, id + "-generated")
            .passwordLength(64)
            .excludePunctuation(true)
            .build();
    SecretsmanagerSecretVersion.Builder.create(scope, id + "-initial")
        .secretId(secret.getId())
        .secretString(generated.getRandomPassword())
        .lifecycle(
            TerraformResourceLifecycle.builder().ignoreChanges(List.of("secret_string")).build())
        .build();
  }

  private void bastion(Construct scope, Environment env, Network network) {
    String name = env.name();
    List<Cidr> admins = env.bastion().adminCidrs();
    for (int i = 0; i < admins.size(); i++) {
      VpcSecurityGroupIngressRule.Builder.create(scope, "sg-bastion-ssh-" + i)
          .securityGroupId(bastionGroup.getId())
          .ipProtocol("tcp")
          .fromPort(22)
          .toPort(22)
          .cidrIpv4(admins.get(i).toString())
          .description("SSH from admin range")
          .tags(Tags.of(network.origin().at(".bastion.admin_cidrs[" + i + "]"), name + "-ssh-" + i))
          .build();
    }
    VpcSecurityGroupEgressRule.Builder.create(scope, "sg-bastion-egress")
        .securityGroupId(bastionGroup.getId())
        .ipProtocol("-1")
        .cidrIpv4("0.0.0.0/0")
        .description("Tunnels to the EKS APIs and package updates")
        .tags(Tags.of(network.origin().at(".bastion"), name + "-bastion-egress"))
        .build();
    DataAwsAmi ami =
        DataAwsAmi.Builder.create(scope, "bastion-ami")
            .mostRecent(true)
            .owners(List.of("amazon"))
            .filter(
                List.of(
                    DataAwsAmiFilter.builder()
                        .name("name")
                        .values(List.of("al2023-ami-2023.*-x86_64"))
                        .build()))
            .build();
    List<String> publicSubnets = network.subnetIds(SubnetTier.PUBLIC);
    Instance.Builder.create(scope, "bastion")
        .ami(ami.getId())
        .instanceType(env.bastion().instanceType())
        .subnetId(
            publicSubnets.isEmpty()
                ? network.subnetIds(SubnetTier.PRIVATE).get(0)
                : publicSubnets.get(0))
        .associatePublicIpAddress(!publicSubnets.isEmpty())
        .vpcSecurityGroupIds(List.of(bastionGroup.getId()))
        .metadataOptions(InstanceMetadataOptions.builder().httpTokens("required").build())
        .tags(Tags.of(network.origin().at(".bastion"), name + "-bastion"))
        .build();
  }

  String bastionSecurityGroupId() {
    return bastionGroup.getId();
  }
}
