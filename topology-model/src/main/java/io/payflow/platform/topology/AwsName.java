package io.payflow.platform.topology;

import java.util.ArrayList;
import java.util.List;

/**
 * A name AWS requires to be unique (per account or per region), as the synthesizer gives it: the
 * one place that knows how a model part is named in AWS, so the stacks and the uniqueness rule
 * never disagree.
 *
 * @param kind what is named ({@code eks_cluster}, {@code iam_role}, {@code db_instance}, ...)
 * @param scope {@code account} or {@code region}: where AWS requires the name unique
 * @param path where the name comes from in the topology
 */
public record AwsName(String kind, String scope, String name, String path) {

  /** The cluster's IAM role. */
  public static String clusterRole(EksCluster eks) {
    return eks.name() + "-cluster";
  }

  /** The node groups' IAM role. */
  public static String nodeRole(EksCluster eks) {
    return eks.name() + "-nodes";
  }

  /** The role External Secrets assumes in the cluster (IRSA) to read the environment's secrets. */
  public static String externalSecretsRole(EksCluster eks) {
    return eks.name() + "-external-secrets";
  }

  /** The RDS identifier: the environment's name and the database's. */
  public static String dbIdentifier(Environment env, Database db) {
    return env.name() + "-" + db.name();
  }

  /** Every name the synthesized stack of {@code env} gives that AWS requires unique. */
  public static List<AwsName> of(Environment env, String path) {
    List<AwsName> names = new ArrayList<>();
    if (env.eks() != null) {
      EksCluster eks = env.eks();
      names.add(new AwsName("eks_cluster", "region", eks.name(), path + ".eks.name"));
      names.add(new AwsName("iam_role", "account", clusterRole(eks), path + ".eks.name"));
      names.add(new AwsName("iam_role", "account", nodeRole(eks), path + ".eks.name"));
      names.add(new AwsName("iam_role", "account", externalSecretsRole(eks), path + ".eks.name"));
    }
    for (int i = 0; i < env.databases().size(); i++) {
      Database db = env.databases().get(i);
      names.add(
          new AwsName(
              "db_instance", "region", dbIdentifier(env, db), path + ".databases[" + i + "].name"));
    }
    for (int i = 0; i < env.caches().size(); i++) {
      names.add(
          new AwsName(
              "elasticache_replication_group",
              "region",
              env.caches().get(i).name(),
              path + ".caches[" + i + "].name"));
    }
    for (int i = 0; i < env.ecrRepositories().size(); i++) {
      names.add(
          new AwsName(
              "ecr_repository",
              "region",
              env.ecrRepositories().get(i).name(),
              path + ".ecr_repositories[" + i + "].name"));
    }
    for (int i = 0; i < env.secrets().size(); i++) {
      names.add(
          new AwsName(
              "secret", "region", env.secrets().get(i).name(), path + ".secrets[" + i + "].name"));
    }
    return names;
  }
}
