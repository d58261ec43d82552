package io.payflow.platform.cli.internal;

import io.payflow.platform.policies.Facts;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.math.ElkPadding;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeLabelPlacement;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkLabel;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

/**
 * The estate as the architecture overview draws it, laid out by the Eclipse Layout Kernel: each VPC
 * a box with its range, availability zones as columns, subnets in them by tier, the bastion and the
 * EKS clusters in their subnets, endpoints, databases and caches in their VPC, peerings as edges
 * between VPCs labelled with the routes each side has. Drawn from the facts, so a topology, a
 * cdktf.out/ and plans all draw. Every box names the fact addresses it shows, so findings can be
 * marked on it.
 */
final class EstateDiagram {
  /** Monospaced 12px text: about 7.3 px a character. */
  static final double CHAR_WIDTH = 7.3;

  static final double LINE = 16;

  /** A drawn box in absolute coordinates; {@code lines} are its text, the first in bold. */
  record Box(
      String id,
      String kind,
      List<String> lines,
      double x,
      double y,
      double width,
      double height,
      List<String> addresses,
      boolean container) {}

  /** A peering between two VPCs: its path, its label and where the label stands. */
  record Edge(
      String id,
      List<double[]> points,
      String label,
      double labelX,
      double labelY,
      double labelWidth,
      double labelHeight,
      List<String> addresses,
      boolean bothWays) {}

  record Layout(double width, double height, List<Box> boxes, List<Edge> edges) {}

  private final Facts facts;
  private final Map<ElkNode, Box> pending = new LinkedHashMap<>();
  private final Map<ElkNode, String[]> meta = new LinkedHashMap<>();
  private int ids;

  private EstateDiagram(Facts facts) {
    this.facts = facts;
  }

  static Layout of(Facts facts) {
    return new EstateDiagram(facts).layout();
  }

  private Layout layout() {
    ElkNode root = ElkGraphUtil.createGraph();
    root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
    root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
    root.setProperty(CoreOptions.SPACING_NODE_NODE, 48.0);
    root.setProperty(LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 70.0);
    root.setProperty(CoreOptions.SPACING_EDGE_LABEL, 6.0);
    root.setProperty(CoreOptions.PADDING, new ElkPadding(16));
    Map<String, ElkNode> vpcs = new LinkedHashMap<>();
    for (Facts.Network n : facts.networks()) {
      vpcs.put(n.address(), vpc(root, n));
    }
    List<ElkEdge> edges = new ArrayList<>();
    Map<ElkEdge, Facts.Peering> peeringOf = new LinkedHashMap<>();
    for (Facts.Peering p : facts.peerings()) {
      ElkNode a = vpcs.get(p.requester());
      ElkNode b = vpcs.get(p.accepter());
      if (a == null || b == null || a == b) {
        continue;
      }
      ElkEdge edge = ElkGraphUtil.createSimpleEdge(b, a);
      ElkLabel label = ElkGraphUtil.createLabel(peeringLabel(p), edge);
      label.setWidth(label.getText().length() * CHAR_WIDTH + 8);
      label.setHeight(LINE + 4);
      label.setProperty(CoreOptions.EDGE_LABELS_PLACEMENT, EdgeLabelPlacement.CENTER);
      edges.add(edge);
      peeringOf.put(edge, p);
    }
    new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
    List<Box> boxes = new ArrayList<>();
    collect(root, 0, 0, boxes);
    List<Edge> drawn = new ArrayList<>();
    for (ElkEdge edge : edges) {
      drawn.add(edge(edge, peeringOf.get(edge)));
    }
    return new Layout(root.getWidth(), root.getHeight(), boxes, drawn);
  }

  private ElkNode vpc(ElkNode root, Facts.Network n) {
    ElkNode vpc =
        container(
            root, "vpc", List.of(n.environment() + " VPC", cidr(n.cidr())), List.of(n.address()));
    vpc.setProperty(CoreOptions.ASPECT_RATIO, 2.4);
    Map<String, List<Facts.Subnet>> byZone = new LinkedHashMap<>();
    n.subnets().stream()
        .sorted(Comparator.comparing(EstateDiagram::zone).thenComparing(s -> tierOrder(s.tier())))
        .forEach(s -> byZone.computeIfAbsent(zone(s), z -> new ArrayList<>()).add(s));
    byZone.forEach(
        (zone, subnets) -> {
          ElkNode column = container(vpc, "az", List.of(zone), List.of());
          column.setProperty(CoreOptions.ASPECT_RATIO, 0.2);
          subnets.forEach(s -> subnet(column, s));
        });
    List<List<String>> services = new ArrayList<>();
    List<List<String>> addresses = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    for (Facts.Endpoint e : facts.endpoints()) {
      if (n.address().equals(e.network())) {
        services.add(List.of("endpoint " + e.service(), e.type()));
        addresses.add(List.of(e.address()));
        kinds.add("endpoint");
      }
    }
    for (Facts.Database d : facts.databases()) {
      if (ownNetwork(d.environment(), n)) {
        services.add(
            List.of(
                "RDS " + d.address(),
                nullToDash(d.engine()) + " " + nullToDash(d.engineVersion())));
        addresses.add(List.of(d.address()));
        kinds.add("db");
      }
    }
    for (Facts.Cache c : facts.caches()) {
      if (ownNetwork(c.environment(), n)) {
        services.add(List.of("Redis " + c.address(), c.nodes() + " node(s)"));
        addresses.add(List.of(c.address()));
        kinds.add("cache");
      }
    }
    if (!services.isEmpty()) {
      ElkNode column = container(vpc, "services", List.of("services"), List.of());
      column.setProperty(CoreOptions.ASPECT_RATIO, 0.3);
      for (int i = 0; i < services.size(); i++) {
        leaf(column, kinds.get(i), services.get(i), addresses.get(i));
      }
    }
    return vpc;
  }

  /** A database or cache is drawn in its environment's VPC when the environment has one VPC. */
  private boolean ownNetwork(String environment, Facts.Network n) {
    List<Facts.Network> own =
        facts.networks().stream().filter(x -> x.environment().equals(environment)).toList();
    return own.size() == 1 && own.get(0).address().equals(n.address());
  }

  private void subnet(ElkNode zone, Facts.Subnet s) {
    ElkNode node =
        container(
            zone,
            "subnet",
            List.of(shortName(s.address()), cidr(s.cidr()) + " " + nullToDash(s.tier())),
            List.of(s.address()));
    node.setProperty(CoreOptions.ASPECT_RATIO, 1.0);
    for (Facts.Bastion b : facts.bastions()) {
      if (s.address().equals(b.subnet())) {
        leaf(
            node,
            "bastion",
            List.of("bastion", b.publicIp() ? "public IP" : "no public IP"),
            List.of(b.address()));
      }
    }
    for (Facts.EksCluster c : facts.eksClusters()) {
      if (!c.subnets().isEmpty() && c.subnets().get(0).equals(s.address())) {
        leaf(
            node,
            "eks",
            List.of(
                "EKS " + nullToDash(c.name()),
                "k8s "
                    + nullToDash(c.version())
                    + (Boolean.TRUE.equals(c.endpointPublicAccess())
                        ? " public API"
                        : " private API")),
            List.of(c.address()));
      }
    }
  }

  private ElkNode container(
      ElkNode parent, String kind, List<String> lines, List<String> addresses) {
    ElkNode node = ElkGraphUtil.createNode(parent);
    ordered(node);
    node.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.box");
    node.setProperty(CoreOptions.PADDING, new ElkPadding(8));
    node.setProperty(CoreOptions.SPACING_NODE_NODE, 10.0);
    // The title is a child like any other, so the layout keeps it inside the box.
    leaf(node, "title", lines, List.of());
    pending.put(node, new Box(id(), kind, lines, 0, 0, 0, 0, addresses, true));
    return node;
  }

  private void leaf(ElkNode parent, String kind, List<String> lines, List<String> addresses) {
    ElkNode node = ElkGraphUtil.createNode(parent);
    ordered(node);
    double width = lines.stream().mapToInt(String::length).max().orElse(0) * CHAR_WIDTH + 16;
    node.setWidth(Math.max(width, 40));
    node.setHeight(lines.size() * LINE + 10);
    pending.put(node, new Box(id(), kind, lines, 0, 0, 0, 0, addresses, false));
  }

  /** The box layout packs by priority: children keep the order they were added in. */
  private void ordered(ElkNode node) {
    node.setProperty(CoreOptions.PRIORITY, 100_000 - ids);
  }

  private void collect(ElkNode parent, double offsetX, double offsetY, List<Box> out) {
    for (ElkNode child : parent.getChildren()) {
      double x = offsetX + child.getX();
      double y = offsetY + child.getY();
      Box box = pending.get(child);
      if (box != null) {
        out.add(
            new Box(
                box.id(),
                box.kind(),
                box.lines(),
                x,
                y,
                child.getWidth(),
                child.getHeight(),
                box.addresses(),
                box.container()));
      }
      collect(child, x, y, out);
    }
  }

  private Edge edge(ElkEdge edge, Facts.Peering p) {
    List<double[]> points = new ArrayList<>();
    if (!edge.getSections().isEmpty()) {
      ElkEdgeSection section = edge.getSections().get(0);
      points.add(new double[] {section.getStartX(), section.getStartY()});
      for (ElkBendPoint bend : section.getBendPoints()) {
        points.add(new double[] {bend.getX(), bend.getY()});
      }
      points.add(new double[] {section.getEndX(), section.getEndY()});
    }
    ElkLabel label = edge.getLabels().get(0);
    return new Edge(
        id(),
        points,
        label.getText(),
        label.getX(),
        label.getY(),
        label.getWidth(),
        label.getHeight(),
        List.of(p.address()),
        routedBothWays(p));
  }

  private String peeringLabel(Facts.Peering p) {
    boolean there = PeeringRoutes.routed(facts, p, p.requester());
    boolean back = PeeringRoutes.routed(facts, p, p.accepter());
    String a = shortEnv(p.requester());
    String b = shortEnv(p.accepter());
    return "peering "
        + a
        + "-"
        + b
        + ": routes "
        + a
        + "->"
        + b
        + (there ? " yes" : " NO")
        + ", "
        + b
        + "->"
        + a
        + (back ? " yes" : " NO");
  }

  private boolean routedBothWays(Facts.Peering p) {
    return PeeringRoutes.routed(facts, p, p.requester())
        && PeeringRoutes.routed(facts, p, p.accepter());
  }

  private String shortEnv(String network) {
    return facts.networks().stream()
        .filter(n -> n.address().equals(network))
        .map(Facts.Network::environment)
        .findFirst()
        .orElse(shortName(network));
  }

  private String id() {
    return "d" + (ids++);
  }

  private static String zone(Facts.Subnet s) {
    return s.az() == null ? "zone unknown" : s.az();
  }

  private static int tierOrder(String tier) {
    return switch (tier == null ? "" : tier) {
      case "public" -> 0;
      case "private" -> 1;
      case "data" -> 2;
      default -> 3;
    };
  }

  private static String cidr(String cidr) {
    return cidr == null ? "range known after apply" : cidr;
  }

  private static String nullToDash(String value) {
    return value == null ? "-" : value;
  }

  /** The last segment of an address: {@code production.subnets.private-a} → {@code private-a}. */
  static String shortName(String address) {
    String tail = address.substring(address.indexOf(':') + 1);
    int cut = tail.lastIndexOf('.');
    return cut < 0 || cut == tail.length() - 1 ? tail : tail.substring(cut + 1);
  }
}
