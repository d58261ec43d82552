package io.payflow.platform.cli.internal;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.math.BigDecimal;

/**
 * {@code payflow cost --compare}: the change as text, JSON or Markdown (a pull-request comment).
 */
final class CostComparisonRenderer {
  private CostComparisonRenderer() {}

  static void text(CostComparison c, PrintWriter out) {
    out.printf(
        "Monthly cost change (USD): %s -> %s (%s)%n%n",
        c.baseTotal().toPlainString(), c.headTotal().toPlainString(), signed(c.change()));
    out.printf("%-20s %12s %12s %12s %12s%n", "environment", "base", "head", "change", "budget");
    for (CostComparison.EnvironmentChange e : c.environments()) {
      out.printf(
          "%-20s %12s %12s %12s %12s%s%n",
          Printable.line(e.environment()),
          e.base().toPlainString(),
          e.head().toPlainString(),
          signed(e.change()),
          e.budget() == null ? "-" : e.budget().toPlainString(),
          e.overBudget() ? "  OVER BUDGET" : "");
    }
    if (!c.items().isEmpty()) {
      out.println();
      out.println("Line items that changed:");
      for (CostComparison.ItemChange i : c.items()) {
        out.printf("  %s %-70s %12s%n", mark(i), Printable.line(i.item()), signed(i.change()));
      }
    }
    out.flush();
  }

  static void markdown(CostComparison c, PrintWriter out) {
    out.println("## payflow: monthly cost change");
    out.println();
    out.println(
        "**"
            + signed(c.change())
            + " USD/month** ("
            + c.baseTotal().toPlainString()
            + " → "
            + c.headTotal().toPlainString()
            + ")");
    out.println();
    out.println("| environment | base | head | change | budget |");
    out.println("|---|---:|---:|---:|---|");
    for (CostComparison.EnvironmentChange e : c.environments()) {
      out.println(
          "| "
              + MarkdownRenderer.escape(e.environment())
              + " | "
              + e.base().toPlainString()
              + " | "
              + e.head().toPlainString()
              + " | "
              + signed(e.change())
              + " | "
              + (e.budget() == null ? "-" : e.budget().toPlainString())
              + (e.overBudget() ? " **over budget**" : "")
              + " |");
    }
    if (!c.items().isEmpty()) {
      out.println();
      out.println("<details><summary>" + c.items().size() + " line items changed</summary>");
      out.println();
      out.println("| | line item | change |");
      out.println("|---|---|---:|");
      for (CostComparison.ItemChange i : c.items()) {
        out.println(
            "| "
                + mark(i)
                + " | "
                + MarkdownRenderer.escape(i.item())
                + " | "
                + signed(i.change())
                + " |");
      }
      out.println();
      out.println("</details>");
    }
    out.flush();
  }

  static void json(CostComparison c, PrintWriter out) throws Exception {
    var mapper = ReportJson.mapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("schema_version", "1");
    root.put("base_usd", c.baseTotal());
    root.put("head_usd", c.headTotal());
    root.put("change_usd", c.change());
    ArrayNode environments = root.putArray("environments");
    for (CostComparison.EnvironmentChange e : c.environments()) {
      ObjectNode node = environments.addObject();
      node.put("environment", e.environment());
      node.put("base_usd", e.base());
      node.put("head_usd", e.head());
      node.put("change_usd", e.change());
      node.put("budget_usd", e.budget());
      node.put("over_budget", e.overBudget());
    }
    ArrayNode items = root.putArray("items");
    for (CostComparison.ItemChange i : c.items()) {
      ObjectNode node = items.addObject();
      node.put("environment", i.environment());
      node.put("item", i.item());
      node.put("base_usd", i.base());
      node.put("head_usd", i.head());
      node.put("change_usd", i.change());
    }
    out.println(mapper.writeValueAsString(root));
    out.flush();
  }

  private static String mark(CostComparison.ItemChange i) {
    return i.base() == null ? "+" : i.head() == null ? "-" : "~";
  }

  private static String signed(BigDecimal amount) {
    return (amount.signum() > 0 ? "+" : "") + amount.toPlainString();
  }
}
