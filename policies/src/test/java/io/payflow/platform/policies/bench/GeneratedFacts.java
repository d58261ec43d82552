package io.payflow.platform.policies.bench;

import io.payflow.platform.policies.FactsDocument;

/**
 * A facts document of about {@code resources} facts, shaped like a large estate: many VPCs with
 * subnets, clusters, databases, caches, credentials, rules and priced resources, all clean, so
 * every rule walks everything and nothing short-circuits.
 */
public final class GeneratedFacts {
  private GeneratedFacts() {}

  public static FactsDocument of(int resources) {
    int groups = Math.max(1, resources / 20);
    StringBuilder json = new StringBuilder(resources * 160);
    json.append("{\"schema_version\":\"1\",\"source\":{\"kind\":\"plan\"},")
        .append("\"organisation\":{\"name\":\"bench\",\"budget_usd\":null},\"environments\":[")
        .append(env("hub", "hub", "shared", ""))
        .append(',')
        .append(env("production", "spoke", "production", "\"hub\""))
        .append(',')
        .append(env("development", "spoke", "development", "\"hub\""))
        .append("],");
    StringBuilder networks = new StringBuilder();
    StringBuilder clusters = new StringBuilder();
    StringBuilder endpoints = new StringBuilder();
    StringBuilder nodeGroups = new StringBuilder();
    StringBuilder databases = new StringBuilder();
    StringBuilder credentials = new StringBuilder();
    StringBuilder costs = new StringBuilder();
    for (int g = 0; g < groups; g++) {
      String env = g % 2 == 0 ? "production" : "development";
      String vpc = "module.vpc[" + g + "].aws_vpc.this";
      int a = 10 + g / 256;
      int b = g % 256;
      sep(networks)
          .append("{\"address\":\"")
          .append(vpc)
          .append("\",\"environment\":\"")
          .append(env)
          .append("\",\"cidr\":\"")
          .append(a)
          .append('.')
          .append(b)
          .append(".0.0/16\",\"unknown\":[],\"subnets\":[");
      for (int s = 0; s < 4; s++) {
        if (s > 0) {
          networks.append(',');
        }
        networks
            .append("{\"address\":\"")
            .append(vpc)
            .append(".subnet[")
            .append(s)
            .append("]\",\"cidr\":\"")
            .append(a)
            .append('.')
            .append(b)
            .append('.')
            .append(s * 16)
            .append(".0/20\",\"az\":\"us-east-1a\",\"tier\":\"private\"}");
      }
      networks.append("]}");
      String cluster = "module.eks[" + g + "].aws_eks_cluster.this";
      sep(clusters)
          .append("{\"address\":\"")
          .append(cluster)
          .append("\",\"environment\":\"")
          .append(env)
          .append("\",\"network\":\"")
          .append(vpc)
          .append("\",\"endpoint_public_access\":false,\"endpoint_private_access\":true,")
          .append("\"public_access_cidrs\":[],\"secrets_encryption\":true,\"unknown\":[]}");
      for (String svc :
          new String[] {
            "gateway:s3",
            "gateway:dynamodb",
            "interface:ecr.api",
            "interface:ecr.dkr",
            "interface:secretsmanager",
            "interface:logs"
          }) {
        String[] parts = svc.split(":");
        sep(endpoints)
            .append("{\"address\":\"")
            .append(vpc)
            .append(".endpoint.")
            .append(parts[1])
            .append("\",\"environment\":\"")
            .append(env)
            .append("\",\"network\":\"")
            .append(vpc)
            .append("\",\"service\":\"")
            .append(parts[1])
            .append("\",\"type\":\"")
            .append(parts[0])
            .append(parts[0].equals("interface") ? "\",\"private_dns\":true}" : "\"}");
      }
      sep(nodeGroups)
          .append("{\"address\":\"")
          .append(cluster)
          .append(".ng\",\"environment\":\"")
          .append(env)
          .append("\",\"cluster\":\"")
          .append(cluster)
          .append("\",\"azs\":[\"us-east-1a\",\"us-east-1b\"],\"capacity_type\":\"on_demand\"}");
      sep(databases)
          .append("{\"address\":\"module.db[")
          .append(g)
          .append("].aws_db_instance.this\",\"environment\":\"")
          .append(env)
          .append("\",\"engine\":\"postgres\",\"multi_az\":true,\"storage_encrypted\":true,")
          .append("\"subnet_group\":\"module.db[")
          .append(g)
          .append("].aws_db_subnet_group.this\"}");
      sep(credentials)
          .append("{\"address\":\"module.db[")
          .append(g)
          .append("].aws_db_instance.this\",\"environment\":\"")
          .append(env)
          .append("\",\"kind\":\"master password\",\"source\":\"managed\"}");
      for (int c = 0; c < 6; c++) {
        sep(costs)
            .append("{\"address\":\"module.svc[")
            .append(g)
            .append("].aws_instance.app[")
            .append(c)
            .append("]\",\"environment\":\"")
            .append(env)
            .append(
                "\",\"description\":\"instance\",\"price_key\":\"ec2.on_demand.t3.medium\",\"monthly_usd\":30.368}");
      }
    }
    json.append("\"networks\":[")
        .append(networks)
        .append("],\"peerings\":[],\"endpoints\":[")
        .append(endpoints)
        .append("],\"eks_clusters\":[")
        .append(clusters)
        .append("],\"node_groups\":[")
        .append(nodeGroups)
        .append("],\"databases\":[")
        .append(databases)
        .append("],\"caches\":[],\"credentials\":[")
        .append(credentials)
        .append("],\"ingress_rules\":[],\"costs\":[")
        .append(costs)
        .append("]}");
    return FactsDocument.ofJson(json.toString());
  }

  private static String env(String name, String role, String tier, String dependsOn) {
    return "{\"address\":\""
        + name
        + "\",\"name\":\""
        + name
        + "\",\"role\":\""
        + role
        + "\",\"tier\":\""
        + tier
        + "\",\"hours_per_month\":730,\"budget_usd\":null,\"depends_on\":["
        + dependsOn
        + "],\"state\":{\"address\":\""
        + name
        + ".state\",\"bucket\":\"b\",\"key\":\""
        + name
        + "/terraform.tfstate\",\"region\":\"us-east-1\",\"lock_table\":\"l\",\"encrypt\":true,\"kms_key\":\"k\"}}";
  }

  private static StringBuilder sep(StringBuilder builder) {
    if (builder.length() > 0) {
      builder.append(',');
    }
    return builder;
  }
}
