package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payflow.platform.topology.Cache;
import io.payflow.platform.topology.Cidr;
import io.payflow.platform.topology.CostEstimator;
import io.payflow.platform.topology.CostReport;
import io.payflow.platform.topology.Database;
import io.payflow.platform.topology.EksCluster;
import io.payflow.platform.topology.Environment;
import io.payflow.platform.topology.EnvironmentCost;
import io.payflow.platform.topology.LineItem;
import io.payflow.platform.topology.NodeGroup;
import io.payflow.platform.topology.PricingCatalog;
import io.payflow.platform.topology.StateBackend;
import io.payflow.platform.topology.Subnet;
import io.payflow.platform.topology.Topology;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Writes a topology as facts. Addresses are readable model names ({@code production.vpc}); each
 * fact also carries {@code path}, the location in the topology file, for SARIF and editors.
 */
public final class TopologyFactsWriter {
  private TopologyFactsWriter() {}

  public static String write(Topology topology, PricingCatalog catalog) {
    FactsBuilder facts = new FactsBuilder("topology");
    ObjectNode organisation = facts.root().putObject("organisation");
    organisation.put("name", topology.organisation().name());
    putMoney(organisation, "budget_usd", topology.organisation().monthlyBudgetUsd());
    for (int i = 0; i < topology.environments().size(); i++) {
      Environment env = topology.environments().get(i);
      String path = "environments[" + i + "]";
      environment(facts, topology.stateBackend(), env, path);
      network(facts, env, path);
      if (env.eks() != null) {
        eks(facts, env, env.eks(), path + ".eks");
      }
      for (int d = 0; d < env.databases().size(); d++) {
        database(facts, env, env.databases().get(d), path + ".databases[" + d + "]");
      }
      for (int c = 0; c < env.caches().size(); c++) {
        cache(facts, env, env.caches().get(c), path + ".caches[" + c + "]");
      }
      if (env.bastion() != null) {
        ObjectNode rule =
            facts.fact(
                "ingress_rules",
                env.name() + ".bastion.ssh",
                env.name(),
                path + ".bastion.admin_cidrs");
        rule.put("protocol", "tcp");
        rule.put("from_port", 22);
        rule.put("to_port", 22);
        strings(
            rule.putArray("cidrs"),
            env.bastion().adminCidrs().stream().map(Cidr::toString).toList());
        rule.put("target", "bastion");
      }
    }
    peerings(facts, topology);
    costs(facts, new CostEstimator(catalog).estimate(topology));
    return facts.toJson();
  }

  private static void environment(
      FactsBuilder facts, StateBackend backend, Environment env, String path) {
    ObjectNode e = facts.fact("environments", env.name(), null, path);
    e.remove("environment");
    e.put("name", env.name());
    e.put("role", lower(env.role()));
    e.put("tier", lower(env.tier()));
    e.put("hours_per_month", env.hoursPerMonth());
    putMoney(e, "budget_usd", env.monthlyBudgetUsd());
    strings(e.putArray("depends_on"), env.dependsOn());
    ObjectNode state = e.putObject("state");
    state.put("address", env.name() + ".state");
    state.put("path", path + ".state_key");
    state.put("bucket", backend.bucket());
    state.put("key", env.stateKey());
    state.put("region", backend.region());
    state.put("lock_table", backend.lockTable());
    state.put("encrypt", backend.encrypt());
    state.put("kms_key", backend.kmsKeyAlias());
  }

  private static void network(FactsBuilder facts, Environment env, String path) {
    ObjectNode n = facts.fact("networks", vpc(env), env.name(), path + ".vpc");
    n.put("name", env.name());
    n.put("cidr", env.vpc().cidr().toString());
    ArrayNode subnets = n.putArray("subnets");
    for (int s = 0; s < env.vpc().subnets().size(); s++) {
      Subnet subnet = env.vpc().subnets().get(s);
      ObjectNode node = subnets.addObject();
      node.put("address", env.name() + ".subnets." + subnet.name());
      node.put("path", path + ".vpc.subnets[" + s + "]");
      node.put("cidr", subnet.cidr().toString());
      node.put("az", subnet.az().name());
      node.put("tier", lower(subnet.tier()));
    }
    n.putArray("unknown");
    List<String> gateway = env.vpc().endpoints().gatewayServices();
    for (int g = 0; g < gateway.size(); g++) {
      endpoint(
          facts,
          env,
          "gateway",
          gateway.get(g),
          path + ".vpc.endpoints.gateway_services[" + g + "]");
    }
    List<String> iface = env.vpc().endpoints().interfaceServices();
    for (int k = 0; k < iface.size(); k++) {
      endpoint(
          facts,
          env,
          "interface",
          iface.get(k),
          path + ".vpc.endpoints.interface_services[" + k + "]");
    }
  }

  private static void endpoint(
      FactsBuilder facts, Environment env, String type, String service, String path) {
    ObjectNode e = facts.fact("endpoints", env.name() + ".endpoints." + service, env.name(), path);
    e.put("network", vpc(env));
    e.put("service", service);
    e.put("type", type);
  }

  private static void eks(FactsBuilder facts, Environment env, EksCluster eks, String path) {
    ObjectNode c = facts.fact("eks_clusters", env.name() + ".eks." + eks.name(), env.name(), path);
    c.put("name", eks.name());
    c.put("network", vpc(env));
    c.put("endpoint_public_access", eks.endpointPublicAccess());
    c.put("endpoint_private_access", eks.endpointPrivateAccess());
    strings(
        c.putArray("public_access_cidrs"),
        eks.publicAccessCidrs().stream().map(Cidr::toString).toList());
    c.put("secrets_encryption", eks.secretsEncryption());
    c.putArray("unknown");
    for (int g = 0; g < eks.nodeGroups().size(); g++) {
      NodeGroup group = eks.nodeGroups().get(g);
      ObjectNode n =
          facts.fact(
              "node_groups",
              env.name() + ".eks.node_groups." + group.name(),
              env.name(),
              path + ".node_groups[" + g + "]");
      n.put("cluster", c.get("address").asText());
      strings(n.putArray("azs"), env.zonesOf(group).stream().map(z -> z.name()).toList());
      n.put("capacity_type", lower(group.capacityType()));
    }
  }

  private static void database(FactsBuilder facts, Environment env, Database db, String path) {
    String address = env.name() + ".databases." + db.name();
    ObjectNode d = facts.fact("databases", address, env.name(), path);
    d.put("engine", db.engine());
    d.put("multi_az", db.multiAz());
    credential(
        facts,
        env,
        address,
        "master password",
        lower(db.masterPassword().source()),
        path + ".master_password");
  }

  private static void cache(FactsBuilder facts, Environment env, Cache cache, String path) {
    String address = env.name() + ".caches." + cache.name();
    ObjectNode c = facts.fact("caches", address, env.name(), path);
    c.put("nodes", cache.nodes());
    c.put("multi_az", cache.multiAz());
    credential(
        facts, env, address, "auth token", lower(cache.authToken().source()), path + ".auth_token");
  }

  /** Where a credential comes from; never its value. */
  private static void credential(
      FactsBuilder facts, Environment env, String owner, String kind, String source, String path) {
    ObjectNode c = facts.fact("credentials", owner, env.name(), path);
    c.put("kind", kind);
    c.put("source", source);
  }

  private static void peerings(FactsBuilder facts, Topology topology) {
    Set<Set<String>> seen = new HashSet<>();
    for (int i = 0; i < topology.environments().size(); i++) {
      Environment env = topology.environments().get(i);
      for (int j = 0; j < env.peers().size(); j++) {
        String peer = env.peers().get(j);
        if (!seen.add(Set.of(env.name(), peer)) || peer.equals(env.name())) {
          continue;
        }
        ObjectNode p =
            facts.fact(
                "peerings",
                env.name() + ".peering." + peer,
                env.name(),
                "environments[" + i + "].peers[" + j + "]");
        p.put("requester", vpc(env));
        p.put("accepter", peer + ".vpc");
      }
    }
  }

  private static void costs(FactsBuilder facts, CostReport report) {
    for (EnvironmentCost env : report.environments()) {
      for (LineItem item : env.items()) {
        ObjectNode c =
            facts.fact(
                "costs",
                item.address() + ": " + item.description(),
                env.environment(),
                item.address());
        c.put("description", item.description());
        c.put("price_key", item.priceKey());
        if (item.monthly().isPresent()) {
          c.put("monthly_usd", item.monthly().get().amount());
        } else {
          c.putNull("monthly_usd");
        }
      }
    }
  }

  private static String vpc(Environment env) {
    return env.name() + ".vpc";
  }

  private static void putMoney(
      ObjectNode node, String field, io.payflow.platform.topology.Money money) {
    if (money == null) {
      node.putNull(field);
    } else {
      node.put(field, money.amount());
    }
  }

  private static void strings(ArrayNode array, List<String> values) {
    values.forEach(array::add);
  }

  private static String lower(Enum<?> value) {
    return value.name().toLowerCase(Locale.ROOT);
  }
}
