package io.payflow.platform.cli.internal;

import io.payflow.platform.policies.Facts;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The estate as a Mermaid flowchart, for Markdown READMEs and pull-request comments: a subgraph per
 * VPC and per zone, subnets with the bastion and clusters in them, services, and an edge per
 * peering saying which directions are routed. Identifiers are generated, never taken from input;
 * labels are quoted with Mermaid's entity escapes.
 */
final class MermaidDiagram {
  private final Facts facts;
  private final StringBuilder out = new StringBuilder();
  private final Map<String, String> ids = new HashMap<>();
  private int next;

  private MermaidDiagram(Facts facts) {
    this.facts = facts;
  }

  static String write(Facts facts) {
    return new MermaidDiagram(facts).render();
  }

  private String render() {
    out.append("flowchart TB\n");
    for (Facts.Network n : facts.networks()) {
      String vpc = id(n.address());
      line(
          1,
          "subgraph " + vpc + "[\"" + label(n.environment() + " VPC " + range(n.cidr())) + "\"]");
      Map<String, List<Facts.Subnet>> zones = new java.util.TreeMap<>();
      n.subnets().stream()
          .sorted(Comparator.comparing(Facts.Subnet::address))
          .forEach(
              s ->
                  zones
                      .computeIfAbsent(
                          s.az() == null ? "zone unknown" : s.az(),
                          z -> new java.util.ArrayList<>())
                      .add(s));
      zones.forEach(
          (zone, subnets) -> {
            line(2, "subgraph " + fresh() + "[\"" + label(zone) + "\"]");
            for (Facts.Subnet s : subnets) {
              line(
                  3,
                  id(s.address())
                      + "[\""
                      + label(EstateDiagram.shortName(s.address()))
                      + "<br/>"
                      + label(range(s.cidr()) + " " + Objects.toString(s.tier(), "-"))
                      + "\"]");
              for (Facts.Bastion b : facts.bastions()) {
                if (s.address().equals(b.subnet())) {
                  line(3, id(b.address()) + "[[\"bastion\"]]");
                  line(3, id(b.address()) + " --- " + id(s.address()));
                }
              }
              for (Facts.EksCluster c : facts.eksClusters()) {
                if (!c.subnets().isEmpty() && c.subnets().get(0).equals(s.address())) {
                  line(
                      3,
                      id(c.address())
                          + "[[\""
                          + label(
                              "EKS "
                                  + Objects.toString(c.name(), "-")
                                  + " "
                                  + Objects.toString(c.version(), "-"))
                          + "\"]]");
                  line(3, id(c.address()) + " --- " + id(s.address()));
                }
              }
            }
            line(2, "end");
          });
      for (Facts.Database d : facts.databases()) {
        if (d.environment().equals(n.environment())) {
          line(
              2,
              id(d.address())
                  + "[(\""
                  + label("RDS " + Objects.toString(d.engine(), "-"))
                  + "\")]");
        }
      }
      for (Facts.Cache c : facts.caches()) {
        if (c.environment().equals(n.environment())) {
          line(2, id(c.address()) + "[(\"" + label("Redis x" + c.nodes()) + "\")]");
        }
      }
      line(1, "end");
    }
    for (Facts.Peering p : facts.peerings()) {
      if (ids.containsKey(p.requester()) && ids.containsKey(p.accepter())) {
        boolean there = PeeringRoutes.routed(facts, p, p.requester());
        boolean back = PeeringRoutes.routed(facts, p, p.accepter());
        String text =
            there && back ? "peering, routed both ways" : "peering, ONE-SIDED or unrouted";
        line(1, id(p.requester()) + " <-- \"" + label(text) + "\" --> " + id(p.accepter()));
      }
    }
    return out.toString();
  }

  private void line(int depth, String text) {
    out.append("  ".repeat(depth)).append(text).append('\n');
  }

  private String id(String address) {
    return ids.computeIfAbsent(address, a -> fresh());
  }

  private String fresh() {
    return "n" + next++;
  }

  private static String range(String cidr) {
    return cidr == null ? "(range after apply)" : cidr;
  }

  /** Input text inside a quoted Mermaid label: entities for what Mermaid would read as syntax. */
  static String label(String text) {
    StringBuilder escaped = new StringBuilder();
    for (char c : Printable.line(text).toCharArray()) {
      switch (c) {
        case '"' -> escaped.append("#quot;");
        case '<' -> escaped.append("#lt;");
        case '>' -> escaped.append("#gt;");
        case '#' -> escaped.append("#35;");
        case '`' -> escaped.append("#96;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }
}
