package io.payflow.platform.cli.internal;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import io.payflow.platform.cli.Outcome;
import io.payflow.platform.cli.Renderer;
import io.payflow.platform.policies.Facts;
import io.payflow.platform.policies.InputKind;
import io.payflow.platform.topology.CostEstimator;
import io.payflow.platform.topology.CostReport;
import io.payflow.platform.topology.PricingCatalog;
import io.payflow.platform.topology.TopologyLoader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One self-contained HTML file (no network needed to open it): each estate drawn (ELK layout, SVG
 * written with StAX), with every finding marked on the element it concerns; the address ranges on
 * one axis; the deployment order; the findings with their rule, fix and place; the cost per
 * environment against its budget, its line items and the hub saving. The page is a Mustache
 * template, which escapes every value; only the SVG (escaped by its XML writer) is inserted raw.
 */
public final class HtmlRenderer implements Renderer {
  private static final Mustache TEMPLATE = template();

  private static Mustache template() {
    try (Reader reader =
        new InputStreamReader(
            HtmlRenderer.class.getResourceAsStream("/io/payflow/platform/cli/report.mustache"),
            StandardCharsets.UTF_8)) {
      return new DefaultMustacheFactory().compile(reader, "report");
    } catch (java.io.IOException e) {
      throw new IllegalStateException("the report template is missing", e);
    }
  }

  @Override
  public void render(Outcome outcome, PrintWriter out) throws Exception {
    Map<String, Object> scope = new HashMap<>();
    boolean failed = outcome.failed();
    scope.put("status", failed ? "FAILED" : "PASSED");
    scope.put("statusClass", failed ? "failed" : "passed");
    scope.put("summary", Printable.line(TextRenderer.summary(outcome)));
    List<Map<String, Object>> inputs = new ArrayList<>();
    for (int i = 0; i < outcome.inputs().size(); i++) {
      Outcome.Source s = outcome.inputs().get(i);
      inputs.add(
          Map.of(
              "name", Printable.line(s.name()),
              "kind", s.kind().label(),
              "last", i == outcome.inputs().size() - 1));
    }
    scope.put("inputs", inputs);
    Map<String, List<String>> concerns = concerns(outcome);
    List<Map<String, Object>> estates = new ArrayList<>();
    for (int i = 0; i < outcome.estates().size(); i++) {
      Outcome.Estate estate = outcome.estates().get(i);
      Map<String, List<String>> marked = onDrawnElements(estate.facts(), concerns);
      Map<String, Object> e = new HashMap<>();
      e.put("index", i);
      e.put("name", Printable.line(estate.name()));
      e.put("svg", DiagramSvg.write(EstateDiagram.of(estate.facts()), marked));
      e.put("ranges", RangesSvg.write(estate.facts(), marked));
      DeploymentOrderOfFacts order = DeploymentOrderOfFacts.of(estate.facts());
      e.put("order", order.order().stream().map(Printable::line).toList());
      e.put(
          "cycle",
          order.cycle().isEmpty() ? null : Printable.line(String.join(" -> ", order.cycle())));
      estates.add(e);
    }
    scope.put("estates", estates);
    List<Map<String, Object>> findings = new ArrayList<>();
    for (Outcome.Located l : outcome.findings()) {
      var f = l.finding();
      Map<String, Object> row = new HashMap<>();
      row.put("severity", f.severity().label());
      row.put("rule", Printable.line(f.ruleId()));
      row.put("title", Printable.line(f.title()));
      row.put("address", Printable.line(f.address()));
      row.put("environment", Printable.line(f.environment()));
      row.put("message", Printable.line(f.message()));
      row.put("remediation", Printable.line(f.remediation()));
      row.put(
          "where",
          Printable.line(l.line() > 0 ? l.file() + ":" + l.line() + ":" + l.column() : l.file()));
      row.put("foundIn", l.foundIn() == null ? null : Printable.line(l.foundIn().label()));
      findings.add(row);
    }
    scope.put("findings", findings);
    scope.put("hasFindings", !findings.isEmpty());
    scope.put("findingCount", findings.size());
    List<Map<String, Object>> waived = new ArrayList<>();
    for (Outcome.Located w : outcome.waived()) {
      waived.add(
          Map.of(
              "rule", Printable.line(w.finding().ruleId()),
              "address", Printable.line(w.finding().address()),
              "reason", Printable.line(w.waiverReason())));
    }
    scope.put("waived", waived);
    scope.put("hasWaived", !waived.isEmpty());
    scope.put("waivedCount", waived.size());
    scope.put("costChart", CostChartSvg.write(outcome.costs()));
    scope.put("costs", costs(outcome));
    hubSaving(outcome, scope);
    TEMPLATE.execute(out, scope);
    out.flush();
  }

  /** For each address, its findings as "RULE: message". */
  private static Map<String, List<String>> concerns(Outcome outcome) {
    Map<String, List<String>> concerns = new LinkedHashMap<>();
    for (Outcome.Located l : outcome.findings()) {
      concerns
          .computeIfAbsent(l.finding().address(), a -> new ArrayList<>())
          .add(l.finding().ruleId() + ": " + l.finding().message());
    }
    return concerns;
  }

  /**
   * Findings on what the diagram does not draw (an environment's state, budget, a name) are shown
   * on the VPC of their environment, so that no finding is left off the picture.
   */
  private static Map<String, List<String>> onDrawnElements(
      Facts facts, Map<String, List<String>> concerns) {
    java.util.Set<String> drawn = new java.util.HashSet<>();
    facts
        .networks()
        .forEach(
            n -> {
              drawn.add(n.address());
              n.subnets().forEach(s -> drawn.add(s.address()));
            });
    facts.peerings().forEach(p -> drawn.add(p.address()));
    facts.endpoints().forEach(e -> drawn.add(e.address()));
    facts.databases().forEach(d -> drawn.add(d.address()));
    facts.caches().forEach(c -> drawn.add(c.address()));
    facts.bastions().forEach(b -> drawn.add(b.address()));
    facts.eksClusters().stream()
        .filter(c -> !c.subnets().isEmpty())
        .forEach(c -> drawn.add(c.address()));
    Map<String, String> environmentOf = new HashMap<>();
    factAddresses(facts, environmentOf);
    Map<String, List<String>> marked = new LinkedHashMap<>();
    concerns.forEach(
        (address, list) -> {
          String target = address;
          if (!drawn.contains(address)) {
            String env = environmentOf.getOrDefault(address, address);
            target =
                facts.networks().stream()
                    .filter(n -> n.environment().equals(env))
                    .map(Facts.Network::address)
                    .findFirst()
                    .orElse(null);
          }
          if (target != null) {
            marked.computeIfAbsent(target, a -> new ArrayList<>()).addAll(list);
          }
        });
    return marked;
  }

  private static void factAddresses(Facts facts, Map<String, String> environmentOf) {
    facts.environments().forEach(e -> environmentOf.put(e.address(), e.name()));
    facts
        .environments()
        .forEach(
            e -> {
              if (e.state() != null) {
                environmentOf.put(e.state().address(), e.name());
              }
            });
    facts.eksClusters().forEach(c -> environmentOf.put(c.address(), c.environment()));
    facts.nodeGroups().forEach(n -> environmentOf.put(n.address(), n.environment()));
    facts.credentials().forEach(c -> environmentOf.put(c.address(), c.environment()));
    facts.ingressRules().forEach(r -> environmentOf.put(r.address(), r.environment()));
    facts.names().forEach(n -> environmentOf.put(n.address(), n.environment()));
    facts.unresolved().forEach(u -> environmentOf.put(u.address(), u.environment()));
    facts.routes().forEach(r -> environmentOf.put(r.address(), r.environment()));
    facts.routeTables().forEach(t -> environmentOf.put(t.address(), t.environment()));
    facts.costs().forEach(c -> environmentOf.put(c.address(), c.environment()));
  }

  private static List<Map<String, Object>> costs(Outcome outcome) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Outcome.EnvironmentCost c : outcome.costs()) {
      List<Map<String, Object>> items = new ArrayList<>();
      for (Outcome.Estate estate : outcome.estates()) {
        for (Facts.Cost item : estate.facts().costs()) {
          if (item.environment().equals(c.environment())) {
            items.add(
                Map.of(
                    "description", Printable.line(item.description()),
                    "address", Printable.line(item.address()),
                    "monthly",
                        item.monthlyUsd() == null
                            ? "no price"
                            : CostChartSvg.usd(item.monthlyUsd())));
          }
        }
      }
      Map<String, Object> row = new HashMap<>();
      row.put("environment", Printable.line(c.environment()));
      row.put("monthly", CostChartSvg.usd(c.monthlyUsd()));
      row.put("budget", c.budgetUsd() == null ? null : CostChartSvg.usd(c.budgetUsd()));
      row.put("items", items);
      out.add(row);
    }
    return out;
  }

  /** The hub saving is the model's estimate: shown when a topology is among the inputs. */
  private static void hubSaving(Outcome outcome, Map<String, Object> scope) {
    for (Outcome.Source source : outcome.inputs()) {
      if (source.kind() != InputKind.TOPOLOGY) {
        continue;
      }
      try {
        CostReport report =
            new CostEstimator(PricingCatalog.bundled())
                .estimate(TopologyLoader.load(Path.of(source.name())));
        scope.put("hubSaving", report.sharing().monthlySaving().toString());
        scope.put(
            "hubSavingNote",
            report.sharing().perCopy()
                + " of hub services per spoke x "
                + report.sharing().spokes()
                + " spokes; NAT excluded: peering cannot share it");
        return;
      } catch (Exception e) {
        // Not readable again: the report goes without the saving rather than fail.
      }
    }
  }
}
