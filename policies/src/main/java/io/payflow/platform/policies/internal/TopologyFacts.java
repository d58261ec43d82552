package io.payflow.platform.policies.internal;

import io.payflow.platform.policies.Facts;
import io.payflow.platform.topology.AwsName;
import io.payflow.platform.topology.Cache;
import io.payflow.platform.topology.Cidr;
import io.payflow.platform.topology.CostEstimator;
import io.payflow.platform.topology.Database;
import io.payflow.platform.topology.EksCluster;
import io.payflow.platform.topology.Environment;
import io.payflow.platform.topology.EnvironmentCost;
import io.payflow.platform.topology.LineItem;
import io.payflow.platform.topology.Money;
import io.payflow.platform.topology.NodeGroup;
import io.payflow.platform.topology.PricingCatalog;
import io.payflow.platform.topology.StateBackend;
import io.payflow.platform.topology.Subnet;
import io.payflow.platform.topology.Topology;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A topology as facts. Addresses are readable model names ({@code production.vpc}); each fact also
 * carries {@code path}, its place in the topology file, for SARIF and editors. The model is typed
 * and validated, so nothing here is unknown or unresolved.
 */
public final class TopologyFacts {
  private TopologyFacts() {}

  public static Facts of(Topology topology, PricingCatalog catalog) {
    FactsBuilder facts = new FactsBuilder("topology");
    facts.organisation(
        new Facts.Organisation(
            topology.organisation().name(), amount(topology.organisation().monthlyBudgetUsd())));
    for (int i = 0; i < topology.environments().size(); i++) {
      Environment env = topology.environments().get(i);
      String path = "environments[" + i + "]";
      facts.environments.add(environment(topology.stateBackend(), env, path));
      String environmentName = env.name();
      AwsName.of(env, path)
          .forEach(
              n ->
                  facts.names.add(
                      new Facts.Name(
                          environmentName + "." + n.kind() + "." + n.name(),
                          environmentName,
                          n.path(),
                          n.kind(),
                          n.scope(),
                          n.name())));
      network(facts, env, path);
      if (env.eks() != null) {
        eks(facts, env, env.eks(), path + ".eks");
        apiFromBastion(facts, topology, env, path + ".eks");
      }
      for (int d = 0; d < env.databases().size(); d++) {
        database(facts, env, env.databases().get(d), path + ".databases[" + d + "]");
      }
      for (int c = 0; c < env.caches().size(); c++) {
        cache(facts, env, env.caches().get(c), path + ".caches[" + c + "]");
      }
      if (!env.databases().isEmpty()) {
        subnetGroup(facts, env, "database", path + ".databases");
      }
      if (!env.caches().isEmpty()) {
        subnetGroup(facts, env, "cache", path + ".caches");
      }
      if (env.bastion() != null) {
        facts.ingressRules.add(
            new Facts.IngressRule(
                env.name() + ".bastion.ssh",
                env.name(),
                path + ".bastion.admin_cidrs",
                "tcp",
                22,
                22,
                cidrs(env.bastion().adminCidrs()),
                "bastion",
                env.name() + ".bastion.group",
                List.of(),
                List.of(),
                List.of()));
      }
    }
    Map<Set<String>, String> peeringOf = peerings(facts, topology);
    for (int i = 0; i < topology.environments().size(); i++) {
      TopologyRoutes.of(facts, topology, topology.environments().get(i), i, peeringOf);
    }
    for (EnvironmentCost env : new CostEstimator(catalog).estimate(topology).environments()) {
      for (LineItem item : env.items()) {
        facts.costs.add(
            new Facts.Cost(
                item.address() + ": " + item.description(),
                env.environment(),
                item.address(),
                item.description(),
                item.priceKey(),
                item.monthly().map(Money::amount).orElse(null)));
      }
    }
    return facts.build();
  }

  /** The group the synthesizer places the environment's databases or caches in. */
  private static void subnetGroup(FactsBuilder facts, Environment env, String kind, String path) {
    facts.subnetGroups.add(
        new Facts.SubnetGroup(
            groupOf(env, kind),
            env.name(),
            path,
            kind,
            env.vpc().dataSubnets().stream().map(s -> env.name() + ".subnets." + s.name()).toList(),
            List.of(),
            List.of()));
  }

  private static String groupOf(Environment env, String kind) {
    return env.name() + ".subnet_groups." + kind;
  }

  private static Facts.Environment environment(StateBackend backend, Environment env, String path) {
    return new Facts.Environment(
        env.name(),
        path,
        env.name(),
        lower(env.role()),
        lower(env.tier()),
        env.hoursPerMonth(),
        amount(env.monthlyBudgetUsd()),
        env.dependsOn(),
        new Facts.State(
            env.name() + ".state",
            path + ".state_key",
            backend.bucket(),
            env.stateKey(),
            backend.region(),
            backend.lockTable(),
            backend.encrypt(),
            backend.kmsKeyAlias(),
            null),
        List.of());
  }

  private static void network(FactsBuilder facts, Environment env, String path) {
    facts.network(
        new Facts.Network(
            vpc(env),
            env.name(),
            path + ".vpc",
            env.name(),
            env.vpc().cidr().toString(),
            List.of(),
            List.of(),
            List.of()));
    for (int s = 0; s < env.vpc().subnets().size(); s++) {
      Subnet subnet = env.vpc().subnets().get(s);
      facts.subnet(
          vpc(env),
          new Facts.Subnet(
              env.name() + ".subnets." + subnet.name(),
              path + ".vpc.subnets[" + s + "]",
              subnet.cidr().toString(),
              subnet.az().name(),
              lower(subnet.tier()),
              lbRole(subnet.tier()),
              List.of(),
              env.region()));
    }
    endpoints(facts, env, "gateway", env.vpc().endpoints().gatewayServices(), path);
    endpoints(facts, env, "interface", env.vpc().endpoints().interfaceServices(), path);
  }

  /** The role tag the synthesizer gives a subnet of the tier (see the iac module's Network). */
  private static String lbRole(io.payflow.platform.topology.SubnetTier tier) {
    return switch (tier) {
      case PUBLIC -> "elb";
      case PRIVATE -> "internal-elb";
      default -> "none";
    };
  }

  private static void endpoints(
      FactsBuilder facts, Environment env, String type, List<String> services, String path) {
    for (int k = 0; k < services.size(); k++) {
      facts.endpoints.add(
          new Facts.Endpoint(
              env.name() + ".endpoints." + services.get(k),
              env.name(),
              path + ".vpc.endpoints." + type + "_services[" + k + "]",
              vpc(env),
              services.get(k),
              type,
              List.of(),
              // (the stacks turn private DNS on for every interface endpoint)
              type.equals("interface") ? Boolean.TRUE : null,
              List.of()));
    }
  }

  private static void eks(FactsBuilder facts, Environment env, EksCluster eks, String path) {
    String address = env.name() + ".eks." + eks.name();
    facts.eksClusters.add(
        new Facts.EksCluster(
            address,
            env.name(),
            path,
            eks.name(),
            eks.version(),
            Facts.VersionSupportFact.of(eks.version()),
            vpc(env),
            eks.endpointPublicAccess(),
            eks.endpointPrivateAccess(),
            cidrs(eks.publicAccessCidrs()),
            eks.secretsEncryption(),
            env.vpc().subnets(io.payflow.platform.topology.SubnetTier.PRIVATE).stream()
                .map(s -> env.name() + ".subnets." + s.name())
                .toList(),
            List.of(apiGroup(env)),
            List.of(),
            List.of(),
            null));
    for (int g = 0; g < eks.nodeGroups().size(); g++) {
      NodeGroup group = eks.nodeGroups().get(g);
      facts.nodeGroups.add(
          new Facts.NodeGroup(
              env.name() + ".eks.node_groups." + group.name(),
              env.name(),
              path + ".node_groups[" + g + "]",
              address,
              env.zonesOf(group).stream().map(z -> z.name()).toList(),
              lower(group.capacityType()),
              List.of(),
              List.of(vpc(env)),
              // (the stacks leave both to EKS: the cluster's version, and its default AMI type)
              null,
              null));
    }
  }

  private static String apiGroup(Environment env) {
    return env.name() + ".eks.api_group";
  }

  /**
   * The rule the synthesizer writes on a cluster's API group: HTTPS from the hub's bastion group,
   * in the hub itself or in a spoke peered with it (never across a peering that does not exist).
   */
  private static void apiFromBastion(
      FactsBuilder facts, Topology topology, Environment env, String path) {
    java.util.Optional<Environment> hub =
        topology.environments().stream().filter(Environment::isHub).findFirst();
    if (hub.isEmpty() || !(env.isHub() || env.peers().contains(hub.get().name()))) {
      return;
    }
    facts.ingressRules.add(
        new Facts.IngressRule(
            env.name() + ".eks.api_from_bastion",
            env.name(),
            path,
            "tcp",
            443,
            443,
            List.of(),
            "other",
            apiGroup(env),
            List.of(hub.get().name() + ".bastion.group"),
            List.of(),
            List.of()));
  }

  private static void database(FactsBuilder facts, Environment env, Database db, String path) {
    String address = env.name() + ".databases." + db.name();
    facts.databases.add(
        new Facts.Database(
            address,
            env.name(),
            path,
            db.engine(),
            db.engineVersion(),
            Facts.rdsSupport(db.engine(), db.engineVersion()),
            db.multiAz(),
            List.of(),
            groupOf(env, "database"),
            null,
            Boolean.TRUE, // (the stacks encrypt every database's storage)
            null,
            null,
            Boolean.FALSE, // (the stacks never make one publicly accessible)
            null)); // (an instance, not a cluster)
    facts.credentials.add(
        new Facts.Credential(
            address,
            env.name(),
            path + ".master_password",
            "master password",
            lower(db.masterPassword().source()),
            db.masterPassword().secret()));
  }

  private static void cache(FactsBuilder facts, Environment env, Cache cache, String path) {
    String address = env.name() + ".caches." + cache.name();
    facts.caches.add(
        new Facts.Cache(
            address,
            env.name(),
            path,
            cache.nodes(),
            cache.multiAz(),
            groupOf(env, "cache"),
            List.of(),
            null,
            Boolean.TRUE, // (the stacks encrypt every cache at rest; in transit as the model says)
            cache.transitEncryption(),
            cache.authToken() != null,
            "redis",
            null, // (the stacks leave the version to ElastiCache's default, its newest)
            null));
    facts.credentials.add(
        new Facts.Credential(
            address,
            env.name(),
            path + ".auth_token",
            "auth token",
            lower(cache.authToken().source()),
            cache.authToken().secret()));
  }

  /** The peerings; returns each one's address by the pair of environments it joins. */
  private static Map<Set<String>, String> peerings(FactsBuilder facts, Topology topology) {
    Map<Set<String>, String> addresses = new java.util.HashMap<>();
    Set<Set<String>> seen = new HashSet<>();
    for (int i = 0; i < topology.environments().size(); i++) {
      Environment env = topology.environments().get(i);
      for (int j = 0; j < env.peers().size(); j++) {
        String peer = env.peers().get(j);
        if (peer.equals(env.name()) || !seen.add(Set.of(env.name(), peer))) {
          continue;
        }
        addresses.put(Set.of(env.name(), peer), env.name() + ".peering." + peer);
        facts.peerings.add(
            new Facts.Peering(
                env.name() + ".peering." + peer,
                env.name(),
                "environments[" + i + "].peers[" + j + "]",
                vpc(env),
                peer + ".vpc",
                List.of(),
                // The synthesizer's peering accepts itself (auto_accept): one account, one region.
                Facts.Peering.AUTO));
      }
    }
    return addresses;
  }

  private static String vpc(Environment env) {
    return env.name() + ".vpc";
  }

  private static List<String> cidrs(List<Cidr> cidrs) {
    return cidrs.stream().map(Cidr::toString).toList();
  }

  private static BigDecimal amount(Money money) {
    return money == null ? null : money.amount();
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
