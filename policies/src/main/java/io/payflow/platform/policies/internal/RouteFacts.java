package io.payflow.platform.policies.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.payflow.platform.policies.Facts;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Route tables, their routes (inline or {@code aws_route}), subnet associations and bastion hosts,
 * for the reachability rules. A route whose table, or an association whose subnet or table, cannot
 * be linked is unresolved, never dropped; a route whose destination or target only apply knows is
 * kept with a null destination or an {@code unknown} target, which no rule counts as a path. A
 * route on a table another stack's remote state names (a spoke's route on a hub table) waits for
 * the merge, like a peering.
 */
final class RouteFacts {
  static final Set<String> TYPES =
      Set.of(
          "aws_route_table",
          "aws_default_route_table",
          "aws_route",
          "aws_route_table_association",
          "aws_main_route_table_association");

  /** Route attributes naming where the traffic goes, in the order AWS lets only one be set. */
  private static final Map<String, String> TARGETS = new LinkedHashMap<>();

  static {
    TARGETS.put("vpc_peering_connection_id", "peering");
    TARGETS.put("nat_gateway_id", "nat");
    TARGETS.put("gateway_id", "gateway");
    TARGETS.put("transit_gateway_id", "transit_gateway");
    TARGETS.put("vpc_endpoint_id", "endpoint");
    TARGETS.put("network_interface_id", "network_interface");
    TARGETS.put("instance_id", "instance");
    TARGETS.put("egress_only_gateway_id", "other");
    TARGETS.put("carrier_gateway_id", "other");
    TARGETS.put("local_gateway_id", "other");
    TARGETS.put("core_network_arn", "other");
  }

  private record Table(TfResource resource, String env, String network, boolean main) {}

  private final Linker linker;
  private final FactsBuilder facts;
  private final Function<TfResource, String> environment;
  private final Map<String, Table> tables = new LinkedHashMap<>();
  private final Map<String, List<String>> subnetsOf = new LinkedHashMap<>();
  private final Set<String> mainTables = new java.util.HashSet<>();

  RouteFacts(Linker linker, FactsBuilder facts, Function<TfResource, String> environment) {
    this.linker = linker;
    this.facts = facts;
    this.environment = environment;
  }

  void read(TfResource r) {
    switch (r.type()) {
      case "aws_route_table" -> table(r, false);
      case "aws_default_route_table" -> table(r, true);
      case "aws_route" -> route(r);
      case "aws_route_table_association" -> association(r);
      case "aws_main_route_table_association" -> mainAssociation(r);
      default -> throw new IllegalStateException("not a routing type: " + r.type());
    }
  }

  /** Bastion hosts: instances named so (their address or Name tag), placed by their subnet. */
  void instance(TfResource r) {
    String name = TfValues.literal(r.values().path("tags").path("Name"));
    boolean bastion =
        r.localAddress().toLowerCase(Locale.ROOT).contains("bastion")
            || (name != null && name.toLowerCase(Locale.ROOT).contains("bastion"));
    if (!bastion) {
      return;
    }
    Linker.Link subnet = linker.resolve(r, "subnet_id", "aws_subnet", false);
    Linker.Link vpc =
        subnet.single().isEmpty()
            ? Linker.Link.ABSENT
            : linker.resolve(subnet.single().get(), "vpc_id", "aws_vpc", false);
    if (vpc.single().isEmpty()) {
      // Not counted in coverage: instances are read only when they are bastions.
      facts.unresolvedUncounted(
          new Facts.Unresolved(
              r.address(),
              environment.apply(r),
              r.path(),
              r.type(),
              "a bastion whose subnet or VPC cannot be linked, so what it reaches cannot be computed"));
      return;
    }
    facts.bastions.add(
        new Facts.Bastion(
            r.address(),
            environment.apply(r),
            r.path(),
            vpc.single().get().address(),
            subnet.single().get().address(),
            Boolean.TRUE.equals(PublicAddress.of(r, linker)),
            linker
                .resolve(r, "vpc_security_group_ids", "aws_security_group", true)
                .targets()
                .stream()
                .map(TfResource::address)
                .toList()));
  }

  private void table(TfResource r, boolean main) {
    Linker.Link vpc =
        main
            ? linker.resolve(r, "default_route_table_id", "aws_vpc", false)
            : linker.resolve(r, "vpc_id", "aws_vpc", false);
    if (vpc.single().isEmpty()) {
      unresolved(r, problem(vpc, main ? "default_route_table_id" : "vpc_id"));
      return;
    }
    tables.put(r.address(), new Table(r, environment.apply(r), vpc.single().get().address(), main));
    if (r.onlyApplyKnows("route")) {
      // Routes only apply knows: one route of unknown target and destination stands for them. (A
      // plan marks the list unknown when the configuration leaves it out too, routes then written
      // as aws_route resources: the provider computes it.)
      facts.routes.add(
          new Facts.Route(
              r.address() + ".route",
              environment.apply(r),
              r.path(),
              r.address(),
              null,
              "unknown",
              null,
              List.of()));
    }
    JsonNode inline = r.values().path("route");
    Set<String> unknownTargets = unknownTargets(r);
    for (int i = 0; i < inline.size(); i++) {
      JsonNode block = inline.get(i);
      boolean targetKnown = TARGETS.keySet().stream().anyMatch(t -> set(block.path(t)));
      TfResource asRoute =
          new TfResource(
              r.address() + ".route[" + i + "]",
              r.localAddress(),
              "aws_route",
              false,
              block,
              targetKnown ? Set.of() : unknownTargets,
              targetKnown ? null : routeExpressions(r, i),
              r.stack(),
              r.pathOf("route[" + i + "]"),
              r.pathOf("route[" + i + "]"));
      facts.routes.add(routeFact(asRoute, environment.apply(r), r.address(), "cidr_block"));
    }
    facts.read(r.type());
  }

  /**
   * The target attributes a plan marks unknown in a table's inline routes. It marks them without
   * the block's index, so a block whose target is not written has the one that is unknown; with two
   * kinds unknown, which one a block has cannot be told, and its kind stays unknown.
   */
  private static Set<String> unknownTargets(TfResource table) {
    Set<String> unknown = new java.util.HashSet<>();
    for (String target : TARGETS.keySet()) {
      if (table.isUnknown("route." + target)) {
        unknown.add(target);
      }
    }
    return unknown.size() == 1 ? unknown : Set.of();
  }

  /**
   * What a plan's configuration says an inline route (block {@code index}) refers to: the block's
   * own expressions when the configuration lists them block by block; when it gives the table's
   * routes as one expression, its references name the route's peering only if they name exactly one
   * peering.
   */
  private static ObjectNode routeExpressions(TfResource table, int index) {
    if (table.expressions() == null) {
      return null;
    }
    JsonNode route = table.expressions().path("route");
    if (route.isArray()) {
      return route.path(index) instanceof ObjectNode block ? block : null;
    }
    Set<String> peerings = new java.util.HashSet<>();
    ObjectNode expressions = FactsJson.JSON.createObjectNode();
    com.fasterxml.jackson.databind.node.ArrayNode references =
        expressions.putObject("vpc_peering_connection_id").putArray("references");
    for (JsonNode reference : route.path("references")) {
      String text = reference.asText();
      String[] parts = Addresses.withoutInstanceKeys(text).split("\\.", 3);
      if (parts.length >= 2 && parts[0].equals("aws_vpc_peering_connection")) {
        peerings.add(parts[1]);
        references.add(text);
      }
    }
    return peerings.size() == 1 ? expressions : null;
  }

  private static boolean set(JsonNode value) {
    return !value.isMissingNode() && !value.isNull() && !value.asText().isEmpty();
  }

  private void route(TfResource r) {
    Linker.Link table = tableOf(r);
    if (table.single().isPresent()) {
      facts.routes.add(
          routeFact(
              r, environment.apply(r), table.single().get().address(), "destination_cidr_block"));
      facts.read(r.type());
    } else if (table.remoteEnvironment() != null) {
      facts.unresolved(
          new Facts.Unresolved(
              r.address(),
              environment.apply(r),
              r.path(),
              r.type(),
              table.problem(),
              null,
              new Facts.PendingRoute(
                  routeFact(r, environment.apply(r), null, "destination_cidr_block"),
                  table.remoteEnvironment(),
                  table.remoteOutput())));
    } else {
      unresolved(r, problem(table, "route_table_id"));
    }
  }

  private Linker.Link tableOf(TfResource r) {
    Linker.Link table = linker.resolve(r, "route_table_id", "aws_route_table", false);
    if (table.linked() || table.remoteEnvironment() != null) {
      return table;
    }
    Linker.Link main = linker.resolve(r, "route_table_id", "aws_default_route_table", false);
    return main.linked() ? main : table;
  }

  private void association(TfResource r) {
    if (r.attr("subnet_id").isMissingNode() || r.attr("subnet_id").isNull()) {
      if (!r.isUnknown("subnet_id")) {
        facts.read(r.type()); // an edge association (gateway_id): no subnet to route
        return;
      }
    }
    Linker.Link subnet = linker.resolve(r, "subnet_id", "aws_subnet", false);
    Linker.Link table = tableOf(r);
    if (subnet.single().isEmpty() || table.single().isEmpty()) {
      unresolved(
          r,
          subnet.single().isEmpty()
              ? problem(subnet, "subnet_id")
              : problem(table, "route_table_id"));
      return;
    }
    subnetsOf
        .computeIfAbsent(table.single().get().address(), k -> new ArrayList<>())
        .add(subnet.single().get().address());
    facts.read(r.type());
  }

  private void mainAssociation(TfResource r) {
    Linker.Link table = tableOf(r);
    if (table.single().isEmpty()) {
      unresolved(r, problem(table, "route_table_id"));
      return;
    }
    mainTables.add(table.single().get().address());
    facts.read(r.type());
  }

  /** Writes the tables with the subnets associated with them; call once every resource is read. */
  void finish() {
    tables.forEach(
        (address, t) ->
            facts.routeTables.add(
                new Facts.RouteTable(
                    address,
                    t.env(),
                    t.resource().path(),
                    t.network(),
                    t.main() || mainTables.contains(address),
                    List.copyOf(subnetsOf.getOrDefault(address, List.of())),
                    List.of())));
  }

  private Facts.Route routeFact(
      TfResource r, String env, String table, String destinationAttribute) {
    JsonNode destination = r.attr(destinationAttribute);
    String cidr =
        destination.isTextual() && !TfValues.isExpression(destination)
            ? TerraformFacts.cidr(r, destination, destinationAttribute)
            : null;
    String kind = "unknown";
    String target = null;
    for (Map.Entry<String, String> t : TARGETS.entrySet()) {
      if (!present(r, t.getKey())) {
        continue;
      }
      kind = t.getValue();
      if (kind.equals("peering")) {
        target =
            linker
                .resolve(r, t.getKey(), "aws_vpc_peering_connection", false)
                .single()
                .map(TfResource::address)
                .orElse(null);
      } else if (kind.equals("gateway")) {
        kind = gatewayKind(r);
      }
      break;
    }
    return new Facts.Route(r.address(), env, r.path(), table, cidr, kind, target, List.of());
  }

  /** {@code local}, an internet gateway (by ID prefix or link), or another gateway (VPN). */
  private String gatewayKind(TfResource r) {
    String literal = TfValues.literal(r.attr("gateway_id"));
    if ("local".equals(literal)) {
      return "local";
    }
    if (literal != null) {
      return literal.startsWith("igw-") ? "igw" : "other";
    }
    return linker.resolve(r, "gateway_id", "aws_internet_gateway", false).linked()
        ? "igw"
        : "unknown";
  }

  private static boolean present(TfResource r, String attribute) {
    JsonNode value = r.attr(attribute);
    boolean set = !value.isMissingNode() && !value.isNull() && !value.asText().isEmpty();
    boolean configured =
        r.expressions() != null && !r.expressions().path(attribute).isMissingNode();
    return set || r.isUnknown(attribute) || configured;
  }

  private static String problem(Linker.Link link, String attribute) {
    return link.problem() != null ? link.problem() : "has no " + attribute;
  }

  private void unresolved(TfResource r, String reason) {
    facts.unresolved(
        new Facts.Unresolved(r.address(), environment.apply(r), r.path(), r.type(), reason));
  }
}
