package io.payflow.platform.iac.internal;

import com.hashicorp.cdktf.providers.aws.data_aws_secretsmanager_secret_version.DataAwsSecretsmanagerSecretVersion;
import com.hashicorp.cdktf.providers.aws.db_instance.DbInstance;
import com.hashicorp.cdktf.providers.aws.db_subnet_group.DbSubnetGroup;
import com.hashicorp.cdktf.providers.aws.elasticache_replication_group.ElasticacheReplicationGroup;
import com.hashicorp.cdktf.providers.aws.elasticache_subnet_group.ElasticacheSubnetGroup;
import com.hashicorp.cdktf.providers.aws.security_group.SecurityGroup;
import com.hashicorp.cdktf.providers.aws.vpc_security_group_ingress_rule.VpcSecurityGroupIngressRule;
import io.payflow.platform.topology.AwsName;
import io.payflow.platform.topology.Cache;
import io.payflow.platform.topology.Credential;
import io.payflow.platform.topology.CredentialSource;
import io.payflow.platform.topology.Database;
import io.payflow.platform.topology.Environment;
import java.util.List;
import software.constructs.Construct;

/**
 * RDS and ElastiCache in the data subnets, reachable from inside the VPC only. Credentials are
 * RDS-managed or read from Secrets Manager at apply time; a literal in the model is written as
 * given, so that validating the synthesized stack reports it exactly as the model does.
 */
final class DataServices {
  DataServices(Construct scope, Environment env, Network network) {
    List<String> dataSubnets = network.ids(env.vpc().dataSubnets());
    String name = env.name();
    if (!env.databases().isEmpty()) {
      DbSubnetGroup group =
          DbSubnetGroup.Builder.create(scope, "db-subnets")
              .name(name + "-db")
              .subnetIds(dataSubnets)
              .tags(Tags.of(network.origin().at(".databases"), name + "-db"))
              .build();
      String sg = ingressGroup(scope, env, network, "db", 5432, ".databases");
      for (int d = 0; d < env.databases().size(); d++) {
        Origin origin = network.origin().at(".databases[" + d + "]");
        database(scope, env, env.databases().get(d), origin, group.getName(), sg);
      }
    }
    if (!env.caches().isEmpty()) {
      ElasticacheSubnetGroup group =
          ElasticacheSubnetGroup.Builder.create(scope, "cache-subnets")
              .name(name + "-cache")
              .subnetIds(dataSubnets)
              .tags(Tags.of(network.origin().at(".caches"), name + "-cache"))
              .build();
      String sg = ingressGroup(scope, env, network, "cache", 6379, ".caches");
      for (int c = 0; c < env.caches().size(); c++) {
        Origin origin = network.origin().at(".caches[" + c + "]");
        cache(scope, env, env.caches().get(c), origin, group.getName(), sg);
      }
    }
  }

  private static String ingressGroup(
      Construct scope, Environment env, Network network, String kind, int port, String part) {
    SecurityGroup group =
        SecurityGroup.Builder.create(scope, "sg-" + kind)
            .name(env.name() + "-" + kind)
            .description(kind + " from inside the VPC")
            .vpcId(network.vpc().getId())
            .tags(Tags.of(network.origin().at(part), env.name() + "-" + kind))
            .build();
    VpcSecurityGroupIngressRule.Builder.create(scope, "sg-" + kind + "-ingress")
        .securityGroupId(group.getId())
        .ipProtocol("tcp")
        .fromPort(port)
        .toPort(port)
        .cidrIpv4(env.vpc().cidr().toString())
        .description("From the VPC")
        .tags(Tags.of(network.origin().at(part), env.name() + "-" + kind + "-ingress"))
        .build();
    return group.getId();
  }

  private static void database(
      Construct scope,
      Environment env,
      Database db,
      Origin origin,
      String subnetGroup,
      String securityGroup) {
    boolean production = env.tier() == io.payflow.platform.topology.Tier.PRODUCTION;
    DbInstance.Builder instance =
        DbInstance.Builder.create(scope, "db-" + db.name())
            .identifier(AwsName.dbIdentifier(env, db))
            .engine(db.engine())
            .engineVersion(db.engineVersion())
            .instanceClass(db.instanceClass())
            .allocatedStorage(db.storageGb())
            .storageType("gp3")
            .storageEncrypted(true)
            .multiAz(db.multiAz())
            .username("payflow_admin")
            .dbSubnetGroupName(subnetGroup)
            .vpcSecurityGroupIds(List.of(securityGroup))
            .backupRetentionPeriod(production ? 14 : 1)
            .deletionProtection(production)
            .skipFinalSnapshot(!production)
            .tags(Tags.of(origin, env.name() + "-" + db.name()));
    if (production) {
      instance.finalSnapshotIdentifier(env.name() + "-" + db.name() + "-final");
    }
    Credential password = db.masterPassword();
    switch (password.source()) {
      case MANAGED -> instance.manageMasterUserPassword(true);
      case SECRETS_MANAGER ->
          instance.password(secretValue(scope, "db-" + db.name() + "-password", password));
      case LITERAL -> instance.password(password.value());
    }
    instance.build();
  }

  private static void cache(
      Construct scope,
      Environment env,
      Cache cache,
      Origin origin,
      String subnetGroup,
      String securityGroup) {
    ElasticacheReplicationGroup.Builder group =
        ElasticacheReplicationGroup.Builder.create(scope, "cache-" + cache.name())
            .replicationGroupId(cache.name())
            .description("Redis for " + env.name())
            .engine("redis")
            .nodeType(cache.nodeType())
            .numCacheClusters(cache.nodes())
            .automaticFailoverEnabled(cache.multiAz())
            .multiAzEnabled(cache.multiAz())
            .transitEncryptionEnabled(cache.transitEncryption())
            .atRestEncryptionEnabled(true)
            .subnetGroupName(subnetGroup)
            .securityGroupIds(List.of(securityGroup))
            .tags(Tags.of(origin, cache.name()));
    Credential token = cache.authToken();
    if (token.source() == CredentialSource.SECRETS_MANAGER) {
      group.authToken(secretValue(scope, "cache-" + cache.name() + "-auth", token));
    } else if (token.source() == CredentialSource.LITERAL) {
      group.authToken(token.value());
    }
    group.build();
  }

  /**
   * A reference resolved by Terraform at apply time: the value never enters the synthesized JSON.
   */
  private static String secretValue(Construct scope, String id, Credential credential) {
    return DataAwsSecretsmanagerSecretVersion.Builder.create(scope, id)
        .secretId(credential.secret())
        .build()
        .getSecretString();
  }
}
