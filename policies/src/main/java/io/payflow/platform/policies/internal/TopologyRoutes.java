package io.payflow.platform.policies.internal;

import io.payflow.platform.policies.Facts;
import io.payflow.platform.topology.AvailabilityZone;
import io.payflow.platform.topology.Environment;
import io.payflow.platform.topology.NatStrategy;
import io.payflow.platform.topology.Subnet;
import io.payflow.platform.topology.SubnetTier;
import io.payflow.platform.topology.Topology;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The route tables, routes and bastion a topology's synthesized stack has, as facts: what the iac
 * module's Network and Peering build (a public table with the internet gateway, a private table per
 * zone with NAT, a data table without a default route; a spoke's peering routes the spoke's private
 * tables to the hub and the hub's public and private tables to the spoke). The parity test holds
 * the two together: a rule on these facts must judge the synthesized stacks the same way.
 */
final class TopologyRoutes {
  private final FactsBuilder facts;
  private final Environment env;
  private final String path;

  private TopologyRoutes(FactsBuilder facts, Environment env, int index) {
    this.facts = facts;
    this.env = env;
    this.path = "environments[" + index + "]";
  }

  static void of(
      FactsBuilder facts,
      Topology topology,
      Environment env,
      int index,
      Map<Set<String>, String> peeringOf) {
    TopologyRoutes routes = new TopologyRoutes(facts, env, index);
    Optional<Environment> hub =
        topology.environments().stream().filter(Environment::isHub).findFirst();
    routes.build(topology, hub, peeringOf);
  }

  private void build(
      Topology topology, Optional<Environment> hub, Map<Set<String>, String> peeringOf) {
    List<Subnet> publics = env.vpc().subnets(SubnetTier.PUBLIC);
    boolean nat = !publics.isEmpty() && env.vpc().nat() != NatStrategy.NONE;
    if (!publics.isEmpty()) {
      String table = table("public", publics);
      route(table, "0.0.0.0/0", "igw", null);
      if (env.isHub()) {
        for (Environment spoke : peeredSpokes(topology, peeringOf)) {
          route(table, spoke.vpc().cidr().toString(), "peering", peeringOf.get(pair(spoke)));
        }
      }
    }
    for (AvailabilityZone az : env.availabilityZones()) {
      List<Subnet> inZone =
          env.vpc().subnets(SubnetTier.PRIVATE).stream().filter(s -> s.az().equals(az)).toList();
      if (inZone.isEmpty()) {
        continue;
      }
      String table = table("private-" + az.name(), inZone);
      if (nat) {
        route(table, "0.0.0.0/0", "nat", null);
      }
      if (env.isHub()) {
        for (Environment spoke : peeredSpokes(topology, peeringOf)) {
          route(table, spoke.vpc().cidr().toString(), "peering", peeringOf.get(pair(spoke)));
        }
      } else if (hub.isPresent() && peeringOf.containsKey(pair(hub.get()))) {
        route(table, hub.get().vpc().cidr().toString(), "peering", peeringOf.get(pair(hub.get())));
      }
    }
    List<Subnet> data = env.vpc().subnets(SubnetTier.DATA);
    if (!data.isEmpty()) {
      table("data", data);
    }
    if (env.bastion() != null) {
      Subnet at = publics.isEmpty() ? env.vpc().subnets(SubnetTier.PRIVATE).get(0) : publics.get(0);
      facts.bastions.add(
          new Facts.Bastion(
              env.name() + ".bastion",
              env.name(),
              path + ".bastion",
              env.name() + ".vpc",
              subnet(at),
              !publics.isEmpty(),
              List.of(env.name() + ".bastion.group")));
    }
  }

  /**
   * Spokes that list this hub among their peers: the synthesizer builds a peering (and its routes)
   * only from the spoke's side.
   */
  private List<Environment> peeredSpokes(Topology topology, Map<Set<String>, String> peeringOf) {
    List<Environment> spokes = new ArrayList<>();
    for (Environment other : topology.environments()) {
      if (!other.isHub()
          && other.peers().contains(env.name())
          && peeringOf.containsKey(pair(other))) {
        spokes.add(other);
      }
    }
    return spokes;
  }

  private Set<String> pair(Environment other) {
    return Set.of(env.name(), other.name());
  }

  private String table(String name, List<Subnet> subnets) {
    String address = env.name() + ".route_tables." + name;
    facts.routeTables.add(
        new Facts.RouteTable(
            address,
            env.name(),
            path + ".vpc",
            env.name() + ".vpc",
            false,
            subnets.stream().map(this::subnet).toList(),
            List.of()));
    return address;
  }

  private void route(String table, String destination, String kind, String target) {
    facts.routes.add(
        new Facts.Route(
            table + ".routes." + destination,
            env.name(),
            path + ".vpc",
            table,
            destination,
            kind,
            target,
            List.of()));
  }

  private String subnet(Subnet subnet) {
    return env.name() + ".subnets." + subnet.name();
  }
}
